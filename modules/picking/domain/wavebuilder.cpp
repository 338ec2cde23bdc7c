#include "picking/domain/wavebuilder.h"

#include "picking/domain/pickingtr.h"

#include <algorithm>

namespace picking {

bool WaveBuilder::matches(const WaveOrder &order, const WaveFilter &filter)
{
    if (!filter.carriers.isEmpty()) {
        bool any = false;
        for (const QString &c : filter.carriers)
            any = any || order.carrier.compare(c.trimmed(), Qt::CaseInsensitive) == 0;
        if (!any)
            return false;
    }
    if (!filter.channels.isEmpty() && !filter.channels.contains(order.channel, Qt::CaseInsensitive))
        return false;
    if (filter.minPriority && order.priority < *filter.minPriority)
        return false;
    if (filter.cutOff.isValid()) {
        const QDateTime when = order.paidAt.isValid() ? order.paidAt : order.placedAt;
        if (!when.isValid() || when >= filter.cutOff)
            return false;
    }
    return true;
}

int WaveBuilder::priorityOf(const QString &carrier, const QDateTime &paidAt, const QDateTime &now)
{
    const QString c = carrier.toLower();
    if (c.contains(QLatin1String("sedex")) || c.contains(QLatin1String("express")))
        return 2;
    if (paidAt.isValid() && paidAt.secsTo(now) > 48 * 3600)
        return 1;
    return 0;
}

void WaveBuilder::route(PlannedList &list, const RouteGeometry &geometry)
{
    QList<PickLocation> stops;
    stops.reserve(list.tasks.size());
    for (const PlannedTask &t : std::as_const(list.tasks))
        stops.append(t.line.location);
    const QList<int> order = Route::serpentineOrder(stops, geometry);
    list.routeLengthM = Route::length(stops, order, geometry);
    list.naiveRouteLengthM = Route::length(stops, Route::codeOrder(stops), geometry);
    QList<PlannedTask> routed;
    routed.reserve(list.tasks.size());
    list.units = 0;
    for (int i : order) {
        routed.append(list.tasks.at(i));
        routed.last().seq = int(routed.size());
        list.units += routed.last().line.quantity;
    }
    list.tasks = std::move(routed);
}

WavePlan WaveBuilder::build(QList<WaveOrder> candidates, const WaveFilter &filter, const BatchLimits &limits,
                            const RouteGeometry &geometry)
{
    WavePlan plan;
    std::stable_sort(candidates.begin(), candidates.end(), [](const WaveOrder &a, const WaveOrder &b) {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        const QDateTime wa = a.paidAt.isValid() ? a.paidAt : a.placedAt;
        const QDateTime wb = b.paidAt.isValid() ? b.paidAt : b.placedAt;
        if (wa != wb)
            return wa < wb;
        return a.number < b.number;
    });
    for (WaveOrder &order : candidates) {
        if (!matches(order, filter))
            continue;
        if (filter.maxOrders > 0 && plan.orders.size() >= filter.maxOrders)
            break;
        if (order.lines.isEmpty() || order.reservedUnits() < order.orderedUnits) {
            plan.skipped.append({order.number, order.lines.isEmpty()
                                                   ? Tr::tr("no stock reserved")
                                                   : Tr::tr("stock reserved for %1 of %2 units")
                                                         .arg(order.reservedUnits())
                                                         .arg(order.orderedUnits)});
            continue;
        }
        plan.orders.append(std::move(order));
    }

    // Batch orders that start in the same part of the walk: sort by each order's first stop in
    // the serpentine order of the whole warehouse, then fill lists up to the limits.
    QList<PickLocation> firstStops;
    QList<int> orderIndex;
    for (qsizetype i = 0; i < plan.orders.size(); ++i) {
        QList<PickLocation> stops;
        for (const PickLine &l : std::as_const(plan.orders.at(i).lines))
            stops.append(l.location);
        firstStops.append(stops.at(Route::serpentineOrder(stops, geometry).constFirst()));
        orderIndex.append(int(i));
    }
    // The global serpentine order of every first stop gives the batching order.
    const QList<int> byWalk = Route::serpentineOrder(firstStops, geometry);

    const int maxTotes = std::max(1, limits.maxTotes);
    const int maxLines = std::max(1, limits.maxLines);
    PlannedList current;
    int currentLines = 0;
    auto flush = [&] {
        if (current.orderIds.isEmpty())
            return;
        route(current, geometry);
        plan.routeLengthM += current.routeLengthM;
        plan.naiveRouteLengthM += current.naiveRouteLengthM;
        plan.lists.append(std::move(current));
        current = PlannedList{};
        currentLines = 0;
    };
    for (int k : byWalk) {
        const WaveOrder &order = plan.orders.at(orderIndex.at(k));
        const int lines = int(order.lines.size());
        if (!current.orderIds.isEmpty()
            && (current.orderIds.size() >= maxTotes || currentLines + lines > maxLines))
            flush();
        current.orderIds.append(order.id);
        const int tote = int(current.orderIds.size());
        for (const PickLine &l : order.lines)
            current.tasks.append({l, tote, 0});
        currentLines += lines;
        plan.lineCount += lines;
        plan.unitCount += order.reservedUnits();
    }
    flush();
    return plan;
}

} // namespace picking
