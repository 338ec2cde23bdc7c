#include "picking/data/pickingrepository.h"

#include "core/data/database.h"
#include "picking/domain/pickingtr.h"
#include "picking/domain/wavebuilder.h"

#include <QHash>
#include <QSqlQuery>

namespace picking {

ScanTask PickTaskRow::toScanTask() const
{
    ScanTask t;
    t.taskId = id;
    t.locationCode = locationCode;
    t.gtin = gtin;
    t.sku = sku;
    t.description = description;
    t.lotCode = lotCode;
    t.expiry = expiry;
    t.quantity = quantity - pickedQty - shortQty;
    t.tote = tote;
    t.toteCode = toteCode;
    t.orderNumber = orderNumber;
    return t;
}

namespace {

/// A forward-only query (SQLite then need not cache the rows it has returned).
core::Result<QSqlQuery> forwardOnly(const core::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql) || !q.exec())
        return core::Database::errorFrom(q, QStringLiteral("picking"));
    return q;
}

} // namespace

core::Result<QList<WaveOrder>> PickingRepository::candidates(const QDateTime &now) const
{
    auto units = forwardOnly(m_db, QStringLiteral(
        "SELECT oi.order_id, SUM(oi.quantity) FROM order_items oi JOIN orders o ON o.id = oi.order_id"
        " WHERE o.status IN ('pago', 'em_separacao')"
        " AND NOT EXISTS (SELECT 1 FROM wave_orders w WHERE w.order_id = o.id AND w.status <> 'cancelled')"
        " GROUP BY oi.order_id"));
    if (!units)
        return units.error();
    QHash<QString, int> ordered;
    while (units->next())
        ordered.insert(units->value(0).toString(), units->value(1).toInt());

    auto q = forwardOnly(m_db, QStringLiteral(
        "SELECT o.id, o.number, o.status, o.carrier, c.code, o.placed_at, o.paid_at,"
        " r.id, r.order_item_id, r.product_id, p.sku, p.name, p.gtin, r.lot_id, lt.lot_code, lt.expiry_date,"
        " l.id, l.code, l.aisle, l.rack, l.level, l.position, l.pick_sequence, l.x_m, l.y_m,"
        " r.quantity - r.picked_quantity"
        " FROM orders o JOIN channels c ON c.id = o.channel_id"
        " JOIN stock_reservations r ON r.order_id = o.id AND r.status = 'active'"
        " JOIN products p ON p.id = r.product_id"
        " JOIN locations l ON l.id = r.location_id"
        " LEFT JOIN lots lt ON lt.id = r.lot_id"
        " WHERE o.status IN ('pago', 'em_separacao') AND r.quantity > r.picked_quantity"
        " AND NOT EXISTS (SELECT 1 FROM wave_orders w WHERE w.order_id = o.id AND w.status <> 'cancelled')"
        " ORDER BY o.number, l.pick_sequence"));
    if (!q)
        return q.error();
    QList<WaveOrder> orders;
    QString lastId;
    while (q->next()) {
        const QString orderId = q->value(0).toString();
        if (orderId != lastId) {
            WaveOrder o;
            o.id = orderId;
            o.number = q->value(1).toLongLong();
            o.status = q->value(2).toString();
            o.carrier = q->value(3).toString();
            o.channel = q->value(4).toString();
            o.placedAt = core::fromDbTimestamp(q->value(5));
            o.paidAt = core::fromDbTimestamp(q->value(6));
            o.priority = WaveBuilder::priorityOf(o.carrier, o.paidAt, now);
            o.orderedUnits = ordered.value(orderId);
            orders.append(o);
            lastId = orderId;
        }
        PickLine l;
        l.orderId = orderId;
        l.reservationId = q->value(7).toString();
        l.orderItemId = q->value(8).toString();
        l.productId = q->value(9).toString();
        l.sku = q->value(10).toString();
        l.description = q->value(11).toString();
        l.gtin = q->value(12).toString();
        l.lotId = q->value(13).toString();
        l.lotCode = q->value(14).toString();
        l.expiry = q->value(15).toString().left(10);
        l.location.id = q->value(16).toString();
        l.location.code = q->value(17).toString();
        l.location.aisle = q->value(18).toString();
        l.location.rack = q->value(19).toInt();
        l.location.level = q->value(20).toInt();
        l.location.position = q->value(21).toInt();
        l.location.pickSequence = q->value(22).toInt();
        l.location.xM = q->value(23).toDouble();
        l.location.yM = q->value(24).toDouble();
        l.quantity = q->value(25).toInt();
        orders.last().lines.append(l);
    }
    return orders;
}

