#include "stock/data/countservice.h"

#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/rowsnapshot.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "stock/data/locationservice.h"
#include "stock/data/stockdb.h"
#include "stock/data/stockservice.h"
#include "stock/domain/stocktr.h"

namespace stock {

core::Result<QString> CountService::start(const core::Session &session, const QString &warehouseId, const QString &scope,
                                          const QString &scopeValue)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    if (scope != u"full" && scope != u"zone" && scope != u"abc")
        return core::Error::validation(Tr::tr("A count is full, by zone or by ABC class (full, zone, abc)."), QStringLiteral("scope"));
    const QString value = scopeValue.trimmed().toUpper();
    if (scope != u"full" && value.isEmpty())
        return core::Error::validation(scope == u"zone" ? Tr::tr("Say which zone to count.") : Tr::tr("Say which ABC class to count."),
                                       QStringLiteral("scope"));
    const QString id = core::Uuid7::generate();
    const QString at = db::now();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("inventory_counts"),
                                       QStringLiteral("INSERT INTO inventory_counts (id, warehouse_id, scope, scope_value, status, created_at,"
                                                      " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?) RETURNING *"),
                                       {id, warehouseId, scope, scope == u"full" ? QString() : value, at, db::userOrNull(session), at,
                                        db::userOrNull(session)},
                                       true);
    if (!written)
        return written.error();
    QString filter;
    QVariantList bindings{warehouseId};
    if (scope == u"zone") {
        filter = QStringLiteral(" AND loc.zone = ?");
        bindings << value;
    } else if (scope == u"abc") {
        filter = QStringLiteral(" AND EXISTS (SELECT 1 FROM product_stock_settings s WHERE s.product_id = b.product_id AND s.abc_class = ?)");
        bindings << value;
    }
    auto q = m_db.exec(QStringLiteral("SELECT b.location_id, b.product_id, b.lot_id, b.lot_key, b.on_hand FROM stock_balances b"
                                      " JOIN locations loc ON loc.id = b.location_id WHERE loc.warehouse_id = ?"
                                      " AND loc.kind IN ('pick', 'reserve') AND b.on_hand > 0")
                           + filter,
                       bindings);
    if (!q)
        return q.error();
    struct Snap
    {
        QString location, product, lot, lotKey;
        qint64 onHand;
    };
    QList<Snap> snaps;
    while (q->next())
        snaps.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                      q->value(4).toLongLong()});
    q->finish();
    if (snaps.isEmpty())
        return core::Error::validation(Tr::tr("Nothing to count: no stock in this scope."), QStringLiteral("scope"));
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO inventory_count_lines (id, count_id, location_id, product_id, lot_id,"
                                              " lot_key, expected_qty, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    core::Outbox::Batch outbox(m_db);
    for (const Snap &s : snaps) {
        const QString lineId = core::Uuid7::generate();
        const QVariantList values{lineId, id, s.location, s.product, db::textOrNull(s.lot), s.lotKey, s.onHand, at, db::userOrNull(session)};
        for (int v = 0; v < values.size(); ++v)
            insert->bindValue(v, core::bindable(values[v]));
        if (!insert->exec())
            return core::Database::errorFrom(*insert, QStringLiteral("inventory_count_lines"));
        QJsonObject payload{{QStringLiteral("id"), lineId},           {QStringLiteral("count_id"), id},
                            {QStringLiteral("location_id"), s.location}, {QStringLiteral("product_id"), s.product},
                            {QStringLiteral("lot_id"), s.lot.isEmpty() ? QJsonValue() : QJsonValue(s.lot)},
                            {QStringLiteral("lot_key"), s.lotKey},    {QStringLiteral("expected_qty"), s.onHand},
                            {QStringLiteral("row_version"), 1},       {QStringLiteral("updated_at"), at}};
        if (auto r = outbox.record(QStringLiteral("inventory_count_lines"), lineId, core::Outbox::Operation::Insert, payload, 0); !r)
            return r.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

core::Result<QList<CountRow>> CountService::counts(bool openOnly) const
{
    auto q = m_db.exec(QStringLiteral("SELECT c.id, c.warehouse_id, c.scope, c.scope_value, c.status, c.created_at,"
                                      " (SELECT COUNT(*) FROM inventory_count_lines l WHERE l.count_id = c.id),"
                                      " (SELECT COUNT(*) FROM inventory_count_lines l WHERE l.count_id = c.id AND l.counted_qty IS NOT NULL)"
                                      " FROM inventory_counts c")
                       + (openOnly ? QStringLiteral(" WHERE c.status = 'open'") : QString())
                       + QStringLiteral(" ORDER BY c.created_at DESC"));
    if (!q)
        return q.error();
    QList<CountRow> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toInt(), q->value(7).toInt()});
    return list;
}

