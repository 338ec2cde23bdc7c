#include "stock/ui/receivingwidget.h"

#include "core/domain/appcontext.h"
#include "stock/data/locationservice.h"
#include "stock/data/receivingservice.h"
#include "stock/data/stockservice.h"
#include "stock/ui/stocktables.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace stock {

namespace {

/// "30/06/2027", "2027-06-30" or "300627" (as printed on many packages: DDMMYY).
QDate parseExpiry(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yy"),
                                  QStringLiteral("ddMMyy"), QStringLiteral("MM/yyyy")}) {
        QDate d = QDate::fromString(t, format);
        if (d.isValid()) {
            if (format.endsWith(QLatin1String("yy")) && !format.endsWith(QLatin1String("yyyy")) && d.year() < 2000)
                d = d.addYears(100);
            if (format == u"MM/yyyy")
                d = QDate(d.year(), d.month(), d.daysInMonth()); // "VAL 06/2027": the last day of the month
            return d;
        }
    }
    return {};
}

} // namespace

ReceivingWidget::ReceivingWidget(core::AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_receipts = new QListWidget(this);
    m_receipts->setObjectName(QStringLiteral("receipts"));
    auto *newButton = new QPushButton(tr("New receipt…"), this);
    m_close = new QPushButton(tr("Close receipt"), this);
    auto *left = new QWidget(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(new QLabel(tr("Open receipts"), left));
    ll->addWidget(m_receipts, 1);
    ll->addWidget(newButton);
    ll->addWidget(m_close);

    m_items = tables::make(this, {tr("SKU"), tr("Product"), tr("Lot/expiry"), tr("Expected"), tr("Received"), tr("Missing")});
    m_items->setObjectName(QStringLiteral("receiptItems"));

    auto *scanBox = new QGroupBox(tr("Scan"), this);
    m_gtin = new QLineEdit(scanBox);
    m_gtin->setObjectName(QStringLiteral("receiveGtin"));
    m_gtin->setPlaceholderText(tr("EAN (GTIN) or SKU"));
    m_lot = new QLineEdit(scanBox);
    m_lot->setObjectName(QStringLiteral("receiveLot"));
    m_lot->setPlaceholderText(tr("as printed on the package"));
    m_expiry = new QLineEdit(scanBox);
    m_expiry->setObjectName(QStringLiteral("receiveExpiry"));
    m_expiry->setPlaceholderText(tr("dd/mm/yyyy"));
    m_qty = new QSpinBox(scanBox);
    m_qty->setObjectName(QStringLiteral("receiveQty"));
    m_qty->setRange(1, 1000000);
    m_location = new QLineEdit(scanBox);
    m_location->setObjectName(QStringLiteral("putawayLocation"));
    m_location->setPlaceholderText(tr("scan the location, or Enter for the suggestion"));
    m_suggestion = new QLabel(scanBox);
    m_suggestion->setWordWrap(true);
    QFont big = m_gtin->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    for (QWidget *w : {static_cast<QWidget *>(m_gtin), static_cast<QWidget *>(m_lot), static_cast<QWidget *>(m_expiry),
                       static_cast<QWidget *>(m_qty), static_cast<QWidget *>(m_location)})
        w->setFont(big);
    auto *form = new QFormLayout(scanBox);
    form->addRow(tr("Product"), m_gtin);
    form->addRow(tr("Lot"), m_lot);
    form->addRow(tr("Expiry"), m_expiry);
    form->addRow(tr("Quantity"), m_qty);
    form->addRow(m_suggestion);
    form->addRow(tr("Put away in"), m_location);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("receiveFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 2 + 12);

    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_items, 1);
    rl->addWidget(scanBox);
    rl->addWidget(m_feedback);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    tables::scrollable(this, content);

    connect(m_receipts, &QListWidget::currentRowChanged, this, [this](int row) {
        m_receiptId = row >= 0 ? m_receipts->item(row)->data(Qt::UserRole).toString() : QString();
        loadItems();
        m_gtin->setFocus();
    });
    connect(m_gtin, &QLineEdit::returnPressed, this, [this] {
        if (m_gtin->text().trimmed().isEmpty())
            return;
        auto product = StockService(m_context.database()).findProduct(m_gtin->text());
        if (!product) {
            setFeedback(product.error().text(), false);
            m_gtin->selectAll();
            return;
        }
        bool needsLot = false;
        for (int row = 0; row < m_items->rowCount(); ++row) {
            if (m_items->item(row, 0)->data(Qt::UserRole).toString() == *product)
                needsLot = m_items->item(row, 2)->data(Qt::UserRole).toBool();
        }
        (needsLot ? m_lot : static_cast<QWidget *>(m_qty))->setFocus();
        if (!needsLot)
            m_qty->selectAll();
    });
    connect(m_lot, &QLineEdit::returnPressed, this, [this] { m_expiry->setFocus(); });
    connect(m_expiry, &QLineEdit::returnPressed, this, [this] {
        m_qty->setFocus();
        m_qty->selectAll();
    });
    connect(m_qty, &QSpinBox::editingFinished, this, [this] {
        if (m_qty->hasFocus())
            receive();
    });
    connect(m_location, &QLineEdit::returnPressed, this, &ReceivingWidget::putAway);
    connect(newButton, &QPushButton::clicked, this, &ReceivingWidget::newReceipt);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_receiptId.isEmpty())
            return;
        auto closed = ReceivingService(m_context.database()).close(m_context.session(), m_receiptId);
        setFeedback(closed ? tr("Receipt closed.") : closed.error().text(), closed.ok());
        refresh();
    });
    refresh();
}

