#include "billing/workflow/billingactions.h"

#include "billing/data/boletoissuer.h"
#include "billing/data/boletorepository.h"
#include "billing/domain/boletostatus.h"
#include "core/data/database.h"
#include "core/data/rowsnapshot.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QDateTime>

namespace billing {

namespace {

core::Result<> recordNotIssued(const core::WorkflowActionContext &context, const QString &why)
{
    const QString eventId = core::Uuid7::generate();
    auto event = context.db.exec(
        QStringLiteral("INSERT INTO order_events (id, order_id, at, user_id, kind, reason, payload)"
                       " VALUES (?, ?, ?, ?, 'boleto_not_issued', ?, '{}')"),
        {eventId, context.entityId, core::toDbTimestamp(QDateTime::currentDateTimeUtc()),
         context.session.userId().isEmpty() ? QVariant() : QVariant(context.session.userId()),
         core::Tr::tr("Boleto not issued: %1").arg(why)});
    if (!event)
        return event.error();
    return core::recordRowInOutbox(context.db, QStringLiteral("order_events"), eventId, true, 0);
}

} // namespace

core::WorkflowAction generateBoletoAction()
{
    return [](const core::WorkflowActionContext &context) -> core::Result<> {
        auto method = context.db.scalar(QStringLiteral("SELECT payment_method FROM orders WHERE id = ?"), {context.entityId});
        if (!method)
            return method.error();
        if (method->toString() != u"boleto")
            return {};
        auto existing = context.db.scalar(QStringLiteral("SELECT COUNT(*) FROM boletos WHERE order_id = ? AND status <> 'cancelado'"),
                                          {context.entityId});
        if (!existing)
            return existing.error();
        if (existing->toLongLong() > 0)
            return {};
        BoletoIssuer issuer(context.db);
        BoletoIssueRequest request;
        request.orderId = context.entityId;
        // issue() runs in a savepoint: a refusal halfway leaves nothing, and the transition goes on.
        auto issued = issuer.issue(context.session, request);
        if (issued)
            return {};
        if (issued.error().kind == core::Error::Kind::Database)
            return issued.error();
        return recordNotIssued(context, issued.error().message);
    };
}

core::WorkflowAction cancelBoletosAction()
{
    return [](const core::WorkflowActionContext &context) -> core::Result<> {
        BoletoRepository boletos(context.db);
        auto list = boletos.forOrder(context.entityId);
        if (!list)
            return list.error();
        QStringList refused;
        for (const Boleto &b : *list) {
            if (!BoletoStatus::isOpen(b.status))
                continue;
            auto cancelled = boletos.cancel(context.session, b.id, core::Tr::tr("order cancelled"));
            if (!cancelled && cancelled.error().kind == core::Error::Kind::Database)
                return cancelled.error();
            if (!cancelled)
                refused << QStringLiteral("%1 (%2)").arg(b.nossoNumeroPrinted, cancelled.error().message);
        }
        if (refused.isEmpty())
            return {};
        const QString eventId = core::Uuid7::generate();
        auto event = context.db.exec(
            QStringLiteral("INSERT INTO order_events (id, order_id, at, user_id, kind, reason, payload)"
                           " VALUES (?, ?, ?, ?, 'boleto_not_cancelled', ?, '{}')"),
            {eventId, context.entityId, core::toDbTimestamp(QDateTime::currentDateTimeUtc()),
             context.session.userId().isEmpty() ? QVariant() : QVariant(context.session.userId()),
             core::Tr::tr("Boletos still open, cancel them in Billing: %1").arg(refused.join(QStringLiteral("; ")))});
        if (!event)
            return event.error();
        return core::recordRowInOutbox(context.db, QStringLiteral("order_events"), eventId, true, 0);
    };
}

void registerBillingActions(core::WorkflowActions &actions)
{
    actions.add(QStringLiteral("generate_boleto"), generateBoletoAction());
    actions.add(QStringLiteral("cancel_boletos"), cancelBoletosAction());
}

} // namespace billing
