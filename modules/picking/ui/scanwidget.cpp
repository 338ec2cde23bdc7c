#include "picking/ui/scanwidget.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "orders/workflow/orderworkflow.h"
#include "picking/data/pickingrepository.h"
#include "picking/data/pickscanservice.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace picking {

namespace {

QLabel *label(QWidget *parent, qreal points, bool bold, const QString &objectName = {})
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSizeF(points);
    f.setBold(bold);
    l->setFont(f);
    l->setTextInteractionFlags(Qt::NoTextInteraction);
    if (!objectName.isEmpty())
        l->setObjectName(objectName);
    return l;
}

QLabel *caption(QWidget *parent)
{
    QLabel *l = label(parent, 11, false);
    l->setStyleSheet(QStringLiteral("color: palette(mid); text-transform: uppercase;"));
    return l;
}

} // namespace

ScanWidget::ScanWidget(core::AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    m_listTitle = label(this, 14, true, QStringLiteral("scan.list"));
    m_progress = label(this, 14, false, QStringLiteral("scan.progress"));
    m_progress->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    head->addWidget(m_listTitle, 1);
    head->addWidget(m_progress);
    layout->addLayout(head);

    m_prompt = label(this, 20, true, QStringLiteral("scan.prompt"));
    m_prompt->setWordWrap(true);
    layout->addWidget(m_prompt);

    auto *card = new QFrame(this);
    card->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(card);
    grid->setHorizontalSpacing(24);
    m_locationCaption = caption(card);
    m_location = label(card, 54, true, QStringLiteral("scan.location"));
    m_productCaption = caption(card);
    m_product = label(card, 30, true, QStringLiteral("scan.product"));
    m_description = label(card, 16, false);
    m_description->setWordWrap(true);
    m_lotCaption = caption(card);
    m_lot = label(card, 30, true, QStringLiteral("scan.lot"));
    m_qtyCaption = caption(card);
    m_quantity = label(card, 54, true, QStringLiteral("scan.quantity"));
    m_toteCaption = caption(card);
    m_tote = label(card, 54, true, QStringLiteral("scan.tote"));
    m_tote->setAlignment(Qt::AlignCenter);
    m_tote->setMinimumWidth(110);
    m_tote->setStyleSheet(QStringLiteral("border: 4px solid palette(text); border-radius: 8px; padding: 0 12px;"));
    grid->addWidget(m_locationCaption, 0, 0, 1, 2);
    grid->addWidget(m_location, 1, 0, 1, 2);
    grid->addWidget(m_productCaption, 2, 0, 1, 2);
    grid->addWidget(m_product, 3, 0, 1, 2);
    grid->addWidget(m_description, 4, 0, 1, 2);
    grid->addWidget(m_lotCaption, 5, 0);
    grid->addWidget(m_lot, 6, 0);
    grid->addWidget(m_qtyCaption, 0, 2);
    grid->addWidget(m_quantity, 1, 2);
    grid->addWidget(m_toteCaption, 2, 2);
    grid->addWidget(m_tote, 3, 2, 2, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(card, 1);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("scan.input"));
    QFont inputFont = m_input->font();
    inputFont.setPointSizeF(22);
    m_input->setFont(inputFont);
    m_input->setClearButtonEnabled(true);
    layout->addWidget(m_input);

    m_banner = label(this, 18, true, QStringLiteral("scan.banner"));
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(64);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setAutoFillBackground(true);
    layout->addWidget(m_banner);

    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_input->text();
        m_input->clear();
        submit(text);
    });
    setFocusProxy(m_input);
    retranslateUi();
    showTask();
}

void ScanWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScanWidget::retranslateUi()
{
    m_locationCaption->setText(tr("Location"));
    m_productCaption->setText(tr("Product"));
    m_lotCaption->setText(tr("Lot"));
    m_qtyCaption->setText(tr("Quantity"));
    m_toteCaption->setText(tr("Tote"));
    m_input->setPlaceholderText(tr("Scan here (the scanner types the code and Enter)"));
    showTask();
}

QString ScanWidget::bannerText() const
{
    return m_banner->text();
}

void ScanWidget::banner(const QString &text, Tone tone)
{
    m_banner->setText(text);
    QString style;
    switch (tone) {
    case Tone::Neutral: style = QStringLiteral("background: palette(window); color: palette(text);"); break;
    case Tone::Ok: style = QStringLiteral("background: #1b7f3b; color: white;"); break;
    case Tone::Warning: style = QStringLiteral("background: #b26a00; color: white;"); break;
    case Tone::Error: style = QStringLiteral("background: #b00020; color: white;"); break;
    }
    m_banner->setStyleSheet(style + QStringLiteral(" border-radius: 6px; padding: 8px;"));
    if (tone == Tone::Error || tone == Tone::Warning)
        QApplication::beep();
}

