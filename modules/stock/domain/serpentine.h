#pragma once

#include "stock/domain/location.h"

#include <QList>

namespace stock {

/// The walking order of a warehouse: aisles in order, the first walked from rack 1 up, the next
/// from its last rack down, and so on (a serpentine), so a picker never walks an aisle twice or
/// back to its front. Within a rack face: level, then position. Aisles sort naturally ('A' < 'B',
/// '2' < '10'). Receiving, shipping and quarantine locations come after the storage ones.
class Serpentine
{
public:
    /// Sets pickSequence (1, 2, ...) on every location of the list.
    static void sequence(QList<Location> &locations);
    /// Floor coordinates for a regular layout: aisle i at x = i × aisleSpacing, rack r at
    /// y = (r − 0.5) × rackWidth.
    static void place(Location &location, int aisleIndex, double aisleSpacingM = 3.0, double rackWidthM = 1.2);
};

} // namespace stock
