#include "billing/workflow/billingactions.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/domainevents.h"
#include "orders/ordersmodule.h"
#include "orders/workflow/orderworkflow.h"
#include "stock/data/countservice.h"
#include "stock/data/locationservice.h"
#include "stock/data/lotrepository.h"
#include "stock/data/receivingservice.h"
#include "stock/data/replenishmentservice.h"
#include "stock/data/reservationservice.h"
#include "stock/data/stockqueries.h"
#include "stock/data/stockservice.h"
#include "stock/domain/serpentine.h"
#include "stock/stockmodule.h"
#include "testdatabase.h"

#include <QTest>

using namespace stock;

// Stock as a supervisor relies on it: FEFO reservations that never touch expired or blocked
// lots, stock that never goes negative, reservation and release through the order workflow,
// receiving with put-away, counts posted as movements, the recall report and the ledger that
// cannot be rewritten.
class tst_Stock : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    orders::OrdersModule m_orders;
    StockModule m_stock;
    core::Session m_admin;
    QString m_warehouse;
    QDate m_today;
    QStringList m_usedOrders;

    core::Database &db() { return m_t.db(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }
    qint64 number(const QString &sql, const QVariantList &bindings = {}) { return value(sql, bindings).toLongLong(); }

    QString location(const QString &code) { return LocationService(db()).find(code, m_warehouse)->id; }

    /// A fresh product of the demo catalogue (lot-controlled or not), with settings.
    QString product(bool lotControlled, const QString &zone = {})
    {
        static int offset = 0;
        const QString id = value(QStringLiteral("SELECT id FROM products WHERE lot_controlled = ? ORDER BY sku LIMIT 1 OFFSET ?"),
                                 {lotControlled, offset++})
                               .toString();
        ProductStockSettings s;
        s.productId = id;
        s.controlsExpiry = lotControlled;
        s.storageZone = zone;
        if (!LotRepository(db()).saveSettings(m_admin, s))
            return {};
        return id;
    }

    QString lot(const QString &productId, const QString &code, int expiresInDays, bool blocked = false)
    {
        auto l = LotRepository(db()).findOrCreate(m_admin, productId, code, m_today.addDays(expiresInDays));
        if (!l)
            return {};
        if (blocked && !LotRepository(db()).setBlocked(m_admin, l->id, true, QStringLiteral("quarentena")))
            return {};
        return l->id;
    }

    bool put(const QString &productId, const QString &lotId, const QString &code, qint64 qty)
    {
        Movement m;
        m.kind = MovementKind::Receipt;
        m.productId = productId;
        m.lotId = lotId;
        m.toLocationId = location(code);
        m.quantity = qty;
        auto moved = StockService(db()).move(m_admin, m);
        if (!moved)
            qWarning() << moved.error().text();
        return moved.ok();
    }

    qint64 onHand(const QString &productId, const QString &code, const QString &lotId = {})
    {
        return number(QStringLiteral("SELECT COALESCE(SUM(on_hand), 0) FROM stock_balances WHERE product_id = ? AND location_id = ? AND lot_key = ?"),
                      {productId, location(code), lotId});
    }

    /// A one-line demo order (not used by another test) now asking for `qty` of `productId`, in `status`.
    QString orderFor(const QString &productId, qint64 qty, const QString &status = QStringLiteral("novo"))
    {
        const QString id = value(QStringLiteral("SELECT order_id FROM order_items GROUP BY order_id HAVING COUNT(*) = 1"
                                                " ORDER BY order_id LIMIT 1 OFFSET ?"),
                                 {m_usedOrders.size()})
                               .toString();
        m_usedOrders << id;
        const QString sku = value(QStringLiteral("SELECT sku FROM products WHERE id = ?"), {productId}).toString();
        (void)db().exec(QStringLiteral("UPDATE order_items SET product_id = ?, sku = ?, quantity = ? WHERE order_id = ?"),
                        {productId, sku, qty, id});
        (void)db().exec(QStringLiteral("UPDATE orders SET status = ?, payment_method = 'pix' WHERE id = ?"), {status, id});
        return id;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(300), qPrintable(m_t.error()));
        m_admin = m_t.admin();
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_admin);
        QVERIFY(m_orders.initialize(*m_context).ok());
        QVERIFY(m_stock.initialize(*m_context).ok());
        billing::registerBillingActions(m_context->workflowActions()); // cancelado cancels boletos
        m_today = core::CivilTime::today();
        LocationService locations(db());
        auto w = locations.createWarehouse(m_admin, QStringLiteral("t1"), QStringLiteral("Teste"));
        QVERIFY2(w, w ? "" : qPrintable(w.error().text()));
        m_warehouse = *w;
        LayoutSpec spec;
        spec.aisles = 3;
        spec.racks = 4;
        spec.levels = 2;
        spec.zoneFor = [](int aisle, int level) {
            return aisle == 2 ? QStringLiteral("COLD") : level == 1 ? QStringLiteral("PICK") : QStringLiteral("RESERVE");
        };
        spec.kindFor = [](int, int level) { return level == 1 ? LocationKind::Pick : LocationKind::Reserve; };
        auto made = locations.createLayout(m_admin, m_warehouse, spec);
        QVERIFY2(made, made ? "" : qPrintable(made.error().text()));
        QCOMPARE(*made, 24);
    }

    void walkingOrderIsASerpentine()
    {
        // Aisle A walked up (rack 1 → 4), aisle B down (4 → 1), C up again; levels within a rack.
        auto list = LocationService(db()).list(m_warehouse);
        QVERIFY(list);
        QStringList walk;
        for (const Location &l : *list)
            walk << l.code;
        QCOMPARE(walk.mid(0, 10), (QStringList{"A-01-01-01", "A-01-02-01", "A-02-01-01", "A-02-02-01", "A-03-01-01", "A-03-02-01",
                                               "A-04-01-01", "A-04-02-01", "B-04-01-01", "B-04-02-01"}));
        QCOMPARE(walk.mid(14, 4), (QStringList{"B-01-01-01", "B-01-02-01", "C-01-01-01", "C-01-02-01"}));
        QCOMPARE(list->at(0).pickSequence, 1);
        QCOMPARE(list->constLast().pickSequence, 24);
        // Adding a location renumbers the walk: A-02-03-01 comes after A-02-02-01.
        Location extra;
        extra.warehouseId = m_warehouse;
        extra.aisle = QStringLiteral("A");
        extra.rack = 2;
        extra.level = 3;
        extra.position = 1;
        extra.zone = QStringLiteral("RESERVE");
        extra.kind = LocationKind::Reserve;
        auto added = LocationService(db()).addLocation(m_admin, extra);
        QVERIFY(added);
        QCOMPARE(number(QStringLiteral("SELECT pick_sequence FROM locations WHERE id = ?"), {*added}), 5);
        QCOMPARE(number(QStringLiteral("SELECT pick_sequence FROM locations WHERE code = 'C-04-02-01'")), 25);
    }

    void fefoSkipsExpiredAndBlockedLots()
    {
        const QString p = product(true);
        const QString expired = lot(p, QStringLiteral("VENCIDO"), -1);
        const QString blocked = lot(p, QStringLiteral("BLOQ"), 5, true);
        const QString soon = lot(p, QStringLiteral("CEDO"), 20);
        const QString later = lot(p, QStringLiteral("TARDE"), 90);
        QVERIFY(put(p, expired, QStringLiteral("A-01-01-01"), 10));
        QVERIFY(put(p, blocked, QStringLiteral("A-01-01-01"), 10));
        QVERIFY(put(p, later, QStringLiteral("A-01-01-01"), 10));
        QVERIFY(put(p, soon, QStringLiteral("A-02-02-01"), 3)); // in reserve, but expires first

        const QString order = orderFor(p, 5);
        auto r = ReservationService(db()).reserveOrder(m_admin, order, m_today);
        QVERIFY2(r, r ? "" : qPrintable(r.error().text()));
        QVERIFY(r->shortages.isEmpty());
        QCOMPARE(r->lines.size(), 2);
        qint64 fromSoon = 0, fromLater = 0;
        for (const ReservationLine &l : r->lines) {
            QVERIFY(l.lotId != expired && l.lotId != blocked);
            (l.lotId == soon ? fromSoon : fromLater) += l.quantity;
        }
        QCOMPARE(fromSoon, 3);
        QCOMPARE(fromLater, 2);
        auto pos = StockService(db()).position(p);
        QVERIFY(pos);
        QCOMPARE(pos->onHand, 33);
        QCOMPARE(pos->reserved, 5);
        QCOMPARE(pos->available(), 28);
        QCOMPARE(pos->usable, 8); // expired and blocked lots cannot be promised

        // What is left promisable is 8: an order for 12 is 4 short, and says so on its timeline.
        const QString big = orderFor(p, 12);
        auto shortRes = ReservationService(db()).reserveOrder(m_admin, big, m_today);
        QVERIFY(shortRes);
        QCOMPARE(shortRes->shortages.size(), 1);
        QCOMPARE(shortRes->shortages.constFirst().shortQuantity(), 4);
        auto shortages = ReservationService(db()).shortages(big);
        QVERIFY(shortages);
        QCOMPARE(shortages->size(), 1);
        QCOMPARE(shortages->constFirst().reserved, 8);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'stock'"), {big}), 1);
        // Reserving again does nothing.
        auto again = ReservationService(db()).reserveOrder(m_admin, big, m_today);
        QVERIFY(again && again->alreadyReserved && again->lines.isEmpty());
    }

    void withoutLotsPickFaceBeforeReserveAndBlockedLocationsSkipped()
    {
        const QString p = product(false);
        QVERIFY(put(p, {}, QStringLiteral("A-03-02-01"), 10)); // reserve
        QVERIFY(put(p, {}, QStringLiteral("B-03-01-01"), 4));  // pick face
        QVERIFY(put(p, {}, QStringLiteral("A-04-01-01"), 50)); // pick face, blocked below
        QVERIFY(LocationService(db()).setBlocked(m_admin, location(QStringLiteral("A-04-01-01")), true, QStringLiteral("avaria")));
        auto r = ReservationService(db()).reserveOrder(m_admin, orderFor(p, 6), m_today);
        QVERIFY(r);
        QCOMPARE(r->lines.size(), 2);
        QCOMPARE(r->lines.at(0).locationCode + r->lines.at(1).locationCode, QStringLiteral("A-03-02-01B-03-01-01"));
        for (const ReservationLine &l : r->lines)
            QCOMPARE(l.quantity, l.locationCode == u"B-03-01-01" ? 4 : 2);
        // A blocked location takes nothing in either.
        Movement in;
        in.kind = MovementKind::Transfer;
        in.productId = p;
        in.fromLocationId = location(QStringLiteral("A-03-02-01"));
        in.toLocationId = location(QStringLiteral("A-04-01-01"));
        in.quantity = 1;
        auto refused = StockService(db()).move(m_admin, in);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QLatin1String("blocked")));
    }

    void negativeStockIsRefusedWithAMessage()
    {
        const QString p = product(false);
        QVERIFY(put(p, {}, QStringLiteral("C-01-01-01"), 10));
        const qint64 movements = number(QStringLiteral("SELECT COUNT(*) FROM stock_movements"));
        Movement out;
        out.kind = MovementKind::WriteOff;
        out.productId = p;
        out.fromLocationId = location(QStringLiteral("C-01-01-01"));
        out.quantity = 11;
        out.reason = QStringLiteral("avaria");
        auto refused = StockService(db()).move(m_admin, out);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::Validation);
        QVERIFY2(refused.error().message.contains(QLatin1String("has 10 on hand, not 11")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("C-01-01-01")));
        QCOMPARE(onHand(p, QStringLiteral("C-01-01-01")), 10);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM stock_movements")), movements);
        // Reserved units cannot be moved away either.
        auto r = ReservationService(db()).reserveOrder(m_admin, orderFor(p, 7), m_today);
        QVERIFY(r && r->shortages.isEmpty());
        out.quantity = 4;
        auto reservedRefused = StockService(db()).move(m_admin, out);
        QVERIFY(!reservedRefused);
        QVERIFY2(reservedRefused.error().message.contains(QLatin1String("7 of them reserved")), qPrintable(reservedRefused.error().message));
        out.quantity = 3;
        QVERIFY(StockService(db()).move(m_admin, out));
        QCOMPARE(onHand(p, QStringLiteral("C-01-01-01")), 7);
        // A lot-controlled product needs its lot.
        const QString lp = product(true);
        out.productId = lp;
        QVERIFY(!StockService(db()).move(m_admin, out));
    }

    void workflowReservesOnPagoAndReleasesOnCancelado()
    {
        const QString p = product(false);
        QVERIFY(put(p, {}, QStringLiteral("B-02-01-01"), 20));
        const QString order = orderFor(p, 6);
        auto *workflow = m_context->service<orders::OrderWorkflow>();
        QVERIFY(workflow);
        auto paid = workflow->advance(m_admin, order, QStringLiteral("payment_confirmed"), QStringLiteral("pix"));
        QVERIFY2(paid, paid ? "" : qPrintable(paid.error().text()));
        QCOMPARE(*paid, QStringLiteral("pago"));
        QCOMPARE(number(QStringLiteral("SELECT SUM(quantity) FROM stock_reservations WHERE order_id = ? AND status = 'active'"), {order}), 6);
        QCOMPARE(number(QStringLiteral("SELECT reserved FROM stock_balances WHERE product_id = ?"), {p}), 6);
        auto lines = ReservationService(db()).reservationsForOrders({order});
        QVERIFY(lines && lines->size() == 1);
        QCOMPARE(lines->constFirst().locationCode, QStringLiteral("B-02-01-01"));
        QVERIFY(lines->constFirst().pickSequence > 0);

        auto cancelled = workflow->advance(m_admin, order, QStringLiteral("cancel"), QStringLiteral("cliente desistiu"));
        QVERIFY2(cancelled, cancelled ? "" : qPrintable(cancelled.error().text()));
        QCOMPARE(*cancelled, QStringLiteral("cancelado"));
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM stock_reservations WHERE order_id = ? AND status = 'active'"), {order}), 0);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM stock_reservations WHERE order_id = ? AND status = 'released'"), {order}), 1);
        QCOMPARE(number(QStringLiteral("SELECT reserved FROM stock_balances WHERE product_id = ?"), {p}), 0);
        QCOMPARE(onHand(p, QStringLiteral("B-02-01-01")), 20);
    }

    void pickConsumesAndShortPickReallocates()
    {
        const QString p = product(true);
        const QString a = lot(p, QStringLiteral("PA"), 30);
        const QString b = lot(p, QStringLiteral("PB"), 60);
        QVERIFY(put(p, a, QStringLiteral("A-01-01-01"), 4));
        QVERIFY(put(p, b, QStringLiteral("A-03-01-01"), 10));
        const QString order = orderFor(p, 4);
        auto r = ReservationService(db()).reserveOrder(m_admin, order, m_today);
        QVERIFY(r && r->lines.size() == 1 && r->lines.constFirst().lotId == a);
        ReservationService reservations(db());
        // Only 1 of the 4 is found: pick it, the 3 missing go to lot PB.
        QVERIFY(reservations.consume(m_admin, r->lines.constFirst().reservationId, 1));
        auto moved = reservations.reallocate(m_admin, r->lines.constFirst().reservationId, 3, m_today);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().text()));
        QCOMPARE(moved->backorderQuantity, 0);
        QCOMPARE(moved->lines.size(), 1);
        QCOMPARE(moved->lines.constFirst().lotId, b);
        QCOMPARE(value(QStringLiteral("SELECT status FROM stock_reservations WHERE id = ?"), {r->lines.constFirst().reservationId}).toString(),
                 QStringLiteral("picked"));
        QCOMPARE(onHand(p, QStringLiteral("A-01-01-01"), a), 3);
        QCOMPARE(number(QStringLiteral("SELECT reserved FROM stock_balances WHERE product_id = ? AND lot_key = ?"), {p, a}), 0);
        QCOMPARE(number(QStringLiteral("SELECT reserved FROM stock_balances WHERE product_id = ? AND lot_key = ?"), {p, b}), 3);
    }

    void recallListsEveryOrderThatReceivedTheLot()
    {
        const QString p = product(true);
        const QString l = lot(p, QStringLiteral("RECALL-7"), 120);
        QVERIFY(put(p, l, QStringLiteral("B-01-01-01"), 10));
        ReservationService reservations(db());
        QList<qint64> numbers;
        for (int i = 0; i < 2; ++i) {
            const QString order = orderFor(p, 2 + i);
            numbers << number(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {order});
            auto r = reservations.reserveOrder(m_admin, order, m_today);
            QVERIFY(r && r->lines.size() == 1);
            QVERIFY(reservations.consume(m_admin, r->lines.constFirst().reservationId, 2 + i));
        }
        const QString unpicked = orderFor(p, 1);
        QVERIFY(reservations.reserveOrder(m_admin, unpicked, m_today));
        auto recall = StockQueries(db()).recall(QStringLiteral("recall-7"));
        QVERIFY(recall);
        QCOMPARE(recall->size(), 2); // reserved but not picked: did not receive it
        QCOMPARE(recall->at(0).orderNumber, numbers.at(0));
        QCOMPARE(recall->at(1).orderNumber, numbers.at(1));
        QCOMPARE(recall->at(1).quantity, 3);
        const QString customer = value(QStringLiteral("SELECT c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.number = ?"),
                                       {numbers.at(0)})
                                     .toString();
        QCOMPARE(recall->at(0).customerName, customer);
        QVERIFY(!recall->at(0).customerDocument.isEmpty());
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE lot_id = ? AND kind = 'pick'"), {l}), 2);
        // Ctrl+K with the lot printed on a package finds its product.
        const auto hits = m_stock.search(*m_context, QStringLiteral("recall-7"), 10);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.constFirst().id, p);
    }

    void receivingCapturesLotAndSuggestsPutaway()
    {
        const QString stocked = product(true);
        const QString fresh = product(true, QStringLiteral("COLD"));
        QVERIFY(put(stocked, lot(stocked, QStringLiteral("OLD1"), 200), QStringLiteral("C-02-01-01"), 5));
        ReceivingService receiving(db());
        auto receipt = receiving.createReceipt(m_admin, m_warehouse, QStringLiteral("NF 4512"), QStringLiteral("Fornecedor"),
                                               {{stocked, 10}, {fresh, 6}});
        QVERIFY2(receipt, receipt ? "" : qPrintable(receipt.error().text()));
        const QString gtin = value(QStringLiteral("SELECT gtin FROM products WHERE id = ?"), {stocked}).toString();
        // Scanner: GTIN, lot, expiry, quantity.
        auto got = receiving.receive(m_admin, {*receipt, gtin, QStringLiteral("nf4512a"), m_today.addDays(300), 10});
        QVERIFY2(got, got ? "" : qPrintable(got.error().text()));
        QCOMPARE(got->receivedSoFar, 10);
        QCOMPARE(got->suggestion.locationCode, QStringLiteral("C-02-01-01")); // where the product already is
        QCOMPARE(value(QStringLiteral("SELECT lot_code FROM lots WHERE id = ?"), {got->lotId}).toString(), QStringLiteral("NF4512A"));
        QCOMPARE(value(QStringLiteral("SELECT expiry_date FROM lots WHERE id = ?"), {got->lotId}).toString(),
                 m_today.addDays(300).toString(Qt::ISODate));
        QVERIFY(receiving.putaway(m_admin, m_warehouse, stocked, got->lotId, 10, got->suggestion.locationCode));
        QCOMPARE(onHand(stocked, QStringLiteral("C-02-01-01"), got->lotId), 10);
        QCOMPARE(number(QStringLiteral("SELECT COALESCE(SUM(on_hand), 0) FROM stock_balances b JOIN locations l ON l.id = b.location_id"
                                       " WHERE l.kind = 'receiving' AND b.product_id = ?"),
                        {stocked}),
                 0);
        // Over the receipt, a missing expiry, an unexpected product: refused.
        QVERIFY(!receiving.receive(m_admin, {*receipt, gtin, QStringLiteral("NF4512A"), m_today.addDays(300), 1}));
        const QString freshGtin = value(QStringLiteral("SELECT gtin FROM products WHERE id = ?"), {fresh}).toString();
        auto noExpiry = receiving.receive(m_admin, {*receipt, freshGtin, QStringLiteral("X1"), {}, 6});
        QVERIFY(!noExpiry);
        QCOMPARE(noExpiry.error().where, QStringLiteral("expiry"));
        const QString other = value(QStringLiteral("SELECT gtin FROM products WHERE id NOT IN (?, ?) LIMIT 1"), {stocked, fresh}).toString();
        QVERIFY(!receiving.receive(m_admin, {*receipt, other, QStringLiteral("X1"), m_today.addDays(10), 1}));
        // A product stocked nowhere: a free location of its storage zone.
        auto coldOne = receiving.receive(m_admin, {*receipt, freshGtin, QStringLiteral("X1"), m_today.addDays(100), 6});
        QVERIFY(coldOne);
        QCOMPARE(coldOne->suggestion.zone, QStringLiteral("COLD"));
        QVERIFY(coldOne->suggestion.locationCode.startsWith(u'C'));
    }

    void countDifferencesArePostedByTheSupervisor()
    {
        const QString p = product(false);
        QVERIFY(put(p, {}, QStringLiteral("C-03-01-01"), 8));
        QVERIFY(put(p, {}, QStringLiteral("C-03-02-01"), 5));
        CountService counts(db());
        auto count = counts.start(m_admin, m_warehouse, QStringLiteral("zone"), QStringLiteral("cold"));
        QVERIFY2(count, count ? "" : qPrintable(count.error().text()));
        const QString gtin = value(QStringLiteral("SELECT gtin FROM products WHERE id = ?"), {p}).toString();
        // Blind count: six scans in C-03-01-01, seven typed in C-03-02-01.
        for (int i = 0; i < 6; ++i)
            QVERIFY(counts.scan(m_admin, *count, QStringLiteral("c-03-01-01"), gtin));
        QVERIFY(counts.scan(m_admin, *count, QStringLiteral("C-03-02-01"), gtin, {}, 7));
        auto review = counts.review(*count);
        QVERIFY(review);
        qint64 totalDifference = 0;
        for (const CountLine &l : *review) {
            if (l.productId == p)
                totalDifference += l.difference();
        }
        QCOMPARE(totalDifference, 0); // −2 and +2
        auto posted = counts.post(m_admin, *count);
        QVERIFY2(posted, posted ? "" : qPrintable(posted.error().text()));
        QCOMPARE(onHand(p, QStringLiteral("C-03-01-01")), 6);
        QCOMPARE(onHand(p, QStringLiteral("C-03-02-01")), 7);
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM stock_movements WHERE kind = 'count_difference' AND product_id = ?"
                                       " AND document = ?"),
                        {p, QStringLiteral("count:") + *count}),
                 2);
        QVERIFY(!counts.post(m_admin, *count)); // posted once
    }

    void replenishmentRefillsThePickFace()
    {
        const QString p = product(false);
        ProductStockSettings s = *LotRepository(db()).settings(p);
        s.pickLocationId = location(QStringLiteral("A-02-01-01"));
        s.pickMinQty = 5;
        s.pickMaxQty = 20;
        s.minQty = 100;
        s.maxQty = 200;
        QVERIFY(LotRepository(db()).saveSettings(m_admin, s));
        QVERIFY(put(p, {}, QStringLiteral("A-02-01-01"), 2));
        QVERIFY(put(p, {}, QStringLiteral("B-04-02-01"), 30));
        auto lines = ReplenishmentService(db()).suggestions();
        QVERIFY(lines);
        bool refill = false, purchase = false;
        for (const ReplenishmentLine &l : *lines) {
            if (l.productId != p)
                continue;
            if (l.kind == ReplenishmentLine::Kind::Refill) {
                refill = true;
                QCOMPARE(l.fromCode, QStringLiteral("B-04-02-01"));
                QCOMPARE(l.quantity, 18);
            } else {
                purchase = true;
                QCOMPARE(l.quantity, 200 - 32);
            }
        }
        QVERIFY(refill && purchase);
    }

    void movementsAreAppendOnlyAndBalancesRebuild()
    {
        QVERIFY(number(QStringLiteral("SELECT COUNT(*) FROM stock_movements")) > 0);
        QVERIFY(!db().exec(QStringLiteral("UPDATE stock_movements SET quantity = quantity + 1")));
        QVERIFY(!db().exec(QStringLiteral("DELETE FROM stock_movements")));
        const qint64 onHandBefore = number(QStringLiteral("SELECT SUM(on_hand) FROM stock_balances"));
        const qint64 reservedBefore = number(QStringLiteral("SELECT SUM(reserved) FROM stock_balances"));
        QVERIFY(StockService(db()).rebuildBalances(m_admin));
        QCOMPARE(number(QStringLiteral("SELECT SUM(on_hand) FROM stock_balances")), onHandBefore);
        QCOMPARE(number(QStringLiteral("SELECT SUM(reserved) FROM stock_balances")), reservedBefore);
        // Every movement went to the sync outbox.
        QCOMPARE(number(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE table_name = 'stock_movements'")),
                 number(QStringLiteral("SELECT COUNT(*) FROM stock_movements")));
    }

    void officeStaffCannotMoveStock()
    {
        const core::Session office = m_t.createUser(QStringLiteral("escritorio"), core::Role::Office);
        Movement m;
        m.kind = MovementKind::Adjustment;
        m.productId = product(false);
        m.toLocationId = location(QStringLiteral("A-01-01-01"));
        m.quantity = 1;
        auto refused = StockService(db()).move(office, m);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::Forbidden);
    }
};

QTEST_GUILESS_MAIN(tst_Stock)
#include "tst_stock.moc"
