#include "stock/data/reservationservice.h"

#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/civiltime.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "stock/data/stockdb.h"
#include "stock/data/stockservice.h"
#include "stock/domain/stocktr.h"

namespace stock {

namespace {

struct Allocation
{
    QString locationId;
    QString lotId;
    qint64 quantity = 0;
};

/// FEFO candidates for `productId`: balances with something available, in promisable locations
/// (pick, reserve; not blocked), lots neither blocked nor expired before `today`. First to expire
/// first; lots without expiry by first receipt; within a lot the pick face before reserve, then
/// the walking order.
core::Result<QList<Allocation>> allocate(core::Database &db, const QString &productId, qint64 quantity, const QDate &today,
                                         const QString &excludeLocation = {}, const QString &excludeLotKey = {})
{
    auto q = db.exec(QStringLiteral(
                         "SELECT b.location_id, b.lot_id, b.lot_key, b.on_hand - b.reserved"
                         " FROM stock_balances b JOIN locations loc ON loc.id = b.location_id"
                         " LEFT JOIN lots l ON l.id = b.lot_id"
                         " WHERE b.product_id = ? AND b.on_hand > b.reserved AND loc.blocked = 0"
                         " AND loc.kind IN ('pick', 'reserve')"
                         " AND (b.lot_id IS NULL OR (l.blocked = 0 AND (l.expiry_date IS NULL OR l.expiry_date >= ?)))"
                         " ORDER BY (l.expiry_date IS NULL), l.expiry_date, l.received_at, l.lot_code,"
                         " CASE loc.kind WHEN 'pick' THEN 0 ELSE 1 END, loc.pick_sequence"),
                     {productId, today.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    QList<Allocation> list;
    qint64 left = quantity;
    while (left > 0 && q->next()) {
        const QString location = q->value(0).toString();
        const QString lotKey = q->value(2).toString();
        if (!excludeLocation.isEmpty() && location == excludeLocation && lotKey == excludeLotKey)
            continue;
        const qint64 take = std::min(left, q->value(3).toLongLong());
        if (take <= 0)
            continue;
        list.append({location, q->value(1).toString(), take});
        left -= take;
    }
    return list;
}

core::Result<> changeReserved(core::Database &db, const QString &productId, const QString &locationId, const QString &lotId,
                              qint64 delta)
{
    auto upd = db.exec(QStringLiteral("UPDATE stock_balances SET reserved = reserved + ?, updated_at = ?"
                                      " WHERE product_id = ? AND location_id = ? AND lot_key = ?"
                                      " AND reserved + ? >= 0 AND reserved + ? <= on_hand"),
                       {delta, db::now(), productId, locationId, lotId, delta, delta});
    if (!upd)
        return upd.error();
    if (upd->numRowsAffected() != 1)
        return core::Error::conflict(Tr::tr("The stock of this location changed meanwhile; try again."), locationId);
    return {};
}

core::Result<QString> insertReservation(core::Database &db, const core::Session &session, const QString &orderId,
                                        const QString &itemId, const QString &productId, const Allocation &a)
{
    if (auto reserved = changeReserved(db, productId, a.locationId, a.lotId, a.quantity); !reserved)
        return reserved.error();
    const QString id = core::Uuid7::generate();
    const QString at = db::now();
    auto written = db::writeWithOutbox(
        db, QStringLiteral("stock_reservations"),
        QStringLiteral("INSERT INTO stock_reservations (id, order_id, order_item_id, product_id, lot_id, location_id, quantity,"
                       " status, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?) RETURNING *"),
        {id, orderId, itemId, productId, db::textOrNull(a.lotId), a.locationId, a.quantity, at, at, db::userOrNull(session)}, true);
    if (!written)
        return written.error();
    return id;
}

const QString kLineSelect = QStringLiteral(
    "SELECT r.id, r.order_id, o.number, r.order_item_id, r.product_id, p.sku, p.gtin, p.name, r.lot_id, l.lot_code,"
    " l.expiry_date, r.location_id, loc.code, loc.zone, loc.pick_sequence, loc.x_m, loc.y_m, r.quantity, r.picked_quantity"
    " FROM stock_reservations r JOIN orders o ON o.id = r.order_id JOIN products p ON p.id = r.product_id"
    " JOIN locations loc ON loc.id = r.location_id LEFT JOIN lots l ON l.id = r.lot_id");

ReservationLine readLine(const QSqlQuery &q)
{
    ReservationLine r;
    r.reservationId = q.value(0).toString();
    r.orderId = q.value(1).toString();
    r.orderNumber = q.value(2).toLongLong();
    r.orderItemId = q.value(3).toString();
    r.productId = q.value(4).toString();
    r.sku = q.value(5).toString();
    r.gtin = q.value(6).toString();
    r.productName = q.value(7).toString();
    r.lotId = q.value(8).toString();
    r.lotCode = q.value(9).toString();
    r.expiryDate = core::fromDbDate(q.value(10));
    r.locationId = q.value(11).toString();
    r.locationCode = q.value(12).toString();
    r.zone = q.value(13).toString();
    r.pickSequence = q.value(14).toInt();
    r.xM = q.value(15).toDouble();
    r.yM = q.value(16).toDouble();
    r.quantity = q.value(17).toLongLong();
    r.pickedQuantity = q.value(18).toLongLong();
    return r;
}

core::Result<QList<ReservationLine>> linesWhere(core::Database &db, const QString &where, const QVariantList &bindings)
{
    auto q = db.exec(kLineSelect + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY loc.pick_sequence, o.number, r.id"),
                     bindings);
    if (!q)
        return q.error();
    QList<ReservationLine> list;
    while (q->next())
        list.append(readLine(*q));
    return list;
}

} // namespace

core::Result<ReservationOutcome> ReservationService::reserveOrder(const core::Session &session, const QString &orderId,
                                                                  const QDate &today)
{
    // Reserving follows an order transition the caller was allowed to make (OrdersManage):
    // it is the system's reaction, so no stock permission is asked of the office user.
    const QDate day = today.isValid() ? today : core::CivilTime::today();
    ReservationOutcome outcome;
    auto existing = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM stock_reservations WHERE order_id = ? AND status <> 'released'"),
                                {orderId});
    if (!existing)
        return existing.error();
    if (existing->toLongLong() > 0) {
        outcome.alreadyReserved = true;
        auto s = shortages(orderId);
        if (!s)
            return s.error();
        outcome.shortages = *s;
        return outcome;
    }
    auto items = m_db.exec(QStringLiteral("SELECT id, product_id, sku, description, quantity FROM order_items"
                                          " WHERE order_id = ? ORDER BY line_no"),
                           {orderId});
    if (!items)
        return items.error();
    struct Item
    {
        QString id, productId, sku, description;
        qint64 quantity = 0;
    };
    QList<Item> lines;
    while (items->next())
        lines.append({items->value(0).toString(), items->value(1).toString(), items->value(2).toString(),
                      items->value(3).toString(), items->value(4).toLongLong()});
    items->finish();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    QStringList createdIds;
    for (const Item &item : lines) {
        const QString &itemId = item.id;
        const QString &productId = item.productId;
        const qint64 ordered = item.quantity;
        auto allocations = allocate(m_db, productId, ordered, day);
        if (!allocations)
            return allocations.error();
        qint64 got = 0;
        for (const Allocation &a : *allocations) {
            auto id = insertReservation(m_db, session, orderId, itemId, productId, a);
            if (!id)
                return id.error();
            createdIds << *id;
            got += a.quantity;
        }
        if (got < ordered) {
            Shortage s;
            s.orderItemId = itemId;
            s.productId = productId;
            s.sku = item.sku;
            s.description = item.description;
            s.ordered = ordered;
            s.reserved = got;
            outcome.shortages.append(s);
        }
    }
    if (!outcome.shortages.isEmpty()) {
        QStringList parts;
        for (const Shortage &s : outcome.shortages)
            parts << Tr::tr("%1: %2 of %3").arg(s.sku).arg(s.shortQuantity()).arg(s.ordered);
        if (auto e = db::orderEvent(m_db, session, orderId, QStringLiteral("short"),
                                    Tr::tr("Stock short, not reserved: %1").arg(parts.join(QStringLiteral("; "))));
            !e)
            return e.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (!createdIds.isEmpty()) {
        QStringList marks(createdIds.size(), QStringLiteral("?"));
        QVariantList bindings;
        for (const QString &id : createdIds)
            bindings << id;
        auto lines = linesWhere(m_db, QStringLiteral("r.id IN (%1)").arg(marks.join(u',')), bindings);
        if (!lines)
            return lines.error();
        outcome.lines = *lines;
    }
    return outcome;
}

core::Result<int> ReservationService::releaseOrder(const core::Session &session, const QString &orderId)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, product_id, location_id, lot_id, quantity - picked_quantity, row_version"
                                      " FROM stock_reservations WHERE order_id = ? AND status = 'active'"),
                       {orderId});
    if (!q)
        return q.error();
    struct Row
    {
        QString id, productId, locationId, lotId;
        qint64 open = 0, version = 0;
    };
    QList<Row> rows;
    while (q->next())
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toLongLong(), q->value(5).toLongLong()});
    q->finish();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    int released = 0;
    const QString at = db::now();
    for (const Row &row : rows) {
        if (row.open > 0) {
            if (auto r = changeReserved(m_db, row.productId, row.locationId, row.lotId, -row.open); !r)
                return r.error();
        }
        const qint64 version = row.version;
        auto written = db::writeWithOutbox(
            m_db, QStringLiteral("stock_reservations"),
            QStringLiteral("UPDATE stock_reservations SET status = ?, released_at = ?, row_version = row_version + 1,"
                           " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
            {QStringLiteral("released"), at, at, db::userOrNull(session), row.id},
            false, version);
        if (!written)
            return written.error();
        ++released;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return released;
}

core::Result<QList<ReservationLine>> ReservationService::reservationsForOrders(const QStringList &orderIds) const
{
    QList<ReservationLine> all;
    // In chunks: SQLite binds at most 32766 parameters, and a wave may hold thousands of orders.
    constexpr int kChunk = 500;
    for (int i = 0; i < orderIds.size(); i += kChunk) {
        const QStringList chunk = orderIds.mid(i, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QVariantList bindings;
        for (const QString &id : chunk)
            bindings << id;
        auto lines = linesWhere(m_db, QStringLiteral("r.status = 'active' AND r.order_id IN (%1)").arg(marks.join(u',')), bindings);
        if (!lines)
            return lines.error();
        all += *lines;
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const ReservationLine &a, const ReservationLine &b) { return a.pickSequence < b.pickSequence; });
    return all;
}

core::Result<QList<ReservationLine>> ReservationService::reservationsForOrder(const QString &orderId) const
{
    return linesWhere(m_db, QStringLiteral("r.order_id = ? AND r.status <> 'released'"), {orderId});
}

core::Result<QList<Shortage>> ReservationService::shortages(const QString &orderId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT i.id, i.product_id, i.sku, i.description, i.quantity,"
                                      " (SELECT COALESCE(SUM(r.quantity), 0) FROM stock_reservations r"
                                      "  WHERE r.order_item_id = i.id AND r.status <> 'released')"
                                      " FROM order_items i WHERE i.order_id = ? ORDER BY i.line_no"),
                       {orderId});
    if (!q)
        return q.error();
    QList<Shortage> list;
    while (q->next()) {
        Shortage s;
        s.orderItemId = q->value(0).toString();
        s.productId = q->value(1).toString();
        s.sku = q->value(2).toString();
        s.description = q->value(3).toString();
        s.ordered = q->value(4).toLongLong();
        s.reserved = q->value(5).toLongLong();
        if (s.shortQuantity() > 0)
            list.append(s);
    }
    return list;
}

