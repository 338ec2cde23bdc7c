#pragma once

#include "core/domain/result.h"
#include "picking/domain/scansession.h"

#include <QList>

namespace core {
class Database;
class Session;
} // namespace core

namespace orders {
class OrderWorkflow;
}

namespace picking {

/// What one confirmation changed.
struct PickResult
{
    QList<ScanTask> newTasks;   ///< a short pick re-allocated to other lots/locations (same list and tote)
    int backOrdered = 0;        ///< units nothing else could cover (a back-order was recorded)
    bool orderPicked = false;   ///< the task's order has nothing more to pick: it moved to "separado"
    bool listDone = false;
    QString message;
};

/// Writes what the scan screen confirms: picked units (a `pick` stock movement consuming the
/// reservation, through stock's ReservationService) and short picks (re-allocated by FEFO to
/// another lot or location as a new task at the end of the walk, or a back-order), each in the
/// pick_confirmations ledger. When an order's last task is done it moves to "separado". PickingRun.
class PickScanService
{
public:
    PickScanService(core::Database &db, orders::OrderWorkflow *workflow) : m_db(db), m_workflow(workflow) {}

    /// The open tasks of a list as the scan screen works them (walking order).
    core::Result<QList<ScanTask>> scanTasks(const QString &pickListId) const;
    /// `picked` units were taken, `shortQty` were missing at the location (picked + short = what
    /// the task still asked for).
    core::Result<PickResult> confirm(const core::Session &session, const QString &taskId, int picked, int shortQty);
    /// Applies a ScanSession outcome (Picked or Short); nothing for other outcomes.
    core::Result<PickResult> apply(const core::Session &session, const ScanSession::Outcome &outcome);

private:
    core::Database &m_db;
    orders::OrderWorkflow *m_workflow;
};

} // namespace picking
