#pragma once

#include "core/domain/money.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace orders {

/// One line of an order list: lean, already joined, formatted only by the model.
struct OrderRow
{
    QString id;
    qint64 number = 0;
    QDateTime placedAt;
    QString channelName;
    QString customerName;
    QString customerDocument;
    core::Money total;
    QString paymentMethod;
    QString paymentStatus;
    QString status;
    QString carrier;
    QString trackingCode;
};

/// What an order list shows. Empty lists mean "any".
struct OrderFilter
{
    QStringList statuses;
    QStringList paymentMethods;
    QString customerId;
};

/// Keyset position: the last row seen (lists run newest first).
struct OrderCursor
{
    QString placedAt; ///< stored form, compared as text (ISO-8601 UTC sorts correctly)
    QString id;
    bool isStart() const { return placedAt.isEmpty(); }
};

} // namespace orders
