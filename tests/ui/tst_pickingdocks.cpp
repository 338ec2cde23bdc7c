#include "billing/workflow/billingactions.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/ordersmodule.h"
#include "picking/print/picklistpdf.h"
#include "picking/ui/packingwidget.h"
#include "picking/ui/pickingui.h"
#include "picking/ui/pickingwidget.h"
#include "picking/ui/scanwidget.h"
#include "pickingfixture.h"
#include "stock/workflow/stockactions.h"
#include "testdatabase.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace picking;
using namespace Qt::StringLiterals;

namespace {

/// Saves a screenshot when RG_SHOTS names a folder (for looking at the docks).
void shoot(QWidget *w, const QString &name)
{
    const QByteArray dir = qgetenv("RG_SHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    if (w->layout())
        w->layout()->activate();
    QCoreApplication::processEvents();
    w->grab().save(QString::fromLocal8Bit(dir) + u'/' + name + u".png"_s);
}

} // namespace

// The Picking, Scan and Packing docks alone, driven as a supervisor and a picker use them.
class tst_PickingDocks : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    orders::OrdersModule m_orders;
    std::unique_ptr<pickingtest::Fixture> m_f;

    void type(QLineEdit *input, const QString &text)
    {
        input->setFocus();
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(m_t.db(), m_events);
        QVERIFY(m_orders.initialize(*m_context).ok());
        billing::registerBillingActions(m_context->workflowActions());
        stock::registerStockActions(m_context->workflowActions());
        m_f = std::make_unique<pickingtest::Fixture>(m_t.db(), m_t.admin());
        QVERIFY2(m_f->build(), qPrintable(m_f->error));
        m_context->setSession(m_t.createUser(u"separador"_s, core::Role::Warehouse));
    }

    void docksFitASmallWindow()
    {
        // Tabbed in a 1100 × 700 main window with other docks: none may force it larger.
        QWidget host;
        for (const uikit::DockSpec &spec : PickingUi().docks()) {
            QWidget *w = spec.create(*m_context, &host);
            QVERIFY(w);
            const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
            QVERIFY2(min.width() <= 560 && min.height() <= 420,
                     qPrintable(u"%1: %2 x %3"_s.arg(spec.id).arg(min.width()).arg(min.height())));
        }
    }

    void supervisorReleasesAWave()
    {
        PickingWidget w(*m_context);
        w.resize(1000, 640);
        w.show();
        QVERIFY(w.findChild<QLabel *>(u"picking.waiting"_s)->text().contains(u"4"_s));
        w.findChild<QSpinBox *>(u"picking.maxOrders"_s)->setValue(3);
        QTest::mouseClick(w.findChild<QPushButton *>(u"picking.createWave"_s), Qt::LeftButton);
        const QString plan = w.findChild<QLabel *>(u"picking.plan"_s)->text();
        QVERIFY2(plan.contains(u"Wave 1"_s) && plan.contains(u" m"_s), qPrintable(plan));
        auto *waves = w.findChild<QTableView *>(u"picking.waves"_s);
        QCOMPARE(waves->model()->rowCount(), 1);
        QVERIFY(w.findChild<QTableView *>(u"picking.lists"_s)->model()->rowCount() >= 1);
        // The selected list's tasks in walking order, on screen.
        QAbstractItemModel *tasks = w.findChild<QTableView *>(u"picking.tasks"_s)->model();
        QCOMPARE(tasks->rowCount(), 5);
        QCOMPARE(tasks->index(0, 0).data().toInt(), 1);
        shoot(&w, u"picking-dock"_s);
    }

