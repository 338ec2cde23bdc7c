#include "orders/ui/orderdetailsections.h"

#include "core/domain/cep.h"
#include "core/domain/civiltime.h"
#include "core/domain/taxid.h"
#include "orders/domain/orderstatus.h"
#include "orders/domain/ordertimeline.h"
#include "orders/ui/statuspill.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orders {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? QStringLiteral("—") : text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // people copy tracking codes, e-mails, NSUs
    label->setWordWrap(true);
    return label;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    return label;
}

QFormLayout *newForm(QWidget *box)
{
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);
    return form;
}

void addRow(QFormLayout *form, const QString &label, const QString &value)
{
    form->addRow(label, valueLabel(value, form->parentWidget()));
}

void addRowIfAny(QFormLayout *form, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        addRow(form, label, value);
}

QString addressText(const OrderDetailData::Address &a)
{
    QString first = QStringLiteral("%1, %2").arg(a.street, a.number);
    if (!a.complement.isEmpty())
        first += QStringLiteral(", ") + a.complement;
    return QStringLiteral("%1<br>%2 — %3/%4<br>CEP %5")
        .arg(first.toHtmlEscaped(), a.district.toHtmlEscaped(), a.city.toHtmlEscaped(), a.state,
             core::Cep::format(a.cep));
}

QWidget *placeholder(const QString &text, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    auto *label = mutedLabel(text, page);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    return page;
}

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

// Rows with air between them: these lists are read line by line, not scanned like the order list.
void spaciousRows(QTreeWidget *tree)
{
    tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 2px; }"));
}

void fitRowsToDetails(QTreeWidget *tree)
{
    const QFontMetrics metrics(tree->font());
    // The section less the item padding and the style's text margins, with room to spare.
    const int width = std::max(80, tree->header()->sectionSize(3) - 20);
    bool changed = false;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        const QRect needed = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text(3));
        const QSize hint(needed.width(), std::max(metrics.height(), needed.height()) + 10); // both set: a QSize(-1, h) is "no hint"
        if (item->sizeHint(3) != hint) {
            item->setSizeHint(3, hint);
            changed = true;
        }
    }
    if (changed)
        tree->doItemsLayout(); // the view keeps row heights until told
}

QColor kindColour(const TimelineEntry &e)
{
    using K = TimelineEntry::Kind;
    switch (e.kind) {
    case K::Created: return QColor(0x45, 0x5a, 0x64);
    case K::StatusChange: return StatusPill::colourFor(e.targetStatus);
    case K::Payment: return QColor(0x1b, 0x6e, 0x3a);
    case K::Risk:
    case K::Review: return QColor(0xb4, 0x3c, 0x00);
    case K::Email: return QColor(0x15, 0x5a, 0x9c);
    case K::Note: return QColor(0xc2, 0x8a, 0x00);
    case K::Stock: return QColor(0x00, 0x69, 0x7a);
    case K::Label: return QColor(0x5b, 0x3c, 0xa0);
    case K::Other: break;
    }
    return QColor(0x5f, 0x63, 0x68);
}

} // namespace

QString OrderDetailSections::civil(const QDateTime &utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return QLocale().toString(core::CivilTime::toCivil(utc), QLocale::ShortFormat);
}

QWidget *OrderDetailSections::scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(content);
    return area;
}

