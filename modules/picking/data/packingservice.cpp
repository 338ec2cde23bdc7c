#include "picking/data/packingservice.h"

#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "orders/workflow/orderworkflow.h"
#include "picking/data/pickingdb.h"
#include "picking/domain/pickingtr.h"

#include <QHash>

namespace picking {

core::Result<PackingState> PackingService::open(const QString &orderNumberOrTote) const
{
    const QString key = orderNumberOrTote.trimmed();
    bool isNumber = false;
    const qint64 number = key.toLongLong(&isNumber);
    auto id = isNumber ? m_db.scalar(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number})
                       : m_db.scalar(QStringLiteral("SELECT order_id FROM totes WHERE code = ?"), {key.toUpper()});
    if (!id)
        return id.error();
    if (!id->isValid() || id->toString().isEmpty())
        return core::Error::notFound(isNumber ? Tr::tr("There is no order %1.").arg(number)
                                              : Tr::tr("No tote %1: scan the tote label or type the order number.").arg(key),
                                     QStringLiteral("packing"));
    return load(id->toString());
}

core::Result<PackingState> PackingService::load(const QString &orderId) const
{
    PackingState s;
    s.orderId = orderId;
    auto order = m_db.exec(QStringLiteral("SELECT o.number, o.status, c.name, o.carrier FROM orders o"
                                          " JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"),
                           {orderId});
    if (!order)
        return order.error();
    if (!order->next())
        return core::Error::notFound(Tr::tr("The order does not exist."), orderId);
    s.orderNumber = order->value(0).toLongLong();
    s.orderStatus = order->value(1).toString();
    s.customerName = order->value(2).toString();
    s.carrier = order->value(3).toString();
    auto wave = m_db.scalar(QStringLiteral("SELECT wave_id FROM wave_orders WHERE order_id = ? AND status <> 'cancelled'"
                                           " ORDER BY updated_at DESC LIMIT 1"),
                            {orderId});
    if (!wave)
        return wave.error();
    s.waveId = wave->toString();

    // What was picked, per order line and lot.
    auto picked = m_db.exec(QStringLiteral("SELECT t.order_item_id, t.product_id, p.gtin, p.sku, p.name, t.lot_id, lt.lot_code,"
                                           " SUM(t.picked_qty) FROM pick_tasks t JOIN products p ON p.id = t.product_id"
                                           " JOIN wave_orders wo ON wo.wave_id = t.wave_id AND wo.order_id = t.order_id"
                                           " LEFT JOIN lots lt ON lt.id = t.lot_id"
                                           " WHERE t.order_id = ? AND t.picked_qty > 0 AND wo.status <> 'cancelled'"
                                           " GROUP BY t.order_item_id, t.product_id, p.gtin, p.sku, p.name, t.lot_id, lt.lot_code"
                                           " ORDER BY p.sku, lt.lot_code"),
                            {orderId});
    if (!picked)
        return picked.error();
    QList<PackLine> lines;
    QHash<QString, int> index; // order_item_id + lot -> line
    while (picked->next()) {
        PackLine l;
        l.orderItemId = picked->value(0).toString();
        l.productId = picked->value(1).toString();
        l.gtin = picked->value(2).toString();
        l.sku = picked->value(3).toString();
        l.description = picked->value(4).toString();
        l.lotId = picked->value(5).toString();
        l.lotCode = picked->value(6).toString();
        l.quantity = picked->value(7).toInt();
        index.insert(l.orderItemId + u'|' + l.lotId, int(lines.size()));
        lines.append(l);
    }
    auto packed = m_db.exec(QStringLiteral("SELECT order_item_id, lot_id, SUM(quantity) FROM package_items WHERE order_id = ?"
                                           " GROUP BY order_item_id, lot_id"),
                            {orderId});
    if (!packed)
        return packed.error();
    while (packed->next()) {
        const int i = index.value(packed->value(0).toString() + u'|' + packed->value(1).toString(), -1);
        if (i >= 0)
            lines[i].packed = packed->value(2).toInt();
    }
    s.check = PackingCheck(s.orderNumber, lines);

    auto packages = m_db.exec(QStringLiteral("SELECT pk.id, pk.number, pk.status, pk.weight_grams, pk.length_mm, pk.width_mm,"
                                             " pk.height_mm, (SELECT COALESCE(SUM(quantity), 0) FROM package_items pi"
                                             " WHERE pi.package_id = pk.id) FROM packages pk WHERE pk.order_id = ? ORDER BY pk.number"),
                              {orderId});
    if (!packages)
        return packages.error();
    while (packages->next()) {
        PackageRow p;
        p.id = packages->value(0).toString();
        p.number = packages->value(1).toInt();
        p.status = packages->value(2).toString();
        p.weightGrams = packages->value(3).toInt();
        p.lengthMm = packages->value(4).toInt();
        p.widthMm = packages->value(5).toInt();
        p.heightMm = packages->value(6).toInt();
        p.units = packages->value(7).toInt();
        s.packages.append(p);
    }
    return s;
}

