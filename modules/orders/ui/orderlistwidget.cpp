#include "orders/ui/orderlistwidget.h"

#include "core/domain/appcontext.h"
#include "orders/data/orderrepository.h"
#include "orders/data/savedviewrepository.h"
#include "orders/domain/customerprivacy.h"
#include "orders/domain/orderstatus.h"
#include "orders/models/ordertablemodel.h"
#include "orders/ui/columnchooser.h"
#include "orders/ui/orderbulkactions.h"
#include "orders/ui/orderdetailwidget.h"
#include "orders/ui/orderentrydialog.h"
#include "orders/ui/orderfilterbar.h"
#include "orders/ui/orderviewsmenu.h"
#include "orders/workflow/orderworkflow.h"

#include <QDockWidget>
#include <QEvent>
#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace orders {

namespace {

Q_LOGGING_CATEGORY(lcOrderList, "retaguarda.orders.list")

const QString kDocumentColumn = QStringLiteral("document");

/// A user's choice narrowed to what a work queue allows: the queue's values when the user chose
/// none of them.
QStringList narrowed(const QStringList &chosen, const QStringList &fixed)
{
    if (fixed.isEmpty())
        return chosen;
    QStringList kept;
    for (const QString &value : chosen) {
        if (fixed.contains(value))
            kept << value;
    }
    return kept.isEmpty() ? fixed : kept;
}

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &icon)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(QIcon::fromTheme(icon));
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