core::Result<WaitingSummary> PickingRepository::waiting() const
{
    const QString from = QStringLiteral(
        " FROM orders o JOIN stock_reservations r ON r.order_id = o.id AND r.status = 'active' AND r.quantity > r.picked_quantity"
        " WHERE o.status IN ('pago', 'em_separacao')"
        " AND NOT EXISTS (SELECT 1 FROM wave_orders w WHERE w.order_id = o.id AND w.status <> 'cancelled')");
    WaitingSummary s;
    auto counts = forwardOnly(m_db, QStringLiteral("SELECT COUNT(DISTINCT o.id), COUNT(*)") + from);
    if (!counts)
        return counts.error();
    if (counts->next()) {
        s.orders = counts->value(0).toInt();
        s.lines = counts->value(1).toInt();
    }
    auto carriers = forwardOnly(m_db, QStringLiteral("SELECT DISTINCT o.carrier") + from + QStringLiteral(" ORDER BY 1"));
    if (!carriers)
        return carriers.error();
    while (carriers->next()) {
        if (const QString c = carriers->value(0).toString(); !c.isEmpty())
            s.carriers << c;
    }
    auto channels = forwardOnly(m_db, QStringLiteral("SELECT DISTINCT c.code FROM channels c WHERE c.id IN (SELECT o.channel_id")
                                          + from + QStringLiteral(") ORDER BY 1"));
    if (!channels)
        return channels.error();
    while (channels->next())
        s.channels << channels->value(0).toString();
    return s;
}

core::Result<QList<PickLocation>> PickingRepository::layout() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, code, aisle, rack, level, position, pick_sequence, x_m, y_m FROM locations"
                                      " WHERE kind IN ('pick', 'reserve')"));
    if (!q)
        return q.error();
    QList<PickLocation> list;
    while (q->next()) {
        PickLocation l;
        l.id = q->value(0).toString();
        l.code = q->value(1).toString();
        l.aisle = q->value(2).toString();
        l.rack = q->value(3).toInt();
        l.level = q->value(4).toInt();
        l.position = q->value(5).toInt();
        l.pickSequence = q->value(6).toInt();
        l.xM = q->value(7).toDouble();
        l.yM = q->value(8).toDouble();
        list.append(l);
    }
    return list;
}

namespace {

const char *kWaveColumns = "SELECT w.id, w.number, w.status, w.order_count, w.line_count, w.unit_count, w.route_length_m,"
                           " w.naive_route_length_m, w.created_at,"
                           " (SELECT COUNT(*) FROM pick_lists pl WHERE pl.wave_id = w.id),"
                           " (SELECT COUNT(*) FROM pick_tasks t WHERE t.wave_id = w.id AND t.status = 'open')"
                           " FROM waves w ";

WaveRow waveFrom(const QSqlQuery &q)
{
    WaveRow w;
    w.id = q.value(0).toString();
    w.number = q.value(1).toInt();
    w.status = q.value(2).toString();
    w.orderCount = q.value(3).toInt();
    w.lineCount = q.value(4).toInt();
    w.unitCount = q.value(5).toInt();
    w.routeLengthM = q.value(6).toDouble();
    w.naiveRouteLengthM = q.value(7).toDouble();
    w.createdAt = core::fromDbTimestamp(q.value(8));
    w.listCount = q.value(9).toInt();
    w.openTasks = q.value(10).toInt();
    return w;
}

const char *kListColumns = "SELECT pl.id, pl.wave_id, w.number, pl.number, pl.status, pl.tote_count, pl.line_count, pl.unit_count,"
                           " pl.route_length_m, pl.naive_route_length_m,"
                           " (SELECT COUNT(*) FROM pick_tasks t WHERE t.pick_list_id = pl.id AND t.status = 'open')"
                           " FROM pick_lists pl JOIN waves w ON w.id = pl.wave_id ";

PickListRow listFrom(const QSqlQuery &q)
{
    PickListRow l;
    l.id = q.value(0).toString();
    l.waveId = q.value(1).toString();
    l.waveNumber = q.value(2).toInt();
    l.number = q.value(3).toInt();
    l.status = q.value(4).toString();
    l.toteCount = q.value(5).toInt();
    l.lineCount = q.value(6).toInt();
    l.unitCount = q.value(7).toInt();
    l.routeLengthM = q.value(8).toDouble();
    l.naiveRouteLengthM = q.value(9).toDouble();
    l.openTasks = q.value(10).toInt();
    return l;
}

} // namespace