core::Result<PackScanResult> PackingService::scan(const core::Session &session, const QString &orderId, const QString &code)
{
    if (auto allowed = session.require(core::Permission::PickingRun); !allowed)
        return allowed.error();
    auto state = load(orderId);
    if (!state)
        return state.error();
    PackScanResult result;
    if (state->check.lines().isEmpty()) {
        result.message = Tr::tr("Nothing was picked for order %1 yet; it cannot be packed.").arg(state->orderNumber);
        result.state = std::move(*state);
        return result;
    }
    if (state->orderStatus != u"separado" && state->orderStatus != u"em_separacao") {
        result.message = Tr::tr("Order %1 is not waiting for packing.").arg(state->orderNumber);
        result.state = std::move(*state);
        return result;
    }
    const PackingCheck::Outcome outcome = state->check.scan(code);
    result.accepted = outcome.accepted;
    result.message = outcome.message;
    if (!outcome.accepted) {
        result.state = std::move(*state);
        return result;
    }
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString at = db::now();
    const QVariant user = db::userOrNull(session);
    QString packageId;
    for (const PackageRow &p : std::as_const(state->packages)) {
        if (p.status == u"open")
            packageId = p.id;
    }
    if (packageId.isEmpty()) {
        packageId = core::Uuid7::generate();
        db::RowInserter packages(m_db, QStringLiteral("packages"),
                                 {QStringLiteral("id"), QStringLiteral("order_id"), QStringLiteral("wave_id"), QStringLiteral("number"),
                                  QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("updated_by")});
        if (auto r = packages.insert({packageId, orderId, db::textOrNull(state->waveId), int(state->packages.size()) + 1,
                                      QStringLiteral("open"), at, at, user});
            !r)
            return r.error();
    }
    const PackLine &line = state->check.lines().at(outcome.line);
    db::RowInserter items(m_db, QStringLiteral("package_items"),
                          {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("package_id"), QStringLiteral("order_id"),
                           QStringLiteral("order_item_id"), QStringLiteral("product_id"), QStringLiteral("lot_id"),
                           QStringLiteral("quantity"), QStringLiteral("user_id")});
    if (auto r = items.insert({core::Uuid7::generate(), at, packageId, orderId, line.orderItemId, line.productId,
                               db::textOrNull(line.lotId), 1, user});
        !r)
        return r.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    auto reloaded = load(orderId);
    if (!reloaded)
        return reloaded.error();
    result.state = std::move(*reloaded);
    if (result.state.complete())
        result.message += u'\n' + Tr::tr("All %1 units packed: weigh and measure the package, then close it.").arg(result.state.check.expectedUnits());
    return result;
}

core::Result<PackingState> PackingService::closePackage(const core::Session &session, const QString &orderId, int weightGrams,
                                                        int lengthMm, int widthMm, int heightMm)
{
    if (auto allowed = session.require(core::Permission::PickingRun); !allowed)
        return allowed.error();
    auto state = load(orderId);
    if (!state)
        return state.error();
    QString packageId;
    int units = 0;
    for (const PackageRow &p : std::as_const(state->packages)) {
        if (p.status == u"open") {
            packageId = p.id;
            units = p.units;
        }
    }
    if (packageId.isEmpty() || units == 0)
        return core::Error::validation(Tr::tr("There is no open package with items for order %1: scan the items first.")
                                           .arg(state->orderNumber),
                                       QStringLiteral("package"));
    if (weightGrams <= 0)
        return core::Error::validation(Tr::tr("Weigh the package: its weight in grams is needed for the label and freight."),
                                       QStringLiteral("weight"));
    if (lengthMm <= 0 || widthMm <= 0 || heightMm <= 0)
        return core::Error::validation(Tr::tr("Measure the package: length, width and height in millimetres (e.g. 300x200x150)."),
                                       QStringLiteral("dimensions"));
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString at = db::now();
    if (auto r = db::updateRow(m_db, session, QStringLiteral("packages"), packageId,
                               {QStringLiteral("status"), QStringLiteral("weight_grams"), QStringLiteral("length_mm"),
                                QStringLiteral("width_mm"), QStringLiteral("height_mm"), QStringLiteral("closed_at"),
                                QStringLiteral("closed_by")},
                               {QStringLiteral("closed"), weightGrams, lengthMm, widthMm, heightMm, at, db::userOrNull(session)});
        !r)
        return r.error();
    auto backOrders = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM back_orders WHERE order_id = ? AND status = 'open'"), {orderId});
    if (!backOrders)
        return backOrders.error();
    if (state->check.isComplete() && backOrders->toInt() == 0) {
        if (!m_workflow)
            return core::Error::unavailable(Tr::tr("The order workflow is not available; the package was not closed."));
        const core::Session mover = db::workflowSession(session);
        if (state->orderStatus == u"em_separacao") {
            if (auto moved = m_workflow->advanceInTransaction(mover, orderId, QStringLiteral("picked"), Tr::tr("Picked")); !moved)
                return moved.error();
        }
        auto moved = m_workflow->advanceInTransaction(mover, orderId, QStringLiteral("packed"),
                                                      Tr::tr("Packed: %n package(s)", nullptr, int(state->packages.size())));
        if (!moved)
            return moved.error();
        auto waveOrder = m_db.scalar(QStringLiteral("SELECT id FROM wave_orders WHERE order_id = ? AND status <> 'cancelled'"), {orderId});
        if (!waveOrder)
            return waveOrder.error();
        if (waveOrder->isValid()) {
            if (auto r = db::updateRow(m_db, session, QStringLiteral("wave_orders"), waveOrder->toString(), {QStringLiteral("status")},
                                       {QStringLiteral("packed")});
                !r)
                return r.error();
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return load(orderId);
}

} // namespace picking
