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
    friend class Uuid7Sequence;
    static QString format(std::uint64_t high, std::uint64_t low);
};

/// Ids for thousands of rows written at once (a retorno's records and payments): one draw from
/// the system's CSPRNG seeds the sequence, then the 12-bit rand_a field counts up (RFC 9562
/// §6.2, method 1, carrying into the milliseconds), so the ids are strictly increasing and land
/// at the end of their indexes, without a system call per id.
class Uuid7Sequence
{
public:
    Uuid7Sequence();
    QString next();

private:
    std::uint64_t m_tick;  ///< milliseconds << 12 | counter
    std::uint64_t m_state; ///< splitmix64 state for the 62 random bits
};

} // namespace core
