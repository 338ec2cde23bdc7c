#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace picking {

/// A storage address as picking sees it (stock's `locations` row): code, aisle geometry and the
/// position on the floor in metres.
struct PickLocation
{
    QString id;
    QString code;       ///< printed address, 'A-01-02-03' (aisle-rack-level-position)
    QString aisle;
    int rack = 0;
    int level = 0;
    int position = 0;
    int pickSequence = 0; ///< stock's static walking order; used when coordinates are missing
    double xM = 0;
    double yM = 0;
};

/// One reserved quantity of an order line at one location (and lot): what becomes a pick task.
struct PickLine
{
    QString orderId;
    QString orderItemId;
    QString reservationId; ///< stock_reservations.id; empty when picking from a plain order line
    QString productId;
    QString sku;
    QString description;
    QString gtin;
    QString lotId;         ///< empty: product without lot control
    QString lotCode;
    QString expiry;        ///< YYYY-MM-DD or empty
    PickLocation location;
    int quantity = 0;
};

/// An order that may go into a wave, with its reserved lines.
struct WaveOrder
{
    QString id;
    qint64 number = 0;
    QString status;       ///< pago or em_separacao
    QString carrier;
    QString channel;      ///< channel code
    int priority = 0;     ///< higher first (see WaveBuilder::priorityOf)
    QDateTime placedAt;
    QDateTime paidAt;
    int orderedUnits = 0; ///< units ordered; the order is complete when reserved units match
    QList<PickLine> lines;

    int reservedUnits() const
    {
        int n = 0;
        for (const PickLine &l : lines)
            n += l.quantity;
        return n;
    }
};

} // namespace picking
