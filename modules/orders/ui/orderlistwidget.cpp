#include "orders/ui/orderlistwidget.h"

#include "core/domain/appcontext.h"
#include "orders/domain/orderstatus.h"
#include "orders/models/ordertablemodel.h"
#include "orders/ui/orderdetaildialog.h"

#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace orders {

OrderListWidget::OrderListWidget(core::AppContext &context, OrderFilter fixedFilter, QWidget *parent)
    : QWidget(parent), m_context(context), m_fixedFilter(std::move(fixedFilter)),
      m_model(new OrderTableModel(OrderRepository(context.database()), this)),
      m_view(new QTableView(this)), m_statusCombo(new QComboBox(this)), m_customerLabel(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_statusCombo->addItem(QString());
    const QStringList statuses = m_fixedFilter.statuses.isEmpty() ? OrderStatus::all() : m_fixedFilter.statuses;
    for (const QString &code : statuses)
        m_statusCombo->addItem(OrderStatus::displayName(code), code);
    m_statusCombo->setVisible(statuses.size() > 1);
    bar->addWidget(m_statusCombo);
    bar->addWidget(m_customerLabel, 1);
    auto *clearCustomer = new QToolButton(this);
    clearCustomer->setObjectName(QStringLiteral("clearCustomer"));
    clearCustomer->setIcon(QIcon::fromTheme(QStringLiteral("edit-clear")));
    clearCustomer->setText(QStringLiteral("×"));
    clearCustomer->setAutoRaise(true);
    clearCustomer->hide();
    connect(clearCustomer, &QToolButton::clicked, this, [this] { showCustomer({}, {}); });
    bar->addWidget(clearCustomer);
    auto *refresh = new QToolButton(this);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    refresh->setAutoRaise(true);
    bar->addWidget(refresh);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: a million-row view never measures rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int widths[] = {70, 120, 120, 200, 150, 95, 170, 130, 120, 130};
    for (int c = 0; c < OrderTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    // CPF/CNPJ is personal data (LGPD): shown to roles that serve customers, not to the warehouse,
    // which ships by name and address.
    const core::Session &session = context.session();
    if (!session.can(core::Permission::SacView) && !session.can(core::Permission::OrdersManage))
        m_view->hideColumn(OrderTableModel::Document);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &OrderListWidget::applyFilter);
    connect(refresh, &QToolButton::clicked, this, &OrderListWidget::applyFilter);
    connect(m_view, &QTableView::activated, this, &OrderListWidget::openCurrent);
    connect(m_model, &OrderTableModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Orders"), tr("The order list could not be loaded: %1").arg(message));
    });
    retranslateUi();
    applyFilter();
}

void OrderListWidget::showCustomer(const QString &customerId, const QString &customerName)
{
    m_customerId = customerId;
    m_customerName = customerName;
    retranslateUi();
    applyFilter();
}

bool OrderListWidget::showCustomerInOrdersDock(QWidget *window, const QString &customerId, const QString &customerName)
{
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("orders.list"));
    auto *list = dock ? qobject_cast<OrderListWidget *>(dock->widget()) : nullptr;
    if (!list)
        return false;
    dock->show();
    dock->raise();
    list->showCustomer(customerId, customerName);
    return true;
}

void OrderListWidget::applyFilter()
{
    OrderFilter filter = m_fixedFilter;
    const QString status = m_statusCombo->currentData().toString();
    if (!status.isEmpty())
        filter.statuses = {status};
    filter.customerId = m_customerId;
    m_model->setFilter(filter);
    // Load the first page now rather than when the view first lays out: the list is usable as
    // soon as the window shows.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void OrderListWidget::openCurrent()
{
    const QString id = m_view->currentIndex().data(OrderTableModel::OrderIdRole).toString();
    if (!id.isEmpty())
        OrderDetailDialog::show(m_context, id, this);
}

void OrderListWidget::retranslateUi()
{
    m_statusCombo->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusCombo->count(); ++i)
        m_statusCombo->setItemText(i, OrderStatus::displayName(m_statusCombo->itemData(i).toString()));
    m_customerLabel->setText(m_customerId.isEmpty() ? QString()
                                                    : tr("Customer: %1").arg(m_customerName));
    if (auto *refresh = findChild<QToolButton *>(QStringLiteral("refresh")))
        refresh->setToolTip(tr("Reload"));
    if (auto *clear = findChild<QToolButton *>(QStringLiteral("clearCustomer"))) {
        clear->setToolTip(tr("Show the orders of all customers"));
        clear->setVisible(!m_customerId.isEmpty());
    }
}

void OrderListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace orders
