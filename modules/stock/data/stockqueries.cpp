#include "stock/data/stockqueries.h"

#include "core/data/database.h"
#include "core/domain/civiltime.h"
#include "core/domain/searchkey.h"
#include "stock/data/stockdb.h"

#include "stock/domain/stocktr.h"
#include <QHash>
#include <QSet>

namespace stock {

namespace {

core::Result<QList<ExpiryLine>> readExpiry(core::Result<QSqlQuery> q, const QDate &today)
{
    if (!q)
        return q.error();
    QList<ExpiryLine> list;
    while (q->next()) {
        ExpiryLine e;
        e.productId = q->value(0).toString();
        e.sku = q->value(1).toString();
        e.name = q->value(2).toString();
        e.lotId = q->value(3).toString();
        e.lotCode = q->value(4).toString();
        e.expiryDate = core::fromDbDate(q->value(5));
        e.lotBlocked = q->value(6).toInt() != 0;
        e.locationCode = q->value(7).toString();
        e.onHand = q->value(8).toLongLong();
        e.reserved = q->value(9).toLongLong();
        e.daysLeft = today.daysTo(e.expiryDate);
        list.append(e);
    }
    return list;
}

const QString kExpirySelect = QStringLiteral(
    "SELECT p.id, p.sku, p.name, l.id, l.lot_code, l.expiry_date, l.blocked, loc.code, b.on_hand, b.reserved"
    " FROM lots l JOIN stock_balances b ON b.lot_id = l.id AND b.on_hand > 0"
    " JOIN products p ON p.id = l.product_id JOIN locations loc ON loc.id = b.location_id");

} // namespace

core::Result<QList<StockSearchHit>> StockQueries::search(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    QList<StockSearchHit> hits;
    if (t.isEmpty())
        return hits;
    QSet<QString> seen;
    auto add = [&](const QString &sql, const QVariantList &bindings, const QString &matchedBy) -> core::Result<> {
        auto q = m_db.exec(sql, bindings);
        if (!q)
            return q.error();
        while (q->next() && hits.size() < limit) {
            const QString id = q->value(0).toString();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            hits.append({id, q->value(1).toString(), q->value(2).toString(), q->value(3).toString(), 0, 0, matchedBy});
        }
        return {};
    };
    const QString cols = QStringLiteral("SELECT p.id, p.sku, p.gtin, p.name FROM products p");
    if (auto r = add(cols + QStringLiteral(" WHERE p.gtin = ? OR p.sku = ?"), {t, t.toUpper()}, QStringLiteral("code")); !r)
        return r.error();
    if (auto r = add(cols + QStringLiteral(" JOIN lots l ON l.product_id = p.id WHERE l.lot_code = ? ORDER BY p.sku"), {t.toUpper()},
                     QStringLiteral("lot"));
        !r)
        return r.error();
    if (auto r = add(cols + QStringLiteral(" JOIN stock_balances b ON b.product_id = p.id JOIN locations loc ON loc.id = b.location_id"
                                           " WHERE loc.code = ? AND b.on_hand > 0 ORDER BY p.sku"),
                     {t.toUpper()}, QStringLiteral("location"));
        !r)
        return r.error();
    if (hits.isEmpty()) {
        if (auto r = add(cols + QStringLiteral(" WHERE %1 ORDER BY p.sku LIMIT ?").arg(m_db.dialect().prefixMatch(QStringLiteral("p.sku"))),
                         {m_db.dialect().prefixPattern(t.toUpper()), limit}, QStringLiteral("sku"));
            !r)
            return r.error();
        const QString key = core::SearchKey::fold(t);
        if (!key.isEmpty()) {
            if (auto r = add(cols + QStringLiteral(" WHERE %1 ORDER BY p.name_key LIMIT ?")
                                        .arg(m_db.dialect().prefixMatch(QStringLiteral("p.name_key"))),
                             {m_db.dialect().prefixPattern(key), limit}, QStringLiteral("name"));
                !r)
                return r.error();
        }
    }
    // Totals per hit: one indexed aggregate each (hits are few).
    for (StockSearchHit &h : hits) {
        auto q = m_db.exec(QStringLiteral("SELECT COALESCE(SUM(on_hand), 0), COALESCE(SUM(reserved), 0) FROM stock_balances"
                                          " WHERE product_id = ?"),
                           {h.productId});
        if (!q)
            return q.error();
        if (q->next()) {
            h.onHand = q->value(0).toLongLong();
            h.reserved = q->value(1).toLongLong();
        }
    }
    return hits;
}

core::Result<QList<ExpiryLine>> StockQueries::expiring(int days, const QDate &today, bool includeExpired) const
{
    const QDate day = today.isValid() ? today : core::CivilTime::today();
    const QString until = day.addDays(days).toString(Qt::ISODate);
    if (includeExpired)
        return readExpiry(m_db.exec(kExpirySelect + QStringLiteral(" WHERE l.expiry_date IS NOT NULL AND l.expiry_date <= ?"
                                                                   " ORDER BY l.expiry_date, p.sku, loc.pick_sequence"),
                                    {until}),
                          day);
    return readExpiry(m_db.exec(kExpirySelect + QStringLiteral(" WHERE l.expiry_date >= ? AND l.expiry_date <= ?"
                                                               " ORDER BY l.expiry_date, p.sku, loc.pick_sequence"),
                                {day.toString(Qt::ISODate), until}),
                      day);
}

core::Result<QList<ExpiryLine>> StockQueries::expired(const QDate &today) const
{
    const QDate day = today.isValid() ? today : core::CivilTime::today();
    return readExpiry(m_db.exec(kExpirySelect + QStringLiteral(" WHERE l.expiry_date < ? ORDER BY l.expiry_date, p.sku"),
                                {day.toString(Qt::ISODate)}),
                      day);
}

core::Result<QList<RecallLine>> StockQueries::recall(const QString &lotCode, const QString &sku) const
{
    const QString code = lotCode.trimmed().toUpper();
    QString sql = QStringLiteral("SELECT m.document, m.quantity, m.at, l.lot_code, p.sku, l.expiry_date"
                                 " FROM lots l JOIN products p ON p.id = l.product_id"
                                 " JOIN stock_movements m ON m.lot_id = l.id AND m.kind = 'pick'"
                                 " WHERE l.lot_code = ?");
    QVariantList bindings{code};
    if (!sku.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND p.sku = ?");
        bindings << sku.trimmed().toUpper();
    }
    auto q = m_db.exec(sql + QStringLiteral(" ORDER BY m.at"), bindings);
    if (!q)
        return q.error();
    struct Pick
    {
        qint64 number;
        qint64 quantity;
        QString at, lot, sku;
        QDate expiry;
    };
    QList<Pick> picks;
    while (q->next()) {
        const QString doc = q->value(0).toString();
        if (!doc.startsWith(QLatin1String("order:")))
            continue;
        bool ok = false;
        const qint64 number = doc.mid(6).toLongLong(&ok);
        if (!ok)
            continue;
        picks.append({number, q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(), q->value(4).toString(),
                      core::fromDbDate(q->value(5))});
    }
    q->finish();
    // One line per order and lot (several picks of the same lot for one order add up).
    QList<RecallLine> lines;
    QHash<QString, int> index;
    for (const Pick &p : picks) {
        const QString key = QString::number(p.number) + u'|' + p.sku + u'|' + p.lot;
        if (auto it = index.constFind(key); it != index.constEnd()) {
            lines[*it].quantity += p.quantity;
            continue;
        }
        auto o = m_db.exec(QStringLiteral("SELECT o.id, o.status, c.name, c.document, c.email, COALESCE(NULLIF(c.mobile, ''), c.phone),"
                                          " a.city, a.state FROM orders o JOIN customers c ON c.id = o.customer_id"
                                          " LEFT JOIN customer_addresses a ON a.id = o.shipping_address_id WHERE o.number = ?"),
                           {p.number});
        if (!o)
            return o.error();
        RecallLine r;
        r.lotCode = p.lot;
        r.sku = p.sku;
        r.expiryDate = p.expiry;
        r.orderNumber = p.number;
        r.quantity = p.quantity;
        r.pickedAt = p.at;
        if (o->next()) {
            r.orderId = o->value(0).toString();
            r.orderStatus = o->value(1).toString();
            r.customerName = o->value(2).toString();
            r.customerDocument = o->value(3).toString();
            r.customerEmail = o->value(4).toString();
            r.customerPhone = o->value(5).toString();
            r.city = o->value(6).toString();
            r.state = o->value(7).toString();
        }
        index.insert(key, int(lines.size()));
        lines.append(r);
    }
    return lines;
}

core::Result<QString> StockQueries::orderIdByNumber(qint64 number) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number});
    if (!id)
        return id.error();
    if (!id->isValid() || id->isNull())
        return core::Error::notFound(Tr::tr("No order number %1.").arg(number));
    return id->toString();
}

} // namespace stock
