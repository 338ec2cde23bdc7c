#include "stock/models/producttablemodel.h"

#include <QLocale>
#include <QScopedValueRollback>

namespace stock {

ProductTableModel::ProductTableModel(ProductRepository repository, QObject *parent)
    : QAbstractTableModel(parent), m_repository(repository)
{}

void ProductTableModel::reload()
{
    // Listeners of modelReset must not fetch into a half-reset model; they fetch afterwards.
    const QScopedValueRollback<bool> resetting(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
}

int ProductTableModel::rowOf(const QString &productId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == productId)
            return i;
    }
    return -1;
}

int ProductTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProductTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProductTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void ProductTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const auto page = m_repository.page(m_rows.isEmpty() ? QString() : m_rows.constLast().sku, kPageSize);
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
}

QVariant ProductTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const ProductRow &p = m_rows[index.row()];
    if (role == ProductIdRole)
        return p.id;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == ListPrice || index.column() == SalePrice || index.column() == Weight)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Sku: return p.sku;
    case Gtin: return p.gtin;
    case Name: return p.name;
    case Brand: return p.brand;
    case ListPrice: return p.listPrice.format();
    case SalePrice: return p.salePrice.format();
    case Weight: return tr("%1 kg").arg(QLocale().toString(p.weightGrams / 1000.0, 'f', 3));
    case Anvisa: return p.anvisaRegistration;
    }
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sku: return tr("SKU");
    case Gtin: return tr("EAN");
    case Name: return tr("Product");
    case Brand: return tr("Brand");
    case ListPrice: return tr("List price");
    case SalePrice: return tr("Sale price");
    case Weight: return tr("Weight");
    case Anvisa: return tr("ANVISA reg.");
    }
    return {};
}

} // namespace stock
