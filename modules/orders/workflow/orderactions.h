#pragma once

#include "core/domain/result.h"
#include "core/workflow/workflowactions.h"

#include <QString>
#include <functional>

namespace orders {

/// Registers the actions the orders module offers to workflow charts:
///   set_payment_status:STATUS, stamp:COLUMN, notify_storefront, apply_approval_rules and
///   send_email:TEMPLATE (which queues through `queueEmail`, given by the e-mail part).
using QueueEmail = std::function<core::Result<>(const core::WorkflowActionContext &)>;
void registerOrderActions(core::WorkflowActions &actions, QueueEmail queueEmail);

} // namespace orders
