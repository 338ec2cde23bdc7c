#pragma once

#include "orders/domain/orderdraft.h"

#include <QHash>
#include <QTableWidget>

namespace orders {

/// The lines of an order being entered: SKU, description, quantity, "preço de", "preço por",
/// discount and total. Quantity, sale price and discount are edited in place ("12,50"); text
/// that is not a number is refused with a message (parseErrors) and the cell shows the value
/// kept. Del removes the selected lines.
class OrderLinesTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { SkuColumn, DescriptionColumn, QuantityColumn, ListPriceColumn, UnitPriceColumn, DiscountColumn,
                  TotalColumn, ColumnCount };

    explicit OrderLinesTable(QWidget *parent = nullptr);

    const QList<OrderLine> &lines() const { return m_lines; }
    /// One more unit (or `quantity`) of a product: a new line or more on its line; selects it.
    void addProduct(const QString &productId, const QString &sku, const QString &description,
                    core::Money listPrice, core::Money salePrice, int quantity);
    void removeSelectedLines();
    /// Cell text refused since the last valid edit, by field key ("lines.0.unit_price").
    const QHash<QString, QString> &parseErrors() const { return m_parseErrors; }
    /// Puts the cursor on the cell of a field key ("lines.1.discount").
    void focusField(const QString &key);

signals:
    void linesChanged();

private:
    void cellEdited(QTableWidgetItem *item);
    void render(int currentRow);

    QList<OrderLine> m_lines;
    QHash<QString, QString> m_parseErrors;
};

} // namespace orders
