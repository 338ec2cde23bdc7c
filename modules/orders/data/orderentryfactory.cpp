#include "orders/data/orderentryfactory.h"

#include "core/domain/appcontext.h"
#include "core/domain/tr.h"
#include "orders/workflow/orderworkflow.h"

namespace orders {

core::Result<OrderEntryService> orderEntryService(core::AppContext &context)
{
    OrderWorkflow *workflow = context.service<OrderWorkflow>();
    if (!workflow)
        return core::Error::unavailable(core::Tr::tr("The order workflow is not loaded; orders cannot be entered."));
    auto chart = workflow->chart();
    if (!chart)
        return chart.error();
    return OrderEntryService(
        context.database(), (*chart)->initialState(),
        [workflow](const core::Session &session, const QString &orderId) { return workflow->started(session, orderId); },
        &context.events());
}

} // namespace orders