core::Result<QString> CountService::scan(const core::Session &session, const QString &countId, const QString &locationCode,
                                         const QString &productCode, const QString &lotCode, qint64 quantity)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    if (quantity < 0)
        return core::Error::validation(Tr::tr("A counted quantity cannot be negative."), QStringLiteral("quantity"));
    auto count = m_db.exec(QStringLiteral("SELECT warehouse_id, status FROM inventory_counts WHERE id = ?"), {countId});
    if (!count)
        return count.error();
    if (!count->next())
        return core::Error::notFound(Tr::tr("No such count."), countId);
    const QString warehouseId = count->value(0).toString();
    if (count->value(1).toString() != u"open")
        return core::Error::conflict(Tr::tr("This count is already posted or cancelled."));
    count->finish();
    auto location = LocationService(m_db).find(locationCode, warehouseId);
    if (!location)
        return location.error();
    const QString code = productCode.trimmed();
    auto product = m_db.exec(QStringLiteral("SELECT id, sku, lot_controlled FROM products WHERE gtin = ? OR sku = ?"), {code, code.toUpper()});
    if (!product)
        return product.error();
    if (!product->next())
        return core::Error::notFound(Tr::tr("No product with EAN or SKU \"%1\".").arg(code), QStringLiteral("product"));
    const QString productId = product->value(0).toString();
    const QString sku = product->value(1).toString();
    const bool lotControlled = product->value(2).toBool();
    product->finish();
    QString lotId;
    if (lotControlled) {
        if (lotCode.trimmed().isEmpty())
            return core::Error::validation(Tr::tr("%1 is lot-controlled: scan the lot too.").arg(sku), QStringLiteral("lot"));
        auto lot = m_db.scalar(QStringLiteral("SELECT id FROM lots WHERE product_id = ? AND lot_code = ?"),
                               {productId, lotCode.trimmed().toUpper()});
        if (!lot)
            return lot.error();
        if (!lot->isValid())
            return core::Error::notFound(Tr::tr("Lot %1 of %2 is not known: receive it first, or check the label.")
                                             .arg(lotCode.trimmed().toUpper(), sku),
                                         QStringLiteral("lot"));
        lotId = lot->toString();
    }
    const QString at = db::now();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto line = m_db.exec(QStringLiteral("SELECT id, row_version FROM inventory_count_lines WHERE count_id = ? AND location_id = ?"
                                         " AND product_id = ? AND lot_key = ?"),
                          {countId, location->id, productId, lotId});
    if (!line)
        return line.error();
    QString lineId;
    if (line->next()) {
        lineId = line->value(0).toString();
        const qint64 version = line->value(1).toLongLong();
        line->finish();
        auto written = db::writeWithOutbox(m_db, QStringLiteral("inventory_count_lines"),
                                           QStringLiteral("UPDATE inventory_count_lines SET counted_qty = COALESCE(counted_qty, 0) + ?,"
                                                          " counted_at = ?, counted_by = ?, row_version = row_version + 1, updated_at = ?,"
                                                          " updated_by = ? WHERE id = ? RETURNING *"),
                                           {quantity, at, db::userOrNull(session), at, db::userOrNull(session), lineId}, false, version);
        if (!written)
            return written.error();
    } else {
        line->finish();
        lineId = core::Uuid7::generate();
        auto written = db::writeWithOutbox(
            m_db, QStringLiteral("inventory_count_lines"),
            QStringLiteral("INSERT INTO inventory_count_lines (id, count_id, location_id, product_id, lot_id, lot_key, expected_qty,"
                           " counted_qty, counted_at, counted_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"
                           " RETURNING *"),
            {lineId, countId, location->id, productId, db::textOrNull(lotId), lotId, quantity, at, db::userOrNull(session), at,
             db::userOrNull(session)},
            true);
        if (!written)
            return written.error();
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return lineId;
}

core::Result<> CountService::setCounted(const core::Session &session, const QString &lineId, qint64 quantity)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    if (quantity < 0)
        return core::Error::validation(Tr::tr("A counted quantity cannot be negative."), QStringLiteral("quantity"));
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM inventory_count_lines WHERE id = ?"), {lineId});
    if (!version)
        return version.error();
    if (!version->isValid())
        return core::Error::notFound(Tr::tr("No such count line."), lineId);
    const QString at = db::now();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("inventory_count_lines"),
                                       QStringLiteral("UPDATE inventory_count_lines SET counted_qty = ?, counted_at = ?, counted_by = ?,"
                                                      " row_version = row_version + 1, updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                       {quantity, at, db::userOrNull(session), at, db::userOrNull(session), lineId}, false,
                                       version->toLongLong());
    if (!written)
        return written.error();
    return tx.commit();
}

