#pragma once

#include "core/domain/module.h"
#include "orders/data/orderentryfactory.h"
#include "orders/data/orderentryservice.h"

#include <functional>

namespace core {
class AppContext;
}

namespace orders {

using OrderEntryServiceFactory = std::function<core::Result<OrderEntryService>(core::AppContext &)>;

/// `retaguarda-cli orders create`: enters an order for a store, representative, franchise or
/// telesales channel. `makeService` builds the order entry service for the invocation's
/// context; by default the one wired to the order workflow (orderEntryService()).
/// Exit codes: 0 created, 2 invalid input (prints "field: message"), 1 anything else.
core::CliCommand orderCreateCommand(OrderEntryServiceFactory makeService = orderEntryService);

} // namespace orders
