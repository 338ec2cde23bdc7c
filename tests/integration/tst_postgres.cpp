#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/userservice.h"
#include "orders/data/customerrepository.h"

#include <QFile>
#include <QTest>

using namespace core;

/// The same migrations and services on a real PostgreSQL 15 server (started by the CTest fixture
/// tests/support/pg-cluster.sh), reached over TLS with the server certificate verified.
class tst_Postgres : public QObject
{
    Q_OBJECT
    PostgresParams m_params;
    std::unique_ptr<Database> m_db;

    static PostgresParams readParams()
    {
        PostgresParams p;
        QFile file(qEnvironmentVariable("RG_PG_ENV"));
        if (!file.open(QIODevice::ReadOnly))
            return p;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QString text = QString::fromUtf8(line);
            const QString key = text.section(u'=', 0, 0);
            const QString value = text.section(u'=', 1);
            if (key == QLatin1String("RG_PG_HOST")) p.host = value;
            else if (key == QLatin1String("RG_PG_PORT")) p.port = value.toInt();
            else if (key == QLatin1String("RG_PG_DATABASE")) p.database = value;
            else if (key == QLatin1String("RG_PG_USER")) p.user = value;
            else if (key == QLatin1String("RG_PG_PASSWORD")) p.password = value;
            else if (key == QLatin1String("RG_PG_CA")) p.sslRootCert = value;
        }
        return p;
    }

private slots:
    void initTestCase()
    {
        m_params = readParams();
        // Not a skip: CI always runs this against the fixture's server.
        QVERIFY2(!m_params.host.isEmpty(), "RG_PG_ENV does not point to the test cluster's connection.env");
        auto db = Database::openPostgres(m_params);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().text()));
        m_db = std::move(*db);
        QVERIFY(m_db->exec(QStringLiteral("DROP SCHEMA public CASCADE")));
        QVERIFY(m_db->exec(QStringLiteral("CREATE SCHEMA public")));
    }

    void migrationsApply()
    {
        Migrator migrator(*m_db);
        auto applied = migrator.migrate();
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().text() + u' ' + applied.error().detail));
        QVERIFY(*applied >= 1);
        QCOMPARE(migrator.currentVersion().valueOr(-1), migrator.latestVersion());
        QStringList tables;
        auto q = m_db->exec(m_db->dialect().listTablesQuery());
        while (q->next())
            tables << q->value(0).toString();
        for (const char *t : {"companies", "users", "audit_log", "outbox", "customers", "customer_addresses", "channels",
                              "products", "orders", "order_items", "order_events"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        QCOMPARE(*Migrator(*m_db).migrate(), 0);
    }

    void everyChangeIsStampedWithTheGlobalSequence()
    {
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO channels (id, code, name, kind, updated_at) VALUES"
                                          " ('018f0000-0000-7000-8000-000000000001', 'loja', 'Loja', 'storefront', now())")));
        const qint64 first = m_db->scalar(QStringLiteral("SELECT change_seq FROM channels WHERE code = 'loja'"))->toLongLong();
        QVERIFY(first > 0);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE channels SET name = 'Loja virtual' WHERE code = 'loja'")));
        QVERIFY(m_db->scalar(QStringLiteral("SELECT change_seq FROM channels WHERE code = 'loja'"))->toLongLong() > first);
    }

    void servicesWorkOnPostgres()
    {
        UserService users(*m_db);
        QCOMPARE(users.needsFirstAdministrator().valueOr(false), true);
        auto admin = users.createFirstAdministrator({QStringLiteral("admin"), QStringLiteral("Ana"), Role::Administrator,
                                                     QStringLiteral("senha-forte-1")});
        QVERIFY2(admin, qPrintable(admin ? QString() : admin.error().text() + u' ' + admin.error().detail));
        QVERIFY(!users.authenticate(QStringLiteral("admin"), QStringLiteral("errada-123")));
        QVERIFY(users.authenticate(QStringLiteral("ADMIN"), QStringLiteral("senha-forte-1")));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'users'"))->toInt(), 1);
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'auth.login_failed'"))->toInt(), 1);
    }

    void ledgersAreAppendOnly()
    {
        auto update = m_db->exec(QStringLiteral("UPDATE audit_log SET action = 'forged'"));
        QVERIFY(!update);
        QVERIFY2(update.error().message.contains(QLatin1String("append-only")), qPrintable(update.error().message));
    }

    void customerSearchIgnoresCaseAndAccents()
    {
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO customers (id, kind, name, name_key, document, created_at, updated_at) VALUES"
                                          " ('018f0000-0000-7000-8000-000000000002', 'person', 'Érica Souza', 'erica souza', '52998224725', now(), now())")));
        auto hits = orders::CustomerRepository(*m_db).search(QStringLiteral("ÉRI"), 10);
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().text()));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(orders::CustomerRepository(*m_db).search(QStringLiteral("529.982"), 10)->size(), 1);
    }

    void untrustedServerCertificateIsRefused()
    {
        PostgresParams wrongCa = m_params;
        wrongCa.sslRootCert = QStringLiteral("/etc/ssl/certs/ca-certificates.crt"); // public CAs only
        auto db = Database::openPostgres(wrongCa);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QLatin1String("certificate"), Qt::CaseInsensitive), qPrintable(db.error().message));
    }

    void wrongPasswordIsRefused()
    {
        PostgresParams wrong = m_params;
        wrong.password = QStringLiteral("not-the-password");
        auto db = Database::openPostgres(wrong);
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QLatin1String("password"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(tst_Postgres)
#include "tst_postgres.moc"
