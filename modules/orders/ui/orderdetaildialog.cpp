#include "orders/ui/orderdetaildialog.h"

#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/taxid.h"
#include "orders/data/orderrepository.h"
#include "orders/domain/orderstatus.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orders {

void OrderDetailDialog::show(core::AppContext &context, const QString &orderId, QWidget *parent)
{
    OrderRepository repository(context.database());
    const auto detail = repository.detail(orderId);
    if (!detail) {
        QMessageBox::warning(parent, tr("Order"), tr("The order could not be opened: %1").arg(detail.error().text()));
        return;
    }
    auto *dialog = new OrderDetailDialog(*detail, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->QDialog::show();
}

OrderDetailDialog::OrderDetailDialog(const OrderDetail &d, QWidget *parent) : QDialog(parent)
{
    const OrderRow &r = d.row;
    setWindowTitle(tr("Order %1").arg(r.number));
    resize(720, 620);
    const QLocale locale;
    const QString document = core::TaxId::format(r.customerDocument);

    auto *title = new QLabel(tr("<h2>Order %1</h2>").arg(r.number), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Status:"), new QLabel(QStringLiteral("<b>%1</b>").arg(OrderStatus::displayName(r.status)), this));
    form->addRow(tr("Placed at:"), new QLabel(locale.toString(core::CivilTime::toCivil(r.placedAt), QLocale::LongFormat), this));
    form->addRow(tr("Channel:"), new QLabel(d.externalId.isEmpty() ? r.channelName
                                                                   : tr("%1 (external id %2)").arg(r.channelName, d.externalId), this));
    form->addRow(tr("Customer:"), new QLabel(QStringLiteral("%1 · %2").arg(r.customerName.toHtmlEscaped(), document), this));
    form->addRow(tr("Contact:"), new QLabel(QStringLiteral("%1 · %2").arg(d.customerEmail, d.customerPhone), this));
    form->addRow(tr("Delivery address:"), new QLabel(d.address.isEmpty() ? tr("Picked up at the store") : d.address, this));
    form->addRow(tr("Payment:"), new QLabel(tr("%1 in %n installment(s) · %2", nullptr, d.installments)
                                                .arg(OrderStatus::paymentMethodName(r.paymentMethod),
                                                     OrderStatus::paymentStatusName(r.paymentStatus)), this));
    if (!r.carrier.isEmpty())
        form->addRow(tr("Shipping:"), new QLabel(QStringLiteral("%1 %2").arg(r.carrier, r.trackingCode), this));

    auto *items = new QTreeWidget(this);
    items->setRootIsDecorated(false);
    items->setHeaderLabels({tr("SKU"), tr("Product"), tr("Qty"), tr("List price"), tr("Sale price"), tr("Total")});
    for (const auto &line : d.lines) {
        auto *item = new QTreeWidgetItem(items, {line.sku, line.description, QString::number(line.quantity),
                                                 line.listPrice.format(), line.unitPrice.format(), line.total.format()});
        for (int c = 2; c < 6; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    items->header()->setStretchLastSection(false);
    items->header()->setSectionResizeMode(QHeaderView::ResizeToContents); // a few lines: measuring is cheap
    items->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    auto *totals = new QLabel(tr("Items %1 − discount %2 + freight %3 = <b>%4</b>")
                                  .arg(d.items.format(), d.discount.format(), d.freight.format(), r.total.format()), this);
    totals->setAlignment(Qt::AlignRight);

    auto *timeline = new QTreeWidget(this);
    timeline->setRootIsDecorated(false);
    timeline->setHeaderLabels({tr("When"), tr("Event"), tr("Details")});
    for (const auto &event : d.timeline) {
        QString what = event.kind == QLatin1String("created") ? tr("Order created")
                     : event.kind == QLatin1String("status_changed")
                         ? tr("%1 → %2").arg(OrderStatus::displayName(event.fromStatus), OrderStatus::displayName(event.toStatus))
                         : event.kind;
        new QTreeWidgetItem(timeline, {locale.toString(core::CivilTime::toCivil(event.at), QLocale::ShortFormat), what, event.reason});
    }
    timeline->setColumnWidth(0, 140);
    timeline->setColumnWidth(1, 260);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Items</b>"), this));
    layout->addWidget(items, 2);
    layout->addWidget(totals);
    layout->addWidget(new QLabel(tr("<b>Timeline</b>"), this));
    layout->addWidget(timeline, 1);
    layout->addWidget(buttons);
}

} // namespace orders
