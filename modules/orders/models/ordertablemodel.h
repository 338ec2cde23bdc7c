#pragma once

#include "orders/data/orderrepository.h"
#include "orders/domain/orderrow.h"

#include <QAbstractTableModel>

namespace orders {

/// Order list over the repository: loads pages of 200 by keyset as the view scrolls
/// (canFetchMore/fetchMore), holds lean rows and formats them in data(). Never OFFSET, never a
/// proxy over the whole table: filtering, searching and sorting happen in the repository.
class OrderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, PlacedAt, Channel, Customer, Document, Total, Payment, Status, Carrier, Tracking, ColumnCount };
    enum Role { OrderIdRole = Qt::UserRole + 1, StatusCodeRole };
    static constexpr int kPageSize = 200;

    explicit OrderTableModel(OrderRepository repository, QObject *parent = nullptr);

    void setFilter(const OrderFilter &filter);
    const OrderFilter &filter() const { return m_filter; }
    void setSort(const OrderSort &sort);
    const OrderSort &currentSort() const { return m_sort; }
    /// Filter and sort at once, with one reload.
    void setQuery(const OrderFilter &filter, const OrderSort &sort);

    static OrderSortKey sortKeyForColumn(int column);
    static int columnForSortKey(OrderSortKey key);
    /// Stable column names for saved views: the same names as OrderSort::keyName.
    static QString columnKey(int column);
    static int columnFromKey(QStringView key); ///< -1 when unknown
    /// Drops the loaded rows and starts again from the newest order.
    void reload();
    const OrderRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorting is done by the database (every column has an index), never in memory.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    OrderRepository m_repository;
    OrderFilter m_filter;
    OrderSort m_sort;
    QList<OrderRow> m_rows;
    OrderCursor m_cursor;
    bool m_atEnd = false;
    bool m_fetching = false; ///< views and testers may call fetchMore() again from insert signals
};

} // namespace orders
