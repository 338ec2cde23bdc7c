#include "sac/ui/customerlookupwidget.h"

#include "core/domain/appcontext.h"
#include "core/domain/taxid.h"
#include "orders/data/customerrepository.h"
#include "orders/ui/orderlistwidget.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace sac {

CustomerLookupWidget::CustomerLookupWidget(core::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_query(new QLineEdit(this)), m_results(new QTreeWidget(this))
{
    m_query->setPlaceholderText(tr("Name, CPF or CNPJ of the customer"));
    m_query->setClearButtonEnabled(true);
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Customer"), tr("CPF/CNPJ"), tr("City"), tr("E-mail")});
    m_results->setColumnWidth(0, 200);
    m_results->setColumnWidth(1, 140);
    m_results->setColumnWidth(2, 150);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(m_results);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_query, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &CustomerLookupWidget::search);
    connect(m_results, &QTreeWidget::itemActivated, this, &CustomerLookupWidget::openCustomer);
}

void CustomerLookupWidget::search()
{
    m_results->clear();
    const auto found = orders::CustomerRepository(m_context.database()).search(m_query->text(), 100);
    if (!found)
        return;
    for (const auto &c : *found) {
        auto *item = new QTreeWidgetItem(m_results, {c.name, core::TaxId::format(c.document), QStringLiteral("%1/%2").arg(c.city, c.state), c.email});
        item->setData(0, Qt::UserRole, c.id);
    }
}

void CustomerLookupWidget::openCustomer()
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    orders::OrderListWidget::showCustomerInOrdersDock(window(), item->data(0, Qt::UserRole).toString(), item->text(0));
}

} // namespace sac
