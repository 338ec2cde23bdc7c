#include "stock/ui/productlistwidget.h"

#include "core/domain/appcontext.h"
#include "stock/models/producttablemodel.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace stock {

ProductListWidget::ProductListWidget(core::AppContext &context, QWidget *parent)
    : QWidget(parent), m_model(new ProductTableModel(ProductRepository(context.database()), this)),
      m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {90, 115, 260, 110, 90, 90, 75, 110};
    for (int c = 0; c < ProductTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view);
    connect(m_model, &ProductTableModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Products"), tr("The product list could not be loaded: %1").arg(message));
    });
}

void ProductListWidget::select(const QString &productId)
{
    int row = m_model->rowOf(productId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(productId);
    }
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

} // namespace stock
