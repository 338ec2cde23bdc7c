#include "orders/ui/orderbulkactions.h"

#include "core/data/database.h"
#include "orders/domain/orderstatus.h"
#include "orders/workflow/orderworkflow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <limits>
#include <optional>

namespace orders {

namespace {
const QString kCancelledState = QStringLiteral("cancelado");
const QString kCancelEvent = QStringLiteral("cancel");
constexpr int kMaxRefusalsListed = 10;
} // namespace

/// An export running on its worker thread. Shared with the thread's lambda, so it outlives
/// whichever side ends first.
struct OrderBulkActions::ExportJob
{
    std::atomic<qint64> done{0};
    std::atomic<bool> cancel{false};
    std::optional<core::Result<qint64>> result; ///< written by the worker before it ends
    QString path;
    qint64 expected = 0; ///< rows of a selection; 0 when the count is unknown
    QThread *thread = nullptr;
    QPointer<QProgressDialog> dialog;
    QTimer *poll = nullptr;
};

OrderBulkActions::OrderBulkActions(core::Database &db, core::Session session, OrderWorkflow *workflow,
                                   QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_session(std::move(session)), m_workflow(workflow), m_parent(dialogParent),
      m_selectionMenu(new QMenu(dialogParent)), m_advanceMenu(new QMenu(m_selectionMenu)),
      m_cancel(new QAction(this)), m_exportSelectedCsv(new QAction(this)), m_exportSelectedXlsx(new QAction(this)),
      m_printPicking(new QAction(this)), m_printLabels(new QAction(this)), m_exportMenu(new QMenu(dialogParent)),
      m_exportCsv(new QAction(this)), m_exportXlsx(new QAction(this))
{
    m_selectionMenu->setObjectName(QStringLiteral("selectionMenu"));
    m_selectionMenu->setToolTipsVisible(true);
    m_advanceMenu->setObjectName(QStringLiteral("advanceMenu"));
    m_advanceMenu->menuAction()->setObjectName(QStringLiteral("advance"));
    m_cancel->setObjectName(QStringLiteral("cancelOrders"));
    m_exportSelectedCsv->setObjectName(QStringLiteral("exportSelectedCsv"));
    m_exportSelectedXlsx->setObjectName(QStringLiteral("exportSelectedXlsx"));
    m_printPicking->setObjectName(QStringLiteral("printPickingList"));
    m_printLabels->setObjectName(QStringLiteral("printLabels"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportXlsx->setObjectName(QStringLiteral("exportXlsx"));

    m_selectionMenu->addMenu(m_advanceMenu);
    m_selectionMenu->addAction(m_cancel);
    m_selectionMenu->addSeparator();
    m_selectionMenu->addAction(m_exportSelectedCsv);
    m_selectionMenu->addAction(m_exportSelectedXlsx);
    m_selectionMenu->addSeparator();
    // Picking lists and labels belong to modules that are not there yet: shown, so people know
    // where they will be, but off rather than pretending.
    m_printPicking->setEnabled(false);
    m_printLabels->setEnabled(false);
    m_selectionMenu->addAction(m_printPicking);
    m_selectionMenu->addAction(m_printLabels);
    m_exportMenu->addAction(m_exportCsv);
    m_exportMenu->addAction(m_exportXlsx);

    connect(m_advanceMenu, &QMenu::aboutToShow, this, &OrderBulkActions::populateAdvanceMenu);
    connect(m_cancel, &QAction::triggered, this, &OrderBulkActions::runCancel);
    connect(m_exportSelectedCsv, &QAction::triggered, this, [this] { askExport(OrderExportFormat::Csv, true); });
    connect(m_exportSelectedXlsx, &QAction::triggered, this, [this] { askExport(OrderExportFormat::Xlsx, true); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { askExport(OrderExportFormat::Csv, false); });
    connect(m_exportXlsx, &QAction::triggered, this, [this] { askExport(OrderExportFormat::Xlsx, false); });
    retranslateUi();
    setSelectedCount(0);
}

OrderBulkActions::~OrderBulkActions()
{
    // The worker reads the database file through its own connection; stop it before the
    // database (and this object) go away.
    if (m_job) {
        m_job->cancel = true;
        m_job->thread->wait();
        delete m_job->thread;
    }
}

bool OrderBulkActions::canChange() const
{
    return m_workflow && m_session.can(core::Permission::OrdersManage);
}

void OrderBulkActions::setSelectedCount(int count)
{
    m_selectedCount = count;
    const bool change = canChange() && count > 0;
    m_advanceMenu->menuAction()->setEnabled(change);
    m_cancel->setEnabled(change);
    m_exportSelectedCsv->setEnabled(count > 0 && !isExporting());
    m_exportSelectedXlsx->setEnabled(count > 0 && !isExporting());
    m_exportCsv->setEnabled(!isExporting());
    m_exportXlsx->setEnabled(!isExporting());
}

core::Result<QStringList> OrderBulkActions::commonTargets(const QList<OrderRow> &rows) const
{
    if (!m_workflow || rows.isEmpty())
        return QStringList();
    QStringList statuses;
    for (const OrderRow &row : rows) {
        if (!statuses.contains(row.status))
            statuses << row.status;
    }
    std::optional<QStringList> common;
    for (const QString &status : std::as_const(statuses)) {
        auto allowed = m_workflow->allowedFrom(status);
        if (!allowed)
            return allowed.error();
        QStringList targets;
        for (const core::WorkflowTransition &t : *allowed) {
            if (t.target != kCancelledState && t.target != status && !targets.contains(t.target))
                targets << t.target;
        }
        if (!common) {
            common = targets;
        } else {
            common->erase(std::remove_if(common->begin(), common->end(),
                                         [&targets](const QString &t) { return !targets.contains(t); }),
                          common->end());
        }
        if (common->isEmpty())
            break;
    }
    return common.value_or(QStringList());
}

template<typename Step>
OrderBulkActions::Outcome OrderBulkActions::runEach(const QList<OrderRow> &rows,
                                                    const std::function<bool(int)> &progress, Step step)
{
    Outcome outcome;
    for (int i = 0; i < rows.size(); ++i) {
        if (progress && !progress(i)) {
            outcome.notTried = int(rows.size()) - i;
            break;
        }
        const OrderRow &row = rows.at(i);
        const core::Result<QString> moved = step(row);
        if (moved) {
            ++outcome.changed;
            continue;
        }
        const QString why = moved.error().kind == core::Error::Kind::Conflict
                                ? tr("not allowed from %1").arg(OrderStatus::displayName(row.status))
                                : moved.error().message;
        outcome.refused << tr("#%1 (%2)").arg(row.number).arg(why);
    }
    if (progress && outcome.notTried == 0)
        progress(int(rows.size()));
    return outcome;
}

OrderBulkActions::Outcome OrderBulkActions::advance(const QList<OrderRow> &rows, const QString &target,
                                                    const QString &reason, const std::function<bool(int)> &progress)
{
    if (!m_workflow)
        return {0, {tr("The order workflow is not available.")}, int(rows.size())};
    return runEach(rows, progress, [&](const OrderRow &row) {
        return m_workflow->advance(m_session, row.id, target, reason);
    });
}

OrderBulkActions::Outcome OrderBulkActions::cancel(const QList<OrderRow> &rows, const QString &reason,
                                                   const std::function<bool(int)> &progress)
{
    if (!m_workflow)
        return {0, {tr("The order workflow is not available.")}, int(rows.size())};
    // The chart's own "cancel" step where there is one (it may differ from, say, a risk refusal
    // that also ends in cancelado); any step to cancelado otherwise.
    QHash<QString, QString> stepFrom;
    return runEach(rows, progress, [&](const OrderRow &row) -> core::Result<QString> {
        if (!stepFrom.contains(row.status)) {
            QString step = kCancelledState;
            if (auto allowed = m_workflow->allowedFrom(row.status)) {
                for (const core::WorkflowTransition &t : *allowed) {
                    if (t.event == kCancelEvent && t.target == kCancelledState)
                        step = kCancelEvent;
                }
            }
            stepFrom.insert(row.status, step);
        }
        return m_workflow->advance(m_session, row.id, stepFrom.value(row.status), reason);
    });
}

QString OrderBulkActions::summary(const Outcome &outcome, bool cancelled)
{
    QString text = cancelled ? tr("%Ln order(s) cancelled", nullptr, outcome.changed)
                             : tr("%Ln order(s) advanced", nullptr, outcome.changed);
    if (!outcome.refused.isEmpty()) {
        QStringList listed = outcome.refused.mid(0, kMaxRefusalsListed);
        if (outcome.refused.size() > kMaxRefusalsListed)
            listed << tr("and %Ln more", nullptr, int(outcome.refused.size()) - kMaxRefusalsListed);
        text += tr(", %Ln refused: %1", nullptr, int(outcome.refused.size())).arg(listed.join(QStringLiteral(", ")));
    }
    if (outcome.notTried > 0)
        text += tr("; stopped before the last %Ln", nullptr, outcome.notTried);
    return text + u'.';
}

void OrderBulkActions::populateAdvanceMenu()
{
    m_advanceMenu->clear();
    const QList<OrderRow> rows = m_selection ? m_selection() : QList<OrderRow>();
    auto targets = commonTargets(rows);
    if (!targets) {
        m_advanceMenu->addAction(targets.error().text())->setEnabled(false);
        return;
    }
    if (targets->isEmpty()) {
        m_advanceMenu->addAction(tr("No step is allowed for every selected order"))->setEnabled(false);
        return;
    }
    for (const QString &target : std::as_const(*targets)) {
        QAction *action = m_advanceMenu->addAction(OrderStatus::displayName(target));
        action->setObjectName(QStringLiteral("advanceTo:") + target);
        connect(action, &QAction::triggered, this, [this, target] { runAdvance(target); });
    }
}

void OrderBulkActions::runAdvance(const QString &target)
{
    const QList<OrderRow> rows = m_selection ? m_selection() : QList<OrderRow>();
    if (rows.isEmpty())
        return;
    if (QMessageBox::question(m_parent, tr("Advance orders"),
                              tr("Move %Ln order(s) to \"%1\"?", nullptr, int(rows.size()))
                                  .arg(OrderStatus::displayName(target)))
        != QMessageBox::Yes)
        return;
    QProgressDialog progress(tr("Advancing orders…"), tr("Stop"), 0, int(rows.size()), m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const Outcome outcome = advance(rows, target, QString(), [&progress](int done) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    emit ordersChanged();
    const QString text = summary(outcome, false);
    if (outcome.refused.isEmpty())
        QMessageBox::information(m_parent, tr("Advance orders"), text);
    else
        QMessageBox::warning(m_parent, tr("Advance orders"), text);
}

void OrderBulkActions::runCancel()
{
    const QList<OrderRow> rows = m_selection ? m_selection() : QList<OrderRow>();
    if (rows.isEmpty())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
                               m_parent, tr("Cancel orders"),
                               tr("Why are these %Ln order(s) being cancelled? The reason goes to each order's history.",
                                  nullptr, int(rows.size())),
                               QString(), &ok)
                               .trimmed();
    if (!ok)
        return;
    if (reason.isEmpty()) {
        QMessageBox::warning(m_parent, tr("Cancel orders"), tr("Give a reason to cancel the orders."));
        return;
    }
    QProgressDialog progress(tr("Cancelling orders…"), tr("Stop"), 0, int(rows.size()), m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const Outcome outcome = cancel(rows, reason, [&progress](int done) {
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    emit ordersChanged();
    const QString text = summary(outcome, true);
    if (outcome.refused.isEmpty())
        QMessageBox::information(m_parent, tr("Cancel orders"), text);
    else
        QMessageBox::warning(m_parent, tr("Cancel orders"), text);
}

void OrderBulkActions::askExport(OrderExportFormat format, bool selectionOnly)
{
    if (isExporting())
        return;
    OrderExportRequest request = m_list ? m_list() : OrderExportRequest();
    if (selectionOnly) {
        request.rows = m_selection ? m_selection() : QList<OrderRow>();
        request.selectionOnly = true;
        if (request.rows.isEmpty())
            return;
    }
    const bool csv = format == OrderExportFormat::Csv;
    const QString suffix = csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("orders-%1").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))) + u'.' + suffix);
    QString path = QFileDialog::getSaveFileName(m_parent, csv ? tr("Export orders as CSV") : tr("Export orders as XLSX"),
                                                suggested,
                                                csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    startExport(format, request, path);
}

bool OrderBulkActions::startExport(OrderExportFormat format, const OrderExportRequest &request, const QString &path)
{
    if (m_job)
        return false;
    auto job = std::make_shared<ExportJob>();
    job->path = path;
    job->expected = request.selectionOnly ? request.rows.size() : 0;
    core::Database *db = &m_db;
    // The exporter reads on the worker thread through a connection of its own: a connection
    // belongs to the thread that opened it, and the list stays usable meanwhile.
    job->thread = QThread::create([job, db, session = m_session, format, request, path] {
        auto sibling = db->openSibling();
        if (!sibling) {
            job->result = sibling.error();
            return;
        }
        const OrderExporter exporter(**sibling, session);
        job->result = exporter.exportTo(path, format, request, [&job](qint64 done) {
            job->done = done;
            return !job->cancel.load();
        });
    });
    m_job = job;

    auto *dialog = new QProgressDialog(m_parent);
    dialog->setObjectName(QStringLiteral("exportProgress"));
    dialog->setWindowTitle(tr("Export orders"));
    dialog->setLabelText(tr("Exporting orders to %1…").arg(QFileInfo(path).fileName()));
    dialog->setCancelButtonText(tr("Cancel"));
    dialog->setRange(0, job->expected > 0 ? int(job->expected) : 0); // unknown count: busy bar
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    job->dialog = dialog;
    connect(dialog, &QProgressDialog::canceled, this, [job] { job->cancel = true; });

    // The worker only stores numbers; the GUI looks at them ten times a second.
    job->poll = new QTimer(this);
    job->poll->setInterval(100);
    connect(job->poll, &QTimer::timeout, this, [job] {
        if (!job->dialog)
            return;
        const qint64 done = job->done.load();
        if (job->expected > 0)
            job->dialog->setValue(int(qMin(done, job->expected)));
        else
            job->dialog->setValue(0);
        job->dialog->setLabelText(job->cancel ? tr("Cancelling…")
                                              : tr("Exporting orders to %1… %L2 written")
                                                    .arg(QFileInfo(job->path).fileName())
                                                    .arg(done));
    });
    connect(job->thread, &QThread::finished, this, &OrderBulkActions::finishExport);
    job->poll->start();
    job->thread->start();
    setSelectedCount(m_selectedCount);
    return true;
}

void OrderBulkActions::finishExport()
{
    const std::shared_ptr<ExportJob> job = std::move(m_job);
    m_job.reset();
    if (!job)
        return;
    job->thread->wait();
    job->thread->deleteLater();
    job->poll->stop();
    job->poll->deleteLater();
    if (job->dialog)
        job->dialog->close();
    setSelectedCount(m_selectedCount);

    const core::Result<qint64> result = job->result.value_or(core::Result<qint64>(qint64(0)));
    if (result) {
        emit exportFinished(true, tr("%Ln order(s) exported to %1.", nullptr, int(qMin<qint64>(*result, std::numeric_limits<int>::max())))
                                      .arg(QDir::toNativeSeparators(job->path)));
        return;
    }
    if (OrderExporter::isCancellation(result.error())) {
        emit exportFinished(false, result.error().message);
        return;
    }
    emit exportFinished(false, result.error().text());
    QMessageBox::warning(m_parent, tr("Export orders"), tr("The orders could not be exported: %1").arg(result.error().text()));
}

void OrderBulkActions::retranslateUi()
{
    m_selectionMenu->setTitle(tr("Selected orders"));
    m_advanceMenu->setTitle(tr("Advance to"));
    m_cancel->setText(tr("Cancel orders…"));
    m_exportSelectedCsv->setText(tr("Export selected as CSV…"));
    m_exportSelectedXlsx->setText(tr("Export selected as XLSX…"));
    m_printPicking->setText(tr("Print picking list"));
    m_printPicking->setToolTip(tr("Available with the picking module"));
    m_printPicking->setStatusTip(m_printPicking->toolTip());
    m_printLabels->setText(tr("Print labels"));
    m_printLabels->setToolTip(tr("Available with the labels module"));
    m_printLabels->setStatusTip(m_printLabels->toolTip());
    m_exportCsv->setText(tr("Export the list as CSV…"));
    m_exportXlsx->setText(tr("Export the list as XLSX…"));
    const QString noRight = m_workflow ? tr("Your role may not change orders.") : tr("The order workflow is not available.");
    m_cancel->setToolTip(canChange() ? QString() : noRight);
    m_advanceMenu->menuAction()->setToolTip(canChange() ? QString() : noRight);
}

} // namespace orders
