#pragma once

#include "orders/domain/orderrow.h"
#include "orders/domain/savedview.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableView;

namespace core {
class AppContext;
}

namespace orders {

class ColumnChooser;
class OrderBulkActions;
class OrderFilterBar;
class OrderTableModel;
class OrderViewsMenu;
class SavedViewRepository;

/// An order list: the filter bar, a table that loads pages as it scrolls and sorts in the
/// database, saved views, a column chooser, actions on the selection and exports. The orders
/// dock shows every order; billing, picking and labels show their work queues with a fixed
/// filter that the user's choices only narrow. Filter, sort and columns are remembered per user
/// and per list in the saved view "__last__" (SavedView::lastViewName), so they follow the user
/// from one desktop session to the next.
class OrderListWidget : public QWidget
{
    Q_OBJECT
public:
    /// The list's id (for what it remembers) is its parent dock's objectName ("orders.list",
    /// "picking.queue"...). The order workflow comes from context.service<OrderWorkflow>().
    OrderListWidget(core::AppContext &context, OrderFilter fixedFilter, QWidget *parent = nullptr);
    ~OrderListWidget() override;

    OrderTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    OrderFilterBar *filterBar() const { return m_filterBar; }
    ColumnChooser *columnChooser() const { return m_columns; }
    OrderViewsMenu *viewsMenu() const { return m_views; }
    OrderBulkActions *bulkActions() const { return m_bulk; }

    /// What the list shows now, as a view that can be saved: the bar's filter (without the fixed
    /// filter or a customer shown from elsewhere), the sort and the visible columns.
    SavedView currentView() const;
    /// Shows a saved view: filter, sort and columns.
    void applyView(const SavedView &view);

    /// Shows only this customer's orders (palette → customer); empty clears.
    void showCustomer(const QString &customerId, const QString &customerName);
    /// Brings the main window's orders dock forward filtered on this customer (Ctrl+K, SAC);
    /// false when the window has no orders dock (the role may not see it).
    static bool showCustomerInOrdersDock(QWidget *window, const QString &customerId, const QString &customerName);

protected:
    void changeEvent(QEvent *event) override;

private:
    OrderFilter effectiveFilter() const;
    OrderSort currentSort() const;
    void loadChoices();
    void reload();
    void fetchFirstPage();
    void rememberView();
    QList<OrderRow> selectedRows() const;
    void updateStatusLine();
    void openCurrent();
    void retranslateUi();

    core::AppContext &m_context;
    OrderFilter m_fixedFilter;
    QString m_listId;
    QString m_customerId;
    QString m_customerName;
    std::unique_ptr<SavedViewRepository> m_savedViews;
    OrderTableModel *m_model;
    QTableView *m_view;
    OrderFilterBar *m_filterBar;
    ColumnChooser *m_columns;
    OrderViewsMenu *m_views;
    OrderBulkActions *m_bulk;
    QLabel *m_customerLabel;
    QLabel *m_statusLine;
    QLabel *m_message;
    OrderFilter m_barFilter;
    bool m_restoring = false;
};

} // namespace orders