void ReceivingWidget::refresh()
{
    auto w = LocationService(m_context.database()).defaultWarehouse();
    m_warehouseId = w ? w->id : QString();
    auto receipts = ReceivingService(m_context.database()).openReceipts();
    const QString keep = m_receiptId;
    m_receipts->blockSignals(true);
    m_receipts->clear();
    if (receipts) {
        for (const ReceiptRow &r : *receipts) {
            auto *item = new QListWidgetItem(tr("%1 · %2 — %3 of %4")
                                                 .arg(r.document.isEmpty() ? tr("(no document)") : r.document,
                                                      r.supplier.isEmpty() ? tr("(supplier?)") : r.supplier)
                                                 .arg(r.received)
                                                 .arg(r.expected),
                                             m_receipts);
            item->setData(Qt::UserRole, r.id);
        }
    }
    m_receipts->blockSignals(false);
    selectReceipt(keep);
}

void ReceivingWidget::selectReceipt(const QString &receiptId)
{
    for (int row = 0; row < m_receipts->count(); ++row) {
        if (m_receipts->item(row)->data(Qt::UserRole).toString() == receiptId || receiptId.isEmpty()) {
            m_receipts->setCurrentRow(row);
            m_receiptId = m_receipts->item(row)->data(Qt::UserRole).toString();
            loadItems();
            return;
        }
    }
    m_receiptId.clear();
    loadItems();
}

void ReceivingWidget::loadItems()
{
    m_items->setRowCount(0);
    m_close->setEnabled(!m_receiptId.isEmpty());
    if (m_receiptId.isEmpty())
        return;
    auto items = ReceivingService(m_context.database()).items(m_receiptId);
    if (!items) {
        setFeedback(items.error().text(), false);
        return;
    }
    for (const ReceiptItemRow &i : *items) {
        const int row = m_items->rowCount();
        m_items->insertRow(row);
        tables::set(m_items, row, 0, i.sku)->setData(Qt::UserRole, i.productId);
        tables::set(m_items, row, 1, i.name);
        tables::set(m_items, row, 2, i.lotControlled ? (i.controlsExpiry ? tr("lot + expiry") : tr("lot")) : tr("—"))
            ->setData(Qt::UserRole, i.lotControlled);
        tables::setNumber(m_items, row, 3, i.expected);
        tables::setNumber(m_items, row, 4, i.received);
        tables::setNumber(m_items, row, 5, i.expected - i.received);
        if (i.received >= i.expected) {
            for (int c = 0; c < m_items->columnCount(); ++c)
                m_items->item(row, c)->setBackground(QColor(0xd4, 0xed, 0xda));
        }
    }
    m_items->resizeColumnsToContents();
}

void ReceivingWidget::setFeedback(const QString &text, bool ok)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(ok ? QStringLiteral("background: #d4edda; color: #155724; padding: 6px; font-weight: bold;")
                                 : QStringLiteral("background: #f8d7da; color: #721c24; padding: 6px; font-weight: bold;"));
    if (!ok)
        QApplication::beep();
}

