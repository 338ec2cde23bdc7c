#include "picking/ui/pickingwidget.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "orders/workflow/orderworkflow.h"
#include "picking/data/pickingrepository.h"
#include "picking/data/waveservice.h"
#include "picking/models/wavetablemodel.h"
#include "picking/print/picklistpdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace picking {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    return view;
}

QString metres(double m)
{
    return QLocale().toString(m, 'f', 1) + QStringLiteral(" m");
}

} // namespace

PickingWidget::PickingWidget(core::AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_waiting = new QLabel(this);
    m_waiting->setObjectName(QStringLiteral("picking.waiting"));
    layout->addWidget(m_waiting);

    auto *form = new QGridLayout;
    m_carrierLabel = new QLabel(this);
    m_carrier = new QComboBox(this);
    m_carrier->setObjectName(QStringLiteral("picking.carrier"));
    m_channelLabel = new QLabel(this);
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("picking.channel"));
    m_useCutOff = new QCheckBox(this);
    m_cutOff = new QTimeEdit(QTime(14, 0), this);
    m_cutOff->setDisplayFormat(QStringLiteral("HH:mm"));
    m_cutOff->setEnabled(false);
    m_priorityLabel = new QLabel(this);
    m_priority = new QComboBox(this);
    m_maxLabel = new QLabel(this);
    m_maxOrders = new QSpinBox(this);
    m_maxOrders->setObjectName(QStringLiteral("picking.maxOrders"));
    m_maxOrders->setRange(0, 100000);
    m_maxOrders->setValue(200);
    m_totesLabel = new QLabel(this);
    m_maxTotes = new QSpinBox(this);
    m_maxTotes->setRange(1, 60);
    m_maxTotes->setValue(BatchLimits{}.maxTotes);
    m_linesLabel = new QLabel(this);
    m_maxLines = new QSpinBox(this);
    m_maxLines->setRange(1, 500);
    m_maxLines->setValue(BatchLimits{}.maxLines);
    form->addWidget(m_carrierLabel, 0, 0);
    form->addWidget(m_carrier, 0, 1);
    form->addWidget(m_channelLabel, 0, 2);
    form->addWidget(m_channel, 0, 3);
    form->addWidget(m_useCutOff, 0, 4);
    form->addWidget(m_cutOff, 0, 5);
    form->addWidget(m_priorityLabel, 1, 0);
    form->addWidget(m_priority, 1, 1);
    form->addWidget(m_maxLabel, 1, 2);
    form->addWidget(m_maxOrders, 1, 3);
    form->addWidget(m_totesLabel, 1, 4);
    form->addWidget(m_maxTotes, 1, 5);
    form->addWidget(m_linesLabel, 1, 6);
    form->addWidget(m_maxLines, 1, 7);
    form->setColumnStretch(1, 2);
    form->setColumnStretch(3, 2);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("picking.plan"));
    m_plan->setWordWrap(true);
    m_previewButton = new QPushButton(this);
    m_createButton = new QPushButton(this);
    m_createButton->setObjectName(QStringLiteral("picking.createWave"));
    buttons->addWidget(m_plan, 1);
    buttons->addWidget(m_previewButton);
    m_perCarrierButton = new QPushButton(this);
    m_perCarrierButton->setObjectName(QStringLiteral("picking.perCarrier"));
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_perCarrierButton);
    layout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_wavesTitle = new QLabel(top);
    m_cancelWave = new QPushButton(top);
    m_cancelWave->setObjectName(QStringLiteral("picking.cancelWave"));
    auto *waveBar = new QHBoxLayout;
    waveBar->addWidget(m_wavesTitle, 1);
    waveBar->addWidget(m_cancelWave);
    m_waveModel = new WaveTableModel(this);
    m_waves = makeTable(m_waveModel, top);
    m_waves->setObjectName(QStringLiteral("picking.waves"));
    topLayout->addLayout(waveBar);
    topLayout->addWidget(m_waves);
    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *listBar = new QHBoxLayout;
    m_listsTitle = new QLabel(bottom);
    m_pdfA4 = new QPushButton(bottom);
    m_pdfThermal = new QPushButton(bottom);
    listBar->addWidget(m_listsTitle, 1);
    listBar->addWidget(m_pdfA4);
    listBar->addWidget(m_pdfThermal);
    m_print = new QPushButton(bottom);
    m_print->setObjectName(QStringLiteral("picking.print"));
    m_print->setMenu(new QMenu(m_print));
    listBar->addWidget(m_print);
    m_listModel = new PickListTableModel(this);
    m_lists = makeTable(m_listModel, bottom);
    m_lists->setObjectName(QStringLiteral("picking.lists"));
    m_lists->setSelectionMode(QAbstractItemView::ExtendedSelection);
    bottomLayout->addLayout(listBar);
    bottomLayout->addWidget(m_lists);
    m_taskModel = new PickTaskTableModel(this);
    m_tasks = makeTable(m_taskModel, splitter);
    m_tasks->setObjectName(QStringLiteral("picking.tasks"));
    m_tasks->setSelectionMode(QAbstractItemView::NoSelection);
    m_tasks->horizontalHeader()->setStretchLastSection(false);
    m_tasks->horizontalHeader()->setSectionResizeMode(PickTaskTableModel::Description, QHeaderView::Stretch);
    m_tasks->setColumnWidth(PickTaskTableModel::Seq, 40);
    m_tasks->setColumnWidth(PickTaskTableModel::Lot, 170);
    m_tasks->setColumnWidth(PickTaskTableModel::Quantity, 60);
    m_tasks->setColumnWidth(PickTaskTableModel::Tote, 50);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->addWidget(m_tasks);
    layout->addWidget(splitter, 1);

    connect(m_useCutOff, &QCheckBox::toggled, m_cutOff, &QWidget::setEnabled);
    connect(m_previewButton, &QPushButton::clicked, this, &PickingWidget::preview);
    connect(m_createButton, &QPushButton::clicked, this, &PickingWidget::createWave);
    connect(m_perCarrierButton, &QPushButton::clicked, this, &PickingWidget::createPerCarrier);
    connect(m_waves->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PickingWidget::showLists);
    connect(m_lists->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PickingWidget::showTasks);
    connect(m_cancelWave, &QPushButton::clicked, this, &PickingWidget::cancelWave);
    connect(m_pdfA4, &QPushButton::clicked, this, [this] { savePdf(false); });
    connect(m_pdfThermal, &QPushButton::clicked, this, [this] { savePdf(true); });

    const bool allowed = context.session().can(core::Permission::PickingRun);
    m_createButton->setEnabled(allowed);
    m_perCarrierButton->setEnabled(allowed);
    m_cancelWave->setEnabled(allowed);
    retranslateUi();
}

