#pragma once

#include "core/domain/result.h"
#include "core/workflow/workflowchart.h"

#include <QList>
#include <optional>

namespace core {
class Database;
class Session;
} // namespace core

namespace orders {

class OrderWorkflow;

/// A person's decision on an order held for risk analysis: the manual review is recorded and the
/// order moves along the matching workflow transition, in one transaction — a review is never
/// recorded without the order moving, nor the other way round.
class RiskReviewService
{
public:
    RiskReviewService(core::Database &db, OrderWorkflow &workflow) : m_db(db), m_workflow(workflow) {}

    /// The transition a decision takes among those allowed: "approve" follows the event approve
    /// (or else the transition to "pago"), "deny" the event refuse (or else the one to
    /// "cancelado"). None when the order's state offers no such way out.
    static std::optional<core::WorkflowTransition> transitionFor(const QList<core::WorkflowTransition> &allowed,
                                                                 const QString &decision);

    /// Records the review (decision approve or deny, reasons required) and advances the order.
    /// Returns the order's new status.
    core::Result<QString> decide(const core::Session &session, const QString &orderId, const QString &decision,
                                 const QString &reasons);

private:
    core::Database &m_db;
    OrderWorkflow &m_workflow;
};

} // namespace orders
