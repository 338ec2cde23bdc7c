#pragma once

#include "core/workflow/workflowactions.h"

namespace orders {

/// The workflow action "send_email:TEMPLATE": queues the template for the order's customer in the
/// transition's transaction (see EmailQueue::enqueueForOrder). Templates are looked up in
/// `<dataFolder>/email/` first, then among the built-in ones.
core::WorkflowAction sendEmailAction(const QString &dataFolder);

} // namespace orders
