#include "orders/ui/orderdetailwidget.h"

#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/data/orderdetailrepository.h"
#include "orders/data/ordernotes.h"
#include "orders/data/riskanalysisrepository.h"
#include "orders/data/riskreviewservice.h"
#include "orders/domain/orderstatus.h"
#include "orders/ui/orderdetailsections.h"
#include "orders/ui/statuspill.h"
#include "orders/workflow/orderworkflow.h"

#include <QDockWidget>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orders {

namespace {
const QString kCancelled = QStringLiteral("cancelado");
const QString kDockPrefix = QStringLiteral("orders.detail.");
} // namespace

OrderDetailWidget::OrderDetailWidget(core::AppContext &context, const QString &orderId, QWidget *parent)
    : QWidget(parent), m_context(context), m_workflow(context.service<OrderWorkflow>()), m_orderId(orderId)
{
    buildHeader();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("orders.detail.tabs"));
    m_tabs->setDocumentMode(true);
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_tabs, 1);
    reload();
    connect(&context.events(), &core::DomainEvents::published, this, &OrderDetailWidget::onDomainEvent);
}

QString OrderDetailWidget::dockName(const QString &orderId)
{
    return kDockPrefix + orderId;
}

QString OrderDetailWidget::title() const
{
    return m_data.header.number ? tr("Order %1").arg(m_data.header.number) : tr("Order");
}

QDockWidget *OrderDetailWidget::openInDock(core::AppContext &context, const QString &orderId, QWidget *anyWidget)
{
    auto *window = qobject_cast<QMainWindow *>(anyWidget ? anyWidget->window() : nullptr);
    if (window) {
        if (auto *open = window->findChild<QDockWidget *>(dockName(orderId))) {
            open->show();
            open->raise();
            return open;
        }
    }
    auto *widget = new OrderDetailWidget(context, orderId);
    if (!widget->data().header.number) {
        QMessageBox::warning(anyWidget, tr("Order"), tr("The order could not be opened: %1").arg(widget->m_loadError));
        delete widget;
        return nullptr;
    }
    auto *dock = new QDockWidget(widget->title(), window);
    dock->setObjectName(dockName(orderId));
    dock->setAttribute(Qt::WA_DeleteOnClose); // one dock per order, gone when closed
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(widget);
    connect(widget, &OrderDetailWidget::titleChanged, dock, &QDockWidget::setWindowTitle);
    if (!window) { // no main window to dock into: a window of its own
        dock->setFloating(true);
        dock->resize(900, 700);
        dock->show();
        return dock;
    }
    // Beside the other open orders as tabs; the first one takes a whole tab of the right-hand
    // column's tallest group rather than a slice of it.
    QDockWidget *sibling = nullptr;
    QDockWidget *rightHand = nullptr;
    for (QDockWidget *other : window->findChildren<QDockWidget *>()) {
        if (other == dock || !other->isVisible() || other->isFloating())
            continue;
        if (other->objectName().startsWith(kDockPrefix))
            sibling = other;
        else if (window->dockWidgetArea(other) == Qt::RightDockWidgetArea
                 && (!rightHand || other->height() > rightHand->height()))
            rightHand = other; // the tallest group: an order needs room to read
    }
    if (!sibling)
        sibling = rightHand;
    if (sibling)
        window->tabifyDockWidget(sibling, dock);
    else
        window->addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->show();
    dock->raise();
    return dock;
}

