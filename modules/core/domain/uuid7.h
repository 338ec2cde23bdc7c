#pragma once

#include <QDateTime>
#include <QString>

#include <cstdint>

namespace core {

class Rng;

/// Row keys: UUID version 7 (RFC 9562), 48-bit Unix milliseconds + random bits. Time-ordered ids
/// keep B-tree inserts near the end of the index, which matters for million-row tables, and stay
/// unique across desktops without coordination.
class Uuid7
{
public:
    /// A new id for the current time (random part from the system's CSPRNG).
    static QString generate();
    /// A deterministic id for a given time, random part drawn from `rng` (demo data, tests).
    static QString generate(qint64 unixMillis, Rng &rng);
    /// True for the canonical 36-character lowercase form.
    static bool isValid(QStringView text);

private:
    static QString format(std::uint64_t high, std::uint64_t low);
};

} // namespace core
