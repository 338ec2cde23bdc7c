#include "billing/ui/billingwidget.h"

#include "billing/data/boletoprintsource.h"
#include "billing/data/boletorepository.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/data/remessaservice.h"
#include "billing/domain/boletostatus.h"
#include "billing/print/boletopainter.h"
#include "billing/print/boletopdf.h"
#include "billing/ui/bankaccountsdialog.h"
#include "billing/ui/boletotablemodel.h"
#include "billing/ui/issueboletodialog.h"
#include "billing/ui/remessapreviewdialog.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/session.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace billing {

BillingWidget::BillingWidget(core::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new BoletoTableModel(this)), m_view(new QTableView(this)),
      m_search(new QLineEdit(this)), m_status(new QComboBox(this)), m_account(new QComboBox(this)), m_summary(new QLabel(this)),
      m_issue(new QPushButton(tr("&Issue…"), this)), m_print(new QPushButton(tr("&Print…"), this)),
      m_pdf(new QPushButton(tr("Save &PDF…"), this)), m_cancel(new QPushButton(tr("&Cancel boleto…"), this)),
      m_remessa(new QPushButton(tr("Generate &remessa…"), this)), m_accounts(new QPushButton(tr("&Accounts…"), this)),
      m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Nosso número, linha digitável, order, CPF/CNPJ or payer"));
    m_search->setClearButtonEnabled(true);
    m_status->addItem(tr("All statuses"), QString());
    for (const QString &status : BoletoStatus::all())
        m_status->addItem(BoletoStatus::displayName(status), status);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_account, 1);

    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_issue, m_print, m_pdf, m_cancel, m_remessa})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_accounts);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);

    const bool canManage = m_context.session().can(core::Permission::BillingManage);
    for (QPushButton *b : {m_issue, m_cancel, m_remessa, m_accounts})
        b->setVisible(canManage);
    m_issue->setToolTip(tr("Issue the boletos of an order"));
    m_remessa->setToolTip(tr("Write the file that registers the selected boletos at the bank (all waiting ones when none is selected)"));

    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &BillingWidget::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &BillingWidget::reload);
    connect(m_account, &QComboBox::currentIndexChanged, this, &BillingWidget::reload);
    connect(m_issue, &QPushButton::clicked, this, &BillingWidget::issue);
    connect(m_print, &QPushButton::clicked, this, &BillingWidget::printSelected);
    connect(m_pdf, &QPushButton::clicked, this, &BillingWidget::savePdf);
    connect(m_cancel, &QPushButton::clicked, this, &BillingWidget::cancelSelected);
    connect(m_remessa, &QPushButton::clicked, this, &BillingWidget::generateRemessa);
    connect(m_accounts, &QPushButton::clicked, this, &BillingWidget::editAccounts);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BillingWidget::updateActions);

    reloadAccounts();
    reload();
}

void BillingWidget::reloadAccounts()
{
    const QString current = m_account->currentData().toString();
    QSignalBlocker block(m_account);
    m_account->clear();
    m_account->addItem(tr("All accounts"), QString());
    if (auto accounts = CollectionAccountRepository(m_context.database()).list()) {
        for (const CollectionAccount &a : *accounts)
            m_account->addItem(QStringLiteral("%1 · %2").arg(a.bank.bankCode, a.name), a.id);
    }
    m_account->setCurrentIndex(qMax(0, m_account->findData(current)));
}

void BillingWidget::reload()
{
    BoletoFilter filter;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = {status};
    filter.accountId = m_account->currentData().toString();
    filter.search = m_search->text();
    auto rows = BoletoRepository(m_context.database()).list(m_context.session(), filter, core::CivilTime::today());
    if (!rows) {
        m_model->setRows({});
        m_summary->setText(rows.error().message);
        return;
    }
    core::Money total;
    for (const BoletoRow &r : *rows)
        total += r.boleto.amount;
    const bool capped = rows->size() >= BoletoRepository::kDefaultLimit;
    m_model->setRows(*rows);
    m_view->resizeColumnsToContents();
    m_summary->setText(capped ? tr("The first %n boleto(s) by due date, %1; narrow the search to see others.", nullptr, int(rows->size())).arg(total.format())
                              : tr("%n boleto(s), %1", nullptr, int(rows->size())).arg(total.format()));
    updateActions();
}

QList<Boleto> BillingWidget::selectedBoletos() const
{
    QList<Boleto> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        out.append(m_model->row(index.row()).boleto);
    std::sort(out.begin(), out.end(), [](const Boleto &a, const Boleto &b) {
        return std::tie(a.orderNumber, a.installment) < std::tie(b.orderNumber, b.installment);
    });
    return out;
}

