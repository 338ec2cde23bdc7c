#include "billing/ui/reconciliationwidget.h"

#include "billing/workflow/orderpaymenthooks.h"
#include "billing/data/cashview.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/reconciliation/reconciliationexport.h"
#include "billing/ui/reconciliationtablemodel.h"
#include "core/data/appsettings.h"
#include "core/domain/appcontext.h"
#include "core/domain/money.h"
#include "core/domain/session.h"
#include "orders/ui/orderdetailwidget.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace billing {

namespace {

const QString kWatchedFolderKey = QStringLiteral("billing/retornoWatchedFolder");

QString money(qint64 cents)
{
    return core::Money::fromCents(cents).format();
}

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *it = new QTableWidgetItem(text);
    if (number)
        it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

/// Progress for a long import on the GUI thread: the dialog stays responsive and can cancel.
ReconciliationService::Progress progressIn(QProgressDialog &dialog)
{
    return [&dialog](qint64 done, qint64 total) {
        dialog.setMaximum(int(std::max<qint64>(total, 1)));
        dialog.setValue(int(done));
        QApplication::processEvents();
        return !dialog.wasCanceled();
    };
}

} // namespace

ReconciliationWidget::ReconciliationWidget(core::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new ReconciliationTableModel(this)), m_tabs(new QTabWidget(this)),
      m_view(new QTableView(this)), m_account(new QComboBox(this)), m_outcome(new QComboBox(this)), m_search(new QLineEdit(this)),
      m_totals(new QLabel(this)), m_watchLabel(new QLabel(this)), m_confirm(new QPushButton(tr("Confirm import"), this)),
      m_discard(new QPushButton(tr("Discard"), this)), m_export(new QPushButton(tr("Export XLSX…"), this)),
      m_history(new QTableWidget(this)), m_cash(new QTableWidget(this)), m_cashTotals(new QLabel(this)), m_cashFrom(new QDateEdit(this)),
      m_cashTo(new QDateEdit(this)), m_watcher(new QFileSystemWatcher(this))
{
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *actions = new QHBoxLayout;
    auto *open = new QPushButton(tr("Import files…"), this);
    open->setToolTip(tr("Choose CNAB 240 or 400 retorno files; you can also drop them here."));
    auto *watch = new QPushButton(tr("Watch folder…"), this);
    watch->setToolTip(tr("New retorno files saved in this folder are previewed as they arrive."));
    m_account->addItem(tr("Account: from the file"), QString());
    if (auto accounts = CollectionAccountRepository(m_context.database()).list(true)) {
        for (const CollectionAccount &a : *accounts)
            m_account->addItem(a.name, a.id);
    }
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(16);
    m_account->setToolTip(tr("The collection account the files belong to; found from the file's header when the bank has one."));
    m_confirm->setDefault(true);
    m_confirm->setEnabled(false);
    m_discard->setEnabled(false);
    m_export->setEnabled(false);
    actions->addWidget(open);
    actions->addWidget(watch);
    actions->addWidget(m_account, 1);
    layout->addLayout(actions);
    m_watchLabel->setWordWrap(true);
    m_watchLabel->hide();
    layout->addWidget(m_watchLabel);

    // Preview tab.
    auto *preview = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 4, 0, 0);
    auto *filters = new QHBoxLayout;
    m_outcome->addItem(tr("Every outcome"), -1);
    for (ReconciliationOutcome outcome : allOutcomes())
        m_outcome->addItem(outcomeDisplayName(outcome), int(outcome));
    m_search->setPlaceholderText(tr("Search nosso número, order, payer, occurrence…"));
    m_search->setClearButtonEnabled(true);
    filters->addWidget(m_outcome);
    filters->addWidget(m_search, 1);
    previewLayout->addLayout(filters);
    m_model->setPreviews(&m_previews);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    previewLayout->addWidget(m_view, 1);
    m_totals->setWordWrap(true);
    m_totals->setTextFormat(Qt::RichText);
    m_totals->setMinimumHeight(m_totals->fontMetrics().lineSpacing() * 2 + 8); // totals and money, two lines
    m_totals->setText(tr("Drop retorno files here, or use Import files…. Nothing is written until you confirm."));
    previewLayout->addWidget(m_totals);
    // The decision sits under what it decides on.
    auto *decide = new QHBoxLayout;
    decide->addStretch(1);
    decide->addWidget(m_export);
    decide->addWidget(m_discard);
    decide->addWidget(m_confirm);
    previewLayout->addLayout(decide);
    m_tabs->addTab(preview, tr("Preview"));

    // History tab.
    m_history->setColumnCount(8);
    m_history->setHorizontalHeaderLabels({tr("Imported"), tr("File"), tr("Account"), tr("Layout"), tr("Records"), tr("Payments"),
                                          tr("Paid"), tr("By")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_tabs->addTab(m_history, tr("Imported files"));

    // Cash tab.
    auto *cash = new QWidget(this);
    auto *cashLayout = new QVBoxLayout(cash);
    cashLayout->setContentsMargins(0, 4, 0, 0);
    auto *range = new QHBoxLayout;
    m_cashFrom->setCalendarPopup(true);
    m_cashTo->setCalendarPopup(true);
    m_cashFrom->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_cashTo->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_cashFrom->setDate(QDate::currentDate().addDays(-15));
    m_cashTo->setDate(QDate::currentDate().addDays(15));
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_cashFrom);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_cashTo);
    range->addStretch(1);
    cashLayout->addLayout(range);
    m_cash->setColumnCount(6);
    m_cash->setHorizontalHeaderLabels({tr("Day"), tr("Account"), tr("Expected"), tr("Credited"), tr("Bank fees"), tr("Net")});
    m_cash->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cash->verticalHeader()->hide();
    m_cash->horizontalHeader()->setStretchLastSection(true);
    cashLayout->addWidget(m_cash, 1);
    m_cashTotals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cashLayout->addWidget(m_cashTotals);
    m_tabs->addTab(cash, tr("Cash"));
    layout->addWidget(m_tabs, 1);

    connect(open, &QPushButton::clicked, this, &ReconciliationWidget::chooseFiles);
    connect(watch, &QPushButton::clicked, this, &ReconciliationWidget::chooseWatchedFolder);
    connect(m_confirm, &QPushButton::clicked, this, &ReconciliationWidget::confirmImport);
    connect(m_discard, &QPushButton::clicked, this, &ReconciliationWidget::discard);
    connect(m_export, &QPushButton::clicked, this, &ReconciliationWidget::exportXlsx);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        const int code = m_outcome->currentData().toInt();
        m_model->setOutcomeFilter(code < 0 ? std::nullopt : std::optional(ReconciliationOutcome(code)));
    });
    connect(m_search, &QLineEdit::textChanged, m_model, &ReconciliationTableModel::setSearchText);
    connect(m_view, &QTableView::doubleClicked, this, &ReconciliationWidget::openCurrentOrder);
    connect(m_cashFrom, &QDateEdit::dateChanged, this, &ReconciliationWidget::reloadCash);
    connect(m_cashTo, &QDateEdit::dateChanged, this, &ReconciliationWidget::reloadCash);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &ReconciliationWidget::scanWatchedFolder);

    reloadHistory();
    reloadCash();
    const QString folder = core::AppSettings().raw().value(kWatchedFolderKey).toString();
    if (!folder.isEmpty() && QFileInfo(folder).isDir()) {
        m_watchedFolder = folder;
        m_watcher->addPath(folder);
        m_watchLabel->setText(tr("Watching %1 for retorno files.").arg(QDir::toNativeSeparators(folder)));
        m_watchLabel->show();
        // What was already there when the app started is waiting to be imported too.
        scanWatchedFolder();
    }
}