core::Result<QList<WaveRow>> PickingRepository::waves(int limit) const
{
    auto q = m_db.exec(QString::fromLatin1(kWaveColumns) + QStringLiteral("ORDER BY w.number DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<WaveRow> list;
    while (q->next())
        list.append(waveFrom(*q));
    return list;
}

core::Result<WaveRow> PickingRepository::wave(const QString &numberOrId) const
{
    bool isNumber = false;
    const int number = numberOrId.trimmed().toInt(&isNumber);
    auto q = isNumber ? m_db.exec(QString::fromLatin1(kWaveColumns) + QStringLiteral("WHERE w.number = ?"), {number})
                      : m_db.exec(QString::fromLatin1(kWaveColumns) + QStringLiteral("WHERE w.id = ?"), {numberOrId.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("There is no wave %1.").arg(numberOrId), QStringLiteral("wave"));
    return waveFrom(*q);
}

core::Result<QList<PickListRow>> PickingRepository::pickLists(const QString &waveId) const
{
    auto q = m_db.exec(QString::fromLatin1(kListColumns) + QStringLiteral("WHERE pl.wave_id = ? ORDER BY pl.number"), {waveId});
    if (!q)
        return q.error();
    QList<PickListRow> list;
    while (q->next())
        list.append(listFrom(*q));
    return list;
}

core::Result<PickListRow> PickingRepository::pickList(const QString &idOrCode) const
{
    const QString code = idOrCode.trimmed().toUpper();
    core::Result<QSqlQuery> q = core::Error::notFound({});
    if (code.startsWith(u'W') && code.contains(u'-')) {
        const int wave = code.mid(1).section(u'-', 0, 0).toInt();
        const int number = code.section(u'-', 1, 1).toInt();
        q = m_db.exec(QString::fromLatin1(kListColumns) + QStringLiteral("WHERE w.number = ? AND pl.number = ?"), {wave, number});
    } else {
        q = m_db.exec(QString::fromLatin1(kListColumns) + QStringLiteral("WHERE pl.id = ?"), {idOrCode.trimmed()});
    }
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("There is no pick list %1 (scan the list's barcode, e.g. W12-03).").arg(idOrCode),
                                     QStringLiteral("pick list"));
    return listFrom(*q);
}

core::Result<QList<PickTaskRow>> PickingRepository::tasksWhere(const QString &where, const QVariantList &bindings) const
{
    auto q = m_db.exec(QStringLiteral(
                           "SELECT t.id, t.pick_list_id, t.order_id, o.number, t.order_item_id, t.reservation_id, t.product_id,"
                           " p.sku, p.name, p.gtin, t.lot_id, lt.lot_code, lt.expiry_date, t.location_id, l.code, t.tote_no,"
                           " tt.code, t.seq, t.quantity, t.picked_qty, t.short_qty, t.status"
                           " FROM pick_tasks t JOIN orders o ON o.id = t.order_id JOIN products p ON p.id = t.product_id"
                           " JOIN locations l ON l.id = t.location_id LEFT JOIN lots lt ON lt.id = t.lot_id"
                           " LEFT JOIN totes tt ON tt.pick_list_id = t.pick_list_id AND tt.tote_no = t.tote_no WHERE ")
                           + where + QStringLiteral(" ORDER BY t.seq"),
                       bindings);
    if (!q)
        return q.error();
    QList<PickTaskRow> list;
    while (q->next()) {
        PickTaskRow t;
        t.id = q->value(0).toString();
        t.pickListId = q->value(1).toString();
        t.orderId = q->value(2).toString();
        t.orderNumber = q->value(3).toLongLong();
        t.orderItemId = q->value(4).toString();
        t.reservationId = q->value(5).toString();
        t.productId = q->value(6).toString();
        t.sku = q->value(7).toString();
        t.description = q->value(8).toString();
        t.gtin = q->value(9).toString();
        t.lotId = q->value(10).toString();
        t.lotCode = q->value(11).toString();
        t.expiry = q->value(12).toString().left(10);
        t.locationId = q->value(13).toString();
        t.locationCode = q->value(14).toString();
        t.tote = q->value(15).toInt();
        t.toteCode = q->value(16).toString();
        t.seq = q->value(17).toInt();
        t.quantity = q->value(18).toInt();
        t.pickedQty = q->value(19).toInt();
        t.shortQty = q->value(20).toInt();
        t.status = q->value(21).toString();
        list.append(t);
    }
    return list;
}

core::Result<QList<PickTaskRow>> PickingRepository::tasks(const QString &pickListId, bool openOnly) const
{
    return tasksWhere(openOnly ? QStringLiteral("t.pick_list_id = ? AND t.status = 'open'") : QStringLiteral("t.pick_list_id = ?"),
                      {pickListId});
}

core::Result<PickTaskRow> PickingRepository::task(const QString &taskId) const
{
    auto list = tasksWhere(QStringLiteral("t.id = ?"), {taskId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return core::Error::notFound(Tr::tr("The pick task no longer exists."), taskId);
    return list->constFirst();
}

core::Result<QList<ToteRow>> PickingRepository::totes(const QString &pickListId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT t.tote_no, t.code, t.order_id, o.number, c.name, o.carrier FROM totes t"
                                      " JOIN orders o ON o.id = t.order_id JOIN customers c ON c.id = o.customer_id"
                                      " WHERE t.pick_list_id = ? ORDER BY t.tote_no"),
                       {pickListId});
    if (!q)
        return q.error();
    QList<ToteRow> list;
    while (q->next())
        list.append({q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong(),
                     q->value(4).toString(), q->value(5).toString()});
    return list;
}

core::Result<QList<BackOrderRow>> PickingRepository::openBackOrders(int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT b.id, o.number, p.sku, p.name, b.quantity, b.created_at FROM back_orders b"
                                      " JOIN orders o ON o.id = b.order_id JOIN products p ON p.id = b.product_id"
                                      " WHERE b.status = 'open' ORDER BY b.created_at LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QList<BackOrderRow> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toInt(), core::fromDbTimestamp(q->value(5))});
    return list;
}

} // namespace picking
