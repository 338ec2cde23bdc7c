#include "core/data/bulkstatement.h"

#include "core/data/database.h"
#include "core/data/sqldialect.h"
#include "core/domain/tr.h"

#include <QDate>
#include <QSqlDriver>

#include <sqlite3.h>

namespace core {

Result<BulkStatement> BulkStatement::prepare(Database &db, const QString &sql)
{
    BulkStatement s;
    s.m_sql = sql;
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        const QVariant handle = db.connection().driver()->handle();
        sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.data())
                                                                                               : nullptr;
        if (!connection)
            return Error::database(Tr::tr("The database connection is not available."), sql);
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &s.m_stmt, nullptr) != SQLITE_OK)
            return Error::database(Tr::tr("The database refused a statement."), QString::fromUtf8(sqlite3_errmsg(connection)) + u' ' + sql);
        return s;
    }
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    s.m_query = std::move(*query);
    return s;
}

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_query(std::move(other.m_query)), m_sql(std::move(other.m_sql))
{
}

BulkStatement::~BulkStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index + 1, value);
    else
        m_query->bindValue(index, value);
}

void BulkStatement::bind(int index, const QByteArray &utf8)
{
    if (utf8.isNull()) {
        bindNull(index);
        return;
    }
    if (m_stmt)
        sqlite3_bind_text(m_stmt, index + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    else
        m_query->bindValue(index, QString::fromUtf8(utf8));
}

void BulkStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bind(index, utf8.isNull() ? QByteArray("") : utf8);
}

void BulkStatement::bind(int index, const QDate &date)
{
    if (!date.isValid()) {
        bindNull(index);
        return;
    }
    if (!m_stmt) {
        m_query->bindValue(index, date);
        return;
    }
    // Written by hand: QDate::toString goes through a printf and cost more than the insert.
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    char text[10];
    auto put = [&text](int at, int value, int digits) {
        for (int i = at + digits - 1; i >= at; --i, value /= 10)
            text[i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    sqlite3_bind_text(m_stmt, index + 1, text, int(sizeof text), SQLITE_TRANSIENT);
}

void BulkStatement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index + 1);
    else
        m_query->bindValue(index, QVariant());
}

Result<int> BulkStatement::run()
{
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        sqlite3 *connection = sqlite3_db_handle(m_stmt);
        const int changed = sqlite3_changes(connection);
        const QString message = rc == SQLITE_DONE || rc == SQLITE_ROW ? QString() : QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (!message.isEmpty())
            return Error::database(Tr::tr("The database refused a change."), message + u' ' + m_sql);
        return changed;
    }
    if (!m_query->exec())
        return Database::errorFrom(*m_query, m_sql);
    return m_query->numRowsAffected();
}

Result<bool> BulkStatement::next()
{
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        const QString message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (!message.isEmpty())
            return Error::database(Tr::tr("The database refused a query."), message + u' ' + m_sql);
        return false;
    }
    if (!m_queryRunning) {
        if (!m_query->exec())
            return Database::errorFrom(*m_query, m_sql);
        m_queryRunning = true;
    }
    if (m_query->next())
        return true;
    m_queryRunning = false;
    return false;
}

bool BulkStatement::isNull(int column) const
{
    return m_stmt ? sqlite3_column_type(m_stmt, column) == SQLITE_NULL : m_query->isNull(column);
}

qint64 BulkStatement::int64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : m_query->value(column).toLongLong();
}

QString BulkStatement::text(int column) const
{
    if (!m_stmt) {
        const QVariant v = m_query->value(column);
        // PostgreSQL hands dates back as QDate: the same ISO text SQLite stores.
        return v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column)) : QString();
}

} // namespace core
