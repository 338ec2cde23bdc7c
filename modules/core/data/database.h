#pragma once

#include "core/data/sqldialect.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace core {

/// Where a PostgreSQL server is and how to reach it. The password comes from the keychain.
struct PostgresParams
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslRootCert; ///< CA file; the server certificate is always verified (verify-full)
};

/// One connection to the local SQLite file or the central PostgreSQL, with its dialect.
/// A connection belongs to the thread that opened it: worker threads call openSibling().
class Database
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) a SQLite file in WAL mode with foreign keys on.
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path);
    static Result<std::unique_ptr<Database>> openPostgres(const PostgresParams &params);
    /// A new connection to the same database, for use on the calling thread.
    Result<std::unique_ptr<Database>> openSibling() const;

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const SqlDialect &dialect() const { return *m_dialect; }
    /// File path or "user@host:port/db" — shown in the status bar.
    QString location() const { return m_location; }

    /// Prepares and executes `sql` with positional bindings.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    /// Executes a query and returns the first column of the first row (invalid when no row).
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {}) const;
    /// A prepared statement for repeated execution in loops.
    Result<QSqlQuery> prepare(const QString &sql) const;
    /// Error for a failed query: a sentence for the user, the driver text as detail.
    static Error errorFrom(const QSqlQuery &query, const QString &what);

    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    Database(QString connectionName, std::unique_ptr<SqlDialect> dialect, QString location);
    static Result<std::unique_ptr<Database>> finishOpen(std::unique_ptr<Database> db);
    static QString newConnectionName();

    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_location;
    QString m_sqlitePath;
    PostgresParams m_postgres;
    int m_transactionDepth = 0;
};

/// The value to bind for `value`: an invalid QVariant is SQL NULL, while a null QString is an
/// empty text (Qt would otherwise bind it as NULL, and most text columns are NOT NULL).
inline QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

/// UTC timestamp as stored in both databases ("2026-11-23T14:05:09.123Z").
QString toDbTimestamp(const QDateTime &dateTime);
QDateTime fromDbTimestamp(const QVariant &value);
/// A civil date as stored: ISO text "YYYY-MM-DD" (SQLite) or a date (PostgreSQL); null when
/// `value` is NULL. toDbDate binds an invalid date as NULL.
QDate fromDbDate(const QVariant &value);
QVariant toDbDate(const QDate &date);

} // namespace core
