#include "core/data/database.h"

#include "core/domain/tr.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QTimeZone>

namespace core {

Database::Database(QString connectionName, std::unique_ptr<SqlDialect> dialect, QString location)
    : m_connectionName(std::move(connectionName)), m_dialect(std::move(dialect)),
      m_location(std::move(location))
{}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("rg-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error::unavailable(Tr::tr("The SQLite driver of Qt is not installed (package libqt6sql6-sqlite)."));
    const bool inMemory = path == QLatin1String(":memory:");
    const QFileInfo info(path);
    if (!inMemory && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error::io(Tr::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
    const QString file = inMemory ? path : info.absoluteFilePath();

    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    std::unique_ptr<Database> result(new Database(name, SqlDialect::create(SqlDialect::Kind::Sqlite), file));
    result->m_sqlitePath = file;
    if (!db.open()) {
        return Error::database(Tr::tr("Cannot open the database %1: %2").arg(file, db.lastError().text()),
                               db.lastError().text());
    }
    return finishOpen(std::move(result));
}

Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresParams &params)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::unavailable(Tr::tr("The PostgreSQL driver of Qt is not installed (package libqt6sql6-psql)."));
    const QString name = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(params.host);
    db.setPort(params.port);
    db.setDatabaseName(params.database);
    db.setUserName(params.user);
    db.setPassword(params.password);
    // The server certificate is always verified against the configured CA and host name.
    QString options = QStringLiteral("sslmode=verify-full;connect_timeout=10");
    if (!params.sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + params.sslRootCert;
    db.setConnectOptions(options);
    const QString location = QStringLiteral("%1@%2:%3/%4")
                                 .arg(params.user, params.host).arg(params.port).arg(params.database);
    std::unique_ptr<Database> result(
        new Database(name, SqlDialect::create(SqlDialect::Kind::Postgres), location));
    result->m_postgres = params;
    if (!db.open()) {
        return Error::database(Tr::tr("Cannot connect to the central database %1: %2")
                                   .arg(location, db.lastError().text()),
                               db.lastError().text());
    }
    return finishOpen(std::move(result));
}

Result<std::unique_ptr<Database>> Database::finishOpen(std::unique_ptr<Database> db)
{
    for (const QString &statement : db->dialect().connectionSetup()) {
        auto done = db->exec(statement);
        if (!done)
            return done.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openSibling() const
{
    if (m_dialect->kind() == SqlDialect::Kind::Postgres)
        return openPostgres(m_postgres);
    return openSqlite(m_sqlitePath);
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        return errorFrom(query, sql);
    return query;
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery query(connection());
    if (bindings.isEmpty()) {
        if (!query.exec(sql))
            return errorFrom(query, sql);
        return query;
    }
    if (!query.prepare(sql))
        return errorFrom(query, sql);
    for (const QVariant &value : bindings)
        query.addBindValue(bindable(value));
    if (!query.exec())
        return errorFrom(query, sql);
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantList &bindings) const
{
    auto query = exec(sql, bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Error Database::errorFrom(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error::database(Tr::tr("The database refused the operation: %1").arg(text),
                           what.simplified().left(300) + QStringLiteral(" -- ") + error.text());
}

QString toDbTimestamp(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromDbTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime parsed = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(value.toString(), Qt::ISODate);
    return parsed.toUTC();
}

QDate fromDbDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    // Parsed by hand: a remessa or a retorno lists tens of thousands of boletos with several
    // dates each, and QDate::fromString dominated that.
    const QString text = value.toString();
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate::fromString(text.left(10), Qt::ISODate);
    auto number = [&text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}

QVariant toDbDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace core
