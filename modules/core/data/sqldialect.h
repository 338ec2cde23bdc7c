#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace core {

/// What differs between SQLite (each desktop) and PostgreSQL (the central database). Everything
/// else is plain SQL shared by both, so repositories stay dialect-free apart from these calls.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlDialect() = default;
    static std::unique_ptr<SqlDialect> create(Kind kind);

    virtual Kind kind() const = 0;
    /// Folder under :/migrations holding this dialect's migrations.
    virtual QString migrationsFolder() const = 0;
    /// Statements run once per new connection (pragmas, session settings).
    virtual QStringList connectionSetup() const = 0;
    /// Starts a transaction that will write (SQLite takes the write lock up front to avoid
    /// SQLITE_BUSY on upgrade; PostgreSQL needs nothing special).
    virtual QString beginWrite() const = 0;
    /// Condition "column starts with the bound value" that an index on the column serves, and the
    /// value to bind for a literal prefix (special characters escaped). SQLite: GLOB, which uses
    /// a plain index; PostgreSQL: LIKE with a text_pattern_ops index.
    virtual QString prefixMatch(const QString &column) const = 0;
    virtual QString prefixPattern(const QString &prefix) const = 0;
    /// SQL expression for the civil date in America/Sao_Paulo of a UTC timestamp column
    /// (Brazil has had no daylight saving time since 2019, so SQLite's fixed offset is exact).
    virtual QString saoPauloDate(const QString &column) const = 0;
    /// The catalogue query listing user tables (for checks and diagnostics).
    virtual QString listTablesQuery() const = 0;
    /// Staging tables for set-based writes: the column type to declare for a value stored in
    /// columns of `sqlType` (text, bigint, integer, date, timestamptz, uuid, jsonb). SQLite
    /// declares TEXT or INTEGER, so that joins with the real tables' keys can use their indexes.
    virtual QString columnType(const QString &sqlType) const = 0;
    /// A FROM-clause source turning one bound JSON array of strings into rows named `alias` whose
    /// `alias.value` is the text: a list of keys without the cost of reading a field per row.
    virtual QString jsonTextRows(const QString &alias) const = 0;
    /// A JSON object built from "'key', expression" pairs (an outbox payload written by
    /// INSERT ... SELECT).
    virtual QString jsonObject(const QStringList &pairs) const = 0;
    /// A bound parameter used as a value of `sqlType` in a SELECT list (INSERT ... SELECT):
    /// PostgreSQL would take an untyped one for text.
    virtual QString parameterAs(const QString &sqlType) const = 0;
};

} // namespace core
