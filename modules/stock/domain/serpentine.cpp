#include "stock/domain/serpentine.h"

#include <QCollator>
#include <QMap>

#include <algorithm>

namespace stock {

QString Location::addressCode(const QString &aisle, int rack, int level, int position)
{
    return QStringLiteral("%1-%2-%3-%4")
        .arg(aisle)
        .arg(rack, 2, 10, QLatin1Char('0'))
        .arg(level, 2, 10, QLatin1Char('0'))
        .arg(position, 2, 10, QLatin1Char('0'));
}

void Serpentine::sequence(QList<Location> &locations)
{
    QCollator collator;
    collator.setNumericMode(true);
    QStringList aisles;
    for (const Location &l : locations) {
        if (LocationKind::isPromisable(l.kind) && !aisles.contains(l.aisle))
            aisles << l.aisle;
    }
    std::sort(aisles.begin(), aisles.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    QHash<QString, int> aisleIndex;
    for (int i = 0; i < aisles.size(); ++i)
        aisleIndex.insert(aisles[i], i);

    QList<int> order(locations.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    auto key = [&](const Location &l) {
        const bool storage = LocationKind::isPromisable(l.kind);
        const int a = storage ? aisleIndex.value(l.aisle) : 1 << 20;
        const bool up = a % 2 == 0; // the 1st, 3rd ... aisle walked up, the others down
        const int rack = up ? l.rack : -l.rack;
        return std::make_tuple(storage ? 0 : 1, a, rack, l.level, l.position);
    };
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
        const auto kx = key(locations[x]);
        const auto ky = key(locations[y]);
        if (kx != ky)
            return kx < ky;
        return collator.compare(locations[x].code, locations[y].code) < 0;
    });
    for (int i = 0; i < order.size(); ++i)
        locations[order[i]].pickSequence = i + 1;
}

void Serpentine::place(Location &location, int aisleIndex, double aisleSpacingM, double rackWidthM)
{
    location.xM = aisleIndex * aisleSpacingM;
    location.yM = (location.rack - 0.5) * rackWidthM;
}

} // namespace stock
