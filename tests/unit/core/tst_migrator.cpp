#include "core/data/database.h"
#include "core/data/migrator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

class tst_Migrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    static QStringList tables(Database &db)
    {
        QStringList names;
        auto q = db.exec(db.dialect().listTablesQuery());
        while (q && q->next())
            names << q->value(0).toString();
        return names;
    }

private slots:
    void freshDatabaseGetsTheWholeSchema()
    {
        auto db = Database::openSqlite(path("fresh.sqlite"));
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        Migrator migrator(**db);
        QCOMPARE(migrator.currentVersion().valueOr(-1), 0);
        auto applied = migrator.migrate();
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().text()));
        QVERIFY(*applied >= 1);
        QCOMPARE(migrator.currentVersion().valueOr(-1), migrator.latestVersion());
        const QStringList names = tables(**db);
        for (const char *t : {"companies", "users", "roles", "audit_log", "outbox", "customers", "customer_addresses",
                              "channels", "products", "orders", "order_items", "order_events", "schema_migrations"})
            QVERIFY2(names.contains(QLatin1String(t)), t);
        // Recorded with the file's SHA-256.
        auto checksum = (*db)->scalar(QStringLiteral("SELECT checksum FROM schema_migrations WHERE version = 1"));
        QCOMPARE(checksum->toString().size(), 64);
    }

    void connectionUsesWalAndForeignKeys()
    {
        auto db = Database::openSqlite(path("pragmas.sqlite"));
        QVERIFY(db);
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE((*db)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QVERIFY(Migrator(**db).migrate());
        // A foreign key violation is refused, not silently stored.
        auto bad = (*db)->exec(QStringLiteral("INSERT INTO order_items (id, order_id, line_no, product_id, sku, description,"
                                              " quantity, list_price_cents, unit_price_cents, total_cents, updated_at)"
                                              " VALUES ('i', 'no-order', 1, 'no-product', 'X', 'x', 1, 1, 1, 1, 'now')"));
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, Error::Kind::Database);
    }

    void secondRunAppliesNothing()
    {
        auto db = Database::openSqlite(path("twice.sqlite"));
        QVERIFY(db);
        QVERIFY(Migrator(**db).migrate());
        auto again = Migrator(**db).migrate();
        QVERIFY(again);
        QCOMPARE(*again, 0);
    }

    void newerDatabaseIsRefusedAndLeftAlone()
    {
        auto db = Database::openSqlite(path("newer.sqlite"));
        QVERIFY(db);
        QVERIFY(Migrator(**db).migrate());
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (9999, '9999_future.sql', 'x', 'now')")));
        const QStringList before = tables(**db);
        auto refused = Migrator(**db).migrate();
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("9999")), qPrintable(refused.error().message));
        QCOMPARE(tables(**db), before);
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_migrations"))->toInt(),
                 Migrator(**db).available()->size() + 1);
    }

    void alteredMigrationIsRefused()
    {
        auto db = Database::openSqlite(path("tampered.sqlite"));
        QVERIFY(db);
        QVERIFY(Migrator(**db).migrate());
        QVERIFY((*db)->exec(QStringLiteral("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1")));
        auto refused = Migrator(**db).migrate();
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("0001_foundation.sql")));
    }

    void ledgersAreAppendOnly()
    {
        auto db = Database::openSqlite(path("ledger.sqlite"));
        QVERIFY(db);
        QVERIFY(Migrator(**db).migrate());
        QVERIFY((*db)->exec(QStringLiteral("INSERT INTO audit_log (id, at, user_login, action) VALUES ('a', 'now', 'x', 'test')")));
        auto update = (*db)->exec(QStringLiteral("UPDATE audit_log SET action = 'forged'"));
        QVERIFY(!update);
        QVERIFY(update.error().message.contains(QLatin1String("append-only")));
        QVERIFY(!(*db)->exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE((*db)->scalar(QStringLiteral("SELECT action FROM audit_log"))->toString(), QStringLiteral("test"));
    }

    void unopenableFileGivesAClearError()
    {
        auto db = Database::openSqlite(QStringLiteral("/proc/definitely/not/here/x.sqlite"));
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QLatin1String("/proc/definitely/not/here")));
    }
};

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