void OrderDetailWidget::buildHeader()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *band = new QFrame(this);
    band->setObjectName(QStringLiteral("orders.detail.header"));
    band->setAutoFillBackground(true);
    band->setBackgroundRole(QPalette::AlternateBase);
    band->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(band);
    grid->setContentsMargins(14, 10, 14, 10);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);

    m_number = new QLabel(band);
    m_number->setObjectName(QStringLiteral("orders.detail.number"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_number->setFont(big);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new StatusPill(band);
    m_status->setObjectName(QStringLiteral("orders.detail.status"));
    m_actions = new QHBoxLayout;
    m_actions->setSpacing(6);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(m_number);
    top->addWidget(m_status, 0, Qt::AlignVCenter);
    top->addStretch(1);
    top->addLayout(m_actions);
    grid->addLayout(top, 0, 0);

    m_facts = new QLabel(band);
    m_facts->setObjectName(QStringLiteral("orders.detail.facts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_facts, 1, 0);
    layout->addWidget(band);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("orders.detail.message"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(14, 6, 14, 6);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);
}

bool OrderDetailWidget::reload()
{
    auto loaded = OrderDetailRepository(m_context.database()).load(m_orderId);
    if (!loaded) {
        m_loadError = loaded.error().text();
        m_message->setText(tr("The order could not be read: %1").arg(m_loadError));
        m_message->show();
        return false;
    }
    m_loadError.clear();
    m_message->hide();
    m_data = std::move(*loaded);
    fillHeader();
    fillActions();
    fillTabs();
    emit titleChanged(title());
    return true;
}

void OrderDetailWidget::fillHeader()
{
    const auto &h = m_data.header;
    m_number->setText(title());
    m_status->setStatus(h.status, OrderStatus::displayName(h.status));
    QStringList facts;
    facts << (h.externalId.isEmpty() ? h.channelName.toHtmlEscaped()
                                     : QStringLiteral("%1 · %2").arg(h.channelName.toHtmlEscaped(), h.externalId.toHtmlEscaped()));
    facts << OrderDetailSections::civil(h.placedAt);
    facts << QStringLiteral("<b>%1</b>").arg(h.total.format());
    const QString method = h.installments > 1 && h.paymentMethod == QLatin1String("credit_card")
                               ? tr("%1 in %2x").arg(OrderStatus::paymentMethodName(h.paymentMethod)).arg(h.installments)
                               : OrderStatus::paymentMethodName(h.paymentMethod);
    facts << tr("%1, payment %2").arg(method, OrderStatus::paymentStatusName(h.paymentStatus).toLower());
    facts << m_data.customer.name.toHtmlEscaped();
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
}

void OrderDetailWidget::fillActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_workflow) {
        m_actions->addWidget(new QLabel(tr("Workflow not available"), this));
        return;
    }
    auto allowed = m_workflow->allowedFrom(m_data.header.status);
    if (!allowed) {
        m_message->setText(tr("The workflow chart could not be read: %1").arg(allowed.error().text()));
        m_message->show();
        return;
    }
    const bool mayChange = m_context.session().can(core::Permission::OrdersManage);
    for (const core::WorkflowTransition &t : std::as_const(*allowed)) {
        auto *button = new QPushButton(OrderStatus::displayName(t.target), this);
        button->setObjectName(QStringLiteral("orders.detail.action"));
        button->setProperty("workflowEvent", t.event);
        button->setProperty("workflowTarget", t.target);
        button->setToolTip(mayChange ? tr("Move the order to \"%1\" (%2)").arg(OrderStatus::displayName(t.target), t.event)
                                     : tr("Your role may not change orders."));
        button->setEnabled(mayChange);
        if (t.target == kCancelled)
            button->setStyleSheet(QStringLiteral("QPushButton:enabled { color: #a81c1c; }"));
        connect(button, &QPushButton::clicked, this, [this, t] { perform(t); });
        m_actions->addWidget(button);
    }
}

void OrderDetailWidget::fillTabs()
{
    const int current = m_tabs->currentIndex();
    const QString draft = m_noteEdit ? m_noteEdit->toPlainText() : QString();
    m_noteEdit = nullptr;
    QList<QWidget *> old;
    for (int i = 0; i < m_tabs->count(); ++i)
        old << m_tabs->widget(i);
    m_tabs->clear();
    qDeleteAll(old);

    const bool showDocument = m_context.session().can(core::Permission::SacView)
                              || m_context.session().can(core::Permission::OrdersManage);
    int notes = 0;
    for (const auto &e : std::as_const(m_data.timeline))
        notes += e.kind == QLatin1String("note");
    auto *timeline = OrderDetailSections::timeline(m_data, m_tabs);
    m_tabs->addTab(OrderDetailSections::summary(m_data, showDocument, m_tabs), tr("Summary"));
    m_tabs->addTab(OrderDetailSections::items(m_data, m_tabs), tr("Items (%1)").arg(m_data.items.size()));
    m_tabs->addTab(OrderDetailSections::payments(m_data, m_tabs), tr("Payments (%1)").arg(m_data.payments.size()));
    m_tabs->addTab(riskPage(), tr("Risk (%1)").arg(m_data.risks.size()));
    m_tabs->addTab(notesPage(), tr("Notes (%1)").arg(notes));
    m_tabs->addTab(timeline, tr("Timeline (%1)").arg(timeline->topLevelItemCount()));
    if (m_data.header.status == RiskAnalysisRepository::heldStatus())
        m_tabs->tabBar()->setTabTextColor(3, StatusPill::colourFor(m_data.header.status));
    if (current >= 0)
        m_tabs->setCurrentIndex(current);
    if (m_noteEdit)
        m_noteEdit->setPlainText(draft);
}

QWidget *OrderDetailWidget::riskPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    if (m_data.header.status == RiskAnalysisRepository::heldStatus()) {
        auto *held = new QGroupBox(tr("Held for risk review"), page);
        held->setObjectName(QStringLiteral("orders.detail.riskReview"));
        auto *inner = new QVBoxLayout(held);
        QString why = tr("The payment waits for a person's decision. Check the reasons below, call the customer if needed, "
                         "then approve or refuse it. Your reason is kept with the order.");
        auto *text = new QLabel(why, held);
        text->setWordWrap(true);
        inner->addWidget(text);
        auto *buttons = new QHBoxLayout;
        auto *approve = new QPushButton(tr("Approve payment…"), held);
        approve->setObjectName(QStringLiteral("orders.detail.approve"));
        auto *refuse = new QPushButton(tr("Refuse payment…"), held);
        refuse->setObjectName(QStringLiteral("orders.detail.refuse"));
        refuse->setStyleSheet(QStringLiteral("QPushButton:enabled { color: #a81c1c; }"));
        const bool may = m_workflow && m_context.session().can(core::Permission::OrdersManage);
        approve->setEnabled(may);
        refuse->setEnabled(may);
        if (!may)
            inner->addWidget(new QLabel(tr("Your role may not decide on risk reviews."), held));
        connect(approve, &QPushButton::clicked, this, [this] { review(QStringLiteral("approve")); });
        connect(refuse, &QPushButton::clicked, this, [this] { review(QStringLiteral("deny")); });
        buttons->addWidget(approve);
        buttons->addWidget(refuse);
        buttons->addStretch(1);
        inner->addLayout(buttons);
        layout->addWidget(held);
    }
    layout->addWidget(OrderDetailSections::riskHistory(m_data, page));
    layout->addStretch(1);
    return OrderDetailSections::scrolled(page, m_tabs);
}

