#include "core/domain/cep.h"
#include "core/domain/cnpj.h"
#include "core/domain/cpf.h"
#include "core/domain/gtin.h"
#include "demo/demogenerator.h"
#include "demo/demoseeder.h"
#include "demo/demotime.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QTest>

using namespace demo;

namespace {

/// Hashes every generated row, to compare two runs without a database.
class HashingSink : public RowSink
{
public:
    QCryptographicHash hash{QCryptographicHash::Sha256};
    core::Result<> row(Table table, const QVariant *values, int count) override
    {
        hash.addData(QByteArray::number(int(table)));
        for (int i = 0; i < count; ++i)
            hash.addData(values[i].toString().toUtf8() + '\x1f');
        return {};
    }
};

QByteArray fingerprint(quint64 seed, qint64 orders)
{
    SeedOptions options;
    options.orders = orders;
    options.seed = seed;
    options.until = QDate(2026, 11, 20);
    HashingSink sink;
    if (!DemoGenerator(options).generate(sink))
        return {};
    return sink.hash.result();
}

} // namespace

class tst_DemoSeed : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    static constexpr qint64 kOrders = 3000;

    qint64 count(const QString &sql, const QVariantList &bindings = {}) { return m_t.db().scalar(sql, bindings)->toLongLong(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(kOrders), qPrintable(m_t.error()));
    }

    void createsTheRequestedCounts()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), kOrders);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers")), kOrders / 4);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM order_items")) >= kOrders);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM order_events")) >= kOrders);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)")), 0);
        QCOMPARE(count(QStringLiteral("SELECT MIN(number) FROM orders")), 100001);
        QCOMPARE(count(QStringLiteral("SELECT MAX(number) FROM orders")), 100000 + kOrders);
        // Demo data never goes to the central database.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")), 0);
    }

    void documentsAreValid()
    {
        auto q = m_t.db().exec(QStringLiteral("SELECT kind, document FROM customers"));
        int alphanumeric = 0;
        while (q->next()) {
            const QString document = q->value(1).toString();
            if (q->value(0).toString() == QLatin1String("person")) {
                QVERIFY2(core::Cpf::isValid(document), qPrintable(document));
            } else {
                QVERIFY2(core::Cnpj::isValid(document), qPrintable(document));
                alphanumeric += core::Cnpj::isAlphanumeric(document);
            }
        }
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE kind = 'company'")) > 0);
        Q_UNUSED(alphanumeric); // a few per thousand companies: may be 0 in a small sample

        q = m_t.db().exec(QStringLiteral("SELECT gtin FROM products"));
        while (q->next())
            QVERIFY2(core::Gtin::isValid(q->value(0).toString()), qPrintable(q->value(0).toString()));

        q = m_t.db().exec(QStringLiteral("SELECT cep, state FROM customer_addresses"));
        while (q->next()) {
            QVERIFY(core::Cep::isValid(q->value(0).toString()));
            QCOMPARE(core::Cep::stateForCep(q->value(0).toString()), q->value(1).toString());
        }
    }

    void totalsAddUp()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE items_cents <>"
                                      " (SELECT SUM(total_cents) FROM order_items i WHERE i.order_id = o.id)")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_items WHERE total_cents <> unit_price_cents * quantity")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE freight_cents > 0 AND shipping_address_id IS NULL")), 0);
    }

    void realisticMix()
    {
        // Every kind of channel sells.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT ch.kind) FROM orders o JOIN channels ch ON ch.id = o.channel_id")), 6);
        // Mostly delivered, some cancelled, and recent orders still in the pipeline.
        const qint64 delivered = count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'entregue'"));
        QVERIFY2(delivered > kOrders * 6 / 10, qPrintable(QString::number(delivered)));
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'cancelado'")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status IN ('aguardando_pagamento', 'pago', 'em_separacao', 'em_analise')")) > 0);
        // Two years, weekdays busier than Saturdays, Black Friday the busiest day.
        QCOMPARE(m_t.db().scalar(QStringLiteral("SELECT MIN(date(placed_at, '-3 hours')) FROM orders"))->toString(), QStringLiteral("2024-11-21"));
        QCOMPARE(m_t.db().scalar(QStringLiteral("SELECT MAX(date(placed_at, '-3 hours')) FROM orders"))->toString(), QStringLiteral("2026-11-20"));
        const qint64 mondays = count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE strftime('%w', placed_at, '-3 hours') = '1'"));
        const qint64 saturdays = count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE strftime('%w', placed_at, '-3 hours') = '6'"));
        QVERIFY2(mondays > saturdays * 13 / 10, qPrintable(QStringLiteral("%1 vs %2").arg(mondays).arg(saturdays)));
        const qint64 blackFriday = count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE date(placed_at, '-3 hours') = '2025-11-28'"));
        const qint64 october = count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE date(placed_at, '-3 hours') BETWEEN '2025-10-01' AND '2025-10-31'"));
        QVERIFY2(blackFriday * 31 > october * 5 / 2, qPrintable(QStringLiteral("Black Friday %1, October %2").arg(blackFriday).arg(october)));
        // Shipped orders have tracking codes; unshipped ones do not.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE shipped_at IS NOT NULL AND tracking_code = ''")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders WHERE shipped_at IS NULL AND tracking_code <> ''")), 0);
    }

    void timelineMatchesStatus()
    {
        // The last event of every order ends in the order's current status.
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM orders o WHERE o.status <> (SELECT e.to_status FROM order_events e"
                     " WHERE e.order_id = o.id ORDER BY e.at DESC, e.kind DESC LIMIT 1)")), 0);
    }

    void isoUtcMatchesTheStoredForm_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("leap-day-2024") << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("new-year-2026") << QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("black-friday-2026") << QDateTime(QDate(2026, 11, 27), QTime(3, 4, 5, 6), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("year-2100-not-leap") << QDateTime(QDate(2100, 3, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QTest::newRow("before-epoch") << QDateTime(QDate(1969, 12, 31), QTime(23, 0, 0, 500), Qt::UTC).toMSecsSinceEpoch();
    }

    void isoUtcMatchesTheStoredForm()
    {
        QFETCH(qint64, ms);
        QCOMPARE(isoUtc(ms), core::toDbTimestamp(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)));
    }

    void cardDataIsOnlyBrandAndLastFour()
    {
        // Card transactions keep brand, last four digits and the acquirer's references; PIX keeps
        // txid and end-to-end id. No reference holds a long run of digits.
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM payment_transactions WHERE method IN ('credit_card', 'debit_card')")) > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment_transactions WHERE method IN ('credit_card', 'debit_card')"
                                      " AND (card_brand = '' OR length(card_last4) <> 4 OR nsu = '')")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment_transactions WHERE method = 'pix' AND pix_txid = ''")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment_transactions WHERE"
                                      " acquirer_reference GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'"
                                      " OR pix_txid GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'")), 0);
        // Every online card order has its risk analysis; counter sales (card present) do not.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders o JOIN channels ch ON ch.id = o.channel_id"
                                      " WHERE o.payment_method = 'credit_card' AND ch.kind <> 'store'"
                                      " AND NOT EXISTS (SELECT 1 FROM risk_analyses r WHERE r.order_id = o.id)")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM risk_analyses r JOIN orders o ON o.id = r.order_id"
                                      " JOIN channels ch ON ch.id = o.channel_id WHERE ch.kind = 'store'")), 0);
        // Paid card orders have a captured transaction of the order's total.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders o WHERE o.payment_method = 'credit_card' AND o.payment_status = 'paid'"
                                      " AND NOT EXISTS (SELECT 1 FROM payment_transactions t WHERE t.order_id = o.id"
                                      " AND t.status = 'captured' AND t.amount_cents = o.total_cents)")), 0);
    }

    void searchFindsSeededOrders()
    {
        // The search table is rebuilt once after the bulk load and kept by its triggers after that.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_search")), kOrders);
        const QString sku = m_t.db().scalar(QStringLiteral("SELECT sku FROM order_items WHERE order_id ="
                                                            " (SELECT id FROM orders WHERE number = 100123) LIMIT 1"))->toString();
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM order_search WHERE order_search MATCH ? AND rowid = 100123"),
                      {QString(sku).replace(u'-', u' ')}) == 1); // "CAB-10008": both tokens
        // The triggers dropped for the bulk load are all back, as the migration made them.
        const QString triggers = QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master"
                                                " WHERE type = 'trigger' AND name LIKE 'order_search_%' ORDER BY name)");
        testsupport::TestDatabase fresh;
        QVERIFY(!fresh.db().scalar(triggers)->toString().isEmpty());
        QCOMPARE(m_t.db().scalar(triggers)->toString(), fresh.db().scalar(triggers)->toString());
    }

    void sameSeedSameData()
    {
        QCOMPARE(fingerprint(7, 500), fingerprint(7, 500));
        QVERIFY(fingerprint(7, 500) != fingerprint(8, 500));
    }

    void refusesADatabaseWithData()
    {
        SeedOptions options;
        options.orders = 5;
        auto again = DemoSeeder(m_t.db()).seed(core::Session::commandLine(), options);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, core::Error::Kind::Conflict);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM orders")), kOrders);
    }

    void cancelledSeedWritesNothing()
    {
        testsupport::TestDatabase empty;
        SeedOptions options;
        options.orders = 2000;
        auto cancelled = DemoSeeder(empty.db()).seed(core::Session::commandLine(), options, [](int permille) { return permille < 500; });
        QVERIFY(!cancelled);
        QCOMPARE(empty.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders"))->toInt(), 0);
        QCOMPARE(empty.db().scalar(QStringLiteral("SELECT COUNT(*) FROM customers"))->toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_DemoSeed)
#include "tst_demoseed.moc"
