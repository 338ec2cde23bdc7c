#include "stock/data/stockdemo.h"

#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/civiltime.h"
#include "core/domain/session.h"
#include "stock/data/locationservice.h"
#include "stock/data/lotrepository.h"
#include "stock/data/reservationservice.h"
#include "stock/data/stockservice.h"

#include <QHash>

#include <algorithm>

namespace stock {

namespace {

constexpr int kAisles = 20;
constexpr int kRacks = 25;
constexpr int kLevels = 4;
constexpr int kColdAisles = 2; // the last aisles (S, T)

} // namespace

core::Result<StockDemoSummary> StockDemo::create(const core::Session &session, const QDate &today)
{
    StockDemoSummary summary;
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM warehouses"));
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0)
        return summary;
    const QDate day = today.isValid() ? today : core::CivilTime::today();

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    LocationService locations(m_db);
    auto warehouse = locations.createWarehouse(session, QStringLiteral("CD1"), QStringLiteral("Centro de distribuição"));
    if (!warehouse)
        return warehouse.error();
    LayoutSpec spec;
    spec.aisles = kAisles;
    spec.racks = kRacks;
    spec.levels = kLevels;
    spec.zoneFor = [](int aisle, int level) {
        if (aisle >= kAisles - kColdAisles)
            return QStringLiteral("COLD");
        return level <= 2 ? QStringLiteral("PICK") : QStringLiteral("RESERVE");
    };
    spec.kindFor = [](int, int level) { return level <= 2 ? LocationKind::Pick : LocationKind::Reserve; };
    auto made = locations.createLayout(session, *warehouse, spec);
    if (!made)
        return made.error();
    summary.locations = *made;
    auto dock = locations.receivingLocation(session, *warehouse);
    if (!dock)
        return dock.error();
    Location shipping;
    shipping.warehouseId = *warehouse;
    shipping.code = QStringLiteral("EXPEDICAO");
    shipping.zone = QStringLiteral("SHIPPING");
    shipping.kind = LocationKind::Shipping;
    if (auto s = locations.addLocation(session, shipping); !s)
        return s.error();
    summary.locations += 2;

    auto all = locations.list(*warehouse);
    if (!all)
        return all.error();
    QList<Location> pickFaces, reserves, coldFaces, coldReserves;
    for (const Location &l : *all) {
        if (l.zone == u"COLD")
            (l.kind == LocationKind::Pick ? coldFaces : coldReserves).append(l);
        else if (l.zone == u"PICK")
            pickFaces.append(l);
        else if (l.zone == u"RESERVE")
            reserves.append(l);
    }

    // Demand of the orders waiting for stock, so the demo reserves most of them.
    QHash<QString, qint64> demand;
    auto d = m_db.exec(QStringLiteral("SELECT i.product_id, SUM(i.quantity) FROM orders o JOIN order_items i ON i.order_id = o.id"
                                      " WHERE o.status IN ('pago', 'em_separacao') GROUP BY i.product_id"));
    if (!d)
        return d.error();
    while (d->next())
        demand.insert(d->value(0).toString(), d->value(1).toLongLong());
    d->finish();

    struct Product
    {
        QString id, sku;
        bool lots;
        qint64 demand;
    };
    QList<Product> products;
    auto p = m_db.exec(QStringLiteral("SELECT id, sku, lot_controlled FROM products WHERE active = ? ORDER BY sku"), {true});
    if (!p)
        return p.error();
    while (p->next()) {
        const QString id = p->value(0).toString();
        products.append({id, p->value(1).toString(), p->value(2).toBool(), demand.value(id)});
    }
    p->finish();
    // ABC by demand: the top fifth A, the next 30 % B, the rest C.
    QList<int> rank(products.size());
    for (int i = 0; i < rank.size(); ++i)
        rank[i] = i;
    std::stable_sort(rank.begin(), rank.end(), [&](int a, int b) { return products[a].demand > products[b].demand; });
    QHash<QString, QString> abc;
    for (int r = 0; r < rank.size(); ++r) {
        const double share = double(r) / std::max<qsizetype>(1, rank.size());
        abc.insert(products[rank[r]].id, share < 0.2 ? QStringLiteral("A") : share < 0.5 ? QStringLiteral("B") : QStringLiteral("C"));
    }

