#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace stock {

/// One active reservation with everything picking needs to turn it into a pick task.
struct ReservationLine
{
    QString reservationId;
    QString orderId;
    qint64 orderNumber = 0;
    QString orderItemId;
    QString productId;
    QString sku;
    QString gtin;
    QString productName;
    QString lotId;          ///< empty: no lot control
    QString lotCode;
    QDate expiryDate;
    QString locationId;
    QString locationCode;
    QString zone;
    int pickSequence = 0;
    double xM = 0;
    double yM = 0;
    qint64 quantity = 0;        ///< reserved in total
    qint64 pickedQuantity = 0;  ///< consumed by picks so far
    qint64 openQuantity() const { return quantity - pickedQuantity; }
};

/// An order line that could not be (fully) reserved.
struct Shortage
{
    QString orderItemId;
    QString productId;
    QString sku;
    QString description;
    qint64 ordered = 0;
    qint64 reserved = 0;        ///< active + picked
    qint64 shortQuantity() const { return ordered - reserved; }
};

/// What reserveOrder() did.
struct ReservationOutcome
{
    QList<ReservationLine> lines;   ///< reservations created now
    QList<Shortage> shortages;      ///< lines not fully covered
    bool alreadyReserved = false;   ///< the order held reservations before: nothing done
};

/// What reallocate() did for a short pick.
struct ReallocationOutcome
{
    QList<ReservationLine> lines;   ///< new reservations elsewhere (other lot/location, FEFO)
    qint64 backorderQuantity = 0;   ///< what no other lot/location could cover
};

} // namespace stock