void PickingWidget::showEvent(QShowEvent *event)
{
    // Loaded when first shown, not when the main window starts with the dock tabbed away.
    if (!m_loaded) {
        m_loaded = true;
        refresh();
    }
    QWidget::showEvent(event);
}

void PickingWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PickingWidget::retranslateUi()
{
    m_carrierLabel->setText(tr("Carrier"));
    m_channelLabel->setText(tr("Channel"));
    m_useCutOff->setText(tr("Paid before"));
    m_priorityLabel->setText(tr("Priority"));
    m_maxLabel->setText(tr("Max. orders"));
    m_maxOrders->setSpecialValueText(tr("no limit"));
    m_totesLabel->setText(tr("Totes per list"));
    m_linesLabel->setText(tr("Lines per list"));
    const int p = m_priority->currentIndex();
    m_priority->clear();
    m_priority->addItem(tr("Any"), -1);
    m_priority->addItem(tr("Waiting over 48 h or express"), 1);
    m_priority->addItem(tr("Express only"), 2);
    m_priority->setCurrentIndex(qMax(0, p));
    if (m_carrier->count() > 0)
        m_carrier->setItemText(0, tr("All carriers"));
    if (m_channel->count() > 0)
        m_channel->setItemText(0, tr("All channels"));
    m_previewButton->setText(tr("Preview"));
    m_createButton->setText(tr("Release wave"));
    m_perCarrierButton->setText(tr("One wave per carrier"));
    m_perCarrierButton->setToolTip(tr("Rule: release a wave for each carrier with orders waiting, with the filters above"));
    m_wavesTitle->setText(tr("Waves"));
    m_cancelWave->setText(tr("Cancel wave…"));
    m_listsTitle->setText(tr("Pick lists of the selected wave"));
    m_pdfA4->setText(tr("PDF (A4)…"));
    m_pdfThermal->setText(tr("PDF (80 mm)…"));
    m_print->setText(tr("Print"));
    m_print->menu()->clear();
    m_print->menu()->addAction(tr("A4…"), this, [this] { print(false); });
    m_print->menu()->addAction(tr("80 mm thermal…"), this, [this] { print(true); });
    if (m_plan->text().isEmpty())
        m_plan->setText(tr("Choose the orders and press Preview to see the wave and its route before releasing it."));
}