QWidget *OrderDetailSections::summary(const OrderDetailData &d, bool showDocument, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *columns = new QHBoxLayout(page);
    columns->setSpacing(12);
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *customer = new QGroupBox(tr("Customer"), page);
    customer->setObjectName(QStringLiteral("orders.detail.customer"));
    auto *form = newForm(customer);
    addRow(form, tr("Name:"), d.customer.name);
    addRow(form, d.customer.kind == QLatin1String("company") ? tr("CNPJ:") : tr("CPF:"),
           showDocument ? core::TaxId::format(d.customer.document) : tr("hidden for your role (LGPD)"));
    addRowIfAny(form, tr("E-mail:"), d.customer.email);
    addRowIfAny(form, tr("Phone:"), d.customer.phone);
    addRowIfAny(form, tr("Mobile:"), d.customer.mobile);
    left->addWidget(customer);

    auto *addresses = new QGroupBox(tr("Addresses (%1)").arg(d.addresses.size()), page);
    addresses->setObjectName(QStringLiteral("orders.detail.addresses"));
    auto *addressList = new QVBoxLayout(addresses);
    addressList->setSpacing(10);
    for (const auto &a : d.addresses) {
        QString heading = QStringLiteral("<b>%1</b>").arg((a.label.isEmpty() ? tr("Address") : a.label).toHtmlEscaped());
        if (a.isShipping)
            heading += QStringLiteral(" &nbsp;<span style=\"color:%1\">● %2</span>")
                           .arg(StatusPill::colourFor(QStringLiteral("pago")).name(), tr("ships to this address"));
        else if (a.isDefault)
            heading += QStringLiteral(" &nbsp;(%1)").arg(tr("default"));
        QString text = heading + QStringLiteral("<br>") + addressText(a);
        if (!a.recipient.isEmpty() && a.recipient != d.customer.name)
            text += QStringLiteral("<br>") + tr("Recipient: %1").arg(a.recipient.toHtmlEscaped());
        auto *label = valueLabel(text, addresses);
        label->setTextFormat(Qt::RichText);
        addressList->addWidget(label);
    }
    if (d.addresses.isEmpty())
        addressList->addWidget(mutedLabel(tr("The customer has no address on file."), addresses));
    left->addWidget(addresses);
    left->addStretch(1);

    auto *shipment = new QGroupBox(tr("Shipment"), page);
    shipment->setObjectName(QStringLiteral("orders.detail.shipment"));
    form = newForm(shipment);
    if (d.header.shippingAddressId.isEmpty()) {
        addRow(form, tr("Delivery:"), tr("Picked up at the store"));
    } else {
        addRow(form, tr("Carrier:"), d.header.carrier);
        addRow(form, tr("Tracking code:"), d.header.trackingCode.isEmpty() ? tr("not shipped yet") : d.header.trackingCode);
        if (const auto *to = d.shippingAddress())
            addRow(form, tr("Ship to:"), QStringLiteral("%1/%2, CEP %3").arg(to->city, to->state, core::Cep::format(to->cep)));
    }
    addRow(form, tr("Placed:"), civil(d.header.placedAt));
    addRow(form, tr("Paid:"), civil(d.header.paidAt));
    addRow(form, tr("Shipped:"), civil(d.header.shippedAt));
    addRow(form, tr("Delivered:"), civil(d.header.deliveredAt));
    if (d.header.cancelledAt.isValid())
        addRow(form, tr("Cancelled:"), civil(d.header.cancelledAt));
    right->addWidget(shipment);

    auto *order = new QGroupBox(tr("Sale"), page);
    form = newForm(order);
    addRow(form, tr("Channel:"), QStringLiteral("%1 (%2)").arg(d.header.channelName, OrderStatus::channelKindName(d.header.channelKind)));
    addRowIfAny(form, tr("Channel's id:"), d.header.externalId);
    addRow(form, tr("Payment:"), tr("%1 in %n installment(s)", nullptr, d.header.installments)
                                     .arg(OrderStatus::paymentMethodName(d.header.paymentMethod)));
    addRow(form, tr("Payment status:"), OrderStatus::paymentStatusName(d.header.paymentStatus));
    addRow(form, tr("Total:"), d.header.total.format());
    addRowIfAny(form, tr("Customer's note:"), d.header.notes);
    addRow(form, tr("Last change:"), civil(d.header.updatedAt));
    right->addWidget(order);
    right->addStretch(1);
    return scrolled(page, parent);
}