bool ScanWidget::openList(const QString &codeOrId)
{
    PickingRepository repository(m_context.database());
    auto list = repository.pickList(codeOrId);
    if (!list) {
        banner(list.error().text(), Tone::Error);
        return false;
    }
    PickScanService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
    auto tasks = service.scanTasks(list->id);
    if (!tasks) {
        banner(tasks.error().text(), Tone::Error);
        return false;
    }
    m_listId = list->id;
    m_listCode = list->code();
    m_session = ScanSession(*tasks);
    showTask();
    banner(tasks->isEmpty() ? tr("List %1 has nothing left to pick.").arg(m_listCode)
                            : tr("List %1: %n pick(s) to do.", nullptr, int(tasks->size())).arg(m_listCode),
           Tone::Neutral);
    return true;
}

void ScanWidget::submit(const QString &text)
{
    static const QRegularExpression listCode(QStringLiteral("^\\s*[Ww]\\d+-\\d+\\s*$"));
    if (m_listId.isEmpty() || listCode.match(text).hasMatch()) {
        openList(text);
        return;
    }
    const ScanSession::Outcome o = m_session.scan(text);
    if (o.action != ScanSession::Action::None) {
        PickScanService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
        auto applied = service.apply(m_context.session(), o);
        if (!applied) {
            // The confirmation was not saved: work the same task again.
            openList(m_listId);
            banner(applied.error().text(), Tone::Error);
            return;
        }
        m_session.appendTasks(applied->newTasks);
        showTask();
        QString message = o.message;
        if (!applied->message.isEmpty())
            message += u'\n' + applied->message;
        if (applied->orderPicked)
            message += u'\n' + tr("Tote complete: order picked.");
        banner(message, applied->backOrdered > 0 || o.action == ScanSession::Action::Short ? Tone::Warning : Tone::Ok);
        return;
    }
    showTask();
    banner(o.message, o.accepted ? Tone::Ok : (o.cue == ScanSession::Cue::Warning ? Tone::Warning : Tone::Error));
}

void ScanWidget::showTask()
{
    const ScanTask *t = m_session.current();
    m_listTitle->setText(m_listCode.isEmpty() ? tr("No pick list open") : tr("Pick list %1").arg(m_listCode));
    m_progress->setText(m_listCode.isEmpty() || !t ? QString()
                                                   : tr("Pick %1 of %2").arg(m_session.currentIndex() + 1).arg(m_session.taskCount()));
    if (m_listCode.isEmpty()) {
        m_prompt->setText(tr("Scan the barcode of a pick list (e.g. W12-03) to start."));
    } else {
        m_prompt->setText(m_session.prompt());
    }
    const bool has = t != nullptr;
    m_location->setText(has ? t->locationCode : QStringLiteral("—"));
    m_product->setText(has ? t->sku : QStringLiteral("—"));
    m_description->setText(has ? t->description + (t->gtin.isEmpty() ? QString() : QStringLiteral("  ·  EAN ") + t->gtin) : QString());
    m_lot->setText(has && !t->lotCode.isEmpty() ? t->lotCode + (t->expiry.isEmpty() ? QString() : QStringLiteral("  ·  ") + QDate::fromString(t->expiry, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")))
                                                 : QStringLiteral("—"));
    m_quantity->setText(has ? (m_session.counted() > 0 && m_session.step() == ScanSession::Step::Quantity
                                   ? QStringLiteral("%1/%2").arg(m_session.counted()).arg(t->quantity)
                                   : QString::number(t->quantity))
                            : QStringLiteral("—"));
    m_tote->setText(has ? QString::number(t->tote) : QStringLiteral("—"));
    // The step being asked is underlined in the card.
    const ScanSession::Step step = m_session.step();
    auto mark = [&](QLabel *l, bool active) {
        QFont f = l->font();
        f.setUnderline(active);
        l->setFont(f);
    };
    mark(m_location, has && step == ScanSession::Step::Location);
    mark(m_product, has && step == ScanSession::Step::Product);
    mark(m_lot, has && step == ScanSession::Step::Lot);
    mark(m_quantity, has && step == ScanSession::Step::Quantity);
}

} // namespace picking
