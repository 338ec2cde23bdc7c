#include "stock/data/receivingservice.h"

#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "stock/data/locationservice.h"
#include "stock/data/lotrepository.h"
#include "stock/data/stockdb.h"
#include "stock/data/stockservice.h"
#include "stock/domain/stocktr.h"

namespace stock {

core::Result<QString> ReceivingService::createReceipt(const core::Session &session, const QString &warehouseId,
                                                      const QString &document, const QString &supplier,
                                                      const QList<ExpectedItem> &items)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    if (items.isEmpty())
        return core::Error::validation(Tr::tr("A receipt needs at least one expected item."));
    const QString id = core::Uuid7::generate();
    const QString at = db::now();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("receipts"),
                                       QStringLiteral("INSERT INTO receipts (id, warehouse_id, document, supplier, status, created_at,"
                                                      " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 'open', ?, ?, ?, ?)"
                                                      " RETURNING *"),
                                       {id, warehouseId, document, supplier, at, db::userOrNull(session), at, db::userOrNull(session)},
                                       true);
    if (!written)
        return written.error();
    for (const ExpectedItem &item : items) {
        if (item.quantity <= 0)
            return core::Error::validation(Tr::tr("Expected quantities must be greater than zero."), QStringLiteral("quantity"));
        auto line = db::writeWithOutbox(m_db, QStringLiteral("receipt_items"),
                                        QStringLiteral("INSERT INTO receipt_items (id, receipt_id, product_id, expected_qty, received_qty,"
                                                       " updated_at, updated_by) VALUES (?, ?, ?, ?, 0, ?, ?) RETURNING *"),
                                        {core::Uuid7::generate(), id, item.productId, item.quantity, at, db::userOrNull(session)}, true);
        if (!line) {
            if (line.error().detail.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
                return core::Error::validation(Tr::tr("A product is listed twice on the receipt: give it once with the total."));
            return line.error();
        }
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return id;
}

core::Result<QList<ReceiptRow>> ReceivingService::openReceipts() const
{
    auto q = m_db.exec(QStringLiteral("SELECT r.id, r.warehouse_id, r.document, r.supplier, r.status, r.created_at,"
                                      " COALESCE(SUM(i.expected_qty), 0), COALESCE(SUM(i.received_qty), 0)"
                                      " FROM receipts r LEFT JOIN receipt_items i ON i.receipt_id = r.id WHERE r.status = 'open'"
                                      " GROUP BY r.id, r.warehouse_id, r.document, r.supplier, r.status, r.created_at"
                                      " ORDER BY r.created_at"));
    if (!q)
        return q.error();
    QList<ReceiptRow> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toLongLong(), q->value(7).toLongLong()});
    return list;
}

core::Result<QList<ReceiptItemRow>> ReceivingService::items(const QString &receiptId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT i.id, i.product_id, p.sku, p.gtin, p.name, p.lot_controlled,"
                                      " COALESCE(s.controls_expiry, 0), i.expected_qty, i.received_qty"
                                      " FROM receipt_items i JOIN products p ON p.id = i.product_id"
                                      " LEFT JOIN product_stock_settings s ON s.product_id = p.id"
                                      " WHERE i.receipt_id = ? ORDER BY p.sku"),
                       {receiptId});
    if (!q)
        return q.error();
    QList<ReceiptItemRow> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toBool(), q->value(6).toInt() != 0, q->value(7).toLongLong(),
                     q->value(8).toLongLong()});
    return list;
}

