#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3_stmt;

namespace core {

class Database;

/// One prepared statement run for thousands of rows inside the caller's transaction (a retorno
/// of 100,000 records). On SQLite it binds and steps through the SQLite C API on the connection
/// Qt's driver holds (the plugin links the same system libsqlite3): binding a value through
/// QSqlQuery/QVariant costs more than SQLite's whole insert. On PostgreSQL it is a prepared
/// QSqlQuery. Values are bound by position (0-based); text is UTF-8.
class BulkStatement
{
public:
    static Result<BulkStatement> prepare(Database &db, const QString &sql);
    BulkStatement(BulkStatement &&other) noexcept;
    BulkStatement &operator=(BulkStatement &&other) = delete;
    BulkStatement(const BulkStatement &) = delete;
    ~BulkStatement();

    void bind(int index, qint64 value);
    void bind(int index, const QByteArray &utf8); ///< a null QByteArray binds SQL NULL
    void bind(int index, const QString &text);    ///< always text: an empty string stays ''
    void bind(int index, const QDate &date);      ///< an ISO date; an invalid date binds SQL NULL
    void bindNull(int index);
    /// Runs the statement with the bound values and clears them; returns the rows changed.
    Result<int> run();

    /// For a SELECT: the next row (the first call runs it with the bound values); false after
    /// the last one, when the statement is ready to be bound and run again.
    Result<bool> next();
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;

private:
    BulkStatement() = default;
    sqlite3_stmt *m_stmt = nullptr;
    std::optional<QSqlQuery> m_query; // PostgreSQL
    QString m_sql;
    bool m_queryRunning = false; // PostgreSQL: exec() done, rows being read
};

} // namespace core
