#include "orders/domain/orderrow.h"

#include <QJsonArray>

namespace orders {

namespace {

struct SortName
{
    OrderSortKey key;
    const char *name;
};
constexpr SortName kSortNames[] = {
    {OrderSortKey::Number, "number"},   {OrderSortKey::PlacedAt, "placed_at"},
    {OrderSortKey::Channel, "channel"}, {OrderSortKey::Customer, "customer"},
    {OrderSortKey::Document, "document"}, {OrderSortKey::Total, "total"},
    {OrderSortKey::PaymentStatus, "payment_status"}, {OrderSortKey::Status, "status"},
    {OrderSortKey::Carrier, "carrier"}, {OrderSortKey::Tracking, "tracking"},
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

QString OrderSort::keyName(OrderSortKey key)
{
    for (const SortName &entry : kSortNames) {
        if (entry.key == key)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("number");
}

std::optional<OrderSortKey> OrderSort::keyFromName(QStringView name)
{
    for (const SortName &entry : kSortNames) {
        if (name == QLatin1String(entry.name))
            return entry.key;
    }
    return std::nullopt;
}

bool OrderFilter::isEmpty() const
{
    return statuses.isEmpty() && channelIds.isEmpty() && paymentStatuses.isEmpty() && paymentMethods.isEmpty()
           && carriers.isEmpty() && !placedFrom.isValid() && !placedTo.isValid() && search.trimmed().isEmpty()
           && customerId.isEmpty();
}

QJsonObject OrderFilter::toJson() const
{
    QJsonObject json;
    auto putList = [&json](const char *key, const QStringList &list) {
        if (!list.isEmpty())
            json.insert(QLatin1String(key), toArray(list));
    };
    putList("statuses", statuses);
    putList("channel_ids", channelIds);
    putList("payment_statuses", paymentStatuses);
    putList("payment_methods", paymentMethods);
    putList("carriers", carriers);
    if (placedFrom.isValid())
        json.insert(QStringLiteral("placed_from"), placedFrom.toString(Qt::ISODate));
    if (placedTo.isValid())
        json.insert(QStringLiteral("placed_to"), placedTo.toString(Qt::ISODate));
    if (!search.isEmpty())
        json.insert(QStringLiteral("search"), search);
    if (!customerId.isEmpty())
        json.insert(QStringLiteral("customer_id"), customerId);
    return json;
}

OrderFilter OrderFilter::fromJson(const QJsonObject &json)
{
    OrderFilter f;
    f.statuses = fromArray(json.value(QStringLiteral("statuses")));
    f.channelIds = fromArray(json.value(QStringLiteral("channel_ids")));
    f.paymentStatuses = fromArray(json.value(QStringLiteral("payment_statuses")));
    f.paymentMethods = fromArray(json.value(QStringLiteral("payment_methods")));
    f.carriers = fromArray(json.value(QStringLiteral("carriers")));
    f.placedFrom = QDate::fromString(json.value(QStringLiteral("placed_from")).toString(), Qt::ISODate);
    f.placedTo = QDate::fromString(json.value(QStringLiteral("placed_to")).toString(), Qt::ISODate);
    f.search = json.value(QStringLiteral("search")).toString();
    f.customerId = json.value(QStringLiteral("customer_id")).toString();
    return f;
}

} // namespace orders
