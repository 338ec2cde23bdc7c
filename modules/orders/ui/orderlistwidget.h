#pragma once

#include "orders/domain/orderrow.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace core {
class AppContext;
}

namespace orders {

class OrderTableModel;

/// An order list: a status filter, a table that loads pages as it scrolls, double-click to open.
/// The orders dock shows every order; billing, picking and labels show their work queues with a
/// fixed filter.
class OrderListWidget : public QWidget
{
    Q_OBJECT
public:
    OrderListWidget(core::AppContext &context, OrderFilter fixedFilter, QWidget *parent = nullptr);

    OrderTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Shows only this customer's orders (palette → customer); empty clears.
    void showCustomer(const QString &customerId, const QString &customerName);
    /// Brings the main window's orders dock forward filtered on this customer (Ctrl+K, SAC);
    /// false when the window has no orders dock (the role may not see it).
    static bool showCustomerInOrdersDock(QWidget *window, const QString &customerId, const QString &customerName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void openCurrent();
    void retranslateUi();

    core::AppContext &m_context;
    OrderFilter m_fixedFilter;
    QString m_customerId;
    QString m_customerName;
    OrderTableModel *m_model;
    QTableView *m_view;
    QComboBox *m_statusCombo;
    QLabel *m_customerLabel;
};

} // namespace orders
