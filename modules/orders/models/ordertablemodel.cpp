#include "orders/models/ordertablemodel.h"

#include "core/data/database.h"
#include "core/domain/civiltime.h"
#include "core/domain/taxid.h"
#include "orders/domain/orderstatus.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace orders {

OrderTableModel::OrderTableModel(OrderRepository repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{}

void OrderTableModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

void OrderTableModel::setSort(const OrderSort &sort)
{
    m_sort = sort;
    reload();
}

void OrderTableModel::setQuery(const OrderFilter &filter, const OrderSort &sort)
{
    m_filter = filter;
    m_sort = sort;
    reload();
}

OrderSortKey OrderTableModel::sortKeyForColumn(int column)
{
    switch (column) {
    case PlacedAt: return OrderSortKey::PlacedAt;
    case Channel: return OrderSortKey::Channel;
    case Customer: return OrderSortKey::Customer;
    case Document: return OrderSortKey::Document;
    case Total: return OrderSortKey::Total;
    case Payment: return OrderSortKey::PaymentStatus;
    case Status: return OrderSortKey::Status;
    case Carrier: return OrderSortKey::Carrier;
    case Tracking: return OrderSortKey::Tracking;
    default: return OrderSortKey::Number;
    }
}

int OrderTableModel::columnForSortKey(OrderSortKey key)
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortKeyForColumn(column) == key)
            return column;
    }
    return Number;
}

QString OrderTableModel::columnKey(int column)
{
    return OrderSort::keyName(sortKeyForColumn(column));
}

int OrderTableModel::columnFromKey(QStringView key)
{
    const auto sortKey = OrderSort::keyFromName(key);
    return sortKey ? columnForSortKey(*sortKey) : -1;
}

void OrderTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const OrderSort wanted{sortKeyForColumn(column), order == Qt::DescendingOrder};
    if (wanted == m_sort && !m_rows.isEmpty())
        return;
    m_sort = wanted;
    reload();
}

void OrderTableModel::reload()
{
    // Listeners of modelReset must not fetch into a half-reset model; they fetch afterwards.
    const QScopedValueRollback<bool> resetting(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_cursor = {};
    m_atEnd = false;
    endResetModel();
}

const OrderRow *OrderTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int OrderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OrderTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void OrderTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const auto page = m_repository.page(m_filter, m_sort, m_cursor, kPageSize);
    if (!page) {
        m_atEnd = true;
        emit loadFailed(page.error().text());
        return;
    }
    m_atEnd = page->size() < kPageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
    m_cursor = OrderRepository::cursorAfter(m_rows.constLast(), m_sort);
}

QVariant OrderTableModel::data(const QModelIndex &index, int role) const
{
    const OrderRow *r = rowAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == OrderIdRole)
        return r->id;
    if (role == StatusCodeRole)
        return r->status;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Number || index.column() == Total)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number: return QString::number(r->number);
    case PlacedAt: return QLocale().toString(core::CivilTime::toCivil(r->placedAt), QLocale::ShortFormat);
    case Channel: return r->channelName;
    case Customer: return r->customerName;
    case Document:
        return core::TaxId::format(r->customerDocument);
    case Total: return r->total.format();
    case Payment:
        return tr("%1 · %2").arg(OrderStatus::paymentMethodName(r->paymentMethod),
                                  OrderStatus::paymentStatusName(r->paymentStatus));
    case Status: return OrderStatus::displayName(r->status);
    case Carrier: return r->carrier;
    case Tracking: return r->trackingCode;
    }
    return {};
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case PlacedAt: return tr("Date");
    case Channel: return tr("Channel");
    case Customer: return tr("Customer");
    case Document: return tr("CPF/CNPJ");
    case Total: return tr("Total");
    case Payment: return tr("Payment");
    case Status: return tr("Status");
    case Carrier: return tr("Carrier");
    case Tracking: return tr("Tracking code");
    }
    return {};
}

} // namespace orders
