#pragma once

#include "core/domain/result.h"
#include "picking/domain/wavebuilder.h"

#include <QDateTime>
#include <QStringList>

namespace core {
class Database;
class Session;
} // namespace core

namespace orders {
class OrderWorkflow;
}

namespace picking {

/// A wave as created: its number and id, the plan it was built from, and its lists' ids.
struct CreatedWave
{
    QString id;
    int number = 0;
    WavePlan plan;
    QStringList listIds;      ///< in the order of plan.lists
    int ordersStarted = 0;    ///< orders moved from pago to em_separacao
    qint64 buildMs = 0;       ///< reading candidates and building the routed lists
    qint64 saveMs = 0;        ///< writing the wave, lists, totes and tasks (and moving the orders)
};

/// Releases waves: takes the orders a filter selects, batches them into routed pick lists with a
/// tote per order, stores it all in one transaction and moves the orders still in "pago" to
/// "em separação" through the order workflow. PickingRun.
class WaveService
{
public:
    WaveService(core::Database &db, orders::OrderWorkflow *workflow) : m_db(db), m_workflow(workflow) {}

    /// Only builds the plan (nothing is written): what `create` would do.
    core::Result<WavePlan> preview(const core::Session &session, const WaveFilter &filter, const BatchLimits &limits,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    core::Result<CreatedWave> create(const core::Session &session, const WaveFilter &filter, const BatchLimits &limits,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The rule "one wave per carrier": a wave for each carrier with orders waiting (same
    /// filter otherwise), so each carrier's orders leave together. Carriers with nothing to pick
    /// are left out; an error only when no wave at all could be made.
    core::Result<QList<CreatedWave>> createPerCarrier(const core::Session &session, const WaveFilter &filter,
                                                      const BatchLimits &limits,
                                                      const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Cancels a wave whose picking has not started: its orders may go into another wave.
    core::Result<> cancel(const core::Session &session, const QString &waveId);

    /// The layout's geometry (cached for the service's lifetime).
    core::Result<RouteGeometry> geometry() const;

private:
    core::Database &m_db;
    orders::OrderWorkflow *m_workflow;
    mutable std::optional<RouteGeometry> m_geometry;
};

} // namespace picking