core::Result<ReceiveResult> ReceivingService::receive(const core::Session &session, const ReceiveLine &line)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    auto receipt = m_db.exec(QStringLiteral("SELECT warehouse_id, status, document FROM receipts WHERE id = ?"), {line.receiptId});
    if (!receipt)
        return receipt.error();
    if (!receipt->next())
        return core::Error::notFound(Tr::tr("No such receipt."), line.receiptId);
    const QString warehouseId = receipt->value(0).toString();
    if (receipt->value(1).toString() != u"open")
        return core::Error::conflict(Tr::tr("This receipt is closed; open a new one for further goods."));
    receipt->finish();
    if (line.quantity <= 0)
        return core::Error::validation(Tr::tr("The quantity received must be greater than zero."), QStringLiteral("quantity"));
    const QString code = line.productCode.trimmed();
    auto item = m_db.exec(QStringLiteral("SELECT i.id, i.product_id, p.sku, p.lot_controlled, COALESCE(s.controls_expiry, 0),"
                                         " i.expected_qty, i.received_qty, i.row_version"
                                         " FROM receipt_items i JOIN products p ON p.id = i.product_id"
                                         " LEFT JOIN product_stock_settings s ON s.product_id = p.id"
                                         " WHERE i.receipt_id = ? AND (p.gtin = ? OR p.sku = ?)"),
                          {line.receiptId, code, code.toUpper()});
    if (!item)
        return item.error();
    if (!item->next())
        return core::Error::validation(Tr::tr("%1 is not expected on this receipt. Set it aside and ask the buyer.").arg(code),
                                       QStringLiteral("product"));
    ReceiveResult result;
    const QString itemId = item->value(0).toString();
    result.productId = item->value(1).toString();
    result.sku = item->value(2).toString();
    const bool lotControlled = item->value(3).toBool();
    const bool controlsExpiry = item->value(4).toInt() != 0;
    result.expected = item->value(5).toLongLong();
    const qint64 received = item->value(6).toLongLong();
    const qint64 version = item->value(7).toLongLong();
    item->finish();
    if (received + line.quantity > result.expected)
        return core::Error::validation(Tr::tr("%1: %2 expected, %3 already received; %4 more is over the receipt.")
                                           .arg(result.sku)
                                           .arg(result.expected)
                                           .arg(received)
                                           .arg(line.quantity),
                                       QStringLiteral("quantity"));
    if (lotControlled && line.lotCode.trimmed().isEmpty())
        return core::Error::validation(Tr::tr("%1 is lot-controlled: scan or type the lot.").arg(result.sku), QStringLiteral("lot"));
    if (controlsExpiry && !line.expiry.isValid())
        return core::Error::validation(Tr::tr("%1 has expiry control: type the expiry date printed on the package.").arg(result.sku),
                                       QStringLiteral("expiry"));

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (lotControlled) {
        auto lot = LotRepository(m_db).findOrCreate(session, result.productId, line.lotCode, line.expiry);
        if (!lot)
            return lot.error();
        result.lotId = lot->id;
    }
    auto dock = LocationService(m_db).receivingLocation(session, warehouseId);
    if (!dock)
        return dock.error();
    result.receivingLocationId = dock->id;
    Movement m;
    m.kind = MovementKind::Receipt;
    m.productId = result.productId;
    m.lotId = result.lotId;
    m.toLocationId = dock->id;
    m.quantity = line.quantity;
    m.document = QStringLiteral("receipt:%1").arg(line.receiptId);
    auto moved = StockService(m_db).move(session, m);
    if (!moved)
        return moved.error();
    result.movementId = *moved;
    auto updated = db::writeWithOutbox(m_db, QStringLiteral("receipt_items"),
                                       QStringLiteral("UPDATE receipt_items SET received_qty = received_qty + ?, row_version = row_version + 1,"
                                                      " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                       {line.quantity, db::now(), db::userOrNull(session), itemId}, false, version);
    if (!updated)
        return updated.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    result.receivedSoFar = received + line.quantity;
    auto suggestion = suggestPutaway(warehouseId, result.productId, line.quantity);
    if (suggestion)
        result.suggestion = *suggestion;
    return result;
}

core::Result<PutawaySuggestion> ReceivingService::suggestPutaway(const QString &warehouseId, const QString &productId,
                                                                 qint64 quantity) const
{
    auto settings = LotRepository(m_db).settings(productId);
    if (!settings)
        return settings.error();
    // 1. The product's own pick face, then any storage location already holding it, with room.
    auto same = m_db.exec(QStringLiteral(
                              "SELECT loc.id, loc.code, loc.zone, loc.capacity_units,"
                              " (SELECT COALESCE(SUM(b2.on_hand), 0) FROM stock_balances b2 WHERE b2.location_id = loc.id)"
                              " FROM locations loc WHERE loc.warehouse_id = ? AND loc.blocked = 0 AND loc.kind IN ('pick', 'reserve')"
                              " AND (loc.id = ? OR EXISTS (SELECT 1 FROM stock_balances b WHERE b.product_id = ? AND b.location_id = loc.id))"
                              " ORDER BY CASE WHEN loc.id = ? THEN 0 ELSE 1 END, CASE loc.kind WHEN 'pick' THEN 0 ELSE 1 END,"
                              " loc.pick_sequence"),
                          {warehouseId, settings->pickLocationId, productId, settings->pickLocationId});
    if (!same)
        return same.error();
    while (same->next()) {
        const qint64 capacity = same->value(3).toLongLong();
        if (capacity > 0 && same->value(4).toLongLong() + quantity > capacity)
            continue;
        const bool face = same->value(0).toString() == settings->pickLocationId;
        return PutawaySuggestion{same->value(0).toString(), same->value(1).toString(), same->value(2).toString(),
                                 face ? Tr::tr("the product's pick face") : Tr::tr("the product is already stored here")};
    }
    same->finish();
    // 2. A free location in the right zone (the product's storage zone, else reserve, else any).
    QStringList zones;
    if (!settings->storageZone.isEmpty())
        zones << settings->storageZone;
    else
        zones << QStringLiteral("RESERVE") << QStringLiteral("PICK");
    for (const QString &zone : zones) {
        auto free = m_db.exec(QStringLiteral("SELECT loc.id, loc.code, loc.zone FROM locations loc"
                                             " WHERE loc.warehouse_id = ? AND loc.zone = ? AND loc.blocked = 0"
                                             " AND loc.kind IN ('pick', 'reserve')"
                                             " AND (loc.capacity_units = 0 OR loc.capacity_units >= ?)"
                                             " AND NOT EXISTS (SELECT 1 FROM stock_balances b WHERE b.location_id = loc.id)"
                                             " ORDER BY loc.pick_sequence LIMIT 1"),
                              {warehouseId, zone, quantity});
        if (!free)
            return free.error();
        if (free->next())
            return PutawaySuggestion{free->value(0).toString(), free->value(1).toString(), free->value(2).toString(),
                                     Tr::tr("free location in %1").arg(zone)};
    }
    return core::Error::notFound(settings->storageZone.isEmpty()
                                     ? Tr::tr("No free storage location is left. Free or add locations, or choose one by hand.")
                                     : Tr::tr("No free location in zone %1 is left. Free or add one, or choose one by hand.")
                                           .arg(settings->storageZone));
}

core::Result<QString> ReceivingService::putaway(const core::Session &session, const QString &warehouseId, const QString &productId,
                                                const QString &lotId, qint64 quantity, const QString &locationCode,
                                                const QString &document)
{
    LocationService locations(m_db);
    auto target = locations.find(locationCode, warehouseId);
    if (!target)
        return target.error();
    if (!LocationKind::isPromisable(target->kind))
        return core::Error::validation(Tr::tr("%1 is not a storage location (it is %2).").arg(target->code, target->kind),
                                       QStringLiteral("location"));
    auto dock = locations.receivingLocation(session, warehouseId);
    if (!dock)
        return dock.error();
    Movement m;
    m.kind = MovementKind::Putaway;
    m.productId = productId;
    m.lotId = lotId;
    m.fromLocationId = dock->id;
    m.toLocationId = target->id;
    m.quantity = quantity;
    m.document = document;
    return StockService(m_db).move(session, m);
}

core::Result<> ReceivingService::close(const core::Session &session, const QString &receiptId)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM receipts WHERE id = ?"), {receiptId});
    if (!version)
        return version.error();
    if (!version->isValid())
        return core::Error::notFound(Tr::tr("No such receipt."), receiptId);
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString at = db::now();
    auto written = db::writeWithOutbox(m_db, QStringLiteral("receipts"),
                                       QStringLiteral("UPDATE receipts SET status = 'closed', closed_at = ?, row_version = row_version + 1,"
                                                      " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                       {at, at, db::userOrNull(session), receiptId}, false, version->toLongLong());
    if (!written)
        return written.error();
    return tx.commit();
}

} // namespace stock