void ReconciliationWidget::showMessage(const QString &title, const QString &message, bool error)
{
    const QString color = error ? QStringLiteral("#b3261e") : QStringLiteral("#1e6b2f");
    m_totals->setText(QStringLiteral("<b style='color:%1'>%2</b> %3").arg(color, title.toHtmlEscaped(), message.toHtmlEscaped()));
}

void ReconciliationWidget::loadFiles(const QStringList &paths)
{
    const OrderPaymentHooks hooks = orderPaymentHooks(m_context);
    ReconciliationService service(m_context.database());
    QStringList errors;
    QProgressDialog progress(tr("Reading retorno files…"), tr("Cancel"), 0, int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (const QString &path : paths) {
        if (progress.wasCanceled())
            break;
        const QString name = QFileInfo(path).fileName();
        bool loaded = false;
        for (const ReconciliationPreview &p : std::as_const(m_previews))
            loaded = loaded || p.fileName == name;
        if (loaded)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            errors << tr("%1: %2").arg(name, file.errorString());
            continue;
        }
        auto preview = service.preview(m_context.session(), file.readAll(), name, m_account->currentData().toString(),
                                       hooks.awaitsPayment, progressIn(progress));
        if (!preview) {
            errors << preview.error().text();
            continue;
        }
        m_previews.append(std::move(*preview));
    }
    refreshPreview();
    if (!errors.isEmpty())
        showMessage(tr("Not loaded:"), errors.join(QStringLiteral(" · ")), true);
}