void ReceivingWidget::receive()
{
    if (m_receiptId.isEmpty()) {
        setFeedback(tr("Choose or create a receipt first."), false);
        return;
    }
    QDate expiry;
    if (!m_expiry->text().trimmed().isEmpty()) {
        expiry = parseExpiry(m_expiry->text());
        if (!expiry.isValid()) {
            setFeedback(tr("The expiry \"%1\" is not a date: type it as dd/mm/yyyy.").arg(m_expiry->text()), false);
            m_expiry->setFocus();
            m_expiry->selectAll();
            return;
        }
    }
    ReceivingService receiving(m_context.database());
    auto got = receiving.receive(m_context.session(), {m_receiptId, m_gtin->text(), m_lot->text(), expiry, m_qty->value()});
    if (!got) {
        setFeedback(got.error().message, false);
        QLineEdit *back = got.error().where == u"lot" ? m_lot : got.error().where == u"expiry" ? m_expiry : m_gtin;
        back->setFocus();
        back->selectAll();
        return;
    }
    m_pendingProduct = got->productId;
    m_pendingLot = got->lotId;
    m_pendingQty = m_qty->value();
    m_suggestion->setText(got->suggestion.locationCode.isEmpty()
                              ? tr("No suggestion: scan any free storage location.")
                              : tr("Put away %1 × %2 in <b>%3</b> (%4).")
                                    .arg(m_pendingQty)
                                    .arg(got->sku, got->suggestion.locationCode, got->suggestion.why));
    m_location->setText(got->suggestion.locationCode);
    m_location->setFocus();
    m_location->selectAll();
    setFeedback(tr("Received %1 × %2 (%3 of %4).").arg(m_pendingQty).arg(got->sku).arg(got->receivedSoFar).arg(got->expected), true);
    refresh();
    m_location->setFocus();
    m_location->selectAll();
}

void ReceivingWidget::putAway()
{
    if (m_pendingProduct.isEmpty()) {
        m_gtin->setFocus();
        return;
    }
    auto put = ReceivingService(m_context.database())
                   .putaway(m_context.session(), m_warehouseId, m_pendingProduct, m_pendingLot, m_pendingQty, m_location->text(),
                            QStringLiteral("receipt:%1").arg(m_receiptId));
    if (!put) {
        setFeedback(put.error().message, false);
        m_location->selectAll();
        return;
    }
    setFeedback(tr("Put away in %1. Next product.").arg(m_location->text().trimmed().toUpper()), true);
    m_pendingProduct.clear();
    m_suggestion->clear();
    for (QLineEdit *e : {m_gtin, m_lot, m_expiry, m_location})
        e->clear();
    m_qty->setValue(1);
    m_gtin->setFocus();
}

void ReceivingWidget::newReceipt()
{
    if (m_warehouseId.isEmpty()) {
        setFeedback(tr("There is no warehouse yet."), false);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New receipt"));
    auto *document = new QLineEdit(&dialog);
    auto *supplier = new QLineEdit(&dialog);
    auto *lines = new QPlainTextEdit(&dialog);
    lines->setPlaceholderText(tr("One line per product: EAN or SKU, a space, the expected quantity"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Invoice / order"), document);
    form->addRow(tr("Supplier"), supplier);
    form->addRow(tr("Expected items"), lines);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<ExpectedItem> items;
    StockService stock(m_context.database());
    int lineNo = 0;
    for (const QString &line : lines->toPlainText().split(u'\n')) {
        ++lineNo;
        const QStringList parts = line.simplified().split(u' ');
        if (line.trimmed().isEmpty())
            continue;
        auto product = stock.findProduct(parts.value(0));
        const qint64 qty = parts.value(1).toLongLong();
        if (!product || qty <= 0) {
            setFeedback(tr("Line %1: \"%2\" is not a known product followed by a quantity.").arg(lineNo).arg(line.trimmed()), false);
            return;
        }
        items.append({*product, qty});
    }
    auto created = ReceivingService(m_context.database()).createReceipt(m_context.session(), m_warehouseId, document->text(),
                                                                        supplier->text(), items);
    if (!created) {
        setFeedback(created.error().text(), false);
        return;
    }
    m_receiptId = *created;
    refresh();
    setFeedback(tr("Receipt created: scan the goods."), true);
    m_gtin->setFocus();
}

} // namespace stock
