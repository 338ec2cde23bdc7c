// The order detail dock as a user drives it: the header offers exactly the workflow's transitions
// from the order's status, performing one asks for a reason and shows the new status, a refusal
// shows why, notes land on the timeline, held card orders are approved from the Risk tab, the
// review queue opens orders, and several orders stay open side by side.

#include "billing/workflow/billingactions.h"
#include "stock/workflow/stockactions.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/data/ordernotes.h"
#include "orders/data/riskanalysisrepository.h"
#include "orders/domain/orderstatus.h"
#include "orders/ordersmodule.h"
#include "orders/ui/orderdetailwidget.h"
#include "orders/ui/riskreviewwidget.h"
#include "orders/ui/statuspill.h"
#include "orders/workflow/orderworkflow.h"
#include "testdatabase.h"

#include <QApplication>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace orders;

namespace {

/// Answers the next modal dialog the code under test opens (it would block the test in its own
/// exec()): a reason dialog gets `text` and is accepted or cancelled; a message box is closed
/// and its text remembered.
class ModalAnswerer : public QObject
{
public:
    ModalAnswerer()
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                prompts << input->labelText();
                if (answers.isEmpty()) {
                    input->reject();
                    return;
                }
                const auto [text, accept] = answers.takeFirst();
                input->setTextValue(text);
                accept ? input->accept() : input->reject();
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                messages << box->text();
                box->close();
            }
        });
        m_timer.start();
    }
    QList<QPair<QString, bool>> answers; ///< for reason dialogs, in order
    QStringList prompts;
    QStringList messages;

private:
    QTimer m_timer;
};

QList<QPushButton *> actionButtons(const OrderDetailWidget &w)
{
    return w.findChildren<QPushButton *>(QStringLiteral("orders.detail.action"));
}

QPushButton *actionTo(const OrderDetailWidget &w, const QString &target)
{
    for (QPushButton *b : actionButtons(w)) {
        if (b->property("workflowTarget").toString() == target)
            return b;
    }
    return nullptr;
}

QStringList timelineTexts(const OrderDetailWidget &w, int column)
{
    QStringList texts;
    if (auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("orders.detail.timeline"))) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            texts << tree->topLevelItem(i)->text(column);
    }
    return texts;
}

QString statusShown(const OrderDetailWidget &w)
{
    return w.findChild<StatusPill *>(QStringLiteral("orders.detail.status"))->code();
}

} // namespace