void ReconciliationWidget::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import retorno files"), m_watchedFolder,
                                                            tr("CNAB retorno, PIX statement or card settlement report (*.ret *.RET *.crt *.CRT *.txt *.TXT *.csv *.CSV);;All files (*)"));
    if (!paths.isEmpty())
        loadFiles(paths);
}

void ReconciliationWidget::chooseWatchedFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder where the bank's files are saved"), m_watchedFolder);
    if (!folder.isEmpty())
        watchFolder(folder);
}

void ReconciliationWidget::watchFolder(const QString &folder)
{
    if (!m_watchedFolder.isEmpty())
        m_watcher->removePath(m_watchedFolder);
    m_watchedFolder = folder;
    m_seenInFolder.clear();
    m_watcher->addPath(folder);
    core::AppSettings().raw().setValue(kWatchedFolderKey, folder);
    m_watchLabel->setText(tr("Watching %1 for retorno files.").arg(QDir::toNativeSeparators(folder)));
    m_watchLabel->show();
    scanWatchedFolder();
}

void ReconciliationWidget::scanWatchedFolder()
{
    if (m_watchedFolder.isEmpty())
        return;
    QStringList fresh;
    const QStringList patterns{QStringLiteral("*.ret"), QStringLiteral("*.RET"), QStringLiteral("*.crt"), QStringLiteral("*.CRT")};
    for (const QFileInfo &info : QDir(m_watchedFolder).entryInfoList(patterns, QDir::Files, QDir::Time | QDir::Reversed)) {
        if (!m_seenInFolder.contains(info.absoluteFilePath())) {
            m_seenInFolder.insert(info.absoluteFilePath());
            fresh << info.absoluteFilePath();
        }
    }
    if (fresh.isEmpty())
        return;
    loadFiles(fresh);
    // Files imported before are recognised and left out of the preview.
    const auto before = m_previews.size();
    m_previews.erase(std::remove_if(m_previews.begin(), m_previews.end(),
                                    [](const ReconciliationPreview &p) { return p.alreadyImported(); }),
                     m_previews.end());
    if (m_previews.size() != before)
        refreshPreview();
}

