#pragma once

#include "core/domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QVariant>
#include <QString>
#include <QStringList>

#include <optional>

namespace orders {

/// One line of an order list: lean, already joined, formatted only by the model.
struct OrderRow
{
    QString id;
    qint64 number = 0;
    QString channelId;
    QString customerId;
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

/// The columns an order list can sort by. Every one is served by an index, so any sort keeps
/// keyset pagination (see OrderRepository::page).
enum class OrderSortKey { Number, PlacedAt, Channel, Customer, Document, Total, PaymentStatus, Status, Carrier, Tracking };

struct OrderSort
{
    OrderSortKey key = OrderSortKey::Number;
    bool descending = true;
    /// Stable names for saved views and the CLI ("number", "placed_at", "customer" ...).
    static QString keyName(OrderSortKey key);
    static std::optional<OrderSortKey> keyFromName(QStringView name);
    bool operator==(const OrderSort &) const = default;
};

/// What an order list shows. Empty lists and null dates mean "any".
struct OrderFilter
{
    QStringList statuses;
    QStringList channelIds;
    QStringList paymentStatuses;
    QStringList paymentMethods;
    QStringList carriers;
    QDate placedFrom; ///< São Paulo civil date, inclusive
    QDate placedTo;   ///< São Paulo civil date, inclusive
    QString search;   ///< free text: number, customer name, CPF/CNPJ, e-mail, SKU, tracking code
    QString customerId;

    bool isEmpty() const;
    QJsonObject toJson() const;
    static OrderFilter fromJson(const QJsonObject &json);
    bool operator==(const OrderFilter &) const = default;
};

/// Keyset position: the sort value and the order number of the last row seen.
struct OrderCursor
{
    QVariant sortValue;
    QString sortTieBreak; ///< customer/channel id when the sort column is not unique per group
    qint64 number = 0;
    bool isStart() const { return number == 0; }
};

} // namespace orders
