#pragma once

#include "stock/data/productrepository.h"

#include <QAbstractTableModel>

namespace stock {

/// Product catalogue list, loaded by SKU keyset pages as the view scrolls.
class ProductTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Sku, Gtin, Name, Brand, ListPrice, SalePrice, Weight, Anvisa, ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit ProductTableModel(ProductRepository repository, QObject *parent = nullptr);
    void reload();
    /// Position of the product with this id among the loaded rows (-1 if not loaded).
    int rowOf(const QString &productId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    ProductRepository m_repository;
    QList<ProductRow> m_rows;
    bool m_atEnd = false;
    bool m_fetching = false; ///< views and testers may call fetchMore() again from insert signals
};

} // namespace stock