void ReconciliationWidget::refreshPreview()
{
    m_model->setPreviews(&m_previews);
    m_view->resizeColumnsToContents();
    const bool any = !m_previews.isEmpty();
    bool applicable = false;
    for (const ReconciliationPreview &p : std::as_const(m_previews))
        applicable = applicable || !p.alreadyImported();
    m_confirm->setEnabled(applicable && m_context.session().can(core::Permission::BillingManage));
    m_discard->setEnabled(any);
    m_export->setEnabled(any);
    if (!any) {
        m_totals->setText(tr("Drop retorno files here, or use Import files…. Nothing is written until you confirm."));
        return;
    }
    QHash<ReconciliationOutcome, OutcomeTotals> totals;
    qint64 paid = 0;
    qint64 fees = 0;
    int orders = 0;
    int lines = 0;
    QStringList files;
    for (const ReconciliationPreview &p : std::as_const(m_previews)) {
        if (p.alreadyImported()) {
            files << tr("%1 (already imported on %2 — will be skipped)")
                         .arg(p.fileName, p.previousImportAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        } else {
            files << tr("%1 (%2, %3)").arg(p.fileName, p.accountName(), p.file.layout.toUpper());
        }
        const auto t = p.totals();
        for (auto it = t.cbegin(); it != t.cend(); ++it) {
            OutcomeTotals &sum = totals[it.key()];
            sum.count += it->count;
            sum.paidCents += it->paidCents;
            sum.feeCents += it->feeCents;
        }
        paid += p.paidCents();
        fees += p.feeCents();
        orders += p.ordersToConfirm();
        lines += int(p.lines.size());
    }
    QStringList parts;
    for (ReconciliationOutcome outcome : allOutcomes()) {
        const OutcomeTotals t = totals.value(outcome);
        if (t.count == 0)
            continue;
        parts << (t.paidCents ? tr("%1: <b>%2</b> (%3)").arg(outcomeDisplayName(outcome)).arg(t.count).arg(money(t.paidCents))
                              : tr("%1: <b>%2</b>").arg(outcomeDisplayName(outcome)).arg(t.count));
    }
    m_totals->setText(tr("<b>%n record(s)</b> in %1 — ", nullptr, lines).arg(files.join(QStringLiteral("; ")).toHtmlEscaped())
                      + parts.join(QStringLiteral(" · "))
                      + tr("<br>Paid <b>%1</b>, bank fees %2, %n order(s) will be confirmed.", nullptr, orders)
                            .arg(money(paid), money(fees)));
}

void ReconciliationWidget::confirmImport()
{
    const OrderPaymentHooks hooks = orderPaymentHooks(m_context);
    ReconciliationService service(m_context.database());
    QStringList done;
    QStringList errors;
    QList<ReconciliationPreview> kept;
    QProgressDialog progress(tr("Applying retorno files…"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (const ReconciliationPreview &p : std::as_const(m_previews)) {
        if (p.alreadyImported())
            continue;
        progress.setLabelText(tr("Applying %1…").arg(p.fileName));
        auto applied = service.apply(m_context.session(), p, hooks.confirmPayment, progressIn(progress));
        if (!applied) {
            errors << tr("%1: %2").arg(p.fileName, applied.error().text());
            kept << p;
            continue;
        }
        done << tr("%1: %n payment(s), %2 order(s) confirmed", nullptr, applied->payments).arg(p.fileName).arg(applied->ordersConfirmed);
        for (const QString &note : applied->notes)
            errors << note;
    }
    m_previews = kept;
    refreshPreview();
    reloadHistory();
    reloadCash();
    if (!errors.isEmpty())
        showMessage(tr("Attention:"), (done + errors).join(QStringLiteral(" · ")), true);
    else if (!done.isEmpty())
        showMessage(tr("Imported."), done.join(QStringLiteral(" · ")), false);
    if (!done.isEmpty())
        emit imported();
}

void ReconciliationWidget::discard()
{
    m_previews.clear();
    refreshPreview();
}

void ReconciliationWidget::exportXlsx()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export reconciliation"), tr("reconciliation.xlsx"),
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    QList<ExportedLine> lines;
    for (int row = 0; row < m_model->rowCount(); ++row)
        lines.append({m_model->fileNameAt(row), m_model->lineAt(row)});
    if (auto written = exportReconciliationXlsx(path, lines); !written)
        showMessage(tr("Export failed:"), written.error().text(), true);
    else
        showMessage(tr("Exported."), tr("%n line(s) written to %1", nullptr, int(lines.size())).arg(QDir::toNativeSeparators(path)),
                    false);
}

void ReconciliationWidget::reloadHistory()
{
    auto imports = ReconciliationService(m_context.database()).history();
    m_history->setRowCount(0);
    if (!imports)
        return;
    m_history->setRowCount(int(imports->size()));
    for (int r = 0; r < imports->size(); ++r) {
        const RetornoImport &i = imports->at(r);
        m_history->setItem(r, 0, item(i.importedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
        m_history->setItem(r, 1, item(i.fileName));
        m_history->setItem(r, 2, item(i.accountName));
        m_history->setItem(r, 3, item(i.layout.toUpper()));
        m_history->setItem(r, 4, item(QString::number(i.recordCount), true));
        m_history->setItem(r, 5, item(QString::number(i.paidCount), true));
        m_history->setItem(r, 6, item(money(i.paidCents), true));
        m_history->setItem(r, 7, item(i.importedBy));
        // The result per outcome, as the import summarised it.
        QStringList summary;
        const QJsonObject o = QJsonDocument::fromJson(i.summaryJson.toUtf8()).object();
        for (ReconciliationOutcome outcome : allOutcomes()) {
            const int count = o.value(outcomeCode(outcome)).toObject().value(QStringLiteral("count")).toInt();
            if (count)
                summary << tr("%1: %2").arg(outcomeDisplayName(outcome)).arg(count);
        }
        for (int c = 0; c < m_history->columnCount(); ++c)
            m_history->item(r, c)->setToolTip(summary.join(u'\n'));
    }
    m_history->resizeColumnsToContents();
}

void ReconciliationWidget::reloadCash()
{
    auto days = CashView::daily(m_context.database(), m_context.session(), m_cashFrom->date(), m_cashTo->date());
    m_cash->setRowCount(0);
    m_cashTotals->clear();
    if (!days) {
        showMessage(tr("The cash view could not be read."), days.error().text(), true);
        return;
    }
    m_cash->setRowCount(int(days->size()));
    CashDay period;
    for (int r = 0; r < days->size(); ++r) {
        const CashDay &d = days->at(r);
        period.expectedCents += d.expectedCents;
        period.creditedCents += d.creditedCents;
        period.feeCents += d.feeCents;
        m_cash->setItem(r, 0, item(d.date.toString(QStringLiteral("dd/MM/yyyy"))));
        m_cash->setItem(r, 1, item(d.accountName));
        m_cash->setItem(r, 2, item(money(d.expectedCents), true));
        m_cash->setItem(r, 3, item(money(d.creditedCents), true));
        m_cash->setItem(r, 4, item(money(d.feeCents), true));
        m_cash->setItem(r, 5, item(money(d.netCents()), true));
    }
    m_cash->resizeColumnsToContents();
    m_cashTotals->setText(tr("In the period: expected <b>%1</b> · credited <b>%2</b> · bank fees <b>%3</b> · net <b>%4</b>")
                              .arg(money(period.expectedCents), money(period.creditedCents), money(period.feeCents),
                                   money(period.netCents())));
}

void ReconciliationWidget::openCurrentOrder()
{
    const ReconciliationLine *line = m_model->lineAt(m_view->currentIndex().row());
    if (line && !line->orderId().isEmpty())
        orders::OrderDetailWidget::openInDock(m_context, line->orderId(), this);
}

void ReconciliationWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ReconciliationWidget::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        loadFiles(paths);
    }
}

} // namespace billing
