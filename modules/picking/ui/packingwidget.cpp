#include "picking/ui/packingwidget.h"

#include "core/domain/appcontext.h"
#include "orders/domain/orderstatus.h"
#include "orders/workflow/orderworkflow.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace picking {

PackingWidget::PackingWidget(core::AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    m_order = new QLabel(this);
    m_order->setObjectName(QStringLiteral("packing.order"));
    QFont big = m_order->font();
    big.setPointSizeF(18);
    big.setBold(true);
    m_order->setFont(big);
    m_count = new QLabel(this);
    m_count->setFont(big);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    head->addWidget(m_order, 1);
    head->addWidget(m_count);
    layout->addLayout(head);

    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("packing.input"));
    QFont inputFont = m_input->font();
    inputFont.setPointSizeF(20);
    m_input->setFont(inputFont);
    m_input->setClearButtonEnabled(true);
    layout->addWidget(m_input);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("packing.banner"));
    QFont bannerFont = m_banner->font();
    bannerFont.setPointSizeF(15);
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(48);
    m_banner->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_banner);

    m_lines = new QTableWidget(0, 5, this);
    m_lines->setObjectName(QStringLiteral("packing.lines"));
    m_lines->verticalHeader()->hide();
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionMode(QAbstractItemView::NoSelection);
    m_lines->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    QFont tableFont = m_lines->font();
    tableFont.setPointSizeF(13);
    m_lines->setFont(tableFont);
    m_lines->verticalHeader()->setDefaultSectionSize(30);
    layout->addWidget(m_lines, 1);

    auto *package = new QHBoxLayout;
    m_weightLabel = new QLabel(this);
    m_weight = new QSpinBox(this);
    m_weight->setObjectName(QStringLiteral("packing.weight"));
    m_weight->setRange(0, 100000);
    m_weight->setSuffix(QStringLiteral(" g"));
    m_sizeLabel = new QLabel(this);
    auto mm = [this](const QString &name) {
        auto *s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(0, 3000);
        s->setSuffix(QStringLiteral(" mm"));
        return s;
    };
    m_length = mm(QStringLiteral("packing.length"));
    m_width = mm(QStringLiteral("packing.width"));
    m_height = mm(QStringLiteral("packing.height"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("packing.close"));
    package->addWidget(m_weightLabel);
    package->addWidget(m_weight);
    package->addSpacing(12);
    package->addWidget(m_sizeLabel);
    package->addWidget(m_length);
    package->addWidget(new QLabel(QStringLiteral("×"), this));
    package->addWidget(m_width);
    package->addWidget(new QLabel(QStringLiteral("×"), this));
    package->addWidget(m_height);
    package->addStretch(1);
    package->addWidget(m_close);
    layout->addLayout(package);

    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_input->text();
        m_input->clear();
        submit(text);
    });
    connect(m_close, &QPushButton::clicked, this, &PackingWidget::closePackage);
    setFocusProxy(m_input);
    retranslateUi();
    showState();
}

void PackingWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PackingWidget::retranslateUi()
{
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Lot"), tr("Picked"), tr("Packed")});
    m_input->setPlaceholderText(m_open ? tr("Scan each item into the package") : tr("Scan the tote or type the order number"));
    m_weightLabel->setText(tr("Weight"));
    m_sizeLabel->setText(tr("Size (L × W × H)"));
    m_close->setText(tr("Close package"));
    showState();
}

QString PackingWidget::bannerText() const
{
    return m_banner->text();
}

void PackingWidget::banner(const QString &text, Tone tone)
{
    m_banner->setText(text);
    const QString colours = tone == Tone::Ok      ? QStringLiteral("background: #1b7f3b; color: white;")
                            : tone == Tone::Error ? QStringLiteral("background: #b00020; color: white;")
                                                  : QStringLiteral("background: palette(window); color: palette(text);");
    m_banner->setStyleSheet(colours + QStringLiteral(" border-radius: 6px; padding: 6px;"));
    if (tone == Tone::Error)
        QApplication::beep();
}

bool PackingWidget::openOrder(const QString &orderNumberOrTote)
{
    PackingService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
    auto state = service.open(orderNumberOrTote);
    if (!state) {
        banner(state.error().text(), Tone::Error);
        return false;
    }
    m_state = *state;
    m_open = true;
    retranslateUi();
    banner(m_state.check.lines().isEmpty() ? tr("Nothing was picked for order %1 yet.").arg(m_state.orderNumber)
                                           : tr("Order %1: scan its %2 units.").arg(m_state.orderNumber).arg(m_state.check.expectedUnits()),
           m_state.check.lines().isEmpty() ? Tone::Error : Tone::Neutral);
    return true;
}

void PackingWidget::submit(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    // A tote label or an order number opens that order (when this one is done or none is open).
    const bool looksLikeTote = trimmed.startsWith(u'W', Qt::CaseInsensitive) && trimmed.count(u'-') == 2;
    bool isNumber = false;
    trimmed.toLongLong(&isNumber);
    if (!m_open || looksLikeTote || (isNumber && trimmed.size() <= 8)) {
        openOrder(trimmed);
        return;
    }
    PackingService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
    auto r = service.scan(m_context.session(), m_state.orderId, trimmed);
    if (!r) {
        banner(r.error().text(), Tone::Error);
        return;
    }
    m_state = r->state;
    showState();
    banner(r->message, r->accepted ? Tone::Ok : Tone::Error);
    if (m_state.complete())
        m_weight->setFocus();
}

void PackingWidget::closePackage()
{
    if (!m_open)
        return;
    PackingService service(m_context.database(), m_context.service<orders::OrderWorkflow>());
    auto closed = service.closePackage(m_context.session(), m_state.orderId, m_weight->value(), m_length->value(), m_width->value(),
                                       m_height->value());
    if (!closed) {
        banner(closed.error().text(), Tone::Error);
        return;
    }
    m_state = *closed;
    showState();
    banner(m_state.orderStatus == u"embalado"
               ? tr("Order %1 packed (%n package(s)): ready for the label.", nullptr, int(m_state.packages.size())).arg(m_state.orderNumber)
               : tr("Package closed; scan the rest of the order into the next package."),
           Tone::Ok);
    m_weight->setValue(0);
    m_input->setFocus();
}

void PackingWidget::showState()
{
    if (!m_open) {
        m_order->setText(tr("No order open"));
        m_count->clear();
        m_lines->setRowCount(0);
        return;
    }
    m_order->setText(tr("Order %1 · %2 · %3")
                         .arg(m_state.orderNumber)
                         .arg(m_state.customerName, orders::OrderStatus::displayName(m_state.orderStatus)));
    m_count->setText(tr("%1 of %2 units").arg(m_state.check.packedUnits()).arg(m_state.check.expectedUnits()));
    const auto &lines = m_state.check.lines();
    m_lines->setRowCount(int(lines.size()));
    for (int r = 0; r < lines.size(); ++r) {
        const PackLine &l = lines.at(r);
        const QStringList cells{l.sku, l.description, l.lotCode, QString::number(l.quantity), QString::number(l.packed)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (l.packed == l.quantity)
                item->setBackground(QColor(0xd7, 0xf0, 0xdc));
            m_lines->setItem(r, c, item);
        }
    }
    m_lines->resizeColumnToContents(0);
    m_close->setEnabled(!m_state.packages.isEmpty() && m_state.packages.constLast().status == u"open");
}

} // namespace picking
