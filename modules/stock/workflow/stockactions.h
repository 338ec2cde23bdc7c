#pragma once

#include "core/workflow/workflowactions.h"

namespace stock {

/// `reserve_stock`: on entering a state (the default chart: pago), reserves the order's lines by
/// FEFO. Lines stock cannot cover are recorded on the order's timeline (kind "stock", payload {"stock":"short"}) and stay
/// visible as shortages; the order still moves on. Does nothing while the company has no
/// warehouse (stock not kept in Retaguarda yet). Database errors fail the action (and roll the
/// transition back).
core::WorkflowAction reserveStockAction();

/// `release_stock`: on entering a state (the default chart: cancelado), releases the order's
/// active reservations, so the stock is available again.
core::WorkflowAction releaseStockAction();

/// Registers the stock module's workflow actions.
void registerStockActions(core::WorkflowActions &actions);

} // namespace stock
