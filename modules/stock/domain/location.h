#pragma once

#include <QString>

namespace stock {

/// Location kinds (locations.kind).
namespace LocationKind {
inline const QString Pick = QStringLiteral("pick");
inline const QString Reserve = QStringLiteral("reserve");
inline const QString Receiving = QStringLiteral("receiving");
inline const QString Shipping = QStringLiteral("shipping");
inline const QString Quarantine = QStringLiteral("quarantine");
inline bool isValid(const QString &k) { return k == Pick || k == Reserve || k == Receiving || k == Shipping || k == Quarantine; }
/// Stock in these kinds can be promised to orders.
inline bool isPromisable(const QString &k) { return k == Pick || k == Reserve; }
} // namespace LocationKind

/// A storage address of a warehouse.
struct Location
{
    QString id;
    QString warehouseId;
    QString code;        ///< printed address 'A-01-02-03' (aisle-rack-level-position)
    QString aisle;
    int rack = 0;
    int level = 0;
    int position = 0;
    QString zone = QStringLiteral("PICK");
    QString kind = LocationKind::Pick;
    int pickSequence = 0;
    double xM = 0;
    double yM = 0;
    qint64 capacityUnits = 0; ///< 0 = not limited
    bool blocked = false;
    QString blockReason;

    /// 'A-01-02-03' from the parts (rack, level and position two digits).
    static QString addressCode(const QString &aisle, int rack, int level, int position);
};

struct Warehouse
{
    QString id;
    QString code;
    QString name;
    bool active = true;
};

} // namespace stock
