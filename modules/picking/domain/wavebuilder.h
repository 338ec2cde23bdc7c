#pragma once

#include "picking/domain/picktypes.h"
#include "picking/domain/route.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace picking {

/// Which orders a wave takes. Empty lists and unset values do not filter.
struct WaveFilter
{
    QStringList carriers;           ///< case-insensitive carrier names
    QStringList channels;           ///< channel codes
    std::optional<int> minPriority; ///< only orders with at least this priority
    QDateTime cutOff;               ///< only orders paid (or placed, when unpaid) before this time
    int maxOrders = 0;              ///< 0 = no limit
};

/// How big one walk is: one tote per order, at most maxTotes orders and maxLines lines per list
/// (an order with more lines than maxLines gets a list of its own; orders are never split).
/// The default is a 24-tote picking cart. The serpentine walk gains more over location-code
/// order the denser a walk's picks are per aisle: on the benchmark's 20 aisles about 25 % with
/// ~96 lines per walk, 11 % with ~48.
struct BatchLimits
{
    int maxTotes = 24;
    int maxLines = 100;
};

struct PlannedTask
{
    PickLine line;
    int tote = 0; ///< 1-based tote of the list the order goes into
    int seq = 0;  ///< 1-based position in the walk
};

struct PlannedList
{
    QStringList orderIds;  ///< tote n holds orderIds[n - 1]
    QList<PlannedTask> tasks; ///< in walking order
    double routeLengthM = 0;
    double naiveRouteLengthM = 0;
    int units = 0;
};

struct SkippedOrder
{
    qint64 number = 0;
    QString reason;
};

struct WavePlan
{
    QList<WaveOrder> orders; ///< the orders taken, by priority
    QList<PlannedList> lists;
    QList<SkippedOrder> skipped; ///< matched the filter but cannot be picked (and why)
    double routeLengthM = 0;
    double naiveRouteLengthM = 0;
    int lineCount = 0;
    int unitCount = 0;
};

/// Builds a wave from candidate orders: filter, priority, batching into totes and lists, and the
/// serpentine route of every list (with the code-order route for comparison). Pure: no database.
class WaveBuilder
{
public:
    static bool matches(const WaveOrder &order, const WaveFilter &filter);
    /// The default priority rule: 2 for express carriers (SEDEX, "express", "expresso"),
    /// 1 for orders paid more than 48 h before `now`, otherwise 0.
    static int priorityOf(const QString &carrier, const QDateTime &paidAt, const QDateTime &now);
    static WavePlan build(QList<WaveOrder> candidates, const WaveFilter &filter, const BatchLimits &limits,
                          const RouteGeometry &geometry);
    /// Routes one list's tasks in place (serpentine) and fills its lengths; used again when
    /// a short pick adds a task.
    static void route(PlannedList &list, const RouteGeometry &geometry);
};

} // namespace picking
