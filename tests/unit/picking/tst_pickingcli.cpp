#include "billing/workflow/billingactions.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/ordersmodule.h"
#include "picking/cli/pickingcommands.h"
#include "pickingfixture.h"
#include "stock/workflow/stockactions.h"
#include "cliharness.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

using testsupport::runTool;

/// Rasterises every page of `pdf` and returns what zbarimg reads on them ("CODE-128:A-02-01-01" ...).
QStringList barcodesIn(const QString &pdf, const QString &prefix, int dpi = 200)
{
    runTool(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, pdf, prefix});
    QStringList found;
    const QFileInfo info(prefix);
    for (const QString &png : QDir(info.absolutePath()).entryList({info.fileName() + u"*.png"_s}, QDir::Files, QDir::Name))
        found += runTool(u"zbarimg"_s, {u"-q"_s, info.absolutePath() + u'/' + png}).split(u'\n', Qt::SkipEmptyParts);
    return found;
}

} // namespace

// The picking commands of retaguarda-cli, in-process: a wave with --json, its pick lists as PDF
// (A4 and 80 mm) read back by pdftoppm + zbarimg, scanning and packing from the command line.
class tst_PickingCli : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    orders::OrdersModule m_orders;
    std::unique_ptr<pickingtest::Fixture> m_f;
    QList<core::CliCommand> m_commands;
    QString m_out, m_err;
    QJsonObject m_wave;

    int run(const QStringList &path, const QStringList &arguments, bool json = false)
    {
        const testsupport::CliOutput r = testsupport::runCliCommand(m_commands, *m_context, path, arguments, json);
        m_out = r.out;
        m_err = r.err;
        return r.code;
    }
    QJsonObject json() { return QJsonDocument::fromJson(m_out.toUtf8()).object(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(m_t.db(), m_events);
        m_context->setSession(core::Session::commandLine());
        QVERIFY(m_orders.initialize(*m_context).ok());
        billing::registerBillingActions(m_context->workflowActions());
        stock::registerStockActions(m_context->workflowActions());
        m_f = std::make_unique<pickingtest::Fixture>(m_t.db(), m_t.admin());
        QVERIFY2(m_f->build(), qPrintable(m_f->error));
        m_commands = picking::pickingCliCommands();
    }

    void waveCreateJson()
    {
        QCOMPARE(run({u"picking"_s, u"wave"_s, u"create"_s}, {u"--max-orders"_s, u"x"_s}), 2);
        QCOMPARE(run({u"picking"_s, u"wave"_s, u"create"_s}, {u"--carrier"_s, u"Transportadora X"_s}, true), 1);
        QVERIFY(m_err.contains(u"No paid order"_s));
        QCOMPARE(run({u"picking"_s, u"wave"_s, u"create"_s}, {u"--max-orders"_s, u"2"_s, u"--carrier"_s, u"Correios PAC"_s,
                                                              u"--carrier"_s, u"Jadlog"_s},
                     true),
                 0);
        m_wave = json();
        QCOMPARE(m_wave.value(u"wave"_s).toObject().value(u"number"_s).toInt(), 1);
        QCOMPARE(m_wave.value(u"wave"_s).toObject().value(u"orders"_s).toInt(), 2);
        const QJsonArray lists = m_wave.value(u"pick_lists"_s).toArray();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.at(0).toObject().value(u"code"_s).toString(), u"W1-01"_s);
        QCOMPARE(lists.at(0).toObject().value(u"lines"_s).toInt(), 4);
        QVERIFY(m_wave.value(u"route_length_m"_s).toDouble() > 0);
        QVERIFY(m_wave.value(u"route_length_m"_s).toDouble() <= m_wave.value(u"naive_route_length_m"_s).toDouble());
        QCOMPARE(run({u"picking"_s, u"wave"_s, u"list"_s}, {}, true), 0);
        QCOMPARE(json().value(u"waves"_s).toArray().size(), 1);
    }

    void pickListPdfBarcodes_data()
    {
        QTest::addColumn<bool>("thermal");
        QTest::newRow("a4") << false;
        QTest::newRow("thermal-80mm") << true;
    }
    void pickListPdfBarcodes()
    {
        QFETCH(bool, thermal);
        const QString pdf = m_t.dir() + (thermal ? u"/lista-80mm.pdf"_s : u"/lista-a4.pdf"_s);
        QStringList args{u"1"_s, u"-o"_s, pdf};
        if (thermal)
            args << u"--thermal"_s;
        QCOMPARE(run({u"picking"_s, u"list"_s}, args), 0);
        if (const QByteArray keep = qgetenv("RG_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, QString::fromLocal8Bit(keep) + (thermal ? u"/picklist-80mm.pdf"_s : u"/picklist-a4.pdf"_s));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty() || QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
            QSKIP("pdftoppm or zbarimg not installed");
        const QStringList codes = barcodesIn(pdf, m_t.dir() + (thermal ? u"/t"_s : u"/a"_s));
        // The list, both totes, every location and every product of the list.
        QVERIFY2(codes.contains(u"CODE-128:W1-01"_s), qPrintable(codes.join(u", "_s)));
        QVERIFY2(codes.contains(u"CODE-128:W1-01-01"_s) && codes.contains(u"CODE-128:W1-01-02"_s), qPrintable(codes.join(u", "_s)));
        QCOMPARE(run({u"picking"_s, u"tasks"_s}, {u"W1-01"_s}, true), 0);
        const QJsonArray tasks = json().value(u"pick_lists"_s).toArray().at(0).toObject().value(u"tasks"_s).toArray();
        QCOMPARE(tasks.size(), 4);
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            QVERIFY2(codes.contains(u"CODE-128:"_s + t.value(u"location"_s).toString()), qPrintable(t.value(u"location"_s).toString()));
            QVERIFY2(codes.contains(u"CODE-128:"_s + t.value(u"gtin"_s).toString()), qPrintable(t.value(u"gtin"_s).toString()));
        }
    }

    void scanAndPackFromTheCommandLine()
    {
        QCOMPARE(run({u"picking"_s, u"tasks"_s}, {u"W1-01"_s}, true), 0);
        const QJsonArray tasks = json().value(u"pick_lists"_s).toArray().at(0).toObject().value(u"tasks"_s).toArray();
        QStringList codes;
        for (const QJsonValue &v : tasks) {
            const QJsonObject t = v.toObject();
            codes << t.value(u"location"_s).toString() << t.value(u"gtin"_s).toString();
            if (!t.value(u"lot"_s).toString().isEmpty())
                codes << t.value(u"lot"_s).toString();
            if (t.value(u"quantity"_s).toInt() > 1)
                codes << QString::number(t.value(u"quantity"_s).toInt());
        }
        // A wrong location first: refused (exit 1) but the rest goes on.
        QCOMPARE(run({u"picking"_s, u"scan"_s}, QStringList{u"W1-01"_s, u"Z-99"_s} + codes, true), 1);
        QJsonObject r = json();
        QCOMPARE(r.value(u"refused"_s).toInt(), 1);
        QVERIFY(r.value(u"finished"_s).toBool());
        QCOMPARE(m_f->text(u"SELECT status FROM orders WHERE number = 900001"_s), u"separado"_s);

        const QString dip = pickingtest::gtinFor(1), luva = pickingtest::gtinFor(2);
        QCOMPARE(run({u"picking"_s, u"pack"_s}, {u"900001"_s, u"--scan"_s, pickingtest::gtinFor(3)}, true), 1); // not in the order
        QCOMPARE(run({u"picking"_s, u"pack"_s}, {u"900001"_s, u"--scan"_s, dip, u"--scan"_s, dip, u"--scan"_s, dip, u"--scan"_s, luva,
                                                 u"--close"_s, u"--weight"_s, u"640"_s, u"--size"_s, u"250x180x90"_s},
                     true),
                 0);
        r = json();
        QVERIFY(r.value(u"complete"_s).toBool());
        QCOMPARE(r.value(u"status"_s).toString(), u"embalado"_s);
        QCOMPARE(r.value(u"packages"_s).toArray().at(0).toObject().value(u"weight_grams"_s).toInt(), 640);
    }

    void perCarrierRuleAndCancel()
    {
        // Left: 900003 (SEDEX) and 900004 (PAC, not fully reserved): one wave, for SEDEX.
        QCOMPARE(run({u"picking"_s, u"wave"_s, u"create"_s}, {u"--per-carrier"_s}, true), 0);
        const QJsonArray waves = json().value(u"waves"_s).toArray();
        QCOMPARE(waves.size(), 1);
        QCOMPARE(waves.at(0).toObject().value(u"carrier"_s).toString(), u"Correios SEDEX"_s);
        const int number = waves.at(0).toObject().value(u"number"_s).toInt();
        QCOMPARE(number, 2);
        // Cancelled before picking: its order may go into a new wave, and its list is refused.
        QCOMPARE(run({u"picking"_s, u"wave"_s, u"cancel"_s}, {QString::number(number)}), 0);
        QCOMPARE(run({u"picking"_s, u"scan"_s}, {u"W2-01"_s, u"B-05-01-01"_s, pickingtest::gtinFor(2), u"2"_s}), 1);
        QVERIFY2(m_err.contains(u"cancelled"_s), qPrintable(m_err));
        QCOMPARE(run({u"picking"_s, u"wave"_s, u"create"_s}, {}, true), 0);
        QCOMPARE(json().value(u"wave"_s).toObject().value(u"orders"_s).toInt(), 1);
        // A wave that started cannot be cancelled.
        QCOMPARE(run({u"picking"_s, u"wave"_s, u"cancel"_s}, {u"1"_s}), 1);
        QVERIFY(m_err.contains(u"started"_s));
    }
};

QTEST_MAIN(tst_PickingCli)
#include "tst_pickingcli.moc"
