#include "stock/data/stockservice.h"

#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/transaction.h"
#include "core/domain/civiltime.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "stock/data/stockdb.h"
#include "stock/domain/stocktr.h"

#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace stock {

namespace {

struct ProductInfo
{
    QString sku;
    bool lotControlled = false;
};

struct LocationInfo
{
    QString code;
    bool blocked = false;
    qint64 capacity = 0;
};

core::Result<ProductInfo> productInfo(core::Database &db, const QString &productId)
{
    auto q = db.exec(QStringLiteral("SELECT sku, lot_controlled FROM products WHERE id = ?"), {productId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("The product of the movement does not exist."), productId);
    return ProductInfo{q->value(0).toString(), q->value(1).toBool()};
}

core::Result<LocationInfo> locationInfo(core::Database &db, const QString &locationId)
{
    auto q = db.exec(QStringLiteral("SELECT code, blocked, capacity_units FROM locations WHERE id = ?"), {locationId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("The location of the movement does not exist."), locationId);
    return LocationInfo{q->value(0).toString(), q->value(1).toInt() != 0, q->value(2).toLongLong()};
}

QString lotLabel(core::Database &db, const QString &lotId)
{
    if (lotId.isEmpty())
        return {};
    auto code = db.scalar(QStringLiteral("SELECT lot_code FROM lots WHERE id = ?"), {lotId});
    return code ? code->toString() : QString();
}

} // namespace

core::Result<QString> StockService::move(const core::Session &session, const Movement &movement)
{
    return apply(session, movement, false);
}

core::Result<QString> StockService::moveReserved(const core::Session &session, const Movement &movement)
{
    return apply(session, movement, true);
}

core::Result<QString> StockService::apply(const core::Session &session, const Movement &m, bool consumesReservation)
{
    const core::Permission needed = m.kind == MovementKind::Pick ? core::Permission::PickingRun : core::Permission::StockManage;
    if (!session.can(needed) && !session.can(core::Permission::StockManage)) {
        if (auto allowed = session.require(needed); !allowed)
            return allowed.error();
    }
    if (!MovementKind::isValid(m.kind))
        return core::Error::validation(Tr::tr("Unknown movement kind \"%1\". Use one of: %2.")
                                           .arg(m.kind, MovementKind::all().join(QStringLiteral(", "))),
                                       QStringLiteral("kind"));
    if (m.quantity <= 0)
        return core::Error::validation(Tr::tr("The quantity of a movement must be greater than zero."), QStringLiteral("quantity"));
    if (m.fromLocationId.isEmpty() && m.toLocationId.isEmpty())
        return core::Error::validation(Tr::tr("A movement needs a location to take from, to put into, or both."),
                                       QStringLiteral("location"));
    if (m.fromLocationId == m.toLocationId)
        return core::Error::validation(Tr::tr("The movement takes from and puts into the same location."), QStringLiteral("location"));

    auto product = productInfo(m_db, m.productId);
    if (!product)
        return product.error();
    if (product->lotControlled && m.lotId.isEmpty())
        return core::Error::validation(Tr::tr("%1 is lot-controlled: say which lot moves.").arg(product->sku), QStringLiteral("lot"));
    if (!product->lotControlled && !m.lotId.isEmpty())
        return core::Error::validation(Tr::tr("%1 has no lot control: a movement of it carries no lot.").arg(product->sku),
                                       QStringLiteral("lot"));
    if (!m.lotId.isEmpty()) {
        auto owner = m_db.scalar(QStringLiteral("SELECT product_id FROM lots WHERE id = ?"), {m.lotId});
        if (!owner)
            return owner.error();
        if (owner->toString() != m.productId)
            return core::Error::validation(Tr::tr("The lot does not belong to %1.").arg(product->sku), QStringLiteral("lot"));
    }
    std::optional<LocationInfo> from;
    std::optional<LocationInfo> to;
    if (!m.fromLocationId.isEmpty()) {
        auto l = locationInfo(m_db, m.fromLocationId);
        if (!l)
            return l.error();
        from = *l;
    }
    if (!m.toLocationId.isEmpty()) {
        auto l = locationInfo(m_db, m.toLocationId);
        if (!l)
            return l.error();
        to = *l;
        const bool correcting = m.kind == MovementKind::Adjustment || m.kind == MovementKind::CountDifference;
        if (to->blocked && !correcting)
            return core::Error::validation(Tr::tr("Location %1 is blocked: nothing can be put into it. Unblock it or choose another.")
                                               .arg(to->code),
                                           QStringLiteral("to"));
    }
    const QString lotKey = m.lotId;
    const QVariant lotValue = db::textOrNull(m.lotId);
    const QString at = db::now();

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();

    if (from) {
        auto q = m_db.exec(QStringLiteral("SELECT on_hand, reserved FROM stock_balances"
                                          " WHERE product_id = ? AND location_id = ? AND lot_key = ?"),
                           {m.productId, m.fromLocationId, lotKey});
        if (!q)
            return q.error();
        const bool found = q->next();
        const qint64 onHand = found ? q->value(0).toLongLong() : 0;
        const qint64 reserved = found ? q->value(1).toLongLong() : 0;
        q->finish();
        const QString lotText = m.lotId.isEmpty() ? QString() : Tr::tr(", lot %1").arg(lotLabel(m_db, m.lotId));
        if (consumesReservation) {
            if (onHand < m.quantity || reserved < m.quantity)
                return core::Error::validation(
                    Tr::tr("Cannot pick %1 × %2 from %3%4: on hand %5, reserved %6. Count the location and re-allocate the order.")
                        .arg(m.quantity).arg(product->sku, from->code, lotText).arg(onHand).arg(reserved),
                    QStringLiteral("quantity"));
        } else if (onHand - reserved < m.quantity) {
            return core::Error::validation(
                reserved > 0
                    ? Tr::tr("Not enough stock: %1 at %2%3 has %4 on hand, %5 of them reserved for orders, so only %6 can move,"
                             " not %7. Stock never goes below zero; move less or release reservations first.")
                          .arg(product->sku, from->code, lotText).arg(onHand).arg(reserved).arg(onHand - reserved).arg(m.quantity)
                    : Tr::tr("Not enough stock: %1 at %2%3 has %4 on hand, not %5. Stock never goes below zero; move less or"
                             " check the location.")
                          .arg(product->sku, from->code, lotText).arg(onHand).arg(m.quantity),
                QStringLiteral("quantity"));
        }
        const qint64 newOnHand = onHand - m.quantity;
        const qint64 newReserved = consumesReservation ? reserved - m.quantity : reserved;
        if (newOnHand == 0 && newReserved == 0) {
            auto del = m_db.exec(QStringLiteral("DELETE FROM stock_balances WHERE product_id = ? AND location_id = ? AND lot_key = ?"),
                                 {m.productId, m.fromLocationId, lotKey});
            if (!del)
                return del.error();
        } else {
            auto upd = m_db.exec(QStringLiteral("UPDATE stock_balances SET on_hand = ?, reserved = ?, updated_at = ?"
                                                " WHERE product_id = ? AND location_id = ? AND lot_key = ?"),
                                 {newOnHand, newReserved, at, m.productId, m.fromLocationId, lotKey});
            if (!upd)
                return upd.error();
        }
    }
    if (to) {
        if (to->capacity > 0 && (m.kind == MovementKind::Putaway || m.kind == MovementKind::Transfer)) {
            auto used = m_db.scalar(QStringLiteral("SELECT COALESCE(SUM(on_hand), 0) FROM stock_balances WHERE location_id = ?"),
                                    {m.toLocationId});
            if (!used)
                return used.error();
            if (used->toLongLong() + m.quantity > to->capacity)
                return core::Error::validation(Tr::tr("Location %1 holds at most %2 units and has %3: %4 more do not fit.")
                                                   .arg(to->code).arg(to->capacity).arg(used->toLongLong()).arg(m.quantity),
                                               QStringLiteral("to"));
        }
        auto upd = m_db.exec(QStringLiteral("UPDATE stock_balances SET on_hand = on_hand + ?, updated_at = ?"
                                            " WHERE product_id = ? AND location_id = ? AND lot_key = ?"),
                             {m.quantity, at, m.productId, m.toLocationId, lotKey});
        if (!upd)
            return upd.error();
        if (upd->numRowsAffected() == 0) {
            auto ins = m_db.exec(QStringLiteral("INSERT INTO stock_balances (product_id, lot_id, lot_key, location_id, on_hand,"
                                                " reserved, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?)"),
                                 {m.productId, lotValue, lotKey, m.toLocationId, m.quantity, at});
            if (!ins)
                return ins.error();
        }
    }

    const QString id = core::Uuid7::generate();
    auto written = db::writeWithOutbox(
        m_db, QStringLiteral("stock_movements"),
        QStringLiteral("INSERT INTO stock_movements (id, at, kind, product_id, lot_id, from_location_id, to_location_id,"
                       " quantity, reason, document, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *"),
        {id, at, m.kind, m.productId, lotValue, db::textOrNull(m.fromLocationId), db::textOrNull(m.toLocationId), m.quantity,
         m.reason, m.document, db::userOrNull(session)},
        true);
    if (!written)
        return written.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

core::Result<StockPosition> StockService::position(const QString &productId) const
{
    auto p = m_db.exec(QStringLiteral("SELECT p.sku, p.gtin, p.name, p.lot_controlled, s.unit, s.controls_expiry,"
                                      " s.storage_conditions, s.min_qty, s.max_qty, s.abc_class"
                                      " FROM products p LEFT JOIN product_stock_settings s ON s.product_id = p.id WHERE p.id = ?"),
                       {productId});
    if (!p)
        return p.error();
    if (!p->next())
        return core::Error::notFound(Tr::tr("No such product."), productId);
    StockPosition pos;
    pos.productId = productId;
    pos.sku = p->value(0).toString();
    pos.gtin = p->value(1).toString();
    pos.name = p->value(2).toString();
    pos.lotControlled = p->value(3).toBool();
    if (!p->value(4).isNull())
        pos.unit = p->value(4).toString();
    pos.controlsExpiry = p->value(5).toInt() != 0;
    pos.storageConditions = p->value(6).toString();
    pos.minQty = p->value(7).toLongLong();
    pos.maxQty = p->value(8).toLongLong();
    pos.abcClass = p->value(9).toString();

    auto q = m_db.exec(QStringLiteral("SELECT b.lot_id, l.lot_code, l.expiry_date, l.blocked, b.location_id, loc.code, loc.zone,"
                                      " loc.kind, loc.blocked, loc.pick_sequence, b.on_hand, b.reserved"
                                      " FROM stock_balances b JOIN locations loc ON loc.id = b.location_id"
                                      " LEFT JOIN lots l ON l.id = b.lot_id"
                                      " WHERE b.product_id = ? AND b.on_hand > 0"),
                       {productId});
    if (!q)
        return q.error();
    const QDate today = core::CivilTime::today();
    while (q->next()) {
        BalanceLine line;
        line.productId = productId;
        line.lotId = q->value(0).toString();
        line.lotCode = q->value(1).toString();
        line.expiryDate = core::fromDbDate(q->value(2));
        line.lotBlocked = q->value(3).toInt() != 0;
        line.locationId = q->value(4).toString();
        line.locationCode = q->value(5).toString();
        line.zone = q->value(6).toString();
        line.locationKind = q->value(7).toString();
        line.locationBlocked = q->value(8).toInt() != 0;
        line.pickSequence = q->value(9).toInt();
        line.onHand = q->value(10).toLongLong();
        line.reserved = q->value(11).toLongLong();
        pos.onHand += line.onHand;
        pos.reserved += line.reserved;
        const bool expired = line.expiryDate.isValid() && line.expiryDate < today;
        const bool promisable = line.locationKind == u"pick" || line.locationKind == u"reserve";
        if (!expired && !line.lotBlocked && !line.locationBlocked && promisable)
            pos.usable += line.available();
        pos.lines.append(line);
    }
    std::sort(pos.lines.begin(), pos.lines.end(), [](const BalanceLine &a, const BalanceLine &b) {
        if (a.pickSequence != b.pickSequence)
            return a.pickSequence < b.pickSequence;
        if (a.locationCode != b.locationCode)
            return a.locationCode < b.locationCode;
        return a.expiryDate < b.expiryDate;
    });
    return pos;
}

core::Result<QString> StockService::findProduct(const QString &skuGtinOrLot) const
{
    const QString t = skuGtinOrLot.trimmed();
    if (t.isEmpty())
        return core::Error::validation(Tr::tr("Type or scan a SKU, EAN or lot."));
    auto byCode = m_db.scalar(QStringLiteral("SELECT id FROM products WHERE sku = ? OR sku = ? OR gtin = ? LIMIT 1"),
                              {t, t.toUpper(), t});
    if (!byCode)
        return byCode.error();
    if (byCode->isValid() && !byCode->isNull())
        return byCode->toString();
    auto byLot = m_db.scalar(QStringLiteral("SELECT product_id FROM lots WHERE lot_code = ? OR lot_code = ? LIMIT 1"), {t, t.toUpper()});
    if (!byLot)
        return byLot.error();
    if (byLot->isValid() && !byLot->isNull())
        return byLot->toString();
    return core::Error::notFound(Tr::tr("No product with SKU, EAN or lot \"%1\".").arg(t));
}

core::Result<QList<MovementRecord>> StockService::history(const QString &productId, int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT m.id, m.at, m.kind, m.product_id, p.sku, m.lot_id, l.lot_code, m.from_location_id,"
                                      " fl.code, m.to_location_id, tl.code, m.quantity, m.reason, m.document, u.login"
                                      " FROM stock_movements m JOIN products p ON p.id = m.product_id"
                                      " LEFT JOIN lots l ON l.id = m.lot_id"
                                      " LEFT JOIN locations fl ON fl.id = m.from_location_id"
                                      " LEFT JOIN locations tl ON tl.id = m.to_location_id"
                                      " LEFT JOIN users u ON u.id = m.user_id"
                                      " WHERE m.product_id = ? ORDER BY m.at DESC, m.id DESC LIMIT ?"),
                       {productId, limit});
    if (!q)
        return q.error();
    QList<MovementRecord> list;
    while (q->next()) {
        MovementRecord r;
        r.id = q->value(0).toString();
        r.at = q->value(1).toString();
        r.kind = q->value(2).toString();
        r.productId = q->value(3).toString();
        r.sku = q->value(4).toString();
        r.lotId = q->value(5).toString();
        r.lotCode = q->value(6).toString();
        r.fromLocationId = q->value(7).toString();
        r.fromCode = q->value(8).toString();
        r.toLocationId = q->value(9).toString();
        r.toCode = q->value(10).toString();
        r.quantity = q->value(11).toLongLong();
        r.reason = q->value(12).toString();
        r.document = q->value(13).toString();
        r.userLogin = q->value(14).toString();
        list.append(r);
    }
    return list;
}

core::Result<> StockService::rebuildBalances(const core::Session &session)
{
    if (auto allowed = session.require(core::Permission::StockManage); !allowed)
        return allowed.error();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString at = db::now();
    for (const QString &sql :
         {QStringLiteral("DELETE FROM stock_balances"),
          QStringLiteral("INSERT INTO stock_balances (product_id, lot_id, lot_key, location_id, on_hand, reserved, updated_at)"
                         " SELECT product_id, lot_id, COALESCE(%1, ''), location_id, SUM(q), 0, ?"
                         " FROM (SELECT product_id, lot_id, to_location_id AS location_id, quantity AS q FROM stock_movements"
                         "       WHERE to_location_id IS NOT NULL"
                         "       UNION ALL SELECT product_id, lot_id, from_location_id, -quantity FROM stock_movements"
                         "       WHERE from_location_id IS NOT NULL) m"
                         " GROUP BY product_id, lot_id, location_id HAVING SUM(q) <> 0")
              .arg(m_db.dialect().kind() == core::SqlDialect::Kind::Sqlite ? QStringLiteral("lot_id") : QStringLiteral("lot_id::text")),
          QStringLiteral("UPDATE stock_balances SET reserved = (SELECT COALESCE(SUM(r.quantity - r.picked_quantity), 0)"
                         " FROM stock_reservations r WHERE r.status = 'active' AND r.product_id = stock_balances.product_id"
                         " AND r.location_id = stock_balances.location_id"
                         " AND (r.lot_id = stock_balances.lot_id OR (r.lot_id IS NULL AND stock_balances.lot_id IS NULL)))")}) {
        auto done = sql.contains(u'?') ? m_db.exec(sql, {at}) : m_db.exec(sql);
        if (!done)
            return done.error();
    }
    return tx.commit();
}

} // namespace stock
