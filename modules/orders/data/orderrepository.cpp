#include "orders/data/orderrepository.h"

#include "core/data/database.h"
#include "core/domain/cep.h"

namespace orders {

using core::Money;

namespace {
// The columns every order row query starts with, in readRow()'s order.
const QString kRowColumns = QStringLiteral(
    "o.id, o.number, o.placed_at, ch.name, c.name, c.document, o.total_cents,"
    " o.payment_method, o.payment_status, o.status, o.carrier, o.tracking_code");
const QString kRowJoins = QStringLiteral(
    " FROM orders o JOIN customers c ON c.id = o.customer_id JOIN channels ch ON ch.id = o.channel_id");
constexpr int kRowColumnCount = 12;

OrderRow readRow(const QSqlQuery &q)
{
    OrderRow r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toLongLong();
    r.placedAt = core::fromDbTimestamp(q.value(2));
    r.channelName = q.value(3).toString();
    r.customerName = q.value(4).toString();
    r.customerDocument = q.value(5).toString();
    r.total = Money::fromCents(q.value(6).toLongLong());
    r.paymentMethod = q.value(7).toString();
    r.paymentStatus = q.value(8).toString();
    r.status = q.value(9).toString();
    r.carrier = q.value(10).toString();
    r.trackingCode = q.value(11).toString();
    return r;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}
} // namespace

core::Result<QList<OrderRow>> OrderRepository::page(const OrderFilter &filter, const OrderCursor &cursor,
                                                    int limit) const
{
    QStringList where;
    QVariantList bindings;
    if (!filter.statuses.isEmpty()) {
        where << QStringLiteral("o.status IN (%1)").arg(placeholders(filter.statuses.size()));
        for (const QString &s : filter.statuses)
            bindings << s;
    }
    if (!filter.paymentMethods.isEmpty()) {
        where << QStringLiteral("o.payment_method IN (%1)").arg(placeholders(filter.paymentMethods.size()));
        for (const QString &m : filter.paymentMethods)
            bindings << m;
    }
    if (!filter.customerId.isEmpty()) {
        where << QStringLiteral("o.customer_id = ?");
        bindings << filter.customerId;
    }
    if (!cursor.isStart()) {
        where << QStringLiteral("(o.placed_at < ? OR (o.placed_at = ? AND o.id < ?))");
        bindings << cursor.placedAt << cursor.placedAt << cursor.id;
    }
    bindings << limit;
    const QString sql = QStringLiteral("SELECT %1%2 %3 ORDER BY o.placed_at DESC, o.id DESC LIMIT ?")
                            .arg(kRowColumns, kRowJoins,
                                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    auto q = m_db.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<OrderRow> rows;
    rows.reserve(limit);
    while (q->next())
        rows.append(readRow(*q));
    return rows;
}

core::Result<QString> OrderRepository::idForNumber(qint64 number) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number});
    if (!id)
        return id.error();
    return id->toString();
}

core::Result<OrderDetail> OrderRepository::detail(const QString &orderId) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT %1, o.external_id, c.email, c.mobile, o.items_cents, o.discount_cents, o.freight_cents, o.installments,"
        " a.street, a.number, a.complement, a.district, a.city, a.state, a.cep"
        "%2 LEFT JOIN customer_addresses a ON a.id = o.shipping_address_id WHERE o.id = ?").arg(kRowColumns, kRowJoins),
        {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(QStringLiteral("order not found"), orderId);
    OrderDetail d;
    d.row = readRow(*q);
    // The detail's own columns come after the row columns.
    auto extra = [&q](int i) { return q->value(kRowColumnCount + i); };
    d.externalId = extra(0).toString();
    d.customerEmail = extra(1).toString();
    d.customerPhone = extra(2).toString();
    d.items = Money::fromCents(extra(3).toLongLong());
    d.discount = Money::fromCents(extra(4).toLongLong());
    d.freight = Money::fromCents(extra(5).toLongLong());
    d.installments = extra(6).toInt();
    if (!extra(7).isNull()) {
        QString complement = extra(9).toString();
        d.address = QStringLiteral("%1, %2%3 - %4, %5/%6, CEP %7")
                        .arg(extra(7).toString(), extra(8).toString(),
                             complement.isEmpty() ? QString() : QStringLiteral(", ") + complement,
                             extra(10).toString(), extra(11).toString(), extra(12).toString(),
                             core::Cep::format(extra(13).toString()));
    }

    auto items = m_db.exec(QStringLiteral(
        "SELECT sku, description, quantity, list_price_cents, unit_price_cents, total_cents"
        " FROM order_items WHERE order_id = ? ORDER BY line_no"), {orderId});
    if (!items)
        return items.error();
    while (items->next()) {
        d.lines.append({items->value(0).toString(), items->value(1).toString(), items->value(2).toInt(),
                        Money::fromCents(items->value(3).toLongLong()),
                        Money::fromCents(items->value(4).toLongLong()),
                        Money::fromCents(items->value(5).toLongLong())});
    }
    auto events = m_db.exec(QStringLiteral(
        "SELECT at, kind, from_status, to_status, reason FROM order_events WHERE order_id = ? ORDER BY at"), {orderId});
    if (!events)
        return events.error();
    while (events->next()) {
        d.timeline.append({core::fromDbTimestamp(events->value(0)), events->value(1).toString(),
                           events->value(2).toString(), events->value(3).toString(), events->value(4).toString()});
    }
    return d;
}

} // namespace orders
