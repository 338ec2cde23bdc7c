// The orders dock as office staff use it all day: the filter bar, the column chooser, saved
// views (and the list remembering itself), actions on a selection and exports.

#include "billing/workflow/billingactions.h"
#include "stock/workflow/stockactions.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/domainevents.h"
#include "orders/domain/orderstatus.h"
#include "orders/models/ordertablemodel.h"
#include "orders/ordersmodule.h"
#include "orders/ui/columnchooser.h"
#include "orders/ui/orderbulkactions.h"
#include "orders/ui/orderfilterbar.h"
#include "orders/ui/orderlistwidget.h"
#include "orders/ui/orderviewsmenu.h"
#include "testdatabase.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace orders;

namespace {

QAction *actionNamed(QMenu *menu, const QString &objectName)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == objectName || action->data().toString() == objectName)
            return action;
    }
    return nullptr;
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class tst_OrderListWidget : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    OrdersModule m_module;
    QTemporaryDir m_dir;

    std::unique_ptr<OrderListWidget> newList()
    {
        auto list = std::make_unique<OrderListWidget>(*m_context, OrderFilter());
        list->resize(1200, 700);
        list->show();
        return list;
    }

    void selectRows(OrderListWidget &list, const QList<int> &rows)
    {
        QItemSelectionModel *selection = list.view()->selectionModel();
        selection->clearSelection();
        for (int row : rows)
            selection->select(list.model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

public:
    /// The file dialog remembers folders in QSettings: keep that out of the real configuration.
    static void initMain()
    {
        static QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(800), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(m_t.db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_module.initialize(*m_context)); // provides the order workflow
        billing::registerBillingActions((*m_context).workflowActions()); // the shipped chart issues boletos
        stock::registerStockActions((*m_context).workflowActions()); // ... and reserves/releases stock
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_context.reset(); }

    void filterBarEmitsWhatTheUserChose()
    {
        auto list = newList();
        OrderFilterBar *bar = list->filterBar();
        QSignalSpy changed(bar, &OrderFilterBar::filterChanged);

        // Typing waits for a pause, then applies once.
        QTest::keyClicks(bar->searchEdit(), QStringLiteral("silva"));
        QCOMPARE(changed.count(), 0);
        QVERIFY(changed.wait(2000));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().value<OrderFilter>().search, QStringLiteral("silva"));

        // Enter applies at once.
        QTest::keyClicks(bar->searchEdit(), QStringLiteral(" maria"));
        QTest::keyClick(bar->searchEdit(), Qt::Key_Return);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().value<OrderFilter>().search, QStringLiteral("silva maria"));
        bar->clear();
        QCOMPARE(changed.count(), 3);
        QVERIFY(changed.last().first().value<OrderFilter>().isEmpty());

        // Ticking statuses: the button tells what is chosen, the list shows only those.
        auto *statusButton = bar->findChild<QToolButton *>(QStringLiteral("statusFilter"));
        QVERIFY(statusButton);
        QAction *paid = actionNamed(statusButton->menu(), QStringLiteral("pago"));
        QAction *picking = actionNamed(statusButton->menu(), QStringLiteral("em_separacao"));
        QVERIFY(paid && picking);
        paid->trigger();
        QCOMPARE(statusButton->text(), QStringLiteral("Status: %1").arg(OrderStatus::displayName(QStringLiteral("pago"))));
        picking->trigger();
        QCOMPARE(statusButton->text(), QStringLiteral("Status: 2"));
        QVERIFY(changed.wait(2000));
        const OrderFilter chosen = changed.last().first().value<OrderFilter>();
        QCOMPARE(chosen.statuses, (QStringList{QStringLiteral("pago"), QStringLiteral("em_separacao")}));
        QCOMPARE(list->model()->filter().statuses, chosen.statuses);
        QVERIFY(list->model()->rowCount() > 0);
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(chosen.statuses.contains(list->model()->index(row, 0).data(OrderTableModel::StatusCodeRole).toString()));

        // Payment status, carrier and channel come from the menus the list filled in.
        auto *payment = bar->findChild<QToolButton *>(QStringLiteral("paymentFilter"));
        actionNamed(payment->menu(), QStringLiteral("paid"))->trigger();
        auto *carrier = bar->findChild<QToolButton *>(QStringLiteral("carrierFilter"));
        auto *channel = bar->findChild<QToolButton *>(QStringLiteral("channelFilter"));
        const QList<QAction *> carriers = carrier->menu()->actions();
        const QList<QAction *> channels = channel->menu()->actions();
        QVERIFY(carriers.size() > 2 && channels.size() > 2); // "Any", separator, values
        carriers.last()->trigger();
        channels.last()->trigger();
        bar->applyNow();
        OrderFilter full = changed.last().first().value<OrderFilter>();
        QCOMPARE(full.paymentStatuses, QStringList{QStringLiteral("paid")});
        QCOMPARE(full.carriers, QStringList{carriers.last()->data().toString()});
        QCOMPARE(full.channelIds, QStringList{channels.last()->data().toString()});

        // Date presets, in São Paulo's calendar.
        auto *period = bar->findChild<QToolButton *>(QStringLiteral("period"));
        actionNamed(period->menu(), QStringLiteral("last7Days"))->trigger();
        full = changed.last().first().value<OrderFilter>();
        QCOMPARE(full.placedTo, core::CivilTime::today());
        QCOMPARE(full.placedFrom, core::CivilTime::today().addDays(-6));
        actionNamed(period->menu(), QStringLiteral("anyDate"))->trigger();
        full = changed.last().first().value<OrderFilter>();
        QVERIFY(!full.placedFrom.isValid() && !full.placedTo.isValid());

        // Clear: everything, at once.
        bar->findChild<QToolButton *>(QStringLiteral("clearFilter"))->click();
        QVERIFY(changed.last().first().value<OrderFilter>().isEmpty());
        QCOMPARE(statusButton->text(), QStringLiteral("Status"));
        QVERIFY(list->model()->filter().statuses.isEmpty());
    }

    void columnChooserHidesShowsAndKeepsOne()
    {
        auto list = newList();
        ColumnChooser *chooser = list->columnChooser();
        QHeaderView *header = list->view()->horizontalHeader();
        chooser->setVisibleColumns({});
        QCOMPARE(chooser->visibleColumns(), SavedView::allColumns());

        QSignalSpy changed(chooser, &ColumnChooser::columnsChanged);
        QVERIFY(chooser->setColumnVisible(QStringLiteral("carrier"), false));
        QVERIFY(header->isSectionHidden(OrderTableModel::Carrier));
        QVERIFY(!chooser->visibleColumns().contains(QStringLiteral("carrier")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(chooser->setColumnVisible(QStringLiteral("carrier"), true));
        QVERIFY(!header->isSectionHidden(OrderTableModel::Carrier));

        // Through the menu, as the user does it.
        emit chooser->menu()->aboutToShow();
        QAction *tracking = actionNamed(chooser->menu(), QStringLiteral("tracking"));
        QVERIFY(tracking && tracking->isChecked());
        tracking->trigger();
        QVERIFY(header->isSectionHidden(OrderTableModel::Tracking));

        // Order comes along: the chosen columns, left to right.
        chooser->setVisibleColumns({QStringLiteral("total"), QStringLiteral("number"), QStringLiteral("status")});
        QCOMPARE(chooser->visibleColumns(),
                 (QStringList{QStringLiteral("total"), QStringLiteral("number"), QStringLiteral("status")}));
        QCOMPARE(header->visualIndex(OrderTableModel::Total), 0);

        // The last visible column stays.
        QVERIFY(chooser->setColumnVisible(QStringLiteral("total"), false));
        QVERIFY(chooser->setColumnVisible(QStringLiteral("status"), false));
        QVERIFY(!chooser->setColumnVisible(QStringLiteral("number"), false));
        QCOMPARE(chooser->visibleColumns(), QStringList{QStringLiteral("number")});
        emit chooser->menu()->aboutToShow();
        QVERIFY(!actionNamed(chooser->menu(), QStringLiteral("number"))->isEnabled());
        actionNamed(chooser->menu(), QStringLiteral("showAll"))->trigger();
        QCOMPARE(chooser->visibleColumns().size(), SavedView::allColumns().size());
    }

    void warehouseNeverGetsTheDocumentColumn()
    {
        core::AppContext warehouse(m_t.db(), m_events);
        warehouse.setSession(m_t.createUser(QStringLiteral("expedicao"), core::Role::Warehouse));
        OrderListWidget list(warehouse, OrderFilter());
        QVERIFY(list.view()->horizontalHeader()->isSectionHidden(OrderTableModel::Document));
        QVERIFY(!list.columnChooser()->setColumnVisible(QStringLiteral("document"), true));
        list.columnChooser()->setVisibleColumns(SavedView::allColumns());
        QVERIFY(!list.columnChooser()->visibleColumns().contains(QStringLiteral("document")));
        emit list.columnChooser()->menu()->aboutToShow();
        QVERIFY(!actionNamed(list.columnChooser()->menu(), QStringLiteral("document")));
    }

    void savedViewRestoresFilterSortAndColumns()
    {
        auto list = newList();
        // The commonest status and payment status pair, so the view shows many orders.
        auto q = m_t.db().exec(QStringLiteral(
            "SELECT status, payment_status FROM orders GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 1"));
        QVERIFY(q && q->next());
        OrderFilter filter;
        filter.statuses = {q->value(0).toString()};
        filter.paymentStatuses = {q->value(1).toString()};
        list->filterBar()->setFilter(filter);
        list->filterBar()->applyNow();
        list->view()->sortByColumn(OrderTableModel::Total, Qt::AscendingOrder);
        list->columnChooser()->setVisibleColumns({QStringLiteral("total"), QStringLiteral("number"), QStringLiteral("customer")});
        QVERIFY(list->viewsMenu()->saveCurrentAs(QStringLiteral("Pagos por valor")));

        // Somewhere else entirely.
        list->filterBar()->clear();
        list->view()->sortByColumn(OrderTableModel::Number, Qt::DescendingOrder);
        list->columnChooser()->setVisibleColumns({});
        QVERIFY(list->model()->filter().statuses.isEmpty());

        QSignalSpy chosen(list->viewsMenu(), &OrderViewsMenu::viewChosen);
        QVERIFY(list->viewsMenu()->applyView(QStringLiteral("Pagos por valor")));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(list->filterBar()->filter().statuses, filter.statuses);
        QCOMPARE(list->filterBar()->filter().paymentStatuses, filter.paymentStatuses);
        QCOMPARE(list->model()->filter().statuses, filter.statuses);
        QCOMPARE(list->model()->currentSort(), (OrderSort{OrderSortKey::Total, false}));
        QCOMPARE(list->view()->horizontalHeader()->sortIndicatorSection(), int(OrderTableModel::Total));
        QCOMPARE(list->view()->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(list->columnChooser()->visibleColumns(),
                 (QStringList{QStringLiteral("total"), QStringLiteral("number"), QStringLiteral("customer")}));
        QVERIFY(list->model()->rowCount() > 1);
        for (int row = 1; row < list->model()->rowCount(); ++row)
            QVERIFY(list->model()->rowAt(row - 1)->total <= list->model()->rowAt(row)->total);

        // The menu lists the view, not the list's own memory.
        emit list->viewsMenu()->menu()->aboutToShow();
        QVERIFY(actionNamed(list->viewsMenu()->menu(), QStringLiteral("view:Pagos por valor")));
        QVERIFY(!actionNamed(list->viewsMenu()->menu(), QStringLiteral("view:__last__")));
        QVERIFY(list->viewsMenu()->removeView(QStringLiteral("Pagos por valor")));
        QVERIFY(list->viewsMenu()->views().isEmpty());
    }

    void listComesBackAsTheUserLeftIt()
    {
        {
            auto list = newList();
            OrderFilter filter;
            filter.statuses = {QStringLiteral("entregue")};
            filter.search = QStringLiteral("a");
            list->filterBar()->setFilter(filter);
            list->filterBar()->applyNow();
            list->view()->sortByColumn(OrderTableModel::Customer, Qt::AscendingOrder);
            list->columnChooser()->setVisibleColumns({QStringLiteral("customer"), QStringLiteral("status")});
        }
        auto again = newList();
        QCOMPARE(again->filterBar()->filter().statuses, QStringList{QStringLiteral("entregue")});
        QCOMPARE(again->filterBar()->filter().search, QStringLiteral("a"));
        QCOMPARE(again->model()->currentSort(), (OrderSort{OrderSortKey::Customer, false}));
        QCOMPARE(again->columnChooser()->visibleColumns(), (QStringList{QStringLiteral("customer"), QStringLiteral("status")}));
        again->filterBar()->clear();
        again->columnChooser()->setVisibleColumns({});
        again->view()->sortByColumn(OrderTableModel::Number, Qt::DescendingOrder);
    }

    void exportsTheSelectionAndTheList()
    {
        auto list = newList();
        list->filterBar()->clear();
        list->columnChooser()->setVisibleColumns({QStringLiteral("number"), QStringLiteral("total")});
        QVERIFY(list->model()->rowCount() >= 10);
        selectRows(*list, {1, 3, 4});
        QVERIFY(list->findChild<QLabel *>(QStringLiteral("statusLine"))->text().contains(QLatin1String("3 selected")));

        // The user picks "Export selected as CSV…" and a file name in the dialog.
        const QString path = m_dir.filePath(QStringLiteral("selecionados.csv"));
        QTimer answerDialog;
        answerDialog.setInterval(20);
        connect(&answerDialog, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            // Typed into the name field and saved in one go: the dialog may still be filling in
            // its suggestion while it lists the folder.
            auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (name) {
                name->setText(path);
                static_cast<QDialog *>(dialog)->accept(); // as if Save were pressed
            }
        });
        answerDialog.start();
        QSignalSpy finished(list->bulkActions(), &OrderBulkActions::exportFinished);
        QAction *exportSelected = actionNamed(list->bulkActions()->selectionMenu(), QStringLiteral("exportSelectedCsv"));
        QVERIFY(exportSelected && exportSelected->isEnabled());
        exportSelected->trigger();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        answerDialog.stop();
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QStringList lines = csvLines(path);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("Number;Total"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(lines.at(i + 1).section(u';', 0, 0).toLongLong(), list->model()->rowAt(QList<int>{1, 3, 4}.at(i))->number);
        QVERIFY(list->findChild<QLabel *>(QStringLiteral("message"))->text().contains(QLatin1String("selecionados.csv")));

        // The whole list, as XLSX, through the same worker.
        const QString xlsx = m_dir.filePath(QStringLiteral("lista.xlsx"));
        OrderExportRequest request;
        request.columns = list->columnChooser()->visibleColumns();
        QVERIFY(list->bulkActions()->startExport(OrderExportFormat::Xlsx, request, xlsx));
        QVERIFY(!list->bulkActions()->startExport(OrderExportFormat::Csv, request, path)); // one at a time
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(QFile(xlsx).size() > 1000);
        QVERIFY(!list->bulkActions()->isExporting());
    }

    void printActionsWaitForTheirModules()
    {
        auto list = newList();
        selectRows(*list, {0});
        QMenu *menu = list->bulkActions()->selectionMenu();
        for (const QString &name : {QStringLiteral("printPickingList"), QStringLiteral("printLabels")}) {
            QAction *action = actionNamed(menu, name);
            QVERIFY(action);
            QVERIFY(!action->isEnabled());
            QVERIFY(action->toolTip().startsWith(QLatin1String("Available with the")));
        }
    }

    void advanceOffersOnlyCommonStepsAndReportsRefusals()
    {
        auto list = newList();
        OrderBulkActions *bulk = list->bulkActions();
        // Four orders put in the states this test needs.
        qint64 next = m_t.db().scalar(QStringLiteral("SELECT MIN(number) FROM orders"))->toLongLong();
        auto ordersIn = [&](const QString &status, int n) {
            QList<OrderRow> rows;
            for (int i = 0; i < n; ++i, ++next) {
                OrderRow row;
                row.id = m_t.db().scalar(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {next})->toString();
                row.number = next;
                row.status = status;
                if (m_t.db().exec(QStringLiteral("UPDATE orders SET status = ? WHERE id = ?"), {status, row.id}))
                    rows << row;
            }
            return rows;
        };
        const QList<OrderRow> paid = ordersIn(QStringLiteral("pago"), 2);
        const QList<OrderRow> picked = ordersIn(QStringLiteral("separado"), 1);
        const QList<OrderRow> delivered = ordersIn(QStringLiteral("entregue"), 1);
        QVERIFY(paid.size() == 2 && picked.size() == 1 && delivered.size() == 1);

        // Paid goes to picking; picked goes to packing or back to picking: only picking is common.
        auto targets = bulk->commonTargets(paid + picked);
        QVERIFY(targets);
        QCOMPARE(*targets, QStringList{QStringLiteral("em_separacao")});
        QVERIFY(bulk->commonTargets(paid + delivered)->isEmpty());

        const OrderBulkActions::Outcome outcome = bulk->cancel(paid + delivered, QStringLiteral("cliente desistiu"));
        QCOMPARE(outcome.changed, 2);
        QCOMPARE(outcome.refused.size(), 1);
        const QString summary = OrderBulkActions::summary(outcome, true);
        QVERIFY2(summary.contains(QStringLiteral("#%1 (not allowed from %2)")
                                      .arg(delivered.first().number)
                                      .arg(OrderStatus::displayName(QStringLiteral("entregue")))),
                 qPrintable(summary));
        QVERIFY2(summary.startsWith(QLatin1String("2 order")), qPrintable(summary));
        for (const OrderRow &row : paid)
            QCOMPARE(m_t.db().scalar(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {row.id})->toString(),
                     QStringLiteral("cancelado"));
        QCOMPARE(m_t.db().scalar(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {delivered.first().id})->toString(),
                 QStringLiteral("entregue"));
    }
};

QTEST_MAIN(tst_OrderListWidget)
#include "tst_orderlistwidget.moc"
