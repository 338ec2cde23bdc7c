#pragma once

#include <QWidget>

class QTableView;

namespace core {
class AppContext;
}

namespace stock {

class ProductTableModel;

/// The product catalogue: SKU, EAN, prices ("preço de" / "preço por"), weight, ANVISA.
class ProductListWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ProductListWidget(core::AppContext &context, QWidget *parent = nullptr);
    /// Scrolls to and selects a product (palette → product), loading pages until it is found.
    void select(const QString &productId);

private:
    ProductTableModel *m_model;
    QTableView *m_view;
};

} // namespace stock
