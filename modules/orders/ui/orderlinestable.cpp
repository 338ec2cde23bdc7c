#include "orders/ui/orderlinestable.h"

#include <QAction>
#include <QHeaderView>

namespace orders {

namespace {

QTableWidgetItem *cell(const QString &text, bool editable, bool number)
{
    auto *item = new QTableWidgetItem(text);
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (editable)
        flags |= Qt::ItemIsEditable;
    item->setFlags(flags);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OrderLinesTable::OrderLinesTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("SKU"), tr("Description"), tr("Qty"), tr("List price"), tr("Sale price"),
                               tr("Discount"), tr("Total")});
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(false); // Tab leaves the table for the next field, as in a form
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // a few lines only
    horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    auto *remove = new QAction(tr("Remove line"), this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut); // not while a cell editor has the keyboard
    addAction(remove);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(remove, &QAction::triggered, this, &OrderLinesTable::removeSelectedLines);
    connect(this, &QTableWidget::itemChanged, this, &OrderLinesTable::cellEdited);
}

void OrderLinesTable::addProduct(const QString &productId, const QString &sku, const QString &description,
                                 core::Money listPrice, core::Money salePrice, int quantity)
{
    OrderDraft draft;
    draft.lines = m_lines;
    draft.addProduct(productId, sku, description, listPrice, salePrice, quantity);
    m_lines = draft.lines;
    int row = 0;
    while (row < m_lines.size() && m_lines.at(row).productId != productId)
        ++row;
    render(row);
}

void OrderLinesTable::removeSelectedLines()
{
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && currentRow() >= 0)
        rows << currentRow();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        if (row < m_lines.size())
            m_lines.removeAt(row);
    }
    m_parseErrors.clear(); // line indexes moved: a refused text no longer names its row
    render(qMin(rows.constLast(), int(m_lines.size()) - 1));
}

void OrderLinesTable::focusField(const QString &key)
{
    const int row = key.section(u'.', 1, 1).toInt();
    const QString what = key.section(u'.', 2);
    const int column = what == QLatin1String("quantity") ? QuantityColumn
                     : what == QLatin1String("unit_price") ? UnitPriceColumn
                     : what == QLatin1String("discount") ? DiscountColumn : SkuColumn;
    setFocus();
    setCurrentCell(row, column);
}

void OrderLinesTable::cellEdited(QTableWidgetItem *item)
{
    const int row = item->row();
    if (row < 0 || row >= m_lines.size())
        return;
    OrderLine &line = m_lines[row];
    const QString text = item->text().trimmed();
    QString key;
    QString problem;
    switch (item->column()) {
    case QuantityColumn: {
        key = OrderDraft::lineField(row, u"quantity");
        bool ok = false;
        const int quantity = text.toInt(&ok);
        if (ok)
            line.quantity = quantity;
        else
            problem = tr("Line %1: type the quantity as a whole number.").arg(row + 1);
        break;
    }
    case UnitPriceColumn: {
        key = OrderDraft::lineField(row, u"unit_price");
        auto price = core::Money::parse(text);
        if (!price) {
            problem = tr("Line %1: type the price like 12,50 (%2)").arg(row + 1).arg(price.error().message);
        } else if (*price != line.unitPrice) {
            line.unitPrice = *price;
            line.unitPriceOverridden = true; // negotiated: kept when the order is saved
        }
        break;
    }
    case DiscountColumn: {
        key = OrderDraft::lineField(row, u"discount");
        auto discount = text.isEmpty() ? core::Result<core::Money>(core::Money()) : core::Money::parse(text);
        if (discount)
            line.discount = *discount;
        else
            problem = tr("Line %1: type the discount like 5,00 (%2)").arg(row + 1).arg(discount.error().message);
        break;
    }
    default:
        return;
    }
    if (problem.isEmpty())
        m_parseErrors.remove(key);
    else
        m_parseErrors.insert(key, problem);
    // Re-render once the view has finished committing this edit.
    QMetaObject::invokeMethod(this, [this, row] { render(row); }, Qt::QueuedConnection);
}

void OrderLinesTable::render(int current)
{
    {
        const QSignalBlocker block(this);
        setRowCount(int(m_lines.size()));
        for (int row = 0; row < m_lines.size(); ++row) {
            const OrderLine &line = m_lines.at(row);
            setItem(row, SkuColumn, cell(line.sku, false, false));
            setItem(row, DescriptionColumn, cell(line.description, false, false));
            setItem(row, QuantityColumn, cell(QString::number(line.quantity), true, true));
            setItem(row, ListPriceColumn, cell(line.listPrice.format(), false, true));
            auto *price = cell(line.unitPrice.format(), true, true);
            if (line.unitPriceOverridden)
                price->setToolTip(tr("Price typed by hand: it is kept when the order is saved."));
            setItem(row, UnitPriceColumn, price);
            setItem(row, DiscountColumn, cell(line.discount.isZero() ? QString() : line.discount.format(), true, true));
            setItem(row, TotalColumn, cell(line.total().format(), false, true));
        }
        if (current >= 0 && current < rowCount())
            selectRow(current);
    }
    emit linesChanged();
}

} // namespace orders
