#include "billing/data/cashview.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/data/reconciliationservice.h"
#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/userservice.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "orders/data/customerrepository.h"
#include "billingtestaccount.h"
#include "retornobuilder.h"

#include <QFile>
#include <QMap>
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

    /// The reconciliation's set-based writes (staging tables, INSERT ... SELECT, UPDATE ... FROM,
    /// outbox payloads built in SQL) on the central database's types: uuid, date, jsonb.
    void retornoReconcilesOnPostgres()
    {
        const Session session = Session::commandLine();
        auto account = billing::CollectionAccountRepository(*m_db).save(session, testsupport::itauTestAccount(QStringLiteral("Itaú PG")));
        QVERIFY2(account, qPrintable(account ? QString() : account.error().text() + u' ' + account.error().detail));
        QStringList ids;
        for (int i = 1; i <= 3; ++i) {
            ids << Uuid7::generate();
            const QString nn = QString::number(i);
            QVERIFY(m_db->exec(QStringLiteral("INSERT INTO boletos (id, account_id, sequence, nosso_numero, nosso_numero_printed,"
                                              " nosso_numero_key, document_number, barcode, linha_digitavel, issue_date, due_date,"
                                              " amount_cents, payer_name, payer_document, status, pending_instruction, created_at,"
                                              " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-01', '2026-11-20', 10000,"
                                              " 'PAGADOR', '52998224725', 'registrado', '', now(), now())"),
                               {ids.last(), account->id, i, nn, QStringLiteral("109/0000000%1-0").arg(i), nn.rightJustified(8, u'0'), nn,
                                QString(44, u'0'), QString(47, u'0')}));
        }
        QList<testsupport::RetornoEntry> entries;
        for (int i = 1; i <= 2; ++i) {
            testsupport::RetornoEntry e;
            e.nossoNumero = QString::number(i);
            e.titleCents = 10000;
            e.paidCents = i == 1 ? 10000 : 10250; // the second one late, with juros
            e.interestCents = e.paidCents - 10000;
            e.feeCents = 190;
            e.dueDate = QDate(2026, 11, 20);
            e.occurrenceDate = QDate(2026, 11, 20 + i);
            e.creditDate = e.occurrenceDate.addDays(1);
            entries << e;
        }
        testsupport::RetornoEntry stranger = entries.first();
        stranger.nossoNumero = QStringLiteral("999");
        entries << stranger;
        const QByteArray file = testsupport::itauRetorno240(QStringLiteral("1234"), QStringLiteral("12345"), entries, QDate(2026, 12, 2));

        billing::ReconciliationService service(*m_db);
        auto preview = service.preview(session, file, QStringLiteral("PG.RET"), account->id, {});
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().text() + u' ' + preview.error().detail));
        QCOMPARE(preview->lines.size(), 3);
        auto applied = service.apply(session, *preview, {});
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().text() + u' ' + applied.error().detail));
        QCOMPARE(applied->payments, 2);
        QCOMPARE(applied->statusChanges, 2);

        auto scalar = [this](const QString &sql, const QVariantList &bindings = {}) {
            auto v = m_db->scalar(sql, bindings);
            return v ? *v : QVariant();
        };
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM retorno_records")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM boleto_payments WHERE source = 'cnab'")).toInt(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT SUM(paid_cents) FROM boleto_payments")).toLongLong(), 20250);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM boletos WHERE id = ?"), {ids[1]}).toString(), QStringLiteral("pago"));
        QCOMPARE(scalar(QStringLiteral("SELECT paid_on FROM boletos WHERE id = ?"), {ids[1]}).toDate(), QDate(2026, 11, 22));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM boletos WHERE id = ?"), {ids[2]}).toString(), QStringLiteral("registrado"));
        QCOMPARE(scalar(QStringLiteral("SELECT row_version FROM boletos WHERE id = ?"), {ids[0]}).toInt(), 2);
        // Each boleto's change is queued with the version it was based on and its new state.
        QCOMPARE(scalar(QStringLiteral("SELECT payload ->> 'status' FROM outbox WHERE table_name = 'boletos' AND row_id = ?"), {ids[1]})
                     .toString(),
                 QStringLiteral("pago"));
        QCOMPARE(scalar(QStringLiteral("SELECT payload ->> 'paid_cents' FROM outbox WHERE table_name = 'boletos' AND row_id = ?"),
                        {ids[1]})
                     .toLongLong(),
                 10250);
        QCOMPARE(scalar(QStringLiteral("SELECT base_version FROM outbox WHERE table_name = 'boletos' AND row_id = ?"), {ids[0]}).toInt(), 1);
        // The staging tables went with the transaction.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE tablename LIKE 'reconcile_%'")).toInt(), 0);

        // The cash view on PostgreSQL's dates: due on the 20th, credited the day after each
        // payment, the fees (the unknown title's too) on their credit days.
        auto cash = billing::CashView::daily(*m_db, session, QDate(2026, 11, 1), QDate(2026, 11, 30), account->id);
        QVERIFY2(cash, qPrintable(cash ? QString() : cash.error().text() + u' ' + cash.error().detail));
        QMap<QDate, billing::CashDay> byDay;
        for (const billing::CashDay &d : *cash)
            byDay.insert(d.date, d);
        QCOMPARE(byDay.keys(), (QList<QDate>{QDate(2026, 11, 20), QDate(2026, 11, 22), QDate(2026, 11, 23)}));
        QCOMPARE(byDay.value(QDate(2026, 11, 20)).expectedCents, qint64(30000));
        QCOMPARE(byDay.value(QDate(2026, 11, 22)).creditedCents, qint64(10000));
        QCOMPARE(byDay.value(QDate(2026, 11, 22)).feeCents, qint64(380));
        QCOMPARE(byDay.value(QDate(2026, 11, 23)).creditedCents, qint64(10250));
        QCOMPARE(byDay.value(QDate(2026, 11, 23)).accountName, QStringLiteral("Itaú PG"));

        auto again = service.preview(session, file, QStringLiteral("PG.RET"), account->id, {});
        QVERIFY(again && again->alreadyImported());
        QVERIFY(!service.apply(session, *again, {}));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM boleto_payments")).toInt(), 2);
    }

    // A card settlement report on PostgreSQL: its file has no collection account (migration
    // 0010), and the history and the cash view name the acquirer.
    void cardSettlementOnPostgres()
    {
        const Session session = Session::commandLine();
        const QByteArray report = "DATE,SOURCE_ID,EXTERNAL_REFERENCE,RECORD_TYPE,DESCRIPTION,NET_CREDIT_AMOUNT,NET_DEBIT_AMOUNT,"
                                  "GROSS_AMOUNT,MP_FEE_AMOUNT\n"
                                  "2027-02-10T09:30:00.000-03:00,88001,sem-pedido,release,payment,95.01,0.00,100.00,-4.99\n"
                                  "2027-02-10T10:00:00.000-03:00,88002,,release,fee-release-in-advance,0.00,3.90,0.00,-3.90\n";
        billing::ReconciliationService service(*m_db);
        auto preview = service.preview(session, report, QStringLiteral("liberacoes.csv"), QString(), {});
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().text() + u' ' + preview.error().where));
        QCOMPARE(preview->lines.first().outcome, billing::ReconciliationOutcome::Unknown);
        auto applied = service.apply(session, *preview, {});
        QVERIFY2(applied, qPrintable(applied ? QString() : applied.error().text() + u' ' + applied.error().detail));
        auto file = m_db->exec(QStringLiteral("SELECT account_id IS NULL, provider, layout FROM retorno_files WHERE id = ?"),
                               {applied->fileId});
        QVERIFY(file && file->next());
        QVERIFY(file->value(0).toBool());
        QCOMPARE(file->value(1).toString(), QStringLiteral("Mercado Pago"));
        QCOMPARE(file->value(2).toString(), QStringLiteral("card"));
        auto history = service.history(1);
        QVERIFY(history && history->size() == 1);
        QCOMPARE(history->first().accountName, QStringLiteral("Mercado Pago"));
        auto cash = billing::CashView::daily(*m_db, session, QDate(2027, 2, 10), QDate(2027, 2, 10));
        QVERIFY2(cash, qPrintable(cash ? QString() : cash.error().text() + u' ' + cash.error().detail));
        QCOMPARE(cash->size(), 1);
        QCOMPARE(cash->first().accountName, QStringLiteral("Mercado Pago"));
        QCOMPARE(cash->first().feeCents, qint64(499 + 390));
        QCOMPARE(cash->first().creditedCents, qint64(0)); // no order took the payment: nothing credited to one
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
