#include "orders/domain/savedview.h"

#include <QJsonArray>

namespace orders {

QString SavedView::lastViewName(const QString &listId)
{
    if (listId.isEmpty() || listId == QLatin1String("orders.list"))
        return QStringLiteral("__last__");
    return QStringLiteral("__last__:") + listId;
}

const QStringList &SavedView::allColumns()
{
    // The sort keys are declared in column order; their stored names are the column keys.
    static const QStringList keys = [] {
        QStringList names;
        for (int key = int(OrderSortKey::Number); key <= int(OrderSortKey::Tracking); ++key)
            names << OrderSort::keyName(OrderSortKey(key));
        return names;
    }();
    return keys;
}

int SavedView::columnIndex(QStringView key)
{
    const QStringList &keys = allColumns();
    for (int i = 0; i < keys.size(); ++i) {
        if (keys.at(i) == key)
            return i;
    }
    return -1;
}

QJsonObject SavedView::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("filter"), filter.toJson()},
            {QStringLiteral("sort"), QJsonObject{{QStringLiteral("key"), OrderSort::keyName(sort.key)},
                                                 {QStringLiteral("descending"), sort.descending}}},
            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)}};
}

SavedView SavedView::fromJson(const QJsonObject &json)
{
    SavedView view;
    view.name = json.value(QStringLiteral("name")).toString();
    view.filter = OrderFilter::fromJson(json.value(QStringLiteral("filter")).toObject());
    const QJsonObject sort = json.value(QStringLiteral("sort")).toObject();
    if (auto key = OrderSort::keyFromName(sort.value(QStringLiteral("key")).toString())) {
        view.sort.key = *key;
        view.sort.descending = sort.value(QStringLiteral("descending")).toBool(true);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("columns")).toArray()) {
        const QString key = value.toString();
        if (columnIndex(key) >= 0 && !view.columns.contains(key))
            view.columns << key;
    }
    return view;
}

} // namespace orders
