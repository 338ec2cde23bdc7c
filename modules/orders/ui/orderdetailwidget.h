#pragma once

#include "core/workflow/workflowchart.h"
#include "orders/domain/orderdetaildata.h"

#include <QWidget>

class QDockWidget;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace core {
class AppContext;
struct DomainEvent;
} // namespace core

namespace orders {

class OrderWorkflow;
class StatusPill;

/// An order's whole life on one screen, meant for a dock (one per order, several open at once):
/// a header band with the number, status, channel, date, total and payment, and the actions the
/// workflow allows from the current status; then tabs for the summary (customer, addresses,
/// shipment), items, payments, risk analyses (with approve/refuse for orders held for review),
/// internal notes and the timeline of every event. Reloads itself when the order changes.
class OrderDetailWidget : public QWidget
{
    Q_OBJECT
public:
    OrderDetailWidget(core::AppContext &context, const QString &orderId, QWidget *parent = nullptr);

    /// Opens the order in a dock of the main window that holds `anyWidget`, or brings its dock to
    /// the front when it is already open. New detail docks join the other order docks as tabs.
    /// Returns the dock, or nullptr (after telling the user why) when the order cannot be read.
    static QDockWidget *openInDock(core::AppContext &context, const QString &orderId, QWidget *anyWidget);
    /// The dock's objectName for an order ("orders.detail.<id>").
    static QString dockName(const QString &orderId);

    const QString &orderId() const { return m_orderId; }
    /// The data on screen; header.number is 0 when the order could not be read.
    const OrderDetailData &data() const { return m_data; }
    /// "Order 100123" once loaded.
    QString title() const;

    /// Reads the order again (one load) and rebuilds the screen, keeping the current tab.
    bool reload();

signals:
    void titleChanged(const QString &title);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildHeader();
    void fillHeader();
    void fillActions();
    void fillTabs();
    QWidget *riskPage();
    QWidget *notesPage();
    void perform(const core::WorkflowTransition &transition);
    void review(const QString &decision);
    void addNote();
    void onDomainEvent(const core::DomainEvent &event);
    /// Asks for a reason; `required` refuses an empty one. False when the user cancelled.
    bool askReason(const QString &title, const QString &prompt, bool required, QString *reason);
    void changed(const QString &eventName);
    void showError(const QString &text);

    core::AppContext &m_context;
    OrderWorkflow *m_workflow;
    QString m_orderId;
    OrderDetailData m_data;
    QString m_loadError;
    bool m_reloadQueued = false;

    QLabel *m_number = nullptr;
    StatusPill *m_status = nullptr;
    QLabel *m_facts = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
};

} // namespace orders
