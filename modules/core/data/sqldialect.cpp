#include "core/data/sqldialect.h"

namespace core {

namespace {

class SqliteDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Sqlite; }
    QString migrationsFolder() const override { return QStringLiteral(":/migrations/sqlite"); }
    QStringList connectionSetup() const override
    {
        // WAL: readers never block the writer (worker threads read while the GUI writes).
        // synchronous=NORMAL is durable in WAL mode except for the last commits on power loss.
        return {QStringLiteral("PRAGMA journal_mode = WAL"),
                QStringLiteral("PRAGMA foreign_keys = ON"),
                QStringLiteral("PRAGMA synchronous = NORMAL"),
                QStringLiteral("PRAGMA busy_timeout = 5000"),
                QStringLiteral("PRAGMA temp_store = MEMORY"),
                QStringLiteral("PRAGMA cache_size = -32000")};
    }
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QString prefixMatch(const QString &column) const override { return column + QStringLiteral(" GLOB ?"); }
    QString prefixPattern(const QString &prefix) const override
    {
        QString pattern;
        for (const QChar c : prefix) {
            if (c == u'*' || c == u'?' || c == u'[')
                pattern += u'[' + QString(c) + u']';
            else
                pattern += c;
        }
        return pattern + u'*';
    }
    QString saoPauloDate(const QString &column) const override
    {
        return QStringLiteral("date(%1, '-3 hours')").arg(column);
    }
    QString listTablesQuery() const override
    {
        return QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                              "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    }
    QString columnType(const QString &sqlType) const override
    {
        return sqlType == QLatin1String("bigint") || sqlType == QLatin1String("integer") ? QStringLiteral("INTEGER")
                                                                                          : QStringLiteral("TEXT");
    }
    QString parameterAs(const QString &) const override { return QStringLiteral("?"); }
    QString jsonTextRows(const QString &alias) const override { return QStringLiteral("json_each(?) AS %1").arg(alias); }
    QString jsonObject(const QStringList &pairs) const override
    {
        return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
    }
};

class PostgresDialect final : public SqlDialect
{
public:
    Kind kind() const override { return Kind::Postgres; }
    QString migrationsFolder() const override { return QStringLiteral(":/migrations/postgres"); }
    QStringList connectionSetup() const override
    {
        return {QStringLiteral("SET TIME ZONE 'UTC'"),
                QStringLiteral("SET client_encoding = 'UTF8'")};
    }
    QString beginWrite() const override { return QStringLiteral("BEGIN"); }
    QString prefixMatch(const QString &column) const override { return column + QStringLiteral(" LIKE ?"); }
    QString prefixPattern(const QString &prefix) const override
    {
        QString pattern = prefix;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        return pattern + u'%';
    }
    QString saoPauloDate(const QString &column) const override
    {
        return QStringLiteral("to_char((%1 AT TIME ZONE 'America/Sao_Paulo')::date, 'YYYY-MM-DD')").arg(column);
    }
    QString listTablesQuery() const override
    {
        return QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                              "ORDER BY tablename");
    }
    QString columnType(const QString &sqlType) const override { return sqlType; }
    QString jsonTextRows(const QString &alias) const override
    {
        return QStringLiteral("jsonb_array_elements_text(CAST(? AS jsonb)) AS %1(value)").arg(alias);
    }
    QString jsonObject(const QStringList &pairs) const override
    {
        return QStringLiteral("jsonb_build_object(%1)").arg(pairs.join(QStringLiteral(", ")));
    }
    QString parameterAs(const QString &sqlType) const override { return QStringLiteral("CAST(? AS %1)").arg(sqlType); }
};

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::create(Kind kind)
{
    if (kind == Kind::Postgres)
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

} // namespace core
