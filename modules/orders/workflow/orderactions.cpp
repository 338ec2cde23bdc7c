#include "orders/workflow/orderactions.h"

#include "core/data/database.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"
#include "orders/domain/orderstatus.h"
#include "orders/workflow/approvalrules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace orders {

using core::Tr;
using core::WorkflowActionContext;

namespace {

core::Result<> setPaymentStatus(const WorkflowActionContext &c)
{
    const QStringList known = OrderStatus::paymentStatuses();
    if (!known.contains(c.argument))
        return core::Error::validation(Tr::tr("set_payment_status needs one of: %1.").arg(known.join(QStringLiteral(", "))),
                                       c.argument);
    auto done = c.db.exec(QStringLiteral("UPDATE orders SET payment_status = ? WHERE id = ?"), {c.argument, c.entityId});
    if (!done)
        return done.error();
    return {};
}

core::Result<> stamp(const WorkflowActionContext &c)
{
    // The column name cannot be bound, so only these four are accepted.
    static const QSet<QString> columns{QStringLiteral("paid_at"), QStringLiteral("shipped_at"),
                                       QStringLiteral("delivered_at"), QStringLiteral("cancelled_at")};
    if (!columns.contains(c.argument))
        return core::Error::validation(Tr::tr("stamp needs one of: paid_at, shipped_at, delivered_at, cancelled_at."),
                                       c.argument);
    auto done = c.db.exec(QStringLiteral("UPDATE orders SET %1 = ? WHERE id = ?").arg(c.argument),
                          {core::toDbTimestamp(QDateTime::currentDateTimeUtc()), c.entityId});
    if (!done)
        return done.error();
    return {};
}

// Marketplaces and the storefront must hear about status and tracking changes; orders of the
// company's own stores and telesales have nobody to tell.
core::Result<> notifyStorefront(const WorkflowActionContext &c)
{
    auto order = c.db.exec(QStringLiteral("SELECT o.channel_id, o.external_id, o.tracking_code, o.carrier, ch.kind"
                                          " FROM orders o JOIN channels ch ON ch.id = o.channel_id WHERE o.id = ?"),
                           {c.entityId});
    if (!order)
        return order.error();
    if (!order->next())
        return core::Error::notFound(Tr::tr("The order does not exist."), c.entityId);
    const QString kind = order->value(4).toString();
    if (kind != QLatin1String("storefront") && kind != QLatin1String("marketplace"))
        return {};
    const QJsonObject payload{{QStringLiteral("external_id"), order->value(1).toString()},
                              {QStringLiteral("status"), c.toState},
                              {QStringLiteral("tracking_code"), order->value(2).toString()},
                              {QStringLiteral("carrier"), order->value(3).toString()}};
    auto queued = c.db.exec(QStringLiteral("INSERT INTO storefront_outbox (id, order_id, channel_id, kind, payload, created_at)"
                                           " VALUES (?, ?, ?, 'status', ?, ?)"),
                            {core::Uuid7::generate(), c.entityId, order->value(0).toString(),
                             QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
                             core::toDbTimestamp(QDateTime::currentDateTimeUtc())});
    if (!queued)
        return queued.error();
    return {};
}

core::Result<> applyApprovalRules(const WorkflowActionContext &c)
{
    ApprovalRules rules(c.db);
    auto all = rules.list();
    if (!all)
        return all.error();
    auto facts = rules.caseFor(c.entityId);
    if (!facts)
        return facts.error();
    const ApprovalDecision decision = ApprovalRules::decide(*all, *facts);
    if (decision.approve) {
        if (c.raised)
            c.raised->append({QStringLiteral("approve"), decision.reason});
        return {};
    }
    // Held for a person: the reason goes on the timeline and into the review queue.
    auto recorded = c.db.exec(QStringLiteral("INSERT INTO order_events (id, order_id, at, kind, reason) VALUES (?, ?, ?, 'review', ?)"),
                              {core::Uuid7::generate(), c.entityId, core::toDbTimestamp(QDateTime::currentDateTimeUtc()),
                               decision.reason});
    if (!recorded)
        return recorded.error();
    return {};
}

} // namespace

void registerOrderActions(core::WorkflowActions &actions, QueueEmail queueEmail)
{
    actions.add(QStringLiteral("set_payment_status"), setPaymentStatus);
    actions.add(QStringLiteral("stamp"), stamp);
    actions.add(QStringLiteral("notify_storefront"), notifyStorefront);
    actions.add(QStringLiteral("apply_approval_rules"), applyApprovalRules);
    actions.add(QStringLiteral("send_email"), std::move(queueEmail));
}

} // namespace orders
