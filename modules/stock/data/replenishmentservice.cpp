#include "stock/data/replenishmentservice.h"

#include "core/data/database.h"
#include "core/domain/civiltime.h"

#include <algorithm>

namespace stock {

core::Result<QList<ReplenishmentLine>> ReplenishmentService::suggestions() const
{
    QList<ReplenishmentLine> list;
    const QString today = core::CivilTime::today().toString(Qt::ISODate);
    // Pick faces below their minimum.
    auto faces = m_db.exec(QStringLiteral(
        "SELECT s.product_id, p.sku, p.name, s.pick_location_id, loc.code, s.pick_min_qty, s.pick_max_qty,"
        " COALESCE((SELECT SUM(b.on_hand) FROM stock_balances b WHERE b.product_id = s.product_id"
        "  AND b.location_id = s.pick_location_id), 0)"
        " FROM product_stock_settings s JOIN products p ON p.id = s.product_id"
        " JOIN locations loc ON loc.id = s.pick_location_id"
        " WHERE s.pick_location_id IS NOT NULL AND s.pick_min_qty > 0 ORDER BY loc.pick_sequence"));
    if (!faces)
        return faces.error();
    struct Face
    {
        QString product, sku, name, location, code;
        qint64 min, max, onHand;
    };
    QList<Face> low;
    while (faces->next()) {
        Face f{faces->value(0).toString(), faces->value(1).toString(), faces->value(2).toString(), faces->value(3).toString(),
               faces->value(4).toString(), faces->value(5).toLongLong(), faces->value(6).toLongLong(), faces->value(7).toLongLong()};
        if (f.onHand < f.min)
            low.append(f);
    }
    faces->finish();
    for (const Face &f : low) {
        qint64 need = std::max(f.max, f.min) - f.onHand;
        auto sources = m_db.exec(QStringLiteral(
                                     "SELECT b.location_id, loc.code, b.lot_id, l.lot_code, b.on_hand - b.reserved"
                                     " FROM stock_balances b JOIN locations loc ON loc.id = b.location_id"
                                     " LEFT JOIN lots l ON l.id = b.lot_id"
                                     " WHERE b.product_id = ? AND b.location_id <> ? AND loc.kind = 'reserve' AND loc.blocked = 0"
                                     " AND b.on_hand > b.reserved"
                                     " AND (b.lot_id IS NULL OR (l.blocked = 0 AND (l.expiry_date IS NULL OR l.expiry_date >= ?)))"
                                     " ORDER BY (l.expiry_date IS NULL), l.expiry_date, l.received_at, loc.pick_sequence"),
                                 {f.product, f.location, today});
        if (!sources)
            return sources.error();
        while (need > 0 && sources->next()) {
            ReplenishmentLine r;
            r.kind = ReplenishmentLine::Kind::Refill;
            r.productId = f.product;
            r.sku = f.sku;
            r.name = f.name;
            r.fromLocationId = sources->value(0).toString();
            r.fromCode = sources->value(1).toString();
            r.lotId = sources->value(2).toString();
            r.lotCode = sources->value(3).toString();
            r.toLocationId = f.location;
            r.toCode = f.code;
            r.current = f.onHand;
            r.minimum = f.min;
            r.maximum = f.max;
            r.quantity = std::min(need, sources->value(4).toLongLong());
            need -= r.quantity;
            list.append(r);
        }
    }
    // Products below their minimum in the whole warehouse: buy up to the maximum.
    auto products = m_db.exec(QStringLiteral(
        "SELECT s.product_id, p.sku, p.name, s.min_qty, s.max_qty,"
        " COALESCE((SELECT SUM(b.on_hand - b.reserved) FROM stock_balances b JOIN locations loc ON loc.id = b.location_id"
        "  WHERE b.product_id = s.product_id AND loc.kind IN ('pick', 'reserve', 'receiving')), 0) AS available"
        " FROM product_stock_settings s JOIN products p ON p.id = s.product_id"
        " WHERE s.min_qty > 0 AND p.active = ? ORDER BY p.sku"),
        {true});
    if (!products)
        return products.error();
    while (products->next()) {
        const qint64 min = products->value(3).toLongLong();
        const qint64 max = std::max(products->value(4).toLongLong(), min);
        const qint64 available = products->value(5).toLongLong();
        if (available >= min)
            continue;
        ReplenishmentLine r;
        r.kind = ReplenishmentLine::Kind::Purchase;
        r.productId = products->value(0).toString();
        r.sku = products->value(1).toString();
        r.name = products->value(2).toString();
        r.current = available;
        r.minimum = min;
        r.maximum = max;
        r.quantity = max - available;
        list.append(r);
    }
    return list;
}

} // namespace stock