QWidget *OrderDetailWidget::notesPage()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(OrderDetailSections::scrolled(OrderDetailSections::notes(m_data, page), page), 1);

    auto *box = new QGroupBox(tr("New internal note"), page);
    auto *inner = new QVBoxLayout(box);
    m_noteEdit = new QPlainTextEdit(box);
    m_noteEdit->setObjectName(QStringLiteral("orders.detail.noteEdit"));
    m_noteEdit->setPlaceholderText(tr("What was agreed, who to call, what to watch for. Never a card number."));
    m_noteEdit->setFixedHeight(m_noteEdit->fontMetrics().lineSpacing() * 4 + 12);
    inner->addWidget(m_noteEdit);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add note"), box);
    add->setObjectName(QStringLiteral("orders.detail.addNote"));
    const bool may = OrderNotes::canWrite(m_context.session());
    add->setEnabled(may);
    m_noteEdit->setEnabled(may);
    if (!may) {
        auto *hint = new QLabel(tr("Your role may read notes but not write them."), box);
        hint->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(hint);
    }
    row->addStretch(1);
    row->addWidget(add);
    inner->addLayout(row);
    connect(add, &QPushButton::clicked, this, &OrderDetailWidget::addNote);
    layout->addWidget(box);
    return page;
}

bool OrderDetailWidget::askReason(const QString &title, const QString &prompt, bool required, QString *reason)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("orders.detail.reasonDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(prompt);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setOkButtonText(tr("Confirm"));
    while (dialog.exec() == QDialog::Accepted) {
        *reason = dialog.textValue().trimmed();
        if (!required || !reason->isEmpty())
            return true;
        dialog.setLabelText(prompt + QStringLiteral("\n\n") + tr("A reason is required."));
    }
    return false;
}