OrderListWidget::OrderListWidget(core::AppContext &context, OrderFilter fixedFilter, QWidget *parent)
    : QWidget(parent), m_context(context), m_fixedFilter(std::move(fixedFilter)),
      // The dock that holds the list names it; what the list remembers is kept under that name.
      m_listId(parent && !parent->objectName().isEmpty() ? parent->objectName() : QStringLiteral("orders.list")),
      m_model(new OrderTableModel(OrderRepository(context.database()), this)), m_view(new QTableView(this)),
      m_filterBar(new OrderFilterBar(this)), m_columns(new ColumnChooser(m_view->horizontalHeader(), this)),
      m_views(nullptr), m_bulk(nullptr), m_customerLabel(new QLabel(this)), m_statusLine(new QLabel(this)),
      m_message(new QLabel(this))
{
    const core::Session &session = context.session();
    if (!session.userId().isEmpty())
        m_savedViews = std::make_unique<SavedViewRepository>(context.database(), session);
    m_views = new OrderViewsMenu(m_savedViews.get(), [this] { return currentView(); }, this);
    m_bulk = new OrderBulkActions(context.database(), session, context.service<OrderWorkflow>(), this);

    // What the filter bar offers: a work queue offers only its own statuses.
    m_filterBar->setStatuses(m_fixedFilter.statuses.isEmpty() ? OrderStatus::all() : m_fixedFilter.statuses);
    loadChoices();

    auto *tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    // Orders taken by the store, representatives, franchises and telesales are typed in here.
    if (m_fixedFilter.isEmpty() && session.can(core::Permission::OrdersManage)) {
        auto *newOrder = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("New order…"), this);
        newOrder->setObjectName(QStringLiteral("orders.new"));
        newOrder->setShortcut(QKeySequence::New);
        newOrder->setShortcutContext(Qt::WindowShortcut);
        addAction(newOrder);
        auto *newButton = toolButton(this, QStringLiteral("newOrder"), QStringLiteral("document-new"));
        newButton->setDefaultAction(newOrder);
        tools->addWidget(newButton);
        connect(newOrder, &QAction::triggered, this, [this] {
            if (const auto created = OrderEntryDialog::run(m_context, window())) {
                reload();
                OrderDetailWidget::openInDock(m_context, created->id, this);
            }
        });
    }
    tools->addWidget(m_customerLabel);
    auto *clearCustomer = toolButton(this, QStringLiteral("clearCustomer"), QStringLiteral("edit-clear"));
    clearCustomer->setText(QStringLiteral("×"));
    clearCustomer->setToolButtonStyle(Qt::ToolButtonIconOnly);
    clearCustomer->hide();
    connect(clearCustomer, &QToolButton::clicked, this, [this] { showCustomer({}, {}); });
    tools->addWidget(clearCustomer);
    tools->addStretch(1);
    m_views->setAutoRaise(true);
    tools->addWidget(m_views);
    auto *columns = toolButton(this, QStringLiteral("columns"), QStringLiteral("view-choose"));
    columns->setPopupMode(QToolButton::InstantPopup);
    columns->setMenu(m_columns->menu());
    tools->addWidget(columns);
    auto *selection = toolButton(this, QStringLiteral("selectionActions"), QStringLiteral("system-run"));
    selection->setPopupMode(QToolButton::InstantPopup);
    selection->setMenu(m_bulk->selectionMenu());
    tools->addWidget(selection);
    auto *exportButton = toolButton(this, QStringLiteral("export"), QStringLiteral("document-export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(m_bulk->exportMenu());
    tools->addWidget(exportButton);
    auto *refresh = toolButton(this, QStringLiteral("refresh"), QStringLiteral("view-refresh"));
    refresh->setToolButtonStyle(Qt::ToolButtonIconOnly);
    tools->addWidget(refresh);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: a million-row view never measures rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    const int widths[] = {70, 120, 120, 200, 150, 95, 170, 130, 120, 130};
    for (int c = 0; c < OrderTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[c]);
    // The model sorts in the database (sort() maps the column to an indexed sort key).
    {
        const QSignalBlocker blocker(header);
        header->setSortIndicator(OrderTableModel::Number, Qt::DescendingOrder);
    }
    m_view->setSortingEnabled(true);
    // CPF/CNPJ is personal data (LGPD): shown to roles that serve customers, not to the warehouse,
    // which ships by name and address.
    if (!canSeeCustomerDocument(session))
        m_columns->setForbidden({kDocumentColumn});

    auto *status = new QHBoxLayout;
    status->setContentsMargins(0, 0, 0, 0);
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    status->addWidget(m_statusLine);
    status->addStretch(1);
    status->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filterBar);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addLayout(status);

    connect(m_filterBar, &OrderFilterBar::filterChanged, this, [this](const OrderFilter &filter) {
        m_barFilter = filter;
        reload();
        rememberView();
    });
    // Connected after setSortingEnabled(): the view has asked the model to sort by then.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this] {
        fetchFirstPage();
        rememberView();
    });
    connect(m_columns, &ColumnChooser::columnsChanged, this, &OrderListWidget::rememberView);
    connect(m_views, &OrderViewsMenu::viewChosen, this, &OrderListWidget::applyView);
    // Reloading also picks up carriers and channels that appeared since the list opened.
    const auto refreshAll = [this] {
        loadChoices();
        reload();
    };
    connect(refresh, &QToolButton::clicked, this, refreshAll);
    connect(new QShortcut(QKeySequence::Refresh, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, refreshAll);
    connect(new QShortcut(QKeySequence::Find, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
            &QShortcut::activated, this, [this] {
                m_filterBar->searchEdit()->setFocus();
                m_filterBar->searchEdit()->selectAll();
            });
    connect(m_view, &QTableView::activated, this, &OrderListWidget::openCurrent);
    connect(m_model, &OrderTableModel::loadFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Orders"), tr("The order list could not be loaded: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrderListWidget::updateStatusLine);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &OrderListWidget::updateStatusLine);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OrderListWidget::updateStatusLine);

    m_bulk->setSelectionProvider([this] { return selectedRows(); });
    m_bulk->setListProvider([this] {
        OrderExportRequest request;
        request.filter = effectiveFilter();
        request.sort = currentSort();
        request.columns = m_columns->visibleColumns();
        return request;
    });
    connect(m_bulk, &OrderBulkActions::ordersChanged, this, &OrderListWidget::reload);
    connect(m_bulk, &OrderBulkActions::exportFinished, this,
            [this](bool, const QString &message) { m_message->setText(message); });

    retranslateUi();

    // Where the user left this list last time; every order, newest first, otherwise.
    SavedView start;
    if (m_savedViews) {
        auto last = m_savedViews->find(SavedView::lastViewName(m_listId));
        if (last && last->has_value())
            start = **last;
        else if (!last)
            qCWarning(lcOrderList) << "could not read the last view:" << last.error().text();
    }
    m_restoring = true;
    applyView(start);
    m_restoring = false;
}

OrderListWidget::~OrderListWidget() = default;

SavedView OrderListWidget::currentView() const
{
    SavedView view;
    view.filter = m_barFilter;
    view.sort = currentSort();
    view.columns = m_columns->visibleColumns();
    return view;
}

