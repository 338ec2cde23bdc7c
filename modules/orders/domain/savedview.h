#pragma once

#include "orders/domain/orderrow.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace orders {

/// A named way of looking at the order list: what it shows (filter), in which order (sort) and
/// which columns, left to right. Saved per user (SavedViewRepository).
struct SavedView
{
    QString name;
    OrderFilter filter;
    OrderSort sort;
    /// Visible column keys in display order (see allColumns()); empty means every column.
    QStringList columns;

    /// Where the list remembers its own state between sessions: "__last__" for the orders dock,
    /// "__last__:<dock id>" for the work queues. Names starting with "__" never show in menus.
    static QString lastViewName(const QString &listId);
    bool isInternal() const { return name.startsWith(QLatin1String("__")); }

    /// Column keys in the order of OrderTableModel::Column, named as OrderSort::keyName names
    /// the sort by that column: "number", "placed_at", "channel", "customer", "document",
    /// "total", "payment_status", "status", "carrier", "tracking".
    static const QStringList &allColumns();
    /// Index of `key` in allColumns() (= the model column), -1 when unknown.
    static int columnIndex(QStringView key);

    QJsonObject toJson() const;
    /// Reads what toJson() wrote. Tolerant of views saved by another version: unknown columns
    /// and sort keys are dropped (default sort), duplicate columns kept once.
    static SavedView fromJson(const QJsonObject &json);
    bool operator==(const SavedView &) const = default;
};

} // namespace orders