core::Result<QList<CountLine>> CountService::review(const QString &countId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT cl.id, cl.location_id, loc.code, loc.pick_sequence, cl.product_id, p.sku, p.name, cl.lot_id,"
                                      " lt.lot_code, cl.expected_qty, cl.counted_qty,"
                                      " COALESCE((SELECT b.on_hand FROM stock_balances b WHERE b.product_id = cl.product_id"
                                      "  AND b.location_id = cl.location_id AND b.lot_key = cl.lot_key), 0)"
                                      " FROM inventory_count_lines cl JOIN locations loc ON loc.id = cl.location_id"
                                      " JOIN products p ON p.id = cl.product_id LEFT JOIN lots lt ON lt.id = cl.lot_id"
                                      " WHERE cl.count_id = ? ORDER BY loc.pick_sequence, p.sku, lt.lot_code"),
                       {countId});
    if (!q)
        return q.error();
    QList<CountLine> list;
    while (q->next()) {
        CountLine l;
        l.id = q->value(0).toString();
        l.locationId = q->value(1).toString();
        l.locationCode = q->value(2).toString();
        l.pickSequence = q->value(3).toInt();
        l.productId = q->value(4).toString();
        l.sku = q->value(5).toString();
        l.name = q->value(6).toString();
        l.lotId = q->value(7).toString();
        l.lotCode = q->value(8).toString();
        l.expected = q->value(9).toLongLong();
        l.counted = !q->value(10).isNull();
        l.countedQty = q->value(10).toLongLong();
        l.onHandNow = q->value(11).toLongLong();
        list.append(l);
    }
    return list;
}

core::Result<int> CountService::post(const core::Session &session, const QString &countId)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    auto status = m_db.scalar(QStringLiteral("SELECT status FROM inventory_counts WHERE id = ?"), {countId});
    if (!status)
        return status.error();
    if (!status->isValid())
        return core::Error::notFound(Tr::tr("No such count."), countId);
    if (status->toString() != u"open")
        return core::Error::conflict(Tr::tr("This count is already posted or cancelled."));
    auto lines = review(countId);
    if (!lines)
        return lines.error();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    StockService stock(m_db);
    int posted = 0;
    for (const CountLine &l : *lines) {
        const qint64 d = l.difference();
        if (d == 0)
            continue;
        Movement m;
        m.kind = MovementKind::CountDifference;
        m.productId = l.productId;
        m.lotId = l.lotId;
        m.quantity = d > 0 ? d : -d;
        if (d > 0)
            m.toLocationId = l.locationId;
        else
            m.fromLocationId = l.locationId;
        m.document = QStringLiteral("count:%1").arg(countId);
        m.reason = Tr::tr("Inventory count: counted %1, system had %2").arg(l.countedQty).arg(l.onHandNow);
        auto moved = stock.move(session, m);
        if (!moved) {
            core::Error e = moved.error();
            if (e.kind == core::Error::Kind::Validation)
                e.message = Tr::tr("%1 at %2: %3").arg(l.sku, l.locationCode, e.message);
            return e;
        }
        ++posted;
    }
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM inventory_counts WHERE id = ?"), {countId});
    if (!version)
        return version.error();
    const QString at = db::now();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("inventory_counts"),
                                       QStringLiteral("UPDATE inventory_counts SET status = 'posted', posted_at = ?, posted_by = ?,"
                                                      " row_version = row_version + 1, updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                       {at, db::userOrNull(session), at, db::userOrNull(session), countId}, false, version->toLongLong());
    if (!written)
        return written.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return posted;
}

core::Result<> CountService::cancel(const core::Session &session, const QString &countId)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM inventory_counts WHERE id = ? AND status = 'open'"), {countId});
    if (!version)
        return version.error();
    if (!version->isValid())
        return core::Error::conflict(Tr::tr("Only an open count can be cancelled."));
    const QString at = db::now();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("inventory_counts"),
                                       QStringLiteral("UPDATE inventory_counts SET status = 'cancelled', row_version = row_version + 1,"
                                                      " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                       {at, db::userOrNull(session), countId}, false, version->toLongLong());
    if (!written)
        return written.error();
    return tx.commit();
}

} // namespace stock
