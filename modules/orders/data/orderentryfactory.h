#pragma once

#include "core/domain/result.h"
#include "orders/data/orderentryservice.h"

namespace core {
class AppContext;
}

namespace orders {

/// The order entry service as the app and the CLI use it: orders start in the initial state of
/// the order workflow that OrdersModule::initialize registered in `context`, the entry actions
/// of that state run inside the transaction that creates the order, and "orders.created" goes
/// to the context's event bus. Fails when the workflow is missing or its chart does not load.
core::Result<OrderEntryService> orderEntryService(core::AppContext &context);

} // namespace orders
