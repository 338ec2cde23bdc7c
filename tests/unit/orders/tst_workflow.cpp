#include "billing/workflow/billingactions.h"
#include "stock/workflow/stockactions.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "core/domain/uuid7.h"
#include "core/workflow/workflowchart.h"
#include "orders/ordersmodule.h"
#include "orders/workflow/approvalrules.h"
#include "orders/workflow/orderworkflow.h"
#include "pickupchart.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace orders;

namespace {

QByteArray builtInChart()
{
    QFile file(QStringLiteral(":/workflows/order.scxml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}


} // namespace

// The order life cycle as data: the built-in chart's every transition, refusals, charts that are
// rejected with the line of the problem, a company's chart replacing the default, approval rules.
class tst_Workflow : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    OrdersModule m_module;

    OrderWorkflow &workflow() { return *m_context->service<OrderWorkflow>(); }
    core::Database &db() { return m_t.db(); }

    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }

    // An order of the demo data put in `status` (test setup writes the row directly).
    QString orderIn(const QString &status, const QString &paymentMethod = QStringLiteral("boleto"))
    {
        const QString id = value(QStringLiteral("SELECT id FROM orders WHERE payment_method = ? AND number > ? ORDER BY number LIMIT 1"),
                                 {paymentMethod, m_lastNumber})
                               .toString();
        m_lastNumber = value(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {id}).toLongLong();
        (void)db().exec(QStringLiteral("UPDATE orders SET status = ? WHERE id = ?"), {status, id});
        return id;
    }
    qint64 m_lastNumber = 0;

    int count(const QString &sql, const QVariantList &bindings = {}) { return value(sql, bindings).toInt(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(600), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_module.initialize(*m_context).ok());
        billing::registerBillingActions((*m_context).workflowActions()); // the shipped chart issues boletos
        stock::registerStockActions((*m_context).workflowActions()); // ... and reserves/releases stock
        auto chart = workflow().chart();
        QVERIFY2(chart.ok(), chart.ok() ? "" : qPrintable(chart.error().text()));
    }

    void builtInChartFollowsBrazilianPractice()
    {
        const core::WorkflowChart &chart = **workflow().chart();
        QCOMPARE(chart.initialState(), QStringLiteral("novo"));
        const QStringList path{QStringLiteral("novo"), QStringLiteral("aguardando_pagamento"), QStringLiteral("pago"),
                               QStringLiteral("em_separacao"), QStringLiteral("separado"), QStringLiteral("embalado"),
                               QStringLiteral("faturado"), QStringLiteral("expedido"), QStringLiteral("entregue")};
        for (int i = 0; i + 1 < path.size(); ++i)
            QVERIFY2(chart.transition(path[i], path[i + 1]), qPrintable(path[i] + " → " + path[i + 1]));
        QVERIFY(chart.transition(QStringLiteral("novo"), QStringLiteral("em_analise")));
        QVERIFY(chart.transition(QStringLiteral("em_analise"), QStringLiteral("pago")));
        QVERIFY(chart.transition(QStringLiteral("entregue"), QStringLiteral("devolucao")));
        QVERIFY(chart.state(QStringLiteral("cancelado"))->isFinal);
    }

    void everyTransitionOfTheBuiltInChart()
    {
        const core::WorkflowChart &chart = **workflow().chart();
        int checked = 0;
        for (const QString &from : chart.stateIds()) {
            for (const core::WorkflowTransition &t : chart.state(from)->transitions) {
                const QString id = orderIn(from);
                const int eventsBefore = count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"), {id});
                auto moved = workflow().advance(m_t.admin(), id, t.event, QStringLiteral("teste"));
                QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().text()));
                // A boleto order held for analysis meets no approval rule and stays there.
                QCOMPARE(*moved, t.target);
                QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id}).toString(), t.target);
                QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"), {id}) > eventsBefore);
                QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'status_changed'"
                                              " AND from_status = ? AND to_status = ? AND reason = 'teste' AND user_id = ?"),
                               {id, from, t.target, m_t.admin().userId()}),
                         1);
                QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'orders.transition' AND entity_id = ?"),
                               {id}),
                         1);
                ++checked;
            }
        }
        QVERIFY(checked >= 20);
    }

    void enteringAStateRunsItsActions()
    {
        const QString id = orderIn(QStringLiteral("aguardando_pagamento"));
        QVERIFY(db().exec(QStringLiteral("UPDATE orders SET paid_at = NULL, payment_status = 'pending' WHERE id = ?"), {id}));
        QVERIFY(workflow().advance(m_t.admin(), id, QStringLiteral("payment_confirmed"), {}).ok());
        QCOMPARE(value(QStringLiteral("SELECT payment_status FROM orders WHERE id = ?"), {id}).toString(), QStringLiteral("paid"));
        QVERIFY(!value(QStringLiteral("SELECT paid_at FROM orders WHERE id = ?"), {id}).isNull());
    }

    void storefrontHearsOnlyAboutItsOwnOrders()
    {
        const QString web = value(QStringLiteral("SELECT o.id FROM orders o JOIN channels ch ON ch.id = o.channel_id"
                                                 " WHERE ch.kind IN ('storefront', 'marketplace') AND o.status = 'entregue' LIMIT 1"))
                                .toString();
        const QString store = value(QStringLiteral("SELECT o.id FROM orders o JOIN channels ch ON ch.id = o.channel_id"
                                                   " WHERE ch.kind = 'store' AND o.status = 'entregue' LIMIT 1"))
                                  .toString();
        QVERIFY(!web.isEmpty() && !store.isEmpty());
        (void)db().exec(QStringLiteral("UPDATE orders SET status = 'faturado' WHERE id IN (?, ?)"), {store, web});
        QVERIFY(workflow().advance(m_t.admin(), web, QStringLiteral("expedido"), {}).ok());
        QVERIFY(workflow().advance(m_t.admin(), store, QStringLiteral("expedido"), {}).ok());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM storefront_outbox WHERE order_id = ? AND kind = 'status'"
                                      " AND payload LIKE '%\"status\":\"expedido\"%'"), {web}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM storefront_outbox WHERE order_id = ?"), {store}), 0);
    }

    void refusedTransitionsChangeNothing_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("delivered back to paid") << "entregue" << "pago";
        QTest::newRow("skip picking") << "pago" << "embalado";
        QTest::newRow("cancelled is final") << "cancelado" << "novo";
        QTest::newRow("unknown state") << "pago" << "teleportado";
        QTest::newRow("invoiced orders are not cancelled") << "faturado" << "cancel";
    }

    void refusedTransitionsChangeNothing()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const QString id = orderIn(from);
        const int events = count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"), {id});
        auto moved = workflow().advance(m_t.admin(), id, to, {});
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, core::Error::Kind::Conflict);
        QVERIFY2(moved.error().message.contains(QStringLiteral("Allowed")) || moved.error().message.contains(QStringLiteral("final")),
                 qPrintable(moved.error().message));
        QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id}).toString(), from);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ?"), {id}), events);
    }

    void onlyThoseWhoManageOrdersMoveThem()
    {
        const QString id = orderIn(QStringLiteral("pago"));
        const core::Session warehouse = m_t.createUser(QStringLiteral("joao"), core::Role::Manager);
        auto moved = workflow().advance(warehouse, id, QStringLiteral("start_picking"), {});
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, core::Error::Kind::Forbidden);
        QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id}).toString(), QStringLiteral("pago"));
    }

    void chartsWithProblemsAreRejectedNamingTheLine_data()
    {
        QTest::addColumn<QByteArray>("chart");
        QTest::addColumn<QString>("expected");
        QByteArray unknownAction = builtInChart();
        unknownAction.replace("event=\"stamp:shipped_at\"", "event=\"print_invoice\"");
        QTest::newRow("unknown action") << unknownAction << "line 90: the state \"expedido\" fires the unknown action \"print_invoice\"";
        QByteArray unreachable = kPickupChart;
        unreachable.replace("<transition event=\"ready\" target=\"aguardando_retirada\"/>", "");
        QTest::newRow("unreachable state") << unreachable << "line 11: the state \"aguardando_retirada\" cannot be reached from \"novo\"";
        QByteArray badTarget = kPickupChart;
        badTarget.replace("target=\"entregue\"", "target=\"entrege\"");
        QTest::newRow("unknown target") << badTarget << "line 12: unknown state 'entrege'";
        QTest::newRow("not xml") << QByteArray("<scxml><state id=\"a\">") << "line 1";
        QByteArray condition = kPickupChart;
        condition.replace("event=\"picked_up\"", "event=\"picked_up\" cond=\"In('pago')\"");
        QTest::newRow("conditions") << condition << "line 12: conditions on transitions are not supported";
    }

    void chartsWithProblemsAreRejectedNamingTheLine()
    {
        QFETCH(QByteArray, chart);
        QFETCH(QString, expected);
        auto parsed = core::WorkflowChart::parse(chart, QStringLiteral("empresa.scxml"), &m_context->workflowActions());
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.startsWith(QStringLiteral("empresa.scxml, line")));
    }

    void aCompanyChartReplacesTheDefault()
    {
        const QString id = orderIn(QStringLiteral("pago"));
        QVERIFY(workflow().installCompanyChart(m_t.admin(), kPickupChart).ok());
        auto allowed = workflow().allowedFrom(QStringLiteral("pago"));
        QVERIFY(allowed.ok());
        QCOMPARE(allowed->size(), 1);
        QCOMPARE(allowed->constFirst().target, QStringLiteral("aguardando_retirada"));
        QVERIFY(workflow().advance(m_t.admin(), id, QStringLiteral("aguardando_retirada"), {}).ok());
        QVERIFY(workflow().advance(m_t.admin(), id, QStringLiteral("picked_up"), {}).ok());
        QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id}).toString(), QStringLiteral("entregue"));
        // A second workflow object (another window, the CLI) reads the same chart from the database.
        OrderWorkflow other(db(), m_context->workflowActions(), {});
        QVERIFY((*other.chart())->state(QStringLiteral("aguardando_retirada")));

        QVERIFY(workflow().removeCompanyChart(m_t.admin()).ok());
        QVERIFY(!(*workflow().chart())->state(QStringLiteral("aguardando_retirada")));
        QVERIFY(!workflow().installCompanyChart(m_t.createUser(QStringLiteral("ana"), core::Role::Office), kPickupChart).ok());
    }

    void aChartInTheDataFolderReplacesTheBuiltIn()
    {
        QVERIFY(QDir(m_t.dir()).mkpath(QStringLiteral("workflows")));
        QFile file(QDir(m_t.dir()).filePath(QStringLiteral("workflows/order.scxml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPickupChart);
        file.close();
        OrderWorkflow fromFolder(db(), m_context->workflowActions(), {m_t.dir()});
        auto chart = fromFolder.chart();
        QVERIFY(chart.ok());
        QCOMPARE((*chart)->source(), file.fileName());
        QVERIFY((*chart)->state(QStringLiteral("aguardando_retirada")));
        file.remove();
    }

    void aFailingActionRollsTheTransitionBack()
    {
        QByteArray chart = kPickupChart;
        chart.replace("set_payment_status:paid", "set_payment_status:pago"); // not a payment status
        QVERIFY(workflow().installCompanyChart(m_t.admin(), chart).ok());
        const QString id = orderIn(QStringLiteral("novo"));
        auto moved = workflow().advance(m_t.admin(), id, QStringLiteral("payment_confirmed"), {});
        QVERIFY(!moved.ok());
        QVERIFY2(moved.error().message.contains(QStringLiteral("set_payment_status")), qPrintable(moved.error().message));
        QCOMPARE(value(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {id}).toString(), QStringLiteral("novo"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'orders.transition' AND entity_id = ?"), {id}), 0);
        QVERIFY(workflow().removeCompanyChart(m_t.admin()).ok());
    }

    void approvalRulesDecide_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<qint64>("totalCents");
        QTest::addColumn<int>("score");
        QTest::addColumn<QString>("providerDecision");
        QTest::addColumn<bool>("approve");
        QTest::addColumn<QString>("reason");
        QTest::newRow("low risk, small") << "credit_card" << 150000LL << 12 << "approve" << true << "Cartão";
        QTest::newRow("score at the limit") << "credit_card" << 200000LL << 30 << "approve" << true << "score 30";
        QTest::newRow("score above") << "credit_card" << 10000LL << 31 << "review" << false << "score 31 above 30";
        QTest::newRow("total above") << "credit_card" << 200001LL << 5 << "approve" << false << "total R$ 2.000,01 above";
        QTest::newRow("provider says deny") << "credit_card" << 1000LL << 5 << "deny" << false << "recommends refusing";
        QTest::newRow("no rule for pix") << "pix" << 1000LL << 5 << "approve" << false << "no approval rule covers";
        QTest::newRow("no analysis") << "credit_card" << 1000LL << -1 << "" << false << "no risk analysis";
    }

    void approvalRulesDecide()
    {
        QFETCH(QString, method);
        QFETCH(qint64, totalCents);
        QFETCH(int, score);
        QFETCH(QString, providerDecision);
        QFETCH(bool, approve);
        QFETCH(QString, reason);
        auto rules = ApprovalRules(db()).list();
        QVERIFY(rules.ok());
        ApprovalCase facts{method, core::Money::fromCents(totalCents), score < 0 ? std::nullopt : std::optional<int>(score),
                           providerDecision};
        const ApprovalDecision decision = ApprovalRules::decide(*rules, facts);
        QCOMPARE(decision.approve, approve);
        QVERIFY2(decision.reason.contains(reason), qPrintable(decision.reason));
    }

    void cardOrdersHeldForAnalysisFollowTheRules()
    {
        auto insertAnalysis = [this](const QString &orderId, int score) {
            return db().exec(QStringLiteral("INSERT INTO risk_analyses (id, order_id, at, provider, score, decision, reasons)"
                                            " VALUES (?, ?, ?, 'ClearSale', ?, 'review', '')"),
                             {core::Uuid7::generate(), orderId, core::toDbTimestamp(QDateTime::currentDateTimeUtc().addSecs(60)),
                              score})
                .ok();
        };
        const QString cheap = orderIn(QStringLiteral("novo"), QStringLiteral("credit_card"));
        QVERIFY(db().exec(QStringLiteral("UPDATE orders SET items_cents = 10000, discount_cents = 0, freight_cents = 0,"
                                         " total_cents = 10000 WHERE id = ?"), {cheap}));
        QVERIFY(insertAnalysis(cheap, 8));
        auto moved = workflow().advance(m_t.admin(), cheap, QStringLiteral("hold_for_analysis"), {});
        QVERIFY2(moved.ok(), moved.ok() ? "" : qPrintable(moved.error().text()));
        QCOMPARE(*moved, QStringLiteral("pago"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND to_status = 'pago'"
                                      " AND reason LIKE 'Approved automatically%'"), {cheap}),
                 1);

        const QString risky = orderIn(QStringLiteral("novo"), QStringLiteral("credit_card"));
        QVERIFY(insertAnalysis(risky, 77));
        moved = workflow().advance(m_t.admin(), risky, QStringLiteral("hold_for_analysis"), {});
        QVERIFY(moved.ok());
        QCOMPARE(*moved, QStringLiteral("em_analise"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'review'"
                                      " AND reason LIKE '%score 77 above 30%'"), {risky}),
                 1);
    }

    void rulesAreData()
    {
        ApprovalRules rules(db());
        ApprovalRule vip{{}, QStringLiteral("Débito até R$ 500"), 10, {QStringLiteral("debit_card")}, 50,
                         core::Money::fromCents(50000), true};
        QVERIFY(rules.add(m_t.admin(), vip).ok());
        QCOMPARE(rules.add(m_t.admin(), vip).error().kind, core::Error::Kind::Conflict);
        vip.paymentMethods = {QStringLiteral("cheque")};
        vip.name = QStringLiteral("outra");
        QCOMPARE(rules.add(m_t.admin(), vip).error().kind, core::Error::Kind::Validation);
        const ApprovalDecision d = ApprovalRules::decide(*rules.list(), {QStringLiteral("debit_card"), core::Money::fromCents(40000), 45, {}});
        QVERIFY2(d.approve && d.reason.contains(QStringLiteral("Débito")), qPrintable(d.reason));
        QVERIFY(rules.remove(m_t.admin(), QStringLiteral("Débito até R$ 500")).ok());
        QVERIFY(!ApprovalRules::decide(*rules.list(), {QStringLiteral("debit_card"), core::Money::fromCents(40000), 45, {}}).approve);
    }
};

QTEST_GUILESS_MAIN(tst_Workflow)
#include "tst_workflow.moc"