void OrderListWidget::applyView(const SavedView &view)
{
    const bool restoring = m_restoring;
    m_restoring = true;
    m_filterBar->setFilter(view.filter);
    m_barFilter = m_filterBar->filter(); // what the bar can show: channels since removed drop out
    m_columns->setVisibleColumns(view.columns);
    {
        // One reload for filter and sort together, not one each.
        const QSignalBlocker blocker(m_view->horizontalHeader());
        m_view->horizontalHeader()->setSortIndicator(OrderTableModel::columnForSortKey(view.sort.key),
                                                     view.sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    m_view->horizontalHeader()->viewport()->update();
    m_model->setQuery(effectiveFilter(), view.sort);
    fetchFirstPage();
    m_restoring = restoring;
    rememberView();
}

OrderFilter OrderListWidget::effectiveFilter() const
{
    OrderFilter filter = m_barFilter;
    filter.statuses = narrowed(filter.statuses, m_fixedFilter.statuses);
    filter.channelIds = narrowed(filter.channelIds, m_fixedFilter.channelIds);
    filter.paymentStatuses = narrowed(filter.paymentStatuses, m_fixedFilter.paymentStatuses);
    filter.paymentMethods = narrowed(filter.paymentMethods, m_fixedFilter.paymentMethods);
    filter.carriers = narrowed(filter.carriers, m_fixedFilter.carriers);
    if (m_fixedFilter.placedFrom.isValid() && (!filter.placedFrom.isValid() || filter.placedFrom < m_fixedFilter.placedFrom))
        filter.placedFrom = m_fixedFilter.placedFrom;
    if (m_fixedFilter.placedTo.isValid() && (!filter.placedTo.isValid() || filter.placedTo > m_fixedFilter.placedTo))
        filter.placedTo = m_fixedFilter.placedTo;
    filter.customerId = m_customerId.isEmpty() ? m_fixedFilter.customerId : m_customerId;
    return filter;
}

OrderSort OrderListWidget::currentSort() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    const int column = header->sortIndicatorSection();
    if (column < 0 || column >= OrderTableModel::ColumnCount)
        return {};
    return {OrderTableModel::sortKeyForColumn(column), header->sortIndicatorOrder() == Qt::DescendingOrder};
}

void OrderListWidget::loadChoices()
{
    const OrderRepository repository(m_context.database());
    if (auto channels = repository.channels())
        m_filterBar->setChannels(*channels);
    if (auto carriers = repository.carriers())
        m_filterBar->setCarriers(*carriers);
}

void OrderListWidget::reload()
{
    m_model->setQuery(effectiveFilter(), currentSort());
    fetchFirstPage();
}

void OrderListWidget::fetchFirstPage()
{
    // Load the first page now rather than when the view first lays out: the list is usable as
    // soon as the window shows.
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void OrderListWidget::rememberView()
{
    if (m_restoring || !m_savedViews)
        return;
    SavedView view = currentView();
    view.name = SavedView::lastViewName(m_listId);
    if (auto saved = m_savedViews->save(view); !saved)
        qCWarning(lcOrderList) << "could not remember the view:" << saved.error().text();
}

QList<OrderRow> OrderListWidget::selectedRows() const
{
    QModelIndexList indexes = m_view->selectionModel()->selectedRows();
    std::sort(indexes.begin(), indexes.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<OrderRow> rows;
    rows.reserve(indexes.size());
    for (const QModelIndex &index : std::as_const(indexes)) {
        if (const OrderRow *row = m_model->rowAt(index.row()))
            rows.append(*row);
    }
    return rows;
}

void OrderListWidget::updateStatusLine()
{
    const int loaded = m_model->rowCount();
    const int selected = int(m_view->selectionModel()->selectedRows().size());
    QString text = m_model->canFetchMore({}) ? tr("%Ln order(s) loaded, more as you scroll", nullptr, loaded)
                                             : tr("%Ln order(s) loaded", nullptr, loaded);
    if (selected > 0)
        text += tr(" · %Ln selected", nullptr, selected);
    m_statusLine->setText(text);
    m_bulk->setSelectedCount(selected);
}

void OrderListWidget::showCustomer(const QString &customerId, const QString &customerName)
{
    m_customerId = customerId;
    m_customerName = customerName;
    retranslateUi();
    reload();
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

void OrderListWidget::openCurrent()
{
    const QString id = m_view->currentIndex().data(OrderTableModel::OrderIdRole).toString();
    if (!id.isEmpty())
        OrderDetailWidget::openInDock(m_context, id, this);
}

void OrderListWidget::retranslateUi()
{
    m_customerLabel->setText(m_customerId.isEmpty() ? QString() : tr("Customer: %1").arg(m_customerName));
    if (auto *refresh = findChild<QToolButton *>(QStringLiteral("refresh")))
        refresh->setToolTip(tr("Reload (F5)"));
    if (auto *clear = findChild<QToolButton *>(QStringLiteral("clearCustomer"))) {
        clear->setToolTip(tr("Show the orders of all customers"));
        clear->setVisible(!m_customerId.isEmpty());
    }
    if (auto *columns = findChild<QToolButton *>(QStringLiteral("columns"))) {
        columns->setText(tr("Columns"));
        columns->setToolTip(tr("Choose the columns; drag a heading to move its column"));
    }
    if (auto *selection = findChild<QToolButton *>(QStringLiteral("selectionActions"))) {
        selection->setText(tr("Selected"));
        selection->setToolTip(tr("Advance, cancel or export the selected orders"));
    }
    if (auto *exportButton = findChild<QToolButton *>(QStringLiteral("export"))) {
        exportButton->setText(tr("Export"));
        exportButton->setToolTip(tr("Export every order the filter finds, in the visible columns and order"));
    }
    m_bulk->retranslateUi();
    updateStatusLine();
}

void OrderListWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace orders
