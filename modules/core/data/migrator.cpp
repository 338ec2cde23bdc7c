#include "core/data/migrator.h"
#include "core/data/sqldialect.h"

#include "core/data/database.h"
#include "core/data/sqlscript.h"
#include "core/data/transaction.h"
#include "core/domain/tr.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>

namespace core {

Migrator::Migrator(Database &db) : m_db(db) {}

Result<QList<Migration>> Migrator::available() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    const QDir dir(m_db.dialect().migrationsFolder());
    QList<Migration> migrations;
    QHash<int, QString> seen;
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            return Error::validation(Tr::tr("Migration file name %1 does not follow NNNN_name.sql.").arg(file));
        const int version = match.captured(1).toInt();
        if (seen.contains(version))
            return Error::validation(Tr::tr("Migrations %1 and %2 share the number %3.")
                                         .arg(seen.value(version), file).arg(version));
        seen.insert(version, file);
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            return Error::io(Tr::tr("Cannot read the migration %1.").arg(file));
        Migration m;
        m.version = version;
        m.name = file;
        m.sql = in.readAll();
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex());
        migrations.append(m);
    }
    return migrations;
}

int Migrator::latestVersion() const
{
    const auto migrations = available();
    return migrations && !migrations->isEmpty() ? migrations->constLast().version : 0;
}

Result<> Migrator::ensureTable()
{
    auto done = m_db.exec(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL,"
        " applied_at TEXT NOT NULL)"));
    if (!done)
        return done.error();
    return {};
}

Result<int> Migrator::currentVersion() const
{
    auto exists = m_db.exec(m_db.dialect().listTablesQuery());
    if (!exists)
        return exists.error();
    bool found = false;
    while (exists->next())
        found = found || exists->value(0).toString() == QLatin1String("schema_migrations");
    if (!found)
        return 0;
    auto version = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version)
        return version.error();
    return version->toInt();
}

Result<int> Migrator::migrate(int upTo)
{
    const auto migrations = available();
    if (!migrations)
        return migrations.error();
    if (auto table = ensureTable(); !table)
        return table.error();

    auto applied = m_db.exec(QStringLiteral("SELECT version, name, checksum FROM schema_migrations ORDER BY version"));
    if (!applied)
        return applied.error();
    QHash<int, QString> appliedChecksums;
    const int latest = migrations->isEmpty() ? 0 : migrations->constLast().version;
    while (applied->next()) {
        const int version = applied->value(0).toInt();
        if (version > latest) {
            return Error::conflict(
                Tr::tr("This database was last opened by a newer Retaguarda (schema version %1; this "
                       "program knows up to %2). Install the newer version; the database was not changed.")
                    .arg(version).arg(latest),
                m_db.location());
        }
        appliedChecksums.insert(version, applied->value(2).toString());
    }

    int count = 0;
    for (const Migration &m : *migrations) {
        if (upTo >= 0 && m.version > upTo)
            break;
        if (appliedChecksums.contains(m.version)) {
            if (appliedChecksums.value(m.version) != m.checksum) {
                return Error::conflict(
                    Tr::tr("Migration %1 differs from the one applied to this database. The database "
                           "was not changed; restore the original migration file or a backup.")
                        .arg(m.name),
                    m_db.location());
            }
            continue;
        }
        const auto statements = SqlScript::split(QString::fromUtf8(m.sql));
        if (!statements)
            return Error::parse(statements.error().message, m.name + QStringLiteral(", ") + statements.error().where);

        // SQLite changes a CHECK or NOT NULL only by rebuilding the table, which it allows only
        // with foreign keys off (dropping the old table would otherwise cascade or fail); such a
        // migration says so on its first line, and its result is checked before it commits.
        const bool rebuildsTables = m_db.dialect().kind() == SqlDialect::Kind::Sqlite
                                    && m.sql.startsWith("-- migration: rebuilds tables");
        if (rebuildsTables) {
            if (auto off = m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !off)
                return off.error();
        }
        const auto restoreForeignKeys = qScopeGuard([&] {
            if (rebuildsTables)
                (void)m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        });
        Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        for (const SqlStatement &statement : *statements) {
            auto done = m_db.exec(statement.text);
            if (!done) {
                Error error = done.error();
                error.where = Tr::tr("%1, line %2").arg(m.name).arg(statement.line);
                return error;
            }
        }
        if (rebuildsTables) {
            auto orphans = m_db.exec(QStringLiteral("PRAGMA foreign_key_check"));
            if (!orphans)
                return orphans.error();
            if (orphans->next()) {
                return Error::conflict(Tr::tr("Migration %1 would leave rows of %2 pointing to nothing; the database was"
                                              " not changed. Keep this database and report the problem.")
                                           .arg(m.name, orphans->value(0).toString()),
                                       m_db.location());
            }
        }
        auto recorded = m_db.exec(
            QStringLiteral("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"),
            {m.version, m.name, m.checksum, toDbTimestamp(QDateTime::currentDateTimeUtc())});
        if (!recorded)
            return recorded.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        ++count;
    }
    // New indexes have no statistics yet, and SQLite's planner needs them to choose between an
    // index that filters and one that sorts. A sampled ANALYZE takes a moment even on a million rows.
    if (count > 0 && m_db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        (void)m_db.exec(QStringLiteral("PRAGMA analysis_limit = 1000"));
        (void)m_db.exec(QStringLiteral("ANALYZE"));
    }
    return count;
}

} // namespace core
