#pragma once

#include "picking/domain/picktypes.h"

#include <QHash>
#include <QList>

namespace picking {

/// The floor as a picker walks it: parallel aisles (a walking line at x per aisle) joined by two
/// cross aisles, one at the front (y = frontY, where the depot is) and one at the back
/// (y = backY). A picker walks along aisles and changes aisle only at either end.
struct RouteGeometry
{
    double frontY = 0;
    double backY = 0;
    double depotX = 0;                 ///< on the front cross aisle; walks start and end here
    QHash<QString, double> aisleX;     ///< walking line of each aisle (mean x of its locations)
    bool valid = false;                ///< false: no coordinates; routes follow pick_sequence

    /// The geometry of a warehouse from its locations: each aisle's line is the mean x of its
    /// locations, the cross aisles lie `crossAisleMargin` metres beyond the first and last
    /// locations, and the depot is at the front end of the first aisle.
    static RouteGeometry fromLocations(const QList<PickLocation> &locations, double crossAisleMargin = 1.0);

    double xOf(const PickLocation &l) const { return aisleX.value(l.aisle, l.xM); }
};

/// Route order and route length of a pick walk.
class Route
{
public:
    /// Serpentine (S-shape) order: the aisles that hold picks, from the depot outwards (by their
    /// x), walked alternately up (front to back) and down; inside an aisle by the distance along
    /// it. Returns indexes into `stops`. Without geometry: by pick_sequence, then code.
    static QList<int> serpentineOrder(const QList<PickLocation> &stops, const RouteGeometry &geometry);
    /// The naive walk: the same stops in location-code order (alphabetical).
    static QList<int> codeOrder(const QList<PickLocation> &stops);
    /// Metres walked from the depot through `stops` in `order` and back to the depot.
    static double length(const QList<PickLocation> &stops, const QList<int> &order, const RouteGeometry &geometry);
    /// Shortest walk between two locations: along the aisle when they share it, otherwise out at
    /// the front or the back end (whichever is shorter), across, and into the other aisle.
    static double distance(const PickLocation &a, const PickLocation &b, const RouteGeometry &geometry);
    /// From the depot to a location (and back: the same).
    static double fromDepot(const PickLocation &l, const RouteGeometry &geometry);
};

} // namespace picking