void PickingWidget::refresh()
{
    PickingRepository repository(m_context.database());
    if (auto waves = repository.waves()) {
        const int current = m_waves->currentIndex().row();
        m_waveModel->setRows(*waves);
        if (m_waveModel->rowCount() > 0)
            m_waves->selectRow(qBound(0, current, m_waveModel->rowCount() - 1));
    }
    auto waiting = repository.waiting();
    if (!waiting) {
        m_waiting->setText(waiting.error().text());
        return;
    }
    QString header = tr("Waiting to pick: %n order(s) with reserved stock", nullptr, waiting->orders)
                     + tr(", %n line(s).", nullptr, waiting->lines);
    if (auto backOrders = repository.openBackOrders(); backOrders && !backOrders->isEmpty())
        header += u' ' + tr("%n back-order(s) open (picking backorders lists them).", nullptr, int(backOrders->size()));
    m_waiting->setText(header);
    auto fill = [](QComboBox *box, const QStringList &values, const QString &all) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const QString &v : values)
            box->addItem(v, v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_carrier, waiting->carriers, tr("All carriers"));
    fill(m_channel, waiting->channels, tr("All channels"));
}

WaveFilter PickingWidget::filter() const
{
    WaveFilter f;
    if (const QString c = m_carrier->currentData().toString(); !c.isEmpty())
        f.carriers = {c};
    if (const QString c = m_channel->currentData().toString(); !c.isEmpty())
        f.channels = {c};
    if (m_useCutOff->isChecked())
        f.cutOff = QDateTime(core::CivilTime::today(), m_cutOff->time(), core::CivilTime::zone()); // São Paulo business day
    if (const int p = m_priority->currentData().toInt(); p >= 0)
        f.minPriority = p;
    f.maxOrders = m_maxOrders->value();
    return f;
}

BatchLimits PickingWidget::limits() const
{
    return {m_maxTotes->value(), m_maxLines->value()};
}

QString PickingWidget::summary(const WavePlan &plan) const
{
    const double saved = plan.naiveRouteLengthM > 0 ? 100.0 * (1.0 - plan.routeLengthM / plan.naiveRouteLengthM) : 0;
    QString text = tr("%n order(s)", nullptr, int(plan.orders.size())) + QStringLiteral(", ")
                   + tr("%n line(s)", nullptr, plan.lineCount) + QStringLiteral(", ")
                   + tr("%n pick list(s)", nullptr, int(plan.lists.size())) + QStringLiteral(" — ")
                   + tr("route %1 (in location-code order %2: %3 % shorter)")
                         .arg(metres(plan.routeLengthM), metres(plan.naiveRouteLengthM), QLocale().toString(saved, 'f', 0));
    if (!plan.skipped.isEmpty())
        text += QStringLiteral("\n") + tr("%n order(s) left out: stock not fully reserved.", nullptr, int(plan.skipped.size()));
    return text;
}

void PickingWidget::preview()
{
    WaveService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
    auto plan = service.preview(m_context.session(), filter(), limits());
    m_plan->setText(plan ? summary(*plan) : plan.error().text());
}

void PickingWidget::createWave()
{
    WaveService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
    auto created = service.create(m_context.session(), filter(), limits());
    if (!created) {
        QMessageBox::warning(this, tr("Release wave"), created.error().text());
        return;
    }
    m_plan->setText(tr("Wave %1 released: ").arg(created->number) + summary(created->plan));
    refresh();
    m_waves->selectRow(0);
}

