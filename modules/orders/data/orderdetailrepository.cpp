#include "orders/data/orderdetailrepository.h"

#include "core/data/database.h"
#include "core/domain/tr.h"
#include "orders/data/riskanalysisrepository.h"

#include <algorithm>

namespace orders {

using core::Money;

namespace {
Money money(const QSqlQuery &q, int column)
{
    return Money::fromCents(q.value(column).toLongLong());
}
} // namespace

core::Result<OrderDetailData> OrderDetailRepository::load(const QString &orderId) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT o.id, o.number, o.channel_id, ch.name, ch.kind, o.external_id, o.status, o.payment_method,"
        " o.payment_status, o.installments, o.placed_at, o.paid_at, o.shipped_at, o.delivered_at, o.cancelled_at,"
        " o.items_cents, o.discount_cents, o.freight_cents, o.total_cents, o.carrier, o.tracking_code,"
        " o.shipping_address_id, o.notes, o.row_version, o.updated_at, o.customer_id"
        " FROM orders o JOIN channels ch ON ch.id = o.channel_id WHERE o.id = ?"),
        {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(core::Tr::tr("The order no longer exists."), orderId);
    OrderDetailData d;
    OrderDetailData::Header &h = d.header;
    h.id = q->value(0).toString();
    h.number = q->value(1).toLongLong();
    h.channelId = q->value(2).toString();
    h.channelName = q->value(3).toString();
    h.channelKind = q->value(4).toString();
    h.externalId = q->value(5).toString();
    h.status = q->value(6).toString();
    h.paymentMethod = q->value(7).toString();
    h.paymentStatus = q->value(8).toString();
    h.installments = q->value(9).toInt();
    h.placedAt = core::fromDbTimestamp(q->value(10));
    h.paidAt = core::fromDbTimestamp(q->value(11));
    h.shippedAt = core::fromDbTimestamp(q->value(12));
    h.deliveredAt = core::fromDbTimestamp(q->value(13));
    h.cancelledAt = core::fromDbTimestamp(q->value(14));
    h.items = money(*q, 15);
    h.discount = money(*q, 16);
    h.freight = money(*q, 17);
    h.total = money(*q, 18);
    h.carrier = q->value(19).toString();
    h.trackingCode = q->value(20).toString();
    h.shippingAddressId = q->value(21).toString();
    h.notes = q->value(22).toString();
    h.rowVersion = q->value(23).toLongLong();
    h.updatedAt = core::fromDbTimestamp(q->value(24));
    d.customer.id = q->value(25).toString();

    if (auto done = loadCustomer(d); !done)
        return done.error();
    if (auto done = loadItems(d); !done)
        return done.error();
    if (auto done = loadPayments(d); !done)
        return done.error();
    auto risks = RiskAnalysisRepository(m_db).history(orderId);
    if (!risks)
        return risks.error();
    d.risks = std::move(*risks);
    if (auto done = loadTimeline(d); !done)
        return done.error();
    if (auto done = loadEmails(d); !done)
        return done.error();
    return d;
}

core::Result<> OrderDetailRepository::loadCustomer(OrderDetailData &d) const
{
    auto q = m_db.exec(QStringLiteral("SELECT kind, name, document, email, phone, mobile FROM customers WHERE id = ?"),
                       {d.customer.id});
    if (!q)
        return q.error();
    if (q->next()) {
        d.customer.kind = q->value(0).toString();
        d.customer.name = q->value(1).toString();
        d.customer.document = q->value(2).toString();
        d.customer.email = q->value(3).toString();
        d.customer.phone = q->value(4).toString();
        d.customer.mobile = q->value(5).toString();
    }
    auto a = m_db.exec(QStringLiteral(
        "SELECT id, label, recipient, street, number, complement, district, city, state, cep, is_default"
        " FROM customer_addresses WHERE customer_id = ? ORDER BY is_default DESC, label, id"),
        {d.customer.id});
    if (!a)
        return a.error();
    while (a->next()) {
        OrderDetailData::Address address;
        address.id = a->value(0).toString();
        address.label = a->value(1).toString();
        address.recipient = a->value(2).toString();
        address.street = a->value(3).toString();
        address.number = a->value(4).toString();
        address.complement = a->value(5).toString();
        address.district = a->value(6).toString();
        address.city = a->value(7).toString();
        address.state = a->value(8).toString();
        address.cep = a->value(9).toString();
        address.isDefault = a->value(10).toInt() == 1;
        address.isShipping = address.id == d.header.shippingAddressId;
        d.addresses.append(address);
    }
    // The address the parcel goes to is what people look for first.
    std::stable_partition(d.addresses.begin(), d.addresses.end(),
                          [](const OrderDetailData::Address &address) { return address.isShipping; });
    return {};
}

