#include "billing/workflow/orderpaymenthooks.h"

#include "core/domain/appcontext.h"
#include "orders/workflow/orderworkflow.h"

#include <QHash>
#include <memory>

namespace billing {

OrderPaymentHooks orderPaymentHooks(core::AppContext &context)
{
    auto *workflow = context.service<orders::OrderWorkflow>();
    if (!workflow)
        return {};
    static const QString event = QStringLiteral("payment_confirmed");
    // The chart is data: ask it once per state which ones accept the payment.
    auto answers = std::make_shared<QHash<QString, bool>>();
    OrderPaymentHooks hooks;
    hooks.awaitsPayment = [workflow, answers](const QString &status) {
        if (status.isEmpty())
            return false;
        if (const auto known = answers->constFind(status); known != answers->constEnd())
            return *known;
        bool accepts = false;
        if (auto allowed = workflow->allowedFrom(status)) {
            for (const core::WorkflowTransition &t : *allowed)
                accepts = accepts || t.event == event;
        }
        answers->insert(status, accepts);
        return accepts;
    };
    hooks.confirmPayment = [workflow, &context](const QString &orderId, const QString &reason) -> core::Result<> {
        auto moved = workflow->advanceInTransaction(context.session(), orderId, event, reason);
        if (!moved)
            return moved.error();
        return {};
    };
    return hooks;
}

} // namespace billing
