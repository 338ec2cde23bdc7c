#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "stock/cli/stockcommands.h"
#include "cliharness.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

// The stock commands of retaguarda-cli, run in-process as a script runs them: the demo
// warehouse (once), `stock show SKU --json`, a refused move, expiry and replenishment lists.
class tst_StockCli : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    QList<core::CliCommand> m_commands = stock::stockCliCommands();
    QString m_out, m_err;

    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = m_t.db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }

    int run(const QString &name, const QStringList &arguments, bool json = false)
    {
        const testsupport::CliOutput r = testsupport::runCliCommand(m_commands, *m_context, QStringList{u"stock"_s, name}, arguments, json);
        m_out = r.out;
        m_err = r.err;
        return r.code;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.seed(1500), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(m_t.db(), m_events);
        m_context->setSession(core::Session::commandLine());
        QCOMPARE(run(u"demo"_s, {}, true), 0);
        const QJsonObject made = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QVERIFY2(made.value(u"created"_s).toBool(), qPrintable(m_out + m_err));
        QCOMPARE(made.value(u"locations"_s).toInt(), 2002);
        QVERIFY(made.value(u"lots"_s).toInt() > 0);
        // Idempotent.
        QCOMPARE(run(u"demo"_s, {}, true), 0);
        QVERIFY(!QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"created"_s).toBool());
        QCOMPARE(value(u"SELECT COUNT(*) FROM warehouses"_s).toInt(), 1);
    }

    void showJsonListsOnHandReservedAvailablePerLocationAndLot()
    {
        const QString sku = value(u"SELECT p.sku FROM products p JOIN stock_balances b ON b.product_id = p.id"
                                  " WHERE p.lot_controlled = 1 AND b.reserved > 0 ORDER BY p.sku LIMIT 1"_s)
                                .toString();
        QVERIFY(!sku.isEmpty());
        QCOMPARE(run(u"show"_s, {sku}, true), 0);
        const QJsonObject o = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(o.value(u"sku"_s).toString(), sku);
        const QString id = o.value(u"product_id"_s).toString();
        QCOMPARE(o.value(u"on_hand"_s).toInteger(), value(u"SELECT SUM(on_hand) FROM stock_balances WHERE product_id = ?"_s, {id}).toLongLong());
        QCOMPARE(o.value(u"reserved"_s).toInteger(), value(u"SELECT SUM(reserved) FROM stock_balances WHERE product_id = ?"_s, {id}).toLongLong());
        QCOMPARE(o.value(u"available"_s).toInteger(), o.value(u"on_hand"_s).toInteger() - o.value(u"reserved"_s).toInteger());
        const QJsonArray lines = o.value(u"locations"_s).toArray();
        QVERIFY(lines.size() >= 2);
        for (const QJsonValue &v : lines) {
            const QJsonObject l = v.toObject();
            QVERIFY(!l.value(u"location"_s).toString().isEmpty());
            QVERIFY(!l.value(u"lot"_s).toString().isEmpty());
            QVERIFY(QDate::fromString(l.value(u"expiry"_s).toString(), Qt::ISODate).isValid());
            QCOMPARE(l.value(u"available"_s).toInteger(), l.value(u"on_hand"_s).toInteger() - l.value(u"reserved"_s).toInteger());
        }
        // Found by EAN and by lot too.
        const QString gtin = o.value(u"gtin"_s).toString();
        QCOMPARE(run(u"show"_s, {gtin}, true), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"sku"_s).toString(), sku);
        QCOMPARE(run(u"show"_s, {lines.first().toObject().value(u"lot"_s).toString()}, true), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"sku"_s).toString(), sku);
        QCOMPARE(run(u"show"_s, {u"NAO-EXISTE"_s}, true), 2);
    }

    void moveRefusesNegativeStockAndPostsAValidOne()
    {
        const QString sku = value(u"SELECT p.sku FROM products p WHERE p.lot_controlled = 0 ORDER BY sku LIMIT 1"_s).toString();
        QCOMPARE(run(u"show"_s, {sku}, true), 0);
        const QJsonObject line = QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"locations"_s).toArray().first().toObject();
        const QString from = line.value(u"location"_s).toString();
        const qint64 available = line.value(u"available"_s).toInteger();
        QCOMPARE(run(u"move"_s, {u"--sku"_s, sku, u"--qty"_s, QString::number(available + 1), u"--from"_s, from, u"--kind"_s, u"write_off"_s,
                                 u"--reason"_s, u"avaria"_s}),
                 2);
        QVERIFY2(m_err.contains(u"Not enough stock"_s), qPrintable(m_err));
        QCOMPARE(run(u"move"_s, {u"--sku"_s, sku, u"--qty"_s, u"1"_s, u"--from"_s, from, u"--to"_s, u"A-01-04-01"_s, u"--kind"_s,
                                 u"transfer"_s}),
                 0);
    }

    void receiveCountAndRecallFromTheCommandLine()
    {
        const QString gtin = value(u"SELECT gtin FROM products WHERE lot_controlled = 1 ORDER BY sku LIMIT 1 OFFSET 5"_s).toString();
        QCOMPARE(run(u"receive"_s, {u"--sku"_s, gtin, u"--qty"_s, u"12"_s}, true), 2); // lot-controlled: the lot is asked for
        QCOMPARE(run(u"receive"_s, {u"--sku"_s, gtin, u"--qty"_s, u"12"_s, u"--lot"_s, u"cli-77"_s, u"--expiry"_s, u"2031-01-31"_s}, true), 0);
        const QJsonObject got = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QVERIFY(!got.value(u"put_away_to"_s).toString().isEmpty());
        QCOMPARE(got.value(u"put_away_to"_s).toString(), got.value(u"suggested_location"_s).toString());
        QCOMPARE(run(u"show"_s, {u"CLI-77"_s}, true), 0);
        bool there = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"locations"_s).toArray())
            there = there || (v.toObject().value(u"lot"_s).toString() == u"CLI-77"_s && v.toObject().value(u"on_hand"_s).toInt() == 12);
        QVERIFY(there);

        QCOMPARE(run(u"count"_s, {u"start"_s, u"--scope"_s, u"zone"_s, u"--value"_s, u"COLD"_s}, true), 0);
        const QString count = QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"count_id"_s).toString();
        QVERIFY(!count.isEmpty());
        QCOMPARE(run(u"count"_s, {u"review"_s, count}, true), 0);
        QVERIFY(!QJsonDocument::fromJson(m_out.toUtf8()).array().isEmpty());

        QCOMPARE(run(u"recall"_s, {u"--lot"_s, u"CLI-77"_s}, true), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 0); // received, never picked: nobody got it
    }

    void expiringAndReplenishmentLists()
    {
        QCOMPARE(run(u"expiring"_s, {u"--days"_s, u"60"_s}, true), 0);
        const QJsonArray expiring = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QVERIFY(!expiring.isEmpty());
        bool expired = false;
        for (const QJsonValue &v : expiring) {
            QVERIFY(v.toObject().value(u"days_left"_s).toInt() <= 60);
            expired = expired || v.toObject().value(u"expired"_s).toBool();
        }
        QVERIFY(expired);
        QCOMPARE(run(u"replenishment"_s, {}, true), 0);
        QVERIFY(QJsonDocument::fromJson(m_out.toUtf8()).isArray());
    }
};

QTEST_GUILESS_MAIN(tst_StockCli)
#include "tst_stockcli.moc"