void BillingWidget::updateActions()
{
    const QList<Boleto> selected = selectedBoletos();
    bool anyPrintable = false;
    bool anyOpen = false;
    for (const Boleto &b : selected) {
        anyPrintable = anyPrintable || b.status != BoletoStatus::kCancelled;
        anyOpen = anyOpen || BoletoStatus::isOpen(b.status);
    }
    m_print->setEnabled(anyPrintable);
    m_pdf->setEnabled(anyPrintable);
    m_cancel->setEnabled(selected.size() == 1 && anyOpen);
}

void BillingWidget::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void BillingWidget::issue()
{
    IssueBoletoDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        // Show what was just issued, selected, so it can be printed right away.
        m_view->clearSelection();
        for (int i = 0; i < m_model->rowCount(); ++i) {
            if (dialog.issuedIds().contains(m_model->row(i).boleto.id))
                m_view->selectionModel()->select(m_model->index(i, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
}

void BillingWidget::printSelected()
{
    QStringList ids;
    for (const Boleto &b : selectedBoletos()) {
        if (b.status != BoletoStatus::kCancelled)
            ids << b.id;
    }
    auto data = BoletoPrintSource(m_context.database()).forBoletos(ids);
    if (!data) {
        showError(tr("Print boletos"), data.error().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(), QPageLayout::Millimeter);
    printer.setFullPage(true);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print %n boleto(s)", nullptr, int(data->size())));
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        QPainter painter(target);
        for (int i = 0; i < data->size(); ++i) {
            if (i > 0)
                target->newPage();
            if (auto painted = BoletoPainter::paintA4(painter, {}, data->at(i)); !painted)
                failure = painted.error().message;
        }
    });
    preview.exec();
    if (!failure.isEmpty())
        showError(tr("Print boletos"), failure);
}

void BillingWidget::savePdf()
{
    QStringList ids;
    for (const Boleto &b : selectedBoletos()) {
        if (b.status != BoletoStatus::kCancelled)
            ids << b.id;
    }
    if (ids.isEmpty())
        return;
    QString filter;
    const QString a4 = tr("Boletos, one per A4 page (*.pdf)");
    const QString carne = tr("Carnê, three per page (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save boletos as PDF"), tr("boletos.pdf"),
                                                      a4 + QStringLiteral(";;") + carne, &filter);
    if (path.isEmpty())
        return;
    auto data = BoletoPrintSource(m_context.database()).forBoletos(ids);
    if (!data) {
        showError(tr("Save boletos as PDF"), data.error().message);
        return;
    }
    QProgressDialog progress(tr("Drawing the boletos…"), tr("Cancel"), 0, int(data->size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto written = BoletoPdf::write(*data, filter == carne ? BoletoPdf::Layout::Carne : BoletoPdf::Layout::A4, path,
                                    [&progress](int done, int) {
                                        progress.setValue(done);
                                        return !progress.wasCanceled();
                                    });
    progress.reset();
    if (!written) {
        if (!BoletoPdf::isCancellation(written.error()))
            showError(tr("Save boletos as PDF"), written.error().message);
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void BillingWidget::cancelSelected()
{
    const QList<Boleto> selected = selectedBoletos();
    if (selected.size() != 1)
        return;
    const Boleto &b = selected.first();
    const QString question = b.status == BoletoStatus::kRegistered
                                 ? tr("Boleto %1 is registered at the bank: cancelling it sends a pedido de baixa in the next remessa.\nWhy is it cancelled?")
                                 : tr("Cancel boleto %1?\nWhy is it cancelled?");
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Cancel boleto"), question.arg(b.nossoNumeroPrinted), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    auto cancelled = BoletoRepository(m_context.database()).cancel(m_context.session(), b.id, reason);
    if (!cancelled)
        showError(tr("Cancel boleto"), cancelled.error().message);
    reload();
}

void BillingWidget::generateRemessa()
{
    const QList<Boleto> selected = selectedBoletos();
    QString accountId = m_account->currentData().toString();
    QStringList ids;
    for (const Boleto &b : selected) {
        if (!accountId.isEmpty() && b.accountId != accountId) {
            showError(tr("Generate remessa"), tr("A remessa is for one account: select boletos of one account only."));
            return;
        }
        accountId = b.accountId;
        ids << b.id;
    }
    if (accountId.isEmpty()) {
        auto accounts = CollectionAccountRepository(m_context.database()).list(true);
        if (accounts && accounts->size() == 1) {
            accountId = accounts->first().id;
        } else {
            showError(tr("Generate remessa"), tr("Choose the account in the filter above, or select its boletos."));
            return;
        }
    }
    RemessaService service(m_context.database());
    auto plan = service.plan(m_context.session(), accountId, ids);
    if (!plan) {
        showError(tr("Generate remessa"), plan.error().message);
        return;
    }
    RemessaPreviewDialog dialog(m_context, *plan, ids, this);
    dialog.exec();
    reload();
}

void BillingWidget::editAccounts()
{
    BankAccountsDialog dialog(m_context, this);
    dialog.exec();
    reloadAccounts();
    reload();
}

} // namespace billing
