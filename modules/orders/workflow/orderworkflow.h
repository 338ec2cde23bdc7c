#pragma once

#include "core/domain/result.h"
#include "core/workflow/workflowchart.h"

#include <QString>
#include <memory>

namespace core {
class Database;
class Session;
class WorkflowActions;
} // namespace core

namespace orders {

/// Where the order chart comes from, first match wins: the company's active chart in the
/// database (workflow_charts), `<dataFolder>/workflows/order.scxml`, the built-in
/// `:/workflows/order.scxml`.
struct WorkflowChartSources
{
    QString dataFolder; ///< the folder of the database file; empty for none
};

/// The order life cycle as data. Every status change of an order goes through advance(): the
/// chart decides whether it is allowed, the change, its order event, audit entry, sync outbox
/// entry and the entry actions of the new state run in one transaction.
class OrderWorkflow
{
public:
    OrderWorkflow(core::Database &db, const core::WorkflowActions &actions, WorkflowChartSources sources);
    ~OrderWorkflow();

    /// The chart in force, loaded and validated on first use.
    core::Result<const core::WorkflowChart *> chart();
    /// Drops the loaded chart so the next call reads the sources again.
    void reload();

    /// Transitions the workflow allows from `status` (the actions to offer for an order in it).
    core::Result<QList<core::WorkflowTransition>> allowedFrom(const QString &status);

    /// Moves an order along the transition named by an event ("payment_confirmed") or a target
    /// state ("pago"). Refused (Conflict) when the chart has no such transition from the order's
    /// current state; Forbidden without OrdersManage. Returns the new state.
    core::Result<QString> advance(const core::Session &session, const QString &orderId,
                                  const QString &eventOrTarget, const QString &reason);
    /// Same, inside a transaction the caller already holds (order entry, reconciliation).
    core::Result<QString> advanceInTransaction(const core::Session &session, const QString &orderId,
                                               const QString &eventOrTarget, const QString &reason);
    /// Runs the initial state's entry actions for an order just created in that state (inside
    /// the caller's transaction).
    core::Result<> started(const core::Session &session, const QString &orderId);

    /// Stores `scxml` as the company's chart after validating it (CompanySettingsManage).
    core::Result<> installCompanyChart(const core::Session &session, const QByteArray &scxml);
    /// Retires the company's chart; the data folder's or the built-in one applies again.
    core::Result<> removeCompanyChart(const core::Session &session);

private:
    core::Database &m_db;
    const core::WorkflowActions &m_actions;
    WorkflowChartSources m_sources;
    std::unique_ptr<core::WorkflowChart> m_chart;
};

} // namespace orders
