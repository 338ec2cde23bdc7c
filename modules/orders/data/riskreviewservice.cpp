#include "orders/data/riskreviewservice.h"

#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "orders/data/riskanalysisrepository.h"
#include "orders/domain/orderstatus.h"
#include "orders/workflow/orderworkflow.h"

#include <QCoreApplication>

namespace orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Orders)
};
} // namespace

std::optional<core::WorkflowTransition> RiskReviewService::transitionFor(const QList<core::WorkflowTransition> &allowed,
                                                                        const QString &decision)
{
    const bool approve = decision == QLatin1String("approve");
    const QString event = approve ? QStringLiteral("approve") : QStringLiteral("refuse");
    const QString target = approve ? QStringLiteral("pago") : QStringLiteral("cancelado");
    for (const auto &t : allowed) {
        if (t.event == event)
            return t;
    }
    for (const auto &t : allowed) {
        if (t.target == target)
            return t;
    }
    return std::nullopt;
}

core::Result<QString> RiskReviewService::decide(const core::Session &session, const QString &orderId,
                                                const QString &decision, const QString &reasons)
{
    if (auto allowed = session.require(core::Permission::OrdersManage); !allowed)
        return allowed.error();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto order = m_db.exec(QStringLiteral("SELECT status, number FROM orders WHERE id = ?"), {orderId});
    if (!order)
        return order.error();
    if (!order->next())
        return core::Error::notFound(Tr::tr("The order no longer exists."), orderId);
    const QString status = order->value(0).toString();
    const qint64 number = order->value(1).toLongLong();
    if (status != RiskAnalysisRepository::heldStatus()) {
        return core::Error::conflict(Tr::tr("Order %1 is \"%2\", not waiting for a risk decision; reload it.")
                                         .arg(number)
                                         .arg(OrderStatus::displayName(status)),
                                     QStringLiteral("order %1").arg(number));
    }
    auto allowed = m_workflow.allowedFrom(status);
    if (!allowed)
        return allowed.error();
    const auto transition = transitionFor(*allowed, decision);
    if (!transition) {
        return core::Error::conflict(Tr::tr("The workflow offers no way to %1 order %2 from \"%3\".")
                                         .arg(decision == QLatin1String("approve") ? Tr::tr("approve") : Tr::tr("refuse"))
                                         .arg(number)
                                         .arg(OrderStatus::displayName(status)),
                                     QStringLiteral("order %1").arg(number));
    }
    auto review = RiskAnalysisRepository(m_db).recordManualReview(session, orderId, decision, reasons);
    if (!review)
        return review.error();
    auto moved = m_workflow.advanceInTransaction(session, orderId, transition->event, review->reasons);
    if (!moved)
        return moved;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return moved;
}

} // namespace orders