QWidget *OrderDetailSections::items(const OrderDetailData &d, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    auto *tree = new QTreeWidget(page);
    tree->setObjectName(QStringLiteral("orders.detail.items"));
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels({tr("SKU"), tr("Product"), tr("Qty"), tr("List price"), tr("Sale price"), tr("Discount"), tr("Total")});
    spaciousRows(tree);
    tree->headerItem()->setToolTip(3, tr("\"Preço de\": the list price when the order was placed"));
    tree->headerItem()->setToolTip(4, tr("\"Preço por\": the price the customer paid per unit"));
    for (int c = 2; c < 7; ++c)
        tree->headerItem()->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    for (const auto &line : d.items) {
        auto *item = new QTreeWidgetItem(tree, {line.sku, line.description, QString::number(line.quantity), line.listPrice.format(),
                                                line.unitPrice.format(), line.discount.isZero() ? QStringLiteral("—") : line.discount.format(),
                                                line.total.format()});
        item->setToolTip(1, line.description);
        for (int c = 2; c < 7; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (line.listPrice > line.unitPrice) { // a sale: the old price struck through, as the shop shows it
            QFont struck = item->font(3);
            struck.setStrikeOut(true);
            item->setFont(3, struck);
            item->setForeground(3, tree->palette().brush(QPalette::PlaceholderText));
        }
    }
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // a few lines: measuring is cheap
    tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(tree, 1);

    auto *totals = new QWidget(page);
    auto *form = newForm(totals);
    form->setLabelAlignment(Qt::AlignRight);
    const auto money = [totals](const QString &text, bool strong = false) {
        auto *label = new QLabel(strong ? QStringLiteral("<b>%1</b>").arg(text) : text, totals);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return label;
    };
    form->addRow(tr("Items:"), money(d.header.items.format()));
    form->addRow(tr("Discount:"), money(d.header.discount.isZero() ? d.header.discount.format() : QStringLiteral("− ") + d.header.discount.format()));
    form->addRow(tr("Freight:"), money(d.header.freight.isZero() ? tr("free") : d.header.freight.format()));
    form->addRow(QStringLiteral("<b>%1</b>").arg(tr("Total:")), money(d.header.total.format(), true));
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(totals);
    layout->addLayout(bottom);
    return page;
}

QWidget *OrderDetailSections::payments(const OrderDetailData &d, QWidget *parent)
{
    if (d.payments.isEmpty()) {
        return placeholder(d.header.paymentMethod == QLatin1String("boleto")
                               ? tr("No payment transaction recorded. Boleto payments arrive with the bank's return file.")
                               : tr("No payment transaction recorded for this order."),
                           parent);
    }
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(10);
    for (const auto &p : d.payments) {
        auto *box = new QGroupBox(QStringLiteral("%1 · %2 · %3").arg(OrderStatus::paymentMethodName(p.method), p.amount.format(), civil(p.at)), page);
        box->setObjectName(QStringLiteral("orders.detail.payment"));
        auto *form = newForm(box);
        auto *pill = new StatusPill(box);
        pill->setStatus(p.status, OrderTimeline::paymentStatusName(p.status));
        form->addRow(tr("Status:"), pill);
        if (!p.cardBrand.isEmpty() || !p.cardLast4.isEmpty()) // never more than the last four digits
            addRow(form, tr("Card:"), QStringLiteral("%1 •••• %2").arg(p.cardBrand, p.cardLast4));
        if (p.method == QLatin1String("credit_card"))
            addRow(form, tr("Installments:"), tr("%n installment(s) of %1", nullptr, p.installments)
                                                  .arg(p.amount.split(std::max(1, p.installments)).constFirst().format()));
        addRowIfAny(form, p.pixTxid.isEmpty() ? tr("Acquirer:") : tr("PSP:"), p.provider);
        addRowIfAny(form, tr("NSU:"), p.nsu);
        addRowIfAny(form, tr("Authorization:"), p.authorizationCode);
        addRowIfAny(form, tr("Acquirer reference:"), p.acquirerReference);
        addRowIfAny(form, tr("PIX txid:"), p.pixTxid);
        addRowIfAny(form, tr("PIX end-to-end id:"), p.pixE2eid);
        layout->addWidget(box);
    }
    layout->addStretch(1);
    return scrolled(page, parent);
}

QWidget *OrderDetailSections::riskHistory(const OrderDetailData &d, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    if (d.risks.isEmpty()) {
        auto *none = mutedLabel(tr("No risk analysis. Card payments are analysed by the anti-fraud provider when the order arrives."), page);
        none->setAlignment(Qt::AlignCenter);
        layout->addWidget(none);
    }
    for (const auto &r : d.risks) { // newest first
        const QString title = r.isManual() ? tr("Manual review · %1").arg(civil(r.at)) : QStringLiteral("%1 · %2").arg(r.provider, civil(r.at));
        auto *box = new QGroupBox(title, page);
        box->setObjectName(QStringLiteral("orders.detail.risk"));
        auto *form = newForm(box);
        auto *decision = new StatusPill(box);
        decision->setStatus(r.decision, RiskAnalysis::decisionName(r.decision));
        form->addRow(tr("Decision:"), decision);
        if (r.score) {
            auto *score = new QLabel(tr("%1 / 100").arg(*r.score), box);
            score->setStyleSheet(QStringLiteral("font-weight: 600; color: %1;")
                                     .arg(StatusPill::colourFor(*r.score <= 30 ? QStringLiteral("approve")
                                                                : *r.score < 80 ? QStringLiteral("review")
                                                                                : QStringLiteral("deny")).name()));
            score->setToolTip(tr("0 is safe, 100 is fraud"));
            form->addRow(tr("Score:"), score);
        }
        addRow(form, tr("Reasons:"), r.reasons);
        if (r.isManual())
            addRow(form, tr("Reviewer:"), r.reviewerName.isEmpty() ? tr("unknown") : r.reviewerName);
        const QJsonDocument json = QJsonDocument::fromJson(r.rawResponse.toUtf8());
        if (!r.isManual() && !r.rawResponse.isEmpty() && r.rawResponse != QLatin1String("{}")) {
            auto *toggle = new QToolButton(box);
            toggle->setText(tr("Provider's response"));
            toggle->setCheckable(true);
            toggle->setArrowType(Qt::RightArrow);
            toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            toggle->setAutoRaise(true);
            auto *raw = new QPlainTextEdit(json.isNull() ? r.rawResponse : QString::fromUtf8(json.toJson(QJsonDocument::Indented)), box);
            raw->setReadOnly(true);
            raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            raw->setMinimumHeight(140);
            raw->setVisible(false);
            QObject::connect(toggle, &QToolButton::toggled, raw, [toggle, raw](bool on) {
                raw->setVisible(on);
                toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            });
            form->addRow(toggle);
            form->addRow(raw);
        }
        layout->addWidget(box);
    }
    return page;
}

QWidget *OrderDetailSections::notes(const OrderDetailData &d, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    int count = 0;
    for (const auto &e : d.timeline) {
        if (e.kind != QLatin1String("note"))
            continue;
        ++count;
        auto *box = new QGroupBox(QStringLiteral("%1 · %2").arg(e.userName.isEmpty() ? tr("System") : e.userName, civil(e.at)), page);
        box->setObjectName(QStringLiteral("orders.detail.note"));
        auto *inner = new QVBoxLayout(box);
        auto *text = valueLabel(e.reason, box);
        text->setTextFormat(Qt::PlainText);
        inner->addWidget(text);
        layout->addWidget(box);
    }
    if (count == 0)
        layout->addWidget(mutedLabel(tr("No internal notes yet. Notes are for the team: customers never see them."), page));
    layout->addStretch(1);
    return page;
}

QTreeWidget *OrderDetailSections::timeline(const OrderDetailData &d, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(QStringLiteral("orders.detail.timeline"));
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    tree->setHeaderLabels({tr("When"), tr("Event"), tr("Who"), tr("Details")});
    spaciousRows(tree);
    for (const TimelineEntry &e : OrderTimeline::build(d)) {
        auto *item = new QTreeWidgetItem(tree, {civil(e.at), e.title, e.who.isEmpty() ? tr("system") : e.who, e.detail});
        item->setIcon(1, dot(kindColour(e)));
        item->setData(0, Qt::UserRole, int(e.kind));
        item->setToolTip(3, e.detail);
        if (e.who.isEmpty())
            item->setForeground(2, tree->palette().brush(QPalette::PlaceholderText));
        if (e.kind == TimelineEntry::Kind::StatusChange || e.kind == TimelineEntry::Kind::Created) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
    }
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    tree->setColumnWidth(1, 300);
    // Long details (a note, a reason) wrap instead of being cut: each row is as tall as its
    // details need at the column's current width.
    // Deferred: the header is still laying its sections out when it reports a new width.
    QObject::connect(tree->header(), &QHeaderView::sectionResized, tree, [tree](int column) {
        if (column == 3)
            QMetaObject::invokeMethod(tree, [tree] { fitRowsToDetails(tree); }, Qt::QueuedConnection);
    });
    fitRowsToDetails(tree);
    return tree;
}

} // namespace orders
