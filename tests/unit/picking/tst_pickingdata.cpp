#include "billing/workflow/billingactions.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/ordersmodule.h"
#include "orders/workflow/orderworkflow.h"
#include "picking/data/packingservice.h"
#include "picking/data/pickingrepository.h"
#include "picking/data/pickscanservice.h"
#include "picking/data/waveservice.h"
#include "pickingfixture.h"
#include "stock/workflow/stockactions.h"
#include "testdatabase.h"

#include <QTest>

using namespace picking;
using namespace Qt::StringLiterals;

// The picking services on a real SQLite file: a wave from paid, reserved orders; the scan
// screen's confirmations writing stock movements; short picks re-allocated to another lot or
// recorded as back-orders; packing that refuses mismatches and moves the order to embalado.
class tst_PickingData : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    orders::OrdersModule m_orders;
    std::unique_ptr<pickingtest::Fixture> m_f;
    core::Session m_picker; // warehouse role: PickingRun, not OrdersManage
    CreatedWave m_wave;

    core::Database &db() { return m_t.db(); }
    orders::OrderWorkflow *workflow() { return m_context->service<orders::OrderWorkflow>(); }
    QString status(qint64 number) { return m_f->text(u"SELECT status FROM orders WHERE number = ?"_s, {number}); }

    PickTaskRow taskOf(qint64 number, const QString &sku, const QString &state = u"open"_s)
    {
        const QString id = m_f->text(u"SELECT t.id FROM pick_tasks t JOIN products p ON p.id = t.product_id"
                                     " WHERE t.order_id = ? AND p.sku = ? AND t.status = ? ORDER BY t.seq DESC"_s,
                                     {m_f->orders.value(number), sku, state});
        auto t = PickingRepository(db()).task(id);
        return t ? *t : PickTaskRow{};
    }
    int onHand(const QString &sku, const QString &location)
    {
        return m_f->scalar(u"SELECT COALESCE(SUM(on_hand), 0) FROM stock_balances WHERE product_id = ? AND location_id = ?"_s,
                           {m_f->products.value(sku), m_f->locations.value(location)});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_orders.initialize(*m_context).ok());
        billing::registerBillingActions(m_context->workflowActions());
        stock::registerStockActions(m_context->workflowActions());
        m_f = std::make_unique<pickingtest::Fixture>(db(), m_t.admin());
        QVERIFY2(m_f->build(), qPrintable(m_f->error));
        m_picker = m_t.createUser(u"separador"_s, core::Role::Warehouse);
    }

    void officeMayNotReleaseWaves()
    {
        const core::Session office = m_t.createUser(u"escritorio"_s, core::Role::Office);
        auto refused = WaveService(db(), workflow()).create(office, {}, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::Forbidden);
    }

    void previewFiltersByCarrier()
    {
        WaveFilter pac;
        pac.carriers = {u"Correios PAC"_s};
        auto plan = WaveService(db(), workflow()).preview(m_picker, pac, {});
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().text()));
        QCOMPARE(plan->orders.size(), 1);
        QCOMPARE(plan->orders.constFirst().number, 900001);
        // 900004 matches but SEM-ESTOQUE has no stock: skipped with the reason.
        QCOMPARE(plan->skipped.size(), 1);
        QCOMPARE(plan->skipped.constFirst().number, 900004);
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM waves"_s), 0); // a preview writes nothing
    }

    void createWave()
    {
        BatchLimits limits;
        limits.maxTotes = 2;
        auto created = WaveService(db(), workflow()).create(m_picker, {}, limits);
        QVERIFY2(created, created ? "" : qPrintable(created.error().text()));
        m_wave = *created;
        QCOMPARE(m_wave.number, 1);
        QCOMPARE(m_wave.plan.orders.size(), 3);
        // SEDEX first (priority), then by payment time.
        QCOMPARE(m_wave.plan.orders.constFirst().number, 900003);
        QCOMPARE(m_wave.listIds.size(), 2);
        QCOMPARE(m_wave.ordersStarted, 3);
        for (qint64 n : {900001, 900002, 900003})
            QCOMPARE(status(n), u"em_separacao"_s);
        QCOMPARE(status(900004), u"pago"_s);
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM pick_tasks WHERE wave_id = ?"_s, {m_wave.id}), 5);
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM totes"_s), 3);
        QVERIFY(m_wave.plan.routeLengthM > 0);
        QVERIFY(m_wave.plan.routeLengthM <= m_wave.plan.naiveRouteLengthM);
        // Tasks carry the walking order, and every write went to the outbox.
        auto rows = PickingRepository(db()).tasks(m_wave.listIds.constFirst());
        QVERIFY(rows);
        for (qsizetype i = 0; i < rows->size(); ++i)
            QCOMPARE(rows->at(i).seq, int(i + 1));
        QVERIFY(m_f->scalar(u"SELECT COUNT(*) FROM outbox WHERE table_name = 'pick_tasks'"_s) >= 5);
        // The same orders cannot go into a second wave.
        auto again = WaveService(db(), workflow()).create(m_picker, {}, limits);
        QVERIFY(!again);
    }

    void wrongScansWriteNothing()
    {
        const PickTaskRow t = taskOf(900003, u"LUV-M"_s);
        QVERIFY(!t.id.isEmpty());
        ScanSession session({t.toScanTask()});
        QVERIFY(!session.scan(u"C-09-01-01"_s).accepted);
        QVERIFY(session.scan(t.locationCode).accepted);
        const auto wrong = session.scan(pickingtest::gtinFor(4)); // MAS-01
        QVERIFY(!wrong.accepted);
        QVERIFY(wrong.message.contains(u"LUV-M"_s));
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM pick_confirmations"_s), 0);
        // Confirming more than the task asks is refused by the service too.
        auto tooMany = PickScanService(db(), workflow()).confirm(m_picker, t.id, 3, 0);
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().kind, core::Error::Kind::Validation);
    }

    void pickPostsTheMovementAndMovesTheOrder()
    {
        const PickTaskRow t = taskOf(900003, u"LUV-M"_s);
        QCOMPARE(onHand(u"LUV-M"_s, u"B-05-01-01"_s), 20);
        ScanSession session({t.toScanTask()});
        QVERIFY(session.scan(t.locationCode).accepted);
        QVERIFY(session.scan(t.gtin).accepted);
        const auto o = session.scan(u"2"_s);
        QCOMPARE(o.action, ScanSession::Action::Picked);
        auto r = PickScanService(db(), workflow()).apply(m_picker, o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QVERIFY(r->orderPicked);
        QCOMPARE(status(900003), u"separado"_s);
        QCOMPARE(onHand(u"LUV-M"_s, u"B-05-01-01"_s), 18);
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM stock_movements WHERE kind = 'pick' AND document = 'order:900003'"_s), 1);
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM pick_confirmations WHERE kind = 'picked' AND quantity = 2"_s), 1);
        // The order event names the picker (the warehouse user), not an office user.
        QCOMPARE(m_f->text(u"SELECT user_id FROM order_events WHERE order_id = ? AND to_status = 'separado'"_s,
                           {m_f->orders.value(900003)}),
                 m_picker.userId());
        // Confirming the same task twice is refused.
        QVERIFY(!PickScanService(db(), workflow()).confirm(m_picker, t.id, 2, 0));
    }

    void shortPickIsReallocatedToAnotherLot()
    {
        const PickTaskRow t = taskOf(900001, u"DIP-500"_s);
        QCOMPARE(t.lotCode, u"L1"_s); // FEFO: the lot that expires first
        QCOMPARE(t.locationCode, u"A-02-01-01"_s);
        QCOMPARE(t.quantity, 3);
        ScanSession session({t.toScanTask()});
        QVERIFY(session.scan(t.locationCode).accepted);
        QVERIFY(session.scan(t.gtin).accepted);
        QVERIFY(!session.scan(u"L2"_s).accepted); // wrong lot
        QVERIFY(session.scan(u"L1"_s).accepted);
        QVERIFY(!session.scan(u"1"_s).accepted); // a short pick asks for the quantity again
        const auto o = session.scan(u"1"_s);
        QCOMPARE(o.action, ScanSession::Action::Short);
        auto r = PickScanService(db(), workflow()).apply(m_picker, o);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QCOMPARE(r->backOrdered, 0);
        QCOMPARE(r->newTasks.size(), 1);
        const ScanTask &next = r->newTasks.constFirst();
        QCOMPARE(next.lotCode, u"L2"_s);
        QCOMPARE(next.locationCode, u"C-08-01-01"_s);
        QCOMPARE(next.quantity, 2);
        QCOMPARE(next.tote, t.tote); // same tote
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM pick_confirmations WHERE kind = 'short' AND quantity = 2"_s), 1);
        QCOMPARE(onHand(u"DIP-500"_s, u"A-02-01-01"_s), 4);
        QCOMPARE(status(900001), u"em_separacao"_s); // still two things to pick

        // The re-allocated task is worked like any other, lot L2 now.
        session.appendTasks(r->newTasks);
        QVERIFY(session.scan(u"C-08-01-01"_s).accepted);
        QVERIFY(!session.scan(u"(01)0%1(10)L1"_s.arg(next.gtin)).accepted);
        QVERIFY(session.scan(u"(01)0%1(10)L2"_s.arg(next.gtin)).accepted);
        const auto picked = session.scan(u"2"_s);
        QCOMPARE(picked.action, ScanSession::Action::Picked);
        QVERIFY(PickScanService(db(), workflow()).apply(m_picker, picked));
        QCOMPARE(onHand(u"DIP-500"_s, u"C-08-01-01"_s), 8);

        const PickTaskRow luva = taskOf(900001, u"LUV-M"_s);
        auto last = PickScanService(db(), workflow()).confirm(m_picker, luva.id, 1, 0);
        QVERIFY(last);
        QVERIFY(last->orderPicked);
        QCOMPARE(status(900001), u"separado"_s);
    }

    void shortPickWithNothingElseIsABackOrder()
    {
        const PickTaskRow t = taskOf(900002, u"ALC-70"_s);
        auto r = PickScanService(db(), workflow()).confirm(m_picker, t.id, 0, 3);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QCOMPARE(r->backOrdered, 3);
        QVERIFY(r->newTasks.isEmpty());
        QCOMPARE(m_f->scalar(u"SELECT SUM(quantity) FROM back_orders WHERE order_id = ? AND status = 'open'"_s,
                             {m_f->orders.value(900002)}),
                 3);
        const PickTaskRow mas = taskOf(900002, u"MAS-01"_s);
        auto done = PickScanService(db(), workflow()).confirm(m_picker, mas.id, 2, 0);
        QVERIFY(done);
        QVERIFY(!done->orderPicked); // waits for the back-order
        QCOMPARE(status(900002), u"em_separacao"_s);
        QCOMPARE(m_f->text(u"SELECT status FROM wave_orders WHERE order_id = ?"_s, {m_f->orders.value(900002)}), u"back_order"_s);
        QVERIFY(done->listDone || m_f->scalar(u"SELECT COUNT(*) FROM pick_tasks WHERE status = 'open'"_s) == 0);
        QCOMPARE(m_f->text(u"SELECT status FROM waves WHERE id = ?"_s, {m_wave.id}), u"done"_s);
        auto open = PickingRepository(db()).openBackOrders();
        QVERIFY(open);
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->constFirst().orderNumber, 900002);
        QCOMPARE(open->constFirst().sku, u"ALC-70"_s);
    }

    void packingRefusesMismatchesAndCompletes()
    {
        PackingService packing(db(), workflow());
        auto state = packing.open(u"900001"_s);
        QVERIFY2(state, state ? "" : qPrintable(state.error().text()));
        QCOMPARE(state->check.expectedUnits(), 4); // DIP-500 1 (L1) + 2 (L2), LUV-M 1
        const QString dip = pickingtest::gtinFor(1);
        const QString luva = pickingtest::gtinFor(2);

        auto r = packing.scan(m_picker, state->orderId, pickingtest::gtinFor(4)); // MAS-01: not in the order
        QVERIFY(r);
        QVERIFY(!r->accepted);
        QVERIFY(r->message.contains(u"900001"_s));
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM package_items"_s), 0);

        for (const QString &code : {dip, dip, u"(01)0%1(10)L2"_s.arg(dip), luva}) {
            r = packing.scan(m_picker, state->orderId, code);
            QVERIFY(r);
            QVERIFY2(r->accepted, qPrintable(r->message));
        }
        r = packing.scan(m_picker, state->orderId, luva); // one too many
        QVERIFY(!r->accepted);
        QVERIFY(r->state.complete());
        QCOMPARE(m_f->scalar(u"SELECT COUNT(*) FROM package_items"_s), 4);

        // Closing needs the weight and the size.
        QVERIFY(!packing.closePackage(m_picker, state->orderId, 0, 300, 200, 100));
        QVERIFY(!packing.closePackage(m_picker, state->orderId, 850, 300, 0, 100));
        QCOMPARE(status(900001), u"separado"_s);
        auto closed = packing.closePackage(m_picker, state->orderId, 850, 300, 200, 100);
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error().text()));
        QCOMPARE(status(900001), u"embalado"_s);
        QCOMPARE(closed->packages.size(), 1);
        QCOMPARE(closed->packages.constFirst().weightGrams, 850);
        QCOMPARE(closed->packages.constFirst().heightMm, 100);
        QCOMPARE(closed->packages.constFirst().status, u"closed"_s);

        // The tote code finds the order at the bench too.
        const QString tote = m_f->text(u"SELECT code FROM totes WHERE order_id = ?"_s, {m_f->orders.value(900003)});
        auto byTote = packing.open(tote);
        QVERIFY(byTote);
        QCOMPARE(byTote->orderNumber, 900003);
        // An order waiting for a back-order is packed but does not move on.
        auto waiting = packing.open(u"900002"_s);
        QVERIFY(waiting);
        QCOMPARE(waiting->check.expectedUnits(), 2);
    }

    void ledgersAreAppendOnly()
    {
        QVERIFY(!db().exec(u"UPDATE pick_confirmations SET quantity = 9"_s));
        QVERIFY(!db().exec(u"DELETE FROM package_items"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PickingData)
#include "tst_pickingdata.moc"