class tst_OrderDetailWidget : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    OrdersModule m_module;
    qint64 m_lastNumber = 0;

    core::Database &db() { return m_t.db(); }
    OrderWorkflow &workflow() { return *m_context->service<OrderWorkflow>(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }

    /// A fresh demo order of `method` put in `status` (test setup writes the row directly).
    QString orderIn(const QString &status, const QString &method = QStringLiteral("credit_card"))
    {
        const QString id = value(QStringLiteral("SELECT id FROM orders WHERE payment_method = ? AND number > ?"
                                                " AND shipping_address_id IS NOT NULL ORDER BY number LIMIT 1"),
                                 {method, m_lastNumber})
                               .toString();
        m_lastNumber = value(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {id}).toLongLong();
        (void)db().exec(QStringLiteral("UPDATE orders SET status = ? WHERE id = ?"), {status, id});
        return id;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil)); // as the app runs
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(1500), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_module.initialize(*m_context).ok());
        billing::registerBillingActions((*m_context).workflowActions()); // the shipped chart issues boletos
        stock::registerStockActions((*m_context).workflowActions()); // ... and reserves/releases stock
        QVERIFY(workflow().chart());
    }

    void init() { m_context->setSession(m_t.admin()); }

    void actionsAreExactlyTheAllowedTransitions_data()
    {
        QTest::addColumn<QString>("status");
        for (const QString &status : OrderStatus::all())
            QTest::newRow(qPrintable(status)) << status;
    }

    void actionsAreExactlyTheAllowedTransitions()
    {
        QFETCH(QString, status);
        const QString id = orderIn(status);
        OrderDetailWidget w(*m_context, id);
        auto allowed = workflow().allowedFrom(status);
        QVERIFY(allowed);
        QStringList expected;
        for (const auto &t : *allowed)
            expected << t.event + u'>' + OrderStatus::displayName(t.target);
        QStringList shown;
        for (QPushButton *b : actionButtons(w)) {
            shown << b->property("workflowEvent").toString() + u'>' + b->text();
            QVERIFY(b->isEnabled());
        }
        QCOMPARE(shown, expected);
        QCOMPARE(statusShown(w), status);
    }

    void performingATransitionReloads()
    {
        const QString id = orderIn(QStringLiteral("pago"));
        OrderDetailWidget w(*m_context, id);
        w.show();
        ModalAnswerer answerer;
        answerer.answers << qMakePair(QStringLiteral("Estoque conferido"), true);
        QPushButton *picking = actionTo(w, QStringLiteral("em_separacao"));
        QVERIFY(picking);
        picking->click();
        QTRY_COMPARE(statusShown(w), QStringLiteral("em_separacao"));
        QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id}).toString(), QStringLiteral("em_separacao"));
        const QString change = OrderStatus::displayName(QStringLiteral("pago")) + QStringLiteral(" → ")
                               + OrderStatus::displayName(QStringLiteral("em_separacao"));
        const int row = timelineTexts(w, 1).lastIndexOf(change);
        QVERIFY2(row >= 0, qPrintable(timelineTexts(w, 1).join(u'|')));
        QCOMPARE(timelineTexts(w, 2).at(row), m_t.admin().name()); // who
        QCOMPARE(timelineTexts(w, 3).at(row), QStringLiteral("Estoque conferido"));
        // The buttons follow the new status.
        QVERIFY(actionTo(w, QStringLiteral("separado")));
        QVERIFY(!actionTo(w, QStringLiteral("em_separacao")));
    }

    void cancellingNeedsAReason()
    {
        const QString id = orderIn(QStringLiteral("aguardando_pagamento"), QStringLiteral("boleto"));
        OrderDetailWidget w(*m_context, id);
        w.show();
        ModalAnswerer answerer;
        answerer.answers << qMakePair(QString(), true) << qMakePair(QString(), false); // empty, then give up
        actionTo(w, QStringLiteral("cancelado"))->click();
        QTRY_COMPARE(answerer.prompts.size(), 2);
        QVERIFY2(answerer.prompts.last().contains(QStringLiteral("A reason is required.")), qPrintable(answerer.prompts.last()));
        QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id}).toString(), QStringLiteral("aguardando_pagamento"));
        QCOMPARE(statusShown(w), QStringLiteral("aguardando_pagamento"));
    }

    void refusalShowsTheError()
    {
        const QString id = orderIn(QStringLiteral("pago"));
        OrderDetailWidget w(*m_context, id);
        w.show();
        // Someone else moves the order meanwhile: the screen still offers "Em separação".
        (void)db().exec(QStringLiteral("UPDATE orders SET status = 'cancelado' WHERE id = ?"), {id});
        ModalAnswerer answerer;
        answerer.answers << qMakePair(QString(), true);
        actionTo(w, QStringLiteral("em_separacao"))->click();
        QTRY_COMPARE(answerer.messages.size(), 1);
        QVERIFY2(answerer.messages.first().contains(QStringLiteral("does not allow")), qPrintable(answerer.messages.first()));
        QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id}).toString(), QStringLiteral("cancelado"));
    }

    void warehouseReadsButCannotAct()
    {
        m_context->setSession(m_t.createUser(QStringLiteral("deposito"), core::Role::Warehouse));
        const QString id = orderIn(QStringLiteral("pago"));
        OrderDetailWidget w(*m_context, id);
        QVERIFY(!actionButtons(w).isEmpty());
        for (QPushButton *b : actionButtons(w))
            QVERIFY(!b->isEnabled());
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("orders.detail.addNote"))->isEnabled());
        // LGPD: the warehouse ships by name and address, without the CPF/CNPJ.
        QStringList texts;
        for (QLabel *label : w.findChildren<QLabel *>())
            texts << label->text();
        QVERIFY(texts.contains(QStringLiteral("hidden for your role (LGPD)")));
    }

    void addingANoteShowsItOnTheTimeline()
    {
        const QString id = orderIn(QStringLiteral("expedido"));
        OrderDetailWidget w(*m_context, id);
        w.show();
        const int before = timelineTexts(w, 3).size();
        auto *edit = w.findChild<QPlainTextEdit *>(QStringLiteral("orders.detail.noteEdit"));
        QVERIFY(edit);
        edit->setPlainText(QStringLiteral("Cliente pediu para deixar com o porteiro."));
        w.findChild<QPushButton *>(QStringLiteral("orders.detail.addNote"))->click();
        QTRY_COMPARE(timelineTexts(w, 3).size(), before + 1);
        QCOMPARE(timelineTexts(w, 3).last(), QStringLiteral("Cliente pediu para deixar com o porteiro."));
        QCOMPARE(timelineTexts(w, 2).last(), m_t.admin().name());
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("orders.detail.tabs"));
        QVERIFY(tabs->tabText(4).contains(QStringLiteral("(1)")));
        QVERIFY(w.findChild<QPlainTextEdit *>(QStringLiteral("orders.detail.noteEdit"))->toPlainText().isEmpty());

        // A card number is refused, with the reason, and the draft stays for the user to fix.
        ModalAnswerer answerer;
        w.findChild<QPlainTextEdit *>(QStringLiteral("orders.detail.noteEdit"))->setPlainText(QStringLiteral("Cartão 4111 1111 1111 1111"));
        w.findChild<QPushButton *>(QStringLiteral("orders.detail.addNote"))->click();
        QTRY_COMPARE(answerer.messages.size(), 1);
        QVERIFY(answerer.messages.first().contains(QStringLiteral("never store a card number")));
        QCOMPARE(timelineTexts(w, 3).size(), before + 1);
    }

    void heldOrderIsApprovedFromTheRiskTab()
    {
        const QString id = orderIn(QStringLiteral("em_analise"));
        OrderDetailWidget w(*m_context, id);
        w.show();
        auto *approve = w.findChild<QPushButton *>(QStringLiteral("orders.detail.approve"));
        QVERIFY(approve && w.findChild<QPushButton *>(QStringLiteral("orders.detail.refuse")));
        ModalAnswerer answerer;
        answerer.answers << qMakePair(QStringLiteral("Titular confirmou a compra por telefone"), true);
        approve->click();
        QTRY_COMPARE(statusShown(w), QStringLiteral("pago"));
        QVERIFY(!w.findChild<QPushButton *>(QStringLiteral("orders.detail.approve"))); // no longer held
        QCOMPARE(w.data().risks.first().provider, QStringLiteral("manual"));
        QCOMPARE(w.data().risks.first().reviewerName, m_t.admin().name());
        QCOMPARE(w.data().risks.first().reasons, QStringLiteral("Titular confirmou a compra por telefone"));

        // The header's own buttons of a held order go through the same recorded review.
        const QString other = orderIn(QStringLiteral("em_analise"));
        OrderDetailWidget w2(*m_context, other);
        w2.show();
        answerer.answers << qMakePair(QStringLiteral("Titular não reconhece a compra"), true);
        actionTo(w2, QStringLiteral("cancelado"))->click();
        QTRY_COMPARE(statusShown(w2), QStringLiteral("cancelado"));
        QCOMPARE(w2.data().risks.first().decision, QStringLiteral("deny"));
    }

    void reviewQueueOpensOrders()
    {
        const QString held = orderIn(QStringLiteral("em_analise"));
        RiskReviewWidget queue(*m_context);
        auto *list = queue.findChild<QTreeWidget *>(QStringLiteral("orders.riskQueue.list"));
        const qint64 expected = value(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'em_analise'")).toLongLong();
        QCOMPARE(qint64(list->topLevelItemCount()), expected);
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == held)
                row = list->topLevelItem(i);
        }
        QVERIFY(row);
        QVERIFY(!row->text(4).isEmpty()); // total
        QVERIFY(RiskAnalysisRepository(db()).record(m_t.admin(), held, {QStringLiteral("Konduto"), 58, QStringLiteral("review"),
                                                                        QStringLiteral("Vários cartões tentados no mesmo dispositivo"), {}}));
        queue.refresh();
        QSignalSpy open(&queue, &RiskReviewWidget::openOrderRequested);
        queue.resize(900, 400);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        QVERIFY(queue.grab().save(QStringLiteral("/tmp/riskqueue.png")));
        row = nullptr;
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == held)
                row = list->topLevelItem(i);
        }
        QCOMPARE(row->text(5), QStringLiteral("58")); // the latest analysis
        QCOMPARE(row->text(6), QStringLiteral("Vários cartões tentados no mesmo dispositivo"));
        list->setCurrentItem(row);
        const QRect rect = list->visualItemRect(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), held);

        // Decided elsewhere: the queue follows.
        (void)db().exec(QStringLiteral("UPDATE orders SET status = 'pago' WHERE id = ?"), {held});
        m_events.publish({QStringLiteral("orders.status_changed"), QStringLiteral("orders"), held, {}});
        QTRY_COMPARE(qint64(list->topLevelItemCount()), expected - 1);
    }

    void severalOrdersOpenAtOnce()
    {
        QMainWindow window;
        window.resize(1600, 900);
        window.setCentralWidget(new QWidget(&window));
        window.show();
        const QString first = orderIn(QStringLiteral("pago"));
        const QString second = orderIn(QStringLiteral("expedido"));
        QDockWidget *a = OrderDetailWidget::openInDock(*m_context, first, &window);
        QDockWidget *b = OrderDetailWidget::openInDock(*m_context, second, &window);
        QVERIFY(a && b && a != b);
        QCOMPARE(window.tabifiedDockWidgets(a), QList<QDockWidget *>{b});
        QCOMPARE(OrderDetailWidget::openInDock(*m_context, first, &window), a); // raised, not duplicated
        QCOMPARE(a->windowTitle(), QStringLiteral("Order %1").arg(value(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {first}).toLongLong()));
        // Both follow a change made in either.
        auto *inA = qobject_cast<OrderDetailWidget *>(a->widget());
        OrderDetailWidget other(*m_context, first);
        (void)workflow().advance(m_t.admin(), first, QStringLiteral("start_picking"), {});
        m_events.publish({QStringLiteral("orders.status_changed"), QStringLiteral("orders"), first, {}});
        QTRY_COMPARE(statusShown(*inA), QStringLiteral("em_separacao"));
        QTRY_COMPARE(statusShown(other), QStringLiteral("em_separacao"));
    }

    void looksRight()
    {
        // A full order: card payment with a risk analysis, delivered, with two addresses and notes.
        const QString id = value(QStringLiteral(
            "SELECT o.id FROM orders o WHERE o.payment_method = 'credit_card' AND o.status = 'entregue' AND o.installments > 1"
            " AND o.shipping_address_id IS NOT NULL AND EXISTS (SELECT 1 FROM risk_analyses r WHERE r.order_id = o.id)"
            " AND (SELECT COUNT(*) FROM customer_addresses a WHERE a.customer_id = o.customer_id) = 2"
            " AND (SELECT COUNT(*) FROM order_items i WHERE i.order_id = o.id) >= 2"
            " ORDER BY o.number DESC LIMIT 1")).toString();
        QVERIFY(!id.isEmpty());
        m_context->setSession(m_t.admin());
        QVERIFY(OrderNotes(db()).add(m_t.admin(), id, QStringLiteral("Cliente avisou que o porteiro recebe encomendas até 18h.")));
        OrderDetailWidget w(*m_context, id);
        w.resize(900, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("orders.detail.tabs"));
        const QStringList names{QStringLiteral("summary"), QStringLiteral("items"), QStringLiteral("payments"),
                                QStringLiteral("risk"), QStringLiteral("notes"), QStringLiteral("timeline")};
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20); // let the page lay out, as it does before a person sees it
            QVERIFY(w.grab().save(QStringLiteral("/tmp/detail-%1.png").arg(names.value(i))));
        }
        // The note, longer than its column, wraps instead of being cut.
        auto *tree = w.findChild<QTreeWidget *>(QStringLiteral("orders.detail.timeline"));
        QTreeWidgetItem *note = tree->topLevelItem(tree->topLevelItemCount() - 1);
        QCOMPARE(note->text(3), QStringLiteral("Cliente avisou que o porteiro recebe encomendas até 18h."));
        QVERIFY(tree->visualItemRect(note).height() > tree->visualItemRect(tree->topLevelItem(0)).height());
        tabs->setCurrentIndex(0);
        QTest::qWait(20);
        QVERIFY(w.grab().save(QStringLiteral("/tmp/detail.png")));
        w.resize(1600, 900);
        tabs->setCurrentIndex(5);
        QTest::qWait(20);
        QVERIFY(w.grab().save(QStringLiteral("/tmp/detail-wide.png")));
        // Nothing is squeezed below its size at 900 × 700.
        w.resize(900, 700);
        QVERIFY(w.minimumSizeHint().width() <= 900);

        // An order held for review: the decision panel on the Risk tab.
        const QString held = orderIn(QStringLiteral("em_analise"));
        QVERIFY(RiskAnalysisRepository(db()).record(m_t.admin(), held, {QStringLiteral("ClearSale"), 64, QStringLiteral("review"),
                                                                        QStringLiteral("Endereço de entrega diferente do cadastro do cartão; "
                                                                                       "primeira compra do cliente com valor alto"),
                                                                        QStringLiteral(R"({"status":"AMA","score":64.00})")}));
        OrderDetailWidget h(*m_context, held);
        h.resize(900, 700);
        h.show();
        h.findChild<QTabWidget *>(QStringLiteral("orders.detail.tabs"))->setCurrentIndex(3);
        QTest::qWait(20);
        QVERIFY(h.grab().save(QStringLiteral("/tmp/detail-held.png")));
    }
};

QTEST_MAIN(tst_OrderDetailWidget)
#include "tst_orderdetailwidget.moc"
