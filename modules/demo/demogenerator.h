#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QVariant>

#include <functional>

namespace demo {

/// Tables the demo data fills, in insertion order (foreign keys point backwards).
enum class Table { Channels, Products, Customers, Addresses, Orders, Items, Events, Payments, Risks };
constexpr int kTableCount = 9;

struct SeedOptions
{
    qint64 orders = 10000;
    quint64 seed = 1;
    QDate until; ///< last day of the two years of orders (São Paulo date); today when invalid
};

struct SeedCounts
{
    qint64 rows[kTableCount] = {};
    qint64 &operator[](Table t) { return rows[int(t)]; }
    qint64 operator[](Table t) const { return rows[int(t)]; }
};

/// Receives generated rows. The database sink inserts them; the benchmark keeps them in memory.
/// An invalid QVariant means SQL NULL; a null QString is an empty text (the columns are NOT NULL).
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual core::Result<> row(Table table, const QVariant *values, int count) = 0;
};

/// Generates realistic, valid and deterministic demo data: for the same options the same rows
/// come out, on every platform. Customers have valid CPFs/CNPJs (a few alphanumeric CNPJs of
/// 2026), products valid EAN-13s, two years of orders follow the weekly rhythm, the seasons
/// (Black Friday, Christmas, Mother's Day) and a realistic mix of channels, payments and statuses.
class DemoGenerator
{
public:
    explicit DemoGenerator(SeedOptions options);

    /// Column list of each table, matching the values handed to the sink.
    static QStringList columns(Table table);
    static QString tableName(Table table);

    /// `progress` receives per mille done and returns false to cancel.
    core::Result<SeedCounts> generate(RowSink &sink, const std::function<bool(int)> &progress = {});

private:
    SeedOptions m_options;
};

} // namespace demo