    void printsOnAPrinter()
    {
        // The same pages through QPrinter (here a PDF printer, as a thermal or laser printer would get them).
        PickingRepository repository(m_t.db());
        auto list = repository.pickList(u"W1-01"_s);
        QVERIFY(list);
        auto data = PickListPdf::load(repository, {*list});
        QVERIFY(data);
        const QString file = m_t.dir() + u"/printed.pdf"_s;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        QPainter painter;
        auto painted = PickListPdf::paint(*data, PickListPdf::Format::Thermal80, printer, painter);
        QVERIFY2(painted, painted ? "" : qPrintable(painted.error().text()));
        QVERIFY(painter.end());
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty() || QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
            QSKIP("pdftoppm or zbarimg not installed");
        QProcess::execute(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, u"-singlefile"_s, file, m_t.dir() + u"/printed"_s});
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"-q"_s, m_t.dir() + u"/printed.png"_s});
        QVERIFY(zbar.waitForFinished(20000));
        const QString codes = QString::fromUtf8(zbar.readAllStandardOutput());
        QVERIFY2(codes.contains(u"CODE-128:W1-01\n"_s), qPrintable(codes));
        QVERIFY2(codes.contains(u"CODE-128:A-02-01-01"_s), qPrintable(codes));
    }

    void pickerScans()
    {
        ScanWidget w(*m_context);
        w.resize(900, 640);
        w.show();
        auto *input = w.findChild<QLineEdit *>(u"scan.input"_s);
        type(input, u"W1-01"_s);
        const ScanTask *t = w.session().current();
        QVERIFY(t);
        QCOMPARE(w.findChild<QLabel *>(u"scan.location"_s)->text(), t->locationCode);
        // Big enough to read from a metre away.
        QVERIFY(w.findChild<QLabel *>(u"scan.location"_s)->font().pointSizeF() >= 40);
        type(input, t->locationCode);
        const QString wrongGtin = t->gtin == pickingtest::gtinFor(4) ? pickingtest::gtinFor(2) : pickingtest::gtinFor(4);
        type(input, wrongGtin);
        QVERIFY2(w.bannerText().contains(t->sku), qPrintable(w.bannerText()));
        QVERIFY(w.findChild<QLabel *>(u"scan.banner"_s)->styleSheet().contains(u"#b00020"_s)); // red
        shoot(&w, u"scan-screen-error"_s);
        type(input, t->gtin);
        QCOMPARE(w.session().step(), t->lotCode.isEmpty() ? (t->quantity == 1 ? ScanSession::Step::Location : ScanSession::Step::Quantity)
                                                           : ScanSession::Step::Lot);
        shoot(&w, u"scan-screen"_s);
        // Work the whole list.
        int guard = 0;
        while (const ScanTask *c = w.session().current()) {
            QVERIFY(++guard < 40);
            switch (w.session().step()) {
            case ScanSession::Step::Location: type(input, c->locationCode); break;
            case ScanSession::Step::Product: type(input, c->gtin); break;
            case ScanSession::Step::Lot: type(input, c->lotCode); break;
            case ScanSession::Step::Quantity: type(input, QString::number(c->quantity)); break;
            case ScanSession::Step::Finished: break;
            }
        }
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM pick_tasks WHERE pick_list_id = (SELECT id FROM pick_lists WHERE number = 1)"
                             " AND status = 'open'"_s),
                 0);
    }

    void packerPacks()
    {
        PackingWidget w(*m_context);
        w.resize(900, 560);
        w.show();
        auto *input = w.findChild<QLineEdit *>(u"packing.input"_s);
        const QString tote = m_f->text(u"SELECT code FROM totes WHERE order_id = ?"_s, {m_f->orders.value(900003)});
        type(input, tote);
        QCOMPARE(w.state().orderNumber, 900003);
        type(input, pickingtest::gtinFor(4)); // not in the order
        QVERIFY(w.bannerText().contains(u"900003"_s));
        type(input, pickingtest::gtinFor(2));
        type(input, pickingtest::gtinFor(2));
        QVERIFY(w.state().complete());
        w.findChild<QSpinBox *>(u"packing.weight"_s)->setValue(480);
        w.findChild<QSpinBox *>(u"packing.length"_s)->setValue(250);
        w.findChild<QSpinBox *>(u"packing.width"_s)->setValue(150);
        w.findChild<QSpinBox *>(u"packing.height"_s)->setValue(80);
        shoot(&w, u"packing-dock"_s);
        QTest::mouseClick(w.findChild<QPushButton *>(u"packing.close"_s), Qt::LeftButton);
        QCOMPARE(m_f->text(u"SELECT status FROM orders WHERE number = 900003"_s), u"embalado"_s);
    }
};

QTEST_MAIN(tst_PickingDocks)
#include "tst_pickingdocks.moc"
