#include "picking/domain/route.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace picking {

RouteGeometry RouteGeometry::fromLocations(const QList<PickLocation> &locations, double crossAisleMargin)
{
    RouteGeometry g;
    if (locations.isEmpty())
        return g;
    QHash<QString, QPair<double, int>> sums;
    double minY = locations.constFirst().yM;
    double maxY = minY;
    bool anyCoordinate = false;
    for (const PickLocation &l : locations) {
        auto &s = sums[l.aisle];
        s.first += l.xM;
        s.second += 1;
        minY = std::min(minY, l.yM);
        maxY = std::max(maxY, l.yM);
        anyCoordinate = anyCoordinate || l.xM != 0 || l.yM != 0;
    }
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        g.aisleX.insert(it.key(), it->first / it->second);
    g.frontY = minY - crossAisleMargin;
    g.backY = maxY + crossAisleMargin;
    double firstX = g.aisleX.cbegin().value();
    for (double x : std::as_const(g.aisleX))
        firstX = std::min(firstX, x);
    g.depotX = firstX;
    g.valid = anyCoordinate;
    return g;
}

double Route::fromDepot(const PickLocation &l, const RouteGeometry &g)
{
    return std::abs(g.xOf(l) - g.depotX) + std::abs(l.yM - g.frontY);
}

double Route::distance(const PickLocation &a, const PickLocation &b, const RouteGeometry &g)
{
    const double xa = g.xOf(a);
    const double xb = g.xOf(b);
    if (a.aisle == b.aisle || std::abs(xa - xb) < 1e-9)
        return std::abs(a.yM - b.yM);
    const double viaFront = std::abs(a.yM - g.frontY) + std::abs(b.yM - g.frontY);
    const double viaBack = std::abs(g.backY - a.yM) + std::abs(g.backY - b.yM);
    return std::min(viaFront, viaBack) + std::abs(xa - xb);
}

double Route::length(const QList<PickLocation> &stops, const QList<int> &order, const RouteGeometry &g)
{
    if (order.isEmpty())
        return 0;
    double total = fromDepot(stops.at(order.constFirst()), g);
    for (qsizetype i = 1; i < order.size(); ++i)
        total += distance(stops.at(order.at(i - 1)), stops.at(order.at(i)), g);
    total += fromDepot(stops.at(order.constLast()), g);
    return total;
}

QList<int> Route::codeOrder(const QList<PickLocation> &stops)
{
    QList<int> order(stops.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return stops.at(a).code < stops.at(b).code; });
    return order;
}

QList<int> Route::serpentineOrder(const QList<PickLocation> &stops, const RouteGeometry &g)
{
    QList<int> order(stops.size());
    std::iota(order.begin(), order.end(), 0);
    if (!g.valid) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const PickLocation &la = stops.at(a);
            const PickLocation &lb = stops.at(b);
            return la.pickSequence != lb.pickSequence ? la.pickSequence < lb.pickSequence : la.code < lb.code;
        });
        return order;
    }
    // Rank the aisles that hold picks from the depot outwards; odd ranks are walked downwards.
    QMap<QPair<double, QString>, int> aisles;
    for (const PickLocation &l : stops)
        aisles.insert({g.xOf(l), l.aisle}, 0);
    int rank = 0;
    for (auto it = aisles.begin(); it != aisles.end(); ++it)
        it.value() = rank++;
    QList<int> aisleRank(stops.size());
    for (qsizetype i = 0; i < stops.size(); ++i)
        aisleRank[i] = aisles.value({g.xOf(stops.at(i)), stops.at(i).aisle});
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (aisleRank.at(a) != aisleRank.at(b))
            return aisleRank.at(a) < aisleRank.at(b);
        const PickLocation &la = stops.at(a);
        const PickLocation &lb = stops.at(b);
        const bool up = aisleRank.at(a) % 2 == 0;
        if (la.yM != lb.yM)
            return up ? la.yM < lb.yM : la.yM > lb.yM;
        return la.code < lb.code; // same spot: both faces of the aisle, levels, positions
    });
    return order;
}

} // namespace picking