core::Result<> OrderDetailRepository::loadItems(OrderDetailData &d) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT line_no, sku, description, quantity, list_price_cents, unit_price_cents, discount_cents, total_cents"
        " FROM order_items WHERE order_id = ? ORDER BY line_no"),
        {d.header.id});
    if (!q)
        return q.error();
    while (q->next()) {
        d.items.append({q->value(0).toInt(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                        money(*q, 4), money(*q, 5), money(*q, 6), money(*q, 7)});
    }
    return {};
}

core::Result<> OrderDetailRepository::loadPayments(OrderDetailData &d) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, at, method, status, amount_cents, installments, provider, card_brand, card_last4,"
        " authorization_code, nsu, acquirer_reference, pix_txid, pix_e2eid"
        " FROM payment_transactions WHERE order_id = ? ORDER BY at, id"),
        {d.header.id});
    if (!q)
        return q.error();
    while (q->next()) {
        OrderDetailData::Payment p;
        p.id = q->value(0).toString();
        p.at = core::fromDbTimestamp(q->value(1));
        p.method = q->value(2).toString();
        p.status = q->value(3).toString();
        p.amount = money(*q, 4);
        p.installments = q->value(5).toInt();
        p.provider = q->value(6).toString();
        p.cardBrand = q->value(7).toString();
        p.cardLast4 = q->value(8).toString();
        p.authorizationCode = q->value(9).toString();
        p.nsu = q->value(10).toString();
        p.acquirerReference = q->value(11).toString();
        p.pixTxid = q->value(12).toString();
        p.pixE2eid = q->value(13).toString();
        d.payments.append(p);
    }
    return {};
}

core::Result<> OrderDetailRepository::loadTimeline(OrderDetailData &d) const
{
    // "created" first among events of the same instant; the id keeps the rest stable.
    auto q = m_db.exec(QStringLiteral(
        "SELECT e.id, e.at, e.kind, e.from_status, e.to_status, e.reason, e.payload, e.user_id, u.name"
        " FROM order_events e LEFT JOIN users u ON u.id = e.user_id WHERE e.order_id = ?"
        " ORDER BY e.at, CASE e.kind WHEN 'created' THEN 0 ELSE 1 END, e.id"),
        {d.header.id});
    if (!q)
        return q.error();
    while (q->next()) {
        OrderDetailData::Event e;
        e.id = q->value(0).toString();
        e.at = core::fromDbTimestamp(q->value(1));
        e.kind = q->value(2).toString();
        e.fromStatus = q->value(3).toString();
        e.toStatus = q->value(4).toString();
        e.reason = q->value(5).toString();
        e.payload = q->value(6).toString();
        e.userId = q->value(7).toString();
        e.userName = q->value(8).toString();
        d.timeline.append(e);
    }
    return {};
}

core::Result<> OrderDetailRepository::loadEmails(OrderDetailData &d) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT id, template, recipient, subject, status, attempts, last_error, created_at, sent_at"
        " FROM email_outbox WHERE order_id = ? ORDER BY created_at, id"),
        {d.header.id});
    if (!q)
        return q.error();
    while (q->next()) {
        OrderDetailData::Email e;
        e.id = q->value(0).toString();
        e.templateName = q->value(1).toString();
        e.recipient = q->value(2).toString();
        e.subject = q->value(3).toString();
        e.status = q->value(4).toString();
        e.attempts = q->value(5).toInt();
        e.lastError = q->value(6).toString();
        e.createdAt = core::fromDbTimestamp(q->value(7));
        e.sentAt = core::fromDbTimestamp(q->value(8));
        d.emails.append(e);
    }
    return {};
}

} // namespace orders