void PickingWidget::createPerCarrier()
{
    WaveService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
    WaveFilter f = filter();
    f.carriers.clear();
    auto created = service.createPerCarrier(m_context.session(), f, limits());
    if (!created) {
        QMessageBox::warning(this, tr("Release waves"), created.error().text());
        return;
    }
    QStringList lines;
    for (const CreatedWave &w : *created)
        lines << tr("Wave %1: %n order(s)", nullptr, int(w.plan.orders.size())).arg(w.number) + QStringLiteral(" (")
                     + (w.plan.orders.isEmpty() ? QString() : w.plan.orders.constFirst().carrier) + QStringLiteral(")");
    m_plan->setText(lines.join(QStringLiteral("; ")));
    refresh();
    m_waves->selectRow(0);
}

void PickingWidget::showLists()
{
    const WaveRow *w = m_waveModel->row(m_waves->currentIndex().row());
    if (!w) {
        m_listModel->setRows({});
        return;
    }
    auto lists = PickingRepository(m_context.database()).pickLists(w->id);
    m_listModel->setRows(lists ? *lists : QList<PickListRow>{});
    m_listsTitle->setText(tr("Pick lists of wave %1").arg(w->number));
    if (m_listModel->rowCount() > 0)
        m_lists->selectRow(0);
    else
        m_taskModel->setRows({});
}

void PickingWidget::showTasks()
{
    const PickListRow *l = m_listModel->row(m_lists->currentIndex().row());
    auto tasks = l ? PickingRepository(m_context.database()).tasks(l->id) : core::Result<QList<PickTaskRow>>(QList<PickTaskRow>{});
    m_taskModel->setRows(tasks ? *tasks : QList<PickTaskRow>{});
}

void PickingWidget::cancelWave()
{
    const WaveRow *w = m_waveModel->row(m_waves->currentIndex().row());
    if (!w)
        return;
    if (QMessageBox::question(this, tr("Cancel wave"),
                              tr("Cancel wave %1? Its %n order(s) can then go into another wave.", nullptr, w->orderCount).arg(w->number))
        != QMessageBox::Yes)
        return;
    WaveService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
    if (auto r = service.cancel(m_context.session(), w->id); !r) {
        QMessageBox::warning(this, tr("Cancel wave"), r.error().text());
        return;
    }
    refresh();
}

QList<PickListRow> PickingWidget::chosenLists() const
{
    QList<PickListRow> chosen;
    for (const QModelIndex &index : m_lists->selectionModel()->selectedRows()) {
        if (const PickListRow *l = m_listModel->row(index.row()))
            chosen.append(*l);
    }
    if (chosen.isEmpty()) {
        for (int r = 0; r < m_listModel->rowCount(); ++r)
            chosen.append(*m_listModel->row(r));
    }
    return chosen;
}

void PickingWidget::print(bool thermal)
{
    const QList<PickListRow> chosen = chosenLists();
    if (chosen.isEmpty())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(chosen.size() == 1 ? chosen.constFirst().code() : QStringLiteral("W%1").arg(chosen.constFirst().waveNumber));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(thermal ? tr("Print pick lists (80 mm)") : tr("Print pick lists (A4)"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto data = PickListPdf::load(PickingRepository(m_context.database()), chosen);
    if (!data) {
        QMessageBox::warning(this, tr("Print pick lists"), data.error().text());
        return;
    }
    QPainter painter;
    auto painted = PickListPdf::paint(*data, thermal ? PickListPdf::Format::Thermal80 : PickListPdf::Format::A4, printer, painter);
    if (painter.isActive())
        painter.end();
    if (!painted)
        QMessageBox::warning(this, tr("Print pick lists"), painted.error().text());
}

void PickingWidget::savePdf(bool thermal)
{
    const QList<PickListRow> chosen = chosenLists();
    if (chosen.isEmpty())
        return;
    const QString name = chosen.size() == 1 ? chosen.constFirst().code() : QStringLiteral("W%1").arg(chosen.constFirst().waveNumber);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save pick lists"), name + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    PickingRepository repository(m_context.database());
    auto data = PickListPdf::load(repository, chosen);
    core::Result<> written = data ? PickListPdf::write(*data, thermal ? PickListPdf::Format::Thermal80 : PickListPdf::Format::A4, path)
                                  : core::Result<>(data.error());
    if (!written) {
        QMessageBox::warning(this, tr("Save pick lists"), written.error().text());
        return;
    }
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace picking
