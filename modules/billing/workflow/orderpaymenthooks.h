#pragma once

#include "billing/data/reconciliationservice.h"

namespace core {
class AppContext;
}

namespace billing {

/// How reconciliation reaches the order workflow: payment_confirmed through the orders module's
/// OrderWorkflow (registered in the AppContext), inside reconciliation's transaction. Shared by
/// the CLI and the Boletos dock.
struct OrderPaymentHooks
{
    ReconciliationService::AwaitsPayment awaitsPayment;
    ReconciliationService::ConfirmPayment confirmPayment;
};

/// Hooks over the context's workflow; both are empty (payments recorded, orders untouched)
/// when no order workflow is registered.
OrderPaymentHooks orderPaymentHooks(core::AppContext &context);

} // namespace billing
