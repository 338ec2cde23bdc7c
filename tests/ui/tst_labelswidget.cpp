// The Labels dock and the label editor as a warehouse supervisor uses them: choose a template,
// select orders (a batch), see the first label with its real data, switch to product labels;
// in the editor move an element with the mouse's path (drag = setPos), see an unknown
// placeholder named live, and save a company template.
#include "core/data/companyrepository.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "labels/data/labeltemplatestore.h"
#include "labels/ui/labeleditordialog.h"
#include "labels/ui/labelsettings.h"
#include "labels/ui/labelswidget.h"
#include "orders/models/ordertablemodel.h"
#include "orders/ui/orderlistwidget.h"
#include "testdatabase.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <memory>
#include <thread>

using namespace labels;
using namespace Qt::StringLiterals;

class tst_LabelsWidget : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    QTemporaryDir m_dir;

    static void shot(QWidget &w, const QString &name)
    {
        // RG_LABEL_SHOTS=DIR keeps a screenshot to look at.
        if (const QString dir = qEnvironmentVariable("RG_LABEL_SHOTS"); !dir.isEmpty())
            w.grab().save(QDir(dir).filePath(name), "PNG");
    }

private slots:
    void initTestCase()
    {
        // QSettings of this test live in a temporary folder, never the developer's.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(200), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(m_t.db(), m_events);
        m_context->setSession(m_t.admin());
        core::Company c;
        c.legalName = u"Comércio Exemplo Ltda"_s;
        c.tradeName = u"Loja Exemplo"_s;
        c.cnpj = u"12345678000195"_s;
        c.street = u"Rua das Flores"_s;
        c.number = u"100"_s;
        c.district = u"Centro"_s;
        c.city = u"São Paulo"_s;
        c.state = u"SP"_s;
        c.cep = u"01310100"_s;
        QVERIFY(core::CompanyRepository(m_t.db()).save(c, QString()));
        // A few packed orders waiting for their labels (the demo's recent days have few).
        QVERIFY(m_t.db().exec(u"UPDATE orders SET status = 'embalado' WHERE number IN (SELECT number FROM orders"
                              " WHERE shipping_address_id IS NOT NULL ORDER BY number DESC LIMIT 5)"_s));
    }

    void batchOfSelectedOrdersIsPreviewed()
    {
        LabelsWidget w(*m_context);
        w.resize(1200, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.templateBox()->count(), 4);
        QCOMPARE(w.templateBox()->currentData().toString(), u"shipping"_s);
        QTableView *view = w.orderList()->view();
        QTRY_VERIFY(w.orderList()->model()->rowCount() >= 3);
        // Nothing selected: sample data, nothing to print.
        QTRY_VERIFY(!w.preview()->pixmap().isNull());
        QVERIFY(!w.findChild<QPushButton *>(u"labelPrint"_s)->isEnabled());
        auto *sel = view->selectionModel();
        for (int row : {0, 1, 2})
            sel->select(w.orderList()->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const LabelRequest r = w.currentRequest();
        QCOMPARE(r.orders.size(), 3);
        QCOMPARE(r.orders.at(0), w.orderList()->model()->rowAt(0)->number);
        auto batch = w.currentBatch();
        QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().text()));
        QCOMPARE(batch->items.size(), 3);
        QTRY_COMPARE(w.findChild<QLabel *>(u"labelStatus"_s)->text(), u"3 label(s) to print; the first is shown."_s);
        QVERIFY(w.findChild<QPushButton *>(u"labelPrint"_s)->isEnabled());
        shot(w, u"labels-dock.png"_s);
        QVERIFY(w.orderList()->findChild<QAction *>(u"printLabels"_s)->isEnabled()); // Selected → Print labels

        // The batch to a thermal printer: a TCP listener on 127.0.0.1 in its own thread.
        std::promise<quint16> portPromise;
        auto portFuture = portPromise.get_future();
        QByteArray received;
        std::thread printer([&] {
            QTcpServer server;
            portPromise.set_value(server.listen(QHostAddress(u"127.0.0.1"_s), 0) ? server.serverPort() : 0);
            if (!server.waitForNewConnection(10000))
                return;
            QTcpSocket *socket = server.nextPendingConnection();
            while (socket->state() == QAbstractSocket::ConnectedState || socket->bytesAvailable()) {
                if (!socket->bytesAvailable() && !socket->waitForReadyRead(3000))
                    break;
                received += socket->readAll();
            }
        });
        const quint16 port = portFuture.get();
        QVERIFY(port);
        const QString target = u"127.0.0.1:%1"_s.arg(port);
        auto sent = w.printTo(LabelsWidget::Output::Thermal, target);
        printer.join();
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().text()));
        QCOMPARE(received.count("^XA"), 3);
        QVERIFY(received.contains(QByteArray::number(r.orders.at(2))));
        // Remembered for this template on this workstation; the print is in the ledger.
        QCOMPARE(LabelStationSettings::load(u"shipping"_s).thermalTarget, target);
        QCOMPARE(m_t.db().scalar(u"SELECT COUNT(*) FROM label_prints WHERE template_name = 'shipping'"_s)->toInt(), 3);
        // Again: a reprint needs a reason, which goes on each order's timeline.
        const QString pdf = m_dir.filePath(u"again.pdf"_s);
        auto refused = w.printTo(LabelsWidget::Output::Pdf, pdf);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QString::number(r.orders.at(0))));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(w.printTo(LabelsWidget::Output::Pdf, pdf, u"Caixa trocada"_s));
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(m_t.db().scalar(u"SELECT COUNT(*) FROM order_events WHERE kind = 'label' AND reason LIKE '%: Caixa trocada'"_s)->toInt(), 3);

        // Product labels: the product page, a SKU typed, its label previewed.
        const QString sku = m_t.db().scalar(u"SELECT sku FROM products WHERE gtin IS NOT NULL ORDER BY sku LIMIT 1"_s)->toString();
        w.templateBox()->setCurrentIndex(w.templateBox()->findData(u"product"_s));
        QCOMPARE(w.findChild<QStackedWidget *>()->currentIndex(), 1);
        w.findChild<QLineEdit *>(u"labelProducts"_s)->setText(sku);
        QCOMPARE(w.currentRequest().products, QStringList{sku});
        QVERIFY(w.currentBatch());
        QTRY_COMPARE(w.findChild<QLabel *>(u"labelStatus"_s)->text(), u"1 label(s) to print; the first is shown."_s);
        QVERIFY(w.findChild<QPushButton *>(u"labelPdf"_s)->isEnabled());
        shot(w, u"labels-dock-product.png"_s);
    }

    void editorMovesValidatesAndSaves()
    {
        auto t = LabelTemplateStore::builtIn(u"shipping"_s);
        QVERIFY(t);
        LabelEditorDialog dialog(*m_context, *t);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.elementList()->count(), t->elements.size());
        QCOMPARE(dialog.problemsLabel()->text(), u"No problems found."_s);
        // Drag the order number (element 3) to 40 × 22.3 mm: snapped to 0.5 mm.
        dialog.selectElement(3);
        dialog.moveElement(3, 40.0, 22.3);
        QCOMPARE(dialog.labelTemplate().elements.at(3).x, 40.0);
        QCOMPARE(dialog.labelTemplate().elements.at(3).y, 22.5);
        // With the mouse: drag the carrier (element 1, 31 × 3 mm, 39 × 8 mm) by its middle 4 mm to the
        // right, then its corner grip 4 mm left and 1 mm down: the frame and the template follow.
        dialog.selectElement(1);
        QGraphicsView *canvas = dialog.view();
        auto at = [&](double xMm, double yMm) { return canvas->mapFromScene(QPointF(xMm, yMm) * 6.0); };
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, at(50, 7));
        QTest::mouseMove(canvas->viewport(), at(52, 7));
        QTest::mouseMove(canvas->viewport(), at(54, 7));
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, at(54, 7));
        QCOMPARE(dialog.labelTemplate().elements.at(1).x, 35.0);
        QCOMPARE(dialog.labelTemplate().elements.at(1).y, 3.0);
        QTest::mousePress(canvas->viewport(), Qt::LeftButton, {}, at(73.6, 10.6));
        QTest::mouseMove(canvas->viewport(), at(71.6, 11.1));
        QTest::mouseMove(canvas->viewport(), at(69.6, 11.6));
        QTest::mouseRelease(canvas->viewport(), Qt::LeftButton, {}, at(69.6, 11.6));
        QCOMPARE(dialog.labelTemplate().elements.at(1).w, 35.0);
        QCOMPARE(dialog.labelTemplate().elements.at(1).h, 9.0);
        // A typo in a placeholder is named with its element, live.
        dialog.selectElement(3);
        auto *text = dialog.findChild<QLineEdit *>(u"elementText"_s);
        text->setText(u"Pedido {order.numbr}"_s);
        emit text->textEdited(text->text());
        QTRY_VERIFY(dialog.problemsLabel()->text().contains(u"Unknown placeholder {order.numbr} in the text of element \"order\"."_s));
        text->setText(u"Pedido {order.number}"_s);
        emit text->textEdited(text->text());
        QTRY_COMPARE(dialog.problemsLabel()->text(), u"No problems found."_s);
        // Real data from an order.
        const qint64 number = m_t.db().scalar(u"SELECT number FROM orders WHERE tracking_code <> '' ORDER BY number LIMIT 1"_s)->toLongLong();
        auto *key = dialog.findChild<QLineEdit *>(u"previewKey"_s);
        key->setText(QString::number(number));
        emit key->returnPressed();
        dialog.resize(1180, 760);
        QTest::qWait(150);
        shot(dialog, u"label-editor.png"_s);
        // Saved as a company template (a built-in's name is not taken).
        auto *name = dialog.findChild<QLineEdit *>(u"templateName"_s);
        name->setText(u"envio-loja"_s);
        emit name->textEdited(name->text());
        QVERIFY(dialog.save());
        QCOMPARE(dialog.savedName(), u"envio-loja"_s);
        auto loaded = LabelTemplateStore(m_t.db()).load(u"envio-loja"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->elements.at(3).x, 40.0);
    }
};

QTEST_MAIN(tst_LabelsWidget)
#include "tst_labelswidget.moc"