    LotRepository lots(m_db);
    StockService stock(m_db);
    int coldIndex = 0, normalIndex = 0;
    for (int i = 0; i < products.size(); ++i) {
        const Product &prod = products[i];
        const bool cold = prod.lots && i % 5 == 0 && !coldFaces.isEmpty();
        QList<Location> &faces = cold ? coldFaces : pickFaces;
        QList<Location> &backs = cold ? coldReserves : reserves;
        int &slot = cold ? coldIndex : normalIndex;
        if (faces.isEmpty() || backs.isEmpty())
            break;
        const Location face = faces[slot % faces.size()];
        const Location back = backs[slot % backs.size()];
        ++slot;

        ProductStockSettings s;
        s.productId = prod.id;
        s.controlsExpiry = prod.lots;
        s.storageConditions = cold ? QStringLiteral("refrigerado 2–8 °C") : QStringLiteral("ambiente");
        s.storageZone = cold ? QStringLiteral("COLD") : QString();
        s.abcClass = abc.value(prod.id);
        s.minQty = prod.demand / 2 + 10;
        s.maxQty = prod.demand * 2 + 60;
        s.pickLocationId = face.id;
        s.pickMinQty = 10;
        s.pickMaxQty = 60;
        if (auto saved = lots.saveSettings(session, s); !saved)
            return saved.error();

        // A few products get less than their demand, so shortages show on some orders.
        const qint64 target = i % 17 == 3 ? prod.demand / 2 : prod.demand + prod.demand / 10 + 20;
        auto receive = [&](const QString &lotId, const QString &locationId, qint64 qty) -> core::Result<> {
            if (qty <= 0)
                return {};
            Movement m;
            m.kind = MovementKind::Receipt;
            m.productId = prod.id;
            m.lotId = lotId;
            m.toLocationId = locationId;
            m.quantity = qty;
            m.document = QStringLiteral("receipt:demo");
            m.reason = QStringLiteral("Estoque inicial (demo)");
            auto moved = stock.move(session, m);
            if (!moved)
                return moved.error();
            ++summary.movements;
            return {};
        };
        if (!prod.lots) {
            const qint64 front = std::min<qint64>(target, 60);
            if (auto r = receive({}, face.id, front); !r)
                return r.error();
            if (auto r = receive({}, back.id, target - front); !r)
                return r.error();
        } else {
            const QString suffix = prod.sku.right(3);
            auto lot = [&](int monthsAhead, int daysAhead) -> core::Result<QString> {
                const QDate expiry = day.addMonths(monthsAhead).addDays(daysAhead);
                auto l = lots.findOrCreate(session, prod.id, QStringLiteral("L%1%2").arg(expiry.toString(QStringLiteral("yyMMdd")), suffix),
                                           expiry, expiry.addYears(-2));
                if (!l)
                    return l.error();
                ++summary.lots;
                return l->id;
            };
            auto near = lot(0, 25 + i % 20);     // near expiry: goes first by FEFO
            auto later = lot(14, i % 28);        // a year and more ahead
            if (!near || !later)
                return !near ? near.error() : later.error();
            const qint64 nearQty = target * 2 / 5;
            if (auto r = receive(*near, face.id, std::min<qint64>(nearQty, 60)); !r)
                return r.error();
            if (auto r = receive(*near, back.id, nearQty - std::min<qint64>(nearQty, 60)); !r)
                return r.error();
            if (auto r = receive(*later, back.id, target - nearQty); !r)
                return r.error();
            if (i % 4 == 1) { // an expired remainder, never reserved, listed for write-off
                auto old = lot(0, -(5 + i % 30));
                if (!old)
                    return old.error();
                if (auto r = receive(*old, back.id, 3 + i % 5); !r)
                    return r.error();
            }
            if (i % 11 == 2) { // a lot on quality hold
                auto held = lot(8, 0);
                if (!held)
                    return held.error();
                if (auto r = receive(*held, back.id, 12); !r)
                    return r.error();
                if (auto b = lots.setBlocked(session, *held, true, QStringLiteral("Quarentena: laudo pendente")); !b)
                    return b.error();
            }
        }
        ++summary.products;
    }

    QStringList orderIds;
    auto o = m_db.exec(QStringLiteral("SELECT id FROM orders WHERE status IN ('pago', 'em_separacao') ORDER BY placed_at, id"));
    if (!o)
        return o.error();
    while (o->next())
        orderIds << o->value(0).toString();
    o->finish();
    ReservationService reservations(m_db);
    for (const QString &id : orderIds) {
        auto r = reservations.reserveOrder(session, id, day);
        if (!r)
            return r.error();
        ++summary.reservedOrders;
        if (!r->shortages.isEmpty())
            ++summary.shortOrders;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    summary.created = true;
    return summary;
}

} // namespace stock