core::Result<QString> ReservationService::consume(const core::Session &session, const QString &reservationId, qint64 quantity,
                                                  const QString &document)
{
    if (auto allowed = session.require(core::Permission::PickingRun); !allowed)
        return allowed.error();
    auto q = m_db.exec(QStringLiteral("SELECT r.product_id, r.lot_id, r.location_id, r.quantity, r.picked_quantity, r.status,"
                                      " r.row_version, o.number FROM stock_reservations r JOIN orders o ON o.id = r.order_id"
                                      " WHERE r.id = ?"),
                       {reservationId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("The reservation no longer exists."), reservationId);
    if (q->value(5).toString() != u"active")
        return core::Error::conflict(Tr::tr("This reservation is no longer active (the order was cancelled or already picked)."),
                                     reservationId);
    const qint64 open = q->value(3).toLongLong() - q->value(4).toLongLong();
    if (quantity <= 0 || quantity > open)
        return core::Error::validation(Tr::tr("Pick between 1 and %1 units for this line, not %2.").arg(open).arg(quantity),
                                       QStringLiteral("quantity"));
    Movement m;
    m.kind = MovementKind::Pick;
    m.productId = q->value(0).toString();
    m.lotId = q->value(1).toString();
    m.fromLocationId = q->value(2).toString();
    m.quantity = quantity;
    m.document = document.isEmpty() ? QStringLiteral("order:%1").arg(q->value(7).toLongLong()) : document;
    const qint64 version = q->value(6).toLongLong();
    q->finish();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto moved = StockService(m_db).moveReserved(session, m);
    if (!moved)
        return moved.error();
    const bool complete = quantity == open;
    const QString at = db::now();
    auto written = db::writeWithOutbox(
        m_db, QStringLiteral("stock_reservations"),
        QStringLiteral("UPDATE stock_reservations SET picked_quantity = picked_quantity + ?, status = ?, row_version = row_version + 1,"
                       " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
        {quantity, complete ? QStringLiteral("picked") : QStringLiteral("active"), at, db::userOrNull(session), reservationId}, false,
        version);
    if (!written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return *moved;
}

core::Result<ReallocationOutcome> ReservationService::reallocate(const core::Session &session, const QString &reservationId,
                                                                 qint64 shortQuantity, const QDate &today)
{
    if (auto allowed = session.require(core::Permission::PickingRun); !allowed)
        return allowed.error();
    auto q = m_db.exec(QStringLiteral("SELECT r.order_id, r.order_item_id, r.product_id, r.lot_id, r.location_id, r.quantity,"
                                      " r.picked_quantity, r.status, r.row_version, p.sku, loc.code"
                                      " FROM stock_reservations r JOIN products p ON p.id = r.product_id"
                                      " JOIN locations loc ON loc.id = r.location_id WHERE r.id = ?"),
                       {reservationId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("The reservation no longer exists."), reservationId);
    if (q->value(7).toString() != u"active")
        return core::Error::conflict(Tr::tr("This reservation is no longer active."), reservationId);
    const QString orderId = q->value(0).toString();
    const QString itemId = q->value(1).toString();
    const QString productId = q->value(2).toString();
    const QString lotId = q->value(3).toString();
    const QString locationId = q->value(4).toString();
    const qint64 quantity = q->value(5).toLongLong();
    const qint64 picked = q->value(6).toLongLong();
    const qint64 open = quantity - picked;
    if (shortQuantity <= 0 || shortQuantity > open)
        return core::Error::validation(Tr::tr("The short quantity must be between 1 and %1, not %2.").arg(open).arg(shortQuantity),
                                       QStringLiteral("quantity"));
    const qint64 version = q->value(8).toLongLong();
    const QString sku = q->value(9).toString();
    const QString code = q->value(10).toString();
    q->finish();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto r = changeReserved(m_db, productId, locationId, lotId, -shortQuantity); !r)
        return r.error();
    const qint64 kept = quantity - shortQuantity;
    const QString at = db::now();
    // The missing part leaves this reservation: it keeps what was picked or is still expected here.
    const QString status = kept == picked ? (picked > 0 ? QStringLiteral("picked") : QStringLiteral("released"))
                                          : QStringLiteral("active");
    auto written = db::writeWithOutbox(
        m_db, QStringLiteral("stock_reservations"),
        QStringLiteral("UPDATE stock_reservations SET quantity = ?, status = ?, released_at = ?, row_version = row_version + 1,"
                       " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
        {kept > 0 ? kept : quantity, status, status == u"released" ? QVariant(at) : QVariant(), at, db::userOrNull(session),
         reservationId},
        false, version);
    if (!written)
        return written.error();

    const QDate day = today.isValid() ? today : core::CivilTime::today();
    auto allocations = allocate(m_db, productId, shortQuantity, day, locationId, lotId);
    if (!allocations)
        return allocations.error();
    ReallocationOutcome outcome;
    QStringList createdIds;
    qint64 got = 0;
    for (const Allocation &a : *allocations) {
        auto id = insertReservation(m_db, session, orderId, itemId, productId, a);
        if (!id)
            return id.error();
        createdIds << *id;
        got += a.quantity;
    }
    outcome.backorderQuantity = shortQuantity - got;
    const QString reason = outcome.backorderQuantity > 0
                               ? Tr::tr("Short pick of %1 × %2 at %3: %4 re-allocated, %5 on back-order")
                                     .arg(shortQuantity).arg(sku, code).arg(got).arg(outcome.backorderQuantity)
                               : Tr::tr("Short pick of %1 × %2 at %3: re-allocated from other lots/locations")
                                     .arg(shortQuantity).arg(sku, code);
    if (auto e = db::orderEvent(m_db, session, orderId,
                                outcome.backorderQuantity > 0 ? QStringLiteral("backorder") : QStringLiteral("reallocated"),
                                reason);
        !e)
        return e.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    for (const QString &id : createdIds) {
        auto lines = linesWhere(m_db, QStringLiteral("r.id = ?"), {id});
        if (!lines)
            return lines.error();
        outcome.lines += *lines;
    }
    return outcome;
}

} // namespace stock
