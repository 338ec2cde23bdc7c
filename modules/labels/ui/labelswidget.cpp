#include "labels/ui/labelswidget.h"

#include "core/domain/appcontext.h"
#include "labels/data/labelprintlog.h"
#include "labels/data/labeltemplatestore.h"
#include "labels/render/labeloutput.h"
#include "labels/render/labelpainter.h"
#include "labels/ui/labeleditordialog.h"
#include "labels/ui/labelsettings.h"
#include "orders/models/ordertablemodel.h"
#include "orders/ui/orderlistwidget.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace labels {

namespace {

QStringList splitCodes(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        out << part.trimmed();
    return out;
}

int pageIndex(LabelSubject s)
{
    switch (s) {
    case LabelSubject::Order: return 0;
    case LabelSubject::Product: return 1;
    case LabelSubject::Location: return 2;
    case LabelSubject::Lot: return 3;
    }
    return 0;
}

} // namespace

LabelsWidget::LabelsWidget(core::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_template(new QComboBox(this)), m_edit(new QPushButton(tr("Edit…"), this)),
      m_new(new QPushButton(tr("New…"), this)), m_pages(new QStackedWidget(this)), m_orders(nullptr),
      m_wave(new QLineEdit(this)), m_packingOrder(new QCheckBox(tr("Packing order"), this)), m_products(new QLineEdit(this)),
      m_locations(new QLineEdit(this)), m_lots(new QLineEdit(this)), m_lotProduct(new QLineEdit(this)),
      m_packages(new QSpinBox(this)), m_dpi(new QComboBox(this)), m_preview(new QLabel(this)), m_status(new QLabel(this)),
      m_print(new QPushButton(tr("Print…"), this)), m_pdf(new QPushButton(tr("PDF…"), this)),
      m_zpl(new QPushButton(tr("ZPL file…"), this)), m_thermal(new QPushButton(tr("Thermal printer…"), this)),
      m_previewDelay(new QTimer(this))
{
    m_template->setObjectName(QStringLiteral("labelTemplate"));
    m_template->setMinimumContentsLength(14);
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_edit->setToolTip(tr("Open the template in the label editor"));
    m_new->setToolTip(tr("Start a new template from the selected one"));

    // What to print: one page per subject.
    orders::OrderFilter queue;
    queue.statuses = {QStringLiteral("separado"), QStringLiteral("embalado"), QStringLiteral("faturado")};
    auto *orderPage = new QWidget(this);
    // The order list remembers its filter, sort and columns under its parent's name: the same
    // as when it was the whole "labels.queue" dock.
    orderPage->setObjectName(QStringLiteral("labels.queue"));
    auto *orderLayout = new QVBoxLayout(orderPage);
    orderLayout->setContentsMargins(0, 0, 0, 0);
    m_orders = new orders::OrderListWidget(context, queue, orderPage);
    m_orders->setObjectName(QStringLiteral("labelOrders"));
    orderLayout->addWidget(m_orders, 1);
    auto *waveRow = new QHBoxLayout;
    m_wave->setObjectName(QStringLiteral("labelWave"));
    m_wave->setPlaceholderText(tr("wave number — empty: the selected orders"));
    m_wave->setClearButtonEnabled(true);
    waveRow->addWidget(new QLabel(tr("Wave:"), orderPage));
    waveRow->addWidget(m_wave, 1);
    m_packingOrder->setToolTip(tr("Print a wave's labels in the order its packages were closed instead of pick order"));
    waveRow->addWidget(m_packingOrder);
    orderLayout->addLayout(waveRow);
    m_pages->addWidget(orderPage);

    auto codePage = [this](QLineEdit *edit, const QString &label, const QString &placeholder, QLineEdit *extra = nullptr,
                           const QString &extraLabel = {}) {
        auto *page = new QWidget(this);
        auto *form = new QFormLayout(page);
        edit->setPlaceholderText(placeholder);
        edit->setClearButtonEnabled(true);
        form->addRow(label, edit);
        if (extra) {
            extra->setClearButtonEnabled(true);
            form->addRow(extraLabel, extra);
        }
        connect(edit, &QLineEdit::textChanged, this, &LabelsWidget::schedulePreview);
        if (extra)
            connect(extra, &QLineEdit::textChanged, this, &LabelsWidget::schedulePreview);
        m_pages->addWidget(page);
    };
    m_products->setObjectName(QStringLiteral("labelProducts"));
    m_locations->setObjectName(QStringLiteral("labelLocations"));
    m_lots->setObjectName(QStringLiteral("labelLots"));
    codePage(m_products, tr("SKU or EAN:"), tr("several separated by commas; a scanner works"));
    codePage(m_locations, tr("Locations:"), tr("A-01-02-03, or A-01* for a whole rack"));
    codePage(m_lots, tr("Lot:"), tr("lot code"), m_lotProduct, tr("Product SKU:"));
    m_lotProduct->setPlaceholderText(tr("only when two products share the lot code"));

    // Preview and output.
    m_packages->setObjectName(QStringLiteral("labelPackages"));
    m_packages->setRange(0, 99);
    m_packages->setSpecialValueText(tr("as packed"));
    m_packages->setToolTip(tr("Packages per order (labels \"Volume n/m\"); \"as packed\" uses the packages closed at packing, or one"));
    m_dpi->addItem(tr("203 dpi (8 dots/mm)"), 203);
    m_dpi->addItem(tr("300 dpi (12 dots/mm)"), 300);
    m_dpi->setToolTip(tr("Resolution of the thermal printer, for ZPL"));
    m_preview->setObjectName(QStringLiteral("labelPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(200, 260);
    m_preview->setStyleSheet(QStringLiteral("QLabel#labelPreview { background: palette(mid); padding: 8px; }"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_preview);
    scroll->setWidgetResizable(true);
    m_status->setWordWrap(true);
    for (QPushButton *b : {m_print, m_pdf, m_zpl, m_thermal})
        b->setAutoDefault(false);
    m_print->setObjectName(QStringLiteral("labelPrint"));
    m_pdf->setObjectName(QStringLiteral("labelPdf"));
    m_zpl->setObjectName(QStringLiteral("labelZpl"));
    m_thermal->setObjectName(QStringLiteral("labelThermal"));
    m_print->setToolTip(tr("Office printer, with a print preview"));
    m_thermal->setToolTip(tr("Zebra-compatible printer: ZPL to its network address (port 9100) or to a CUPS raw queue"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Template:"), this));
    top->addWidget(m_template, 1);
    top->addWidget(m_edit);
    top->addWidget(m_new);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *options = new QFormLayout;
    options->addRow(tr("Packages:"), m_packages);
    options->addRow(tr("ZPL resolution:"), m_dpi);
    rightLayout->addLayout(options);
    rightLayout->addWidget(scroll, 1);
    rightLayout->addWidget(m_status);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_print, 0, 0);
    buttons->addWidget(m_pdf, 0, 1);
    buttons->addWidget(m_thermal, 1, 0);
    buttons->addWidget(m_zpl, 1, 1);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    // The right side scrolls rather than widen the dock's minimum: a narrow dock stays usable.
    auto *rightScroll = new QScrollArea(this);
    rightScroll->setWidget(right);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    rightScroll->setMinimumWidth(120);
    splitter->addWidget(m_pages);
    splitter->addWidget(rightScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    // No wider a minimum than the order list alone (what this dock held before): in a narrow
    // dock the preview side is squeezed, not the main window widened.
    setMinimumSize(m_orders->minimumSizeHint().width() - 8, m_orders->minimumSizeHint().height() + 40);
    m_status->setObjectName(QStringLiteral("labelStatus"));

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(120);
    connect(m_previewDelay, &QTimer::timeout, this, &LabelsWidget::updatePreview);
    connect(m_template, &QComboBox::currentIndexChanged, this, &LabelsWidget::subjectChanged);
    connect(m_packages, &QSpinBox::valueChanged, this, &LabelsWidget::schedulePreview);
    connect(m_wave, &QLineEdit::textChanged, this, &LabelsWidget::schedulePreview);
    connect(m_dpi, &QComboBox::currentIndexChanged, this, [this] {
        LabelStationSettings s = LabelStationSettings::load(selectedTemplate());
        s.dpi = dpi();
        s.save(selectedTemplate());
    });
    connect(m_orders->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LabelsWidget::schedulePreview);
    connect(m_orders->model(), &QAbstractItemModel::modelReset, this, &LabelsWidget::schedulePreview);
    connect(m_print, &QPushButton::clicked, this, [this] { print(Output::Printer); });
    // The list's own "Selected → Print labels" works here: it prints the selection.
    if (auto *fromMenu = m_orders->findChild<QAction *>(QStringLiteral("printLabels"))) {
        fromMenu->setEnabled(true);
        fromMenu->setToolTip(tr("Print the selected orders' labels (with a print preview)"));
        fromMenu->setStatusTip(fromMenu->toolTip());
        connect(fromMenu, &QAction::triggered, this, [this] { print(Output::Printer); });
    }
    connect(m_pdf, &QPushButton::clicked, this, [this] { print(Output::Pdf); });
    connect(m_zpl, &QPushButton::clicked, this, [this] { print(Output::ZplFile); });
    connect(m_thermal, &QPushButton::clicked, this, [this] { print(Output::Thermal); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editTemplate(false); });
    connect(m_new, &QPushButton::clicked, this, [this] { editTemplate(true); });
    reloadTemplates();
}

void LabelsWidget::reloadTemplates(const QString &select)
{
    const QString keep = select.isEmpty() ? selectedTemplate() : select;
    QSignalBlocker block(m_template);
    m_template->clear();
    m_subjects.clear();
    auto list = LabelTemplateStore(m_context.database()).list();
    if (!list) {
        m_status->setText(list.error().message);
        return;
    }
    for (const auto &e : *list) {
        m_template->addItem(e.builtIn ? e.title : tr("%1 (%2)").arg(e.title, e.name), e.name);
        m_subjects << e.subject;
    }
    const int i = m_template->findData(keep);
    m_template->setCurrentIndex(i < 0 ? 0 : i);
    block.unblock();
    subjectChanged();
}

QString LabelsWidget::selectedTemplate() const
{
    return m_template->currentData().toString();
}

LabelSubject LabelsWidget::selectedSubject() const
{
    const int i = m_template->currentIndex();
    return i >= 0 && i < m_subjects.size() ? m_subjects.at(i) : LabelSubject::Order;
}

int LabelsWidget::dpi() const
{
    return m_dpi->currentData().toInt();
}

void LabelsWidget::subjectChanged()
{
    m_pages->setCurrentIndex(pageIndex(selectedSubject()));
    m_packages->setEnabled(selectedSubject() == LabelSubject::Order);
    const LabelStationSettings s = LabelStationSettings::load(selectedTemplate());
    QSignalBlocker block(m_dpi);
    m_dpi->setCurrentIndex(std::max(0, m_dpi->findData(s.dpi)));
    schedulePreview();
}

void LabelsWidget::schedulePreview()
{
    m_previewDelay->start();
}

LabelRequest LabelsWidget::currentRequest() const
{
    LabelRequest r;
    r.templateName = selectedTemplate();
    r.packages = m_packages->value();
    switch (selectedSubject()) {
    case LabelSubject::Order: {
        if (!m_wave->text().trimmed().isEmpty()) {
            r.wave = m_wave->text().trimmed();
            r.packingOrder = m_packingOrder->isChecked();
            break;
        }
        // The selection in the list's order (what the user sees: pick or package order).
        QModelIndexList rows = m_orders->view()->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        for (const QModelIndex &i : rows)
            if (const orders::OrderRow *row = m_orders->model()->rowAt(i.row()))
                r.orders << row->number;
        break;
    }
    case LabelSubject::Product: r.products = splitCodes(m_products->text()); break;
    case LabelSubject::Location: r.locations = splitCodes(m_locations->text()); break;
    case LabelSubject::Lot:
        r.lots = splitCodes(m_lots->text());
        r.lotProduct = m_lotProduct->text().trimmed();
        break;
    }
    return r;
}

core::Result<LabelBatch> LabelsWidget::currentBatch() const
{
    return LabelJobBuilder(m_context.database()).build(currentRequest());
}

void LabelsWidget::updatePreview()
{
    const LabelRequest request = currentRequest();
    const bool empty = request.orders.isEmpty() && request.wave.isEmpty() && request.products.isEmpty() && request.locations.isEmpty()
                    && request.lots.isEmpty();
    LabelTemplate t;
    LabelData data;
    QString note;
    bool ready = false;
    if (empty) {
        auto loaded = LabelTemplateStore(m_context.database()).load(selectedTemplate());
        if (!loaded) {
            m_preview->setText(loaded.error().message);
            return;
        }
        t = *loaded;
        data = LabelFields::sample(t.subject);
        note = selectedSubject() == LabelSubject::Order ? tr("Sample data: select orders (Ctrl/Shift for several) or type a wave.")
                                                        : tr("Sample data: type what to print.");
    } else {
        auto batch = currentBatch();
        if (!batch) {
            m_preview->setPixmap({});
            m_preview->setText(batch.error().message);
            m_status->setText(QString());
            for (QPushButton *b : {m_print, m_pdf, m_zpl, m_thermal})
                b->setEnabled(false);
            return;
        }
        t = batch->labelTemplate;
        data = batch->items.constFirst().data;
        note = tr("%n label(s) to print; the first is shown.", nullptr, int(batch->items.size()));
        ready = true;
    }
    core::Error error;
    const QImage image = LabelPainter::image(t, data, 203, &error);
    const QSize room = m_preview->parentWidget() ? m_preview->parentWidget()->size() - QSize(24, 24) : QSize(400, 600);
    m_preview->setPixmap(QPixmap::fromImage(image.scaled(room.boundedTo(image.size() * 1.5).expandedTo(QSize(120, 120)),
                                                         Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_status->setText(error.message.isEmpty() ? note : note + u'\n' + error.text());
    for (QPushButton *b : {m_print, m_pdf, m_zpl, m_thermal})
        b->setEnabled(ready);
}

bool LabelsWidget::askReprintReason(const LabelBatch &batch, QString &reason)
{
    auto before = LabelPrintLog(m_context.database()).alreadyPrinted(batch.labelTemplate.name, batch.items);
    if (!before) {
        showError(tr("Print labels"), before.error());
        return false;
    }
    if (before->isEmpty())
        return true;
    QStringList shown = before->mid(0, 8);
    if (before->size() > 8)
        shown << tr("and %n more", nullptr, int(before->size() - 8));
    bool ok = false;
    reason = QInputDialog::getText(this, tr("Reprint labels"),
                                   tr("These labels were printed before: %1.\nWhy print them again? (This goes on the order's timeline.)")
                                       .arg(shown.join(QStringLiteral(", "))),
                                   QLineEdit::Normal, QString(), &ok)
                 .trimmed();
    return ok && !reason.isEmpty();
}

void LabelsWidget::record(const LabelBatch &batch, const QString &output, const QString &target, int dpiUsed, const QString &reason)
{
    PrintJob job{batch.labelTemplate.name, output, target, dpiUsed, batch.source, reason};
    auto recorded = LabelPrintLog(m_context.database()).record(m_context.session(), job, batch.items);
    if (!recorded)
        showError(tr("Print labels"), recorded.error());
    else
        m_status->setText(tr("%n label(s) printed.", nullptr, int(batch.items.size())));
}

void LabelsWidget::showError(const QString &title, const core::Error &error)
{
    QMessageBox::warning(this, title, error.text());
}

void LabelsWidget::print(Output output)
{
    auto batch = currentBatch();
    if (!batch) {
        showError(tr("Print labels"), batch.error());
        return;
    }
    QString reason;
    if (!askReprintReason(*batch, reason))
        return;
    const LabelTemplate &t = batch->labelTemplate;
    const QList<LabelData> data = batch->data();
    LabelStationSettings settings = LabelStationSettings::load(t.name);
    // The progress dialog exists only while a file or ZPL is being made (it would otherwise pop
    // up over the print preview).
    std::unique_ptr<QProgressDialog> progress;
    const LabelOutput::Progress step = [&](int done, int) {
        if (!progress) {
            progress = std::make_unique<QProgressDialog>(tr("Preparing %n label(s)…", nullptr, int(data.size())), tr("Cancel"), 0,
                                                         int(data.size()), this);
            progress->setWindowModality(Qt::WindowModal);
            progress->setMinimumDuration(300);
        }
        progress->setValue(done);
        return !progress->wasCanceled();
    };

    switch (output) {
    case Output::Printer: {
        QPrinter printer(QPrinter::HighResolution);
        if (!settings.printerName.isEmpty())
            printer.setPrinterName(settings.printerName);
        const QSizeF page = settings.pageSizeMm.isEmpty() ? QSizeF(t.widthMm, t.heightMm) : settings.pageSizeMm;
        printer.setPageSize(QPageSize(page, QPageSize::Millimeter, QString(), QPageSize::FuzzyMatch));
        printer.setPageMargins(QMarginsF(), QPageLayout::Millimeter);
        printer.setFullPage(true);
        printer.setDocName(tr("Labels %1").arg(t.title));
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Print %n label(s)", nullptr, int(data.size())));
        core::Error failure;
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
            if (auto painted = LabelOutput::paintPages(*target, t, data); !painted)
                failure = painted.error();
        });
        const bool printed = preview.exec() == QDialog::Accepted;
        if (!failure.message.isEmpty()) {
            showError(tr("Print labels"), failure);
            return;
        }
        if (!printed)
            return;
        settings.printerName = printer.printerName();
        settings.pageSizeMm = printer.pageLayout().pageSize().size(QPageSize::Millimeter);
        settings.save(t.name);
        record(*batch, QStringLiteral("printer"), printer.printerName().isEmpty() ? printer.outputFileName() : printer.printerName(), 0, reason);
        return;
    }
    case Output::Pdf:
    case Output::ZplFile:
    case Output::Thermal: {
        QString target;
        if (output == Output::Pdf) {
            target = QFileDialog::getSaveFileName(this, tr("Save labels as PDF"), tr("labels-%1.pdf").arg(t.name), tr("PDF (*.pdf)"));
        } else if (output == Output::ZplFile) {
            target = QFileDialog::getSaveFileName(this, tr("Save labels as ZPL"), tr("labels-%1.zpl").arg(t.name), tr("ZPL (*.zpl *.txt)"));
        } else {
            bool ok = false;
            target = QInputDialog::getText(this, tr("Thermal printer"),
                                           tr("The printer's network address (HOST or HOST:PORT, port 9100 by default),\n"
                                              "or cups:QUEUE for a CUPS raw queue:"),
                                           QLineEdit::Normal, settings.thermalTarget, &ok)
                         .trimmed();
            if (!ok)
                return;
        }
        if (target.isEmpty())
            return;
        if (output == Output::Thermal)
            QApplication::setOverrideCursor(Qt::WaitCursor);
        auto done = runJob(output, *batch, target, reason, step);
        if (output == Output::Thermal)
            QApplication::restoreOverrideCursor();
        progress.reset();
        if (!done && !LabelOutput::isCancellation(done.error()))
            showError(output == Output::Thermal ? tr("Thermal printer") : tr("Print labels"), done.error());
        return;
    }
    }
}

core::Result<> LabelsWidget::printTo(Output output, const QString &target, const QString &reason)
{
    if (output == Output::Printer)
        return core::Error::validation(tr("Office printers are printed through the print preview."));
    auto batch = currentBatch();
    if (!batch)
        return batch.error();
    return runJob(output, *batch, target, reason, {});
}

core::Result<> LabelsWidget::runJob(Output output, const LabelBatch &batch, QString target, const QString &reason,
                                    const LabelOutput::Progress &step)
{
    const LabelTemplate &t = batch.labelTemplate;
    const QList<LabelData> data = batch.data();
    // A label printed before is a reprint: never without a reason (the dialogs asked for one).
    if (reason.trimmed().isEmpty()) {
        auto before = LabelPrintLog(m_context.database()).alreadyPrinted(t.name, batch.items);
        if (!before)
            return before.error();
        if (!before->isEmpty())
            return core::Error::validation(tr("These labels were printed before: %1. Give a reason to reprint them.")
                                               .arg(before->mid(0, 8).join(QStringLiteral(", "))));
    }
    QString recordedOutput;
    int usedDpi = 0;
    if (output == Output::Pdf) {
        if (auto written = LabelOutput::writePdf(t, data, target, step); !written)
            return written;
        recordedOutput = QStringLiteral("pdf");
    } else {
        usedDpi = dpi();
        auto zpl = LabelOutput::zpl(t, data, usedDpi, step);
        if (!zpl)
            return zpl.error();
        if (output == Output::ZplFile) {
            QSaveFile file(target);
            if (!file.open(QIODevice::WriteOnly) || file.write(*zpl) != zpl->size() || !file.commit())
                return core::Error::io(tr("Could not write %1: %2").arg(target, file.errorString()), target);
            recordedOutput = QStringLiteral("zpl");
        } else {
            core::Result<> sent;
            if (target.startsWith(QLatin1String("cups:"))) {
                sent = LabelOutput::sendToCups(*zpl, target.mid(5), true);
                recordedOutput = QStringLiteral("zpl_cups");
            } else {
                auto address = LabelOutput::parseHostPort(target);
                if (!address)
                    return address.error();
                sent = LabelOutput::sendRaw(*zpl, address->first, address->second);
                target = QStringLiteral("%1:%2").arg(address->first).arg(address->second);
                recordedOutput = QStringLiteral("zpl_tcp");
            }
            if (!sent)
                return sent;
            // This workstation's thermal printer for this template, next time.
            LabelStationSettings settings = LabelStationSettings::load(t.name);
            settings.thermalTarget = target;
            settings.dpi = usedDpi;
            settings.save(t.name);
        }
    }
    PrintJob job{t.name, recordedOutput, target, usedDpi, batch.source, reason};
    auto recorded = LabelPrintLog(m_context.database()).record(m_context.session(), job, batch.items);
    if (!recorded)
        return recorded.error();
    m_status->setText(tr("%n label(s) printed.", nullptr, int(batch.items.size())));
    return {};
}

void LabelsWidget::editTemplate(bool asNew)
{
    auto loaded = LabelTemplateStore(m_context.database()).load(selectedTemplate());
    if (!loaded) {
        showError(tr("Label editor"), loaded.error());
        return;
    }
    LabelTemplate t = *loaded;
    if (asNew) {
        t.name = t.name + QStringLiteral("-copy");
        t.title = tr("%1 (copy)").arg(t.title);
    }
    LabelEditorDialog dialog(m_context, t, this);
    // Live preview with the order/product chosen here, when there is one.
    auto batch = currentBatch();
    if (batch && !batch->items.isEmpty())
        dialog.setPreviewData(batch->items.constFirst().data, batch->items.constFirst().key);
    if (dialog.exec() == QDialog::Accepted)
        reloadTemplates(dialog.savedName());
}

} // namespace labels
