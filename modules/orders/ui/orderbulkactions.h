#pragma once

#include "core/domain/session.h"
#include "orders/data/orderexporter.h"
#include "orders/domain/orderrow.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace core {
class Database;
}

namespace orders {

class OrderWorkflow;

/// What the order list can do with its selection, and exports: "Advance to…" (only the steps
/// the workflow allows from the state of every selected order), "Cancel…" (with a reason),
/// export of the selection or of the whole list as CSV/XLSX on a worker thread with its own
/// database connection (progress, cancellable), and the print actions of modules to come.
class OrderBulkActions : public QObject
{
    Q_OBJECT
public:
    /// `workflow` may be null (the orders module did not provide it): advancing is then off.
    /// `dialogParent` parents progress dialogs and message boxes.
    OrderBulkActions(core::Database &db, core::Session session, OrderWorkflow *workflow, QWidget *dialogParent);
    ~OrderBulkActions() override;

    /// Where the selected orders come from (read when an action runs).
    void setSelectionProvider(std::function<QList<OrderRow>()> provider) { m_selection = std::move(provider); }
    /// Filter, sort and visible columns of the list, for exports.
    void setListProvider(std::function<OrderExportRequest()> provider) { m_list = std::move(provider); }
    /// Enables what applies to `count` selected orders.
    void setSelectedCount(int count);

    /// Advance to ▸, Cancel…, Export selected as CSV/XLSX…, Print picking list, Print labels.
    QMenu *selectionMenu() const { return m_selectionMenu; }
    /// Export the list as CSV/XLSX….
    QMenu *exportMenu() const { return m_exportMenu; }

    struct Outcome
    {
        int changed = 0;
        QStringList refused; ///< "#123 (not allowed from Delivered)"
        int notTried = 0;    ///< left when the user stopped the run
    };
    /// Target states the workflow allows from the status of every order in `rows`, in chart
    /// order, cancellation excepted (it has its own action).
    core::Result<QStringList> commonTargets(const QList<OrderRow> &rows) const;
    /// Moves each order to `target` through the workflow; `progress(i)` returning false stops.
    Outcome advance(const QList<OrderRow> &rows, const QString &target, const QString &reason,
                    const std::function<bool(int)> &progress = {});
    /// Cancels each order (the chart's "cancel" transition, or any transition to cancelado).
    Outcome cancel(const QList<OrderRow> &rows, const QString &reason, const std::function<bool(int)> &progress = {});
    /// "12 orders advanced, 2 refused: #123 (not allowed from Delivered), …".
    static QString summary(const Outcome &outcome, bool cancelled);

    /// Starts writing `request` to `path` on a worker thread; false when an export already runs.
    /// exportFinished() reports the end.
    bool startExport(OrderExportFormat format, const OrderExportRequest &request, const QString &path);
    bool isExporting() const { return m_job != nullptr; }
    /// Texts in the current language (the list calls it on LanguageChange).
    void retranslateUi();

signals:
    /// Orders changed status: the list reloads.
    void ordersChanged();
    /// `message` says how many orders went to which file, that the user cancelled, or what failed.
    void exportFinished(bool ok, const QString &message);

private:
    struct ExportJob;
    void runAdvance(const QString &target);
    void runCancel();
    void askExport(OrderExportFormat format, bool selectionOnly);
    void populateAdvanceMenu();
    template<typename Step>
    Outcome runEach(const QList<OrderRow> &rows, const std::function<bool(int)> &progress, Step step);
    void finishExport();
    bool canChange() const;

    core::Database &m_db;
    core::Session m_session;
    OrderWorkflow *m_workflow;
    QPointer<QWidget> m_parent;
    std::function<QList<OrderRow>()> m_selection;
    std::function<OrderExportRequest()> m_list;
    int m_selectedCount = 0;

    QMenu *m_selectionMenu;
    QMenu *m_advanceMenu;
    QAction *m_cancel;
    QAction *m_exportSelectedCsv;
    QAction *m_exportSelectedXlsx;
    QAction *m_printPicking;
    QAction *m_printLabels;
    QMenu *m_exportMenu;
    QAction *m_exportCsv;
    QAction *m_exportXlsx;

    std::shared_ptr<ExportJob> m_job;
};

} // namespace orders