void OrderDetailWidget::perform(const core::WorkflowTransition &transition)
{
    if (!m_workflow)
        return;
    // An order held for risk review is decided by a recorded manual review, whichever button.
    if (m_data.header.status == RiskAnalysisRepository::heldStatus()) {
        auto allowed = m_workflow->allowedFrom(m_data.header.status);
        for (const QString &decision : {QStringLiteral("approve"), QStringLiteral("deny")}) {
            const auto match = allowed ? RiskReviewService::transitionFor(*allowed, decision) : std::nullopt;
            if (match && match->event == transition.event) {
                review(decision);
                return;
            }
        }
    }
    const QString target = OrderStatus::displayName(transition.target);
    const bool required = transition.target == kCancelled;
    QString reason;
    if (!askReason(tr("Order %1 → %2").arg(m_data.header.number).arg(target),
                   required ? tr("Why is the order cancelled? The customer may be told.")
                            : tr("Reason (optional), kept on the order's timeline:"),
                   required, &reason))
        return;
    auto moved = m_workflow->advance(m_context.session(), m_orderId, transition.event, reason);
    if (!moved) {
        showError(moved.error().text());
        return;
    }
    changed(QStringLiteral("orders.status_changed"));
}

void OrderDetailWidget::review(const QString &decision)
{
    if (!m_workflow)
        return;
    const bool approve = decision == QLatin1String("approve");
    QString reason;
    if (!askReason(approve ? tr("Approve the payment of order %1").arg(m_data.header.number)
                           : tr("Refuse the payment of order %1").arg(m_data.header.number),
                   approve ? tr("Why is the payment safe? (e.g. the cardholder confirmed the purchase by phone)")
                           : tr("Why is the payment refused? The order will be cancelled."),
                   true, &reason))
        return;
    auto decided = RiskReviewService(m_context.database(), *m_workflow).decide(m_context.session(), m_orderId, decision, reason);
    if (!decided) {
        showError(decided.error().text());
        return;
    }
    changed(QStringLiteral("orders.status_changed"));
}

void OrderDetailWidget::addNote()
{
    if (!m_noteEdit)
        return;
    auto added = OrderNotes(m_context.database()).add(m_context.session(), m_orderId, m_noteEdit->toPlainText());
    if (!added) {
        showError(added.error().text());
        return;
    }
    m_noteEdit->clear();
    changed(QStringLiteral("orders.note_added"));
}

void OrderDetailWidget::changed(const QString &eventName)
{
    // Every open view of this order (and the lists) hears it; this one reloads in onDomainEvent.
    m_context.events().publish({eventName, QStringLiteral("orders"), m_orderId, {}});
}

void OrderDetailWidget::onDomainEvent(const core::DomainEvent &event)
{
    if (event.entity != QLatin1String("orders") || event.entityId != m_orderId)
        return;
    // Later: the button that caused the change may still be inside its clicked() signal. A burst
    // of events (a transition and the actions it fired) makes one reload.
    if (m_reloadQueued)
        return;
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadQueued = false;
        reload();
    });
}

void OrderDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_tabs)
        reload(); // every text is built on load
    QWidget::changeEvent(event);
}

void OrderDetailWidget::showError(const QString &text)
{
    QMessageBox::warning(this, title(), text);
}

} // namespace orders
