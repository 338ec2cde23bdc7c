#include "stock/ui/stockwidget.h"

#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/data/database.h"
#include "core/domain/session.h"
#include "stock/data/locationservice.h"
#include "stock/data/lotrepository.h"
#include "stock/data/replenishmentservice.h"
#include "stock/data/reservationservice.h"
#include "stock/data/stockqueries.h"
#include "stock/data/stockservice.h"
#include "stock/ui/stocktables.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stock {

namespace {

const QString kNearDaysKey = QStringLiteral("stock/nearExpiryDays");

QLabel *figure(QWidget *parent)
{
    auto *l = new QLabel(QStringLiteral("0"), parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.7);
    f.setBold(true);
    l->setFont(f);
    return l;
}

QWidget *figureBox(const QString &caption, QLabel *value, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(8, 4, 16, 4);
    v->setSpacing(0);
    auto *c = new QLabel(caption, box);
    c->setStyleSheet(QStringLiteral("color: palette(mid);"));
    v->addWidget(c);
    v->addWidget(value);
    return box;
}

} // namespace

StockWidget::StockWidget(core::AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("stockSearch"));
    m_search->setPlaceholderText(tr("SKU, EAN, lot or location — type or scan, then Enter"));
    m_search->setClearButtonEnabled(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    m_hits = tables::make(this, {tr("SKU"), tr("Product"), tr("On hand"), tr("Reserved"), tr("Available"), tr("Found by")});
    m_hits->setObjectName(QStringLiteral("stockHits"));
    m_hits->setMaximumHeight(130);
    m_hits->setMinimumHeight(m_hits->verticalHeader()->defaultSectionSize() * 2 + m_hits->horizontalHeader()->sizeHint().height());

    // Product card.
    auto *card = new QWidget(this);
    m_title = new QLabel(tr("Search for a product to see where its stock is."), card);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_title->setWordWrap(false);
    m_details = new QLabel(card);
    m_details->setWordWrap(false);
    m_onHand = figure(card);
    m_reserved = figure(card);
    m_available = figure(card);
    m_usable = figure(card);
    auto *figures = new QHBoxLayout;
    figures->addWidget(figureBox(tr("On hand"), m_onHand, card));
    figures->addWidget(figureBox(tr("Reserved"), m_reserved, card));
    figures->addWidget(figureBox(tr("Available"), m_available, card));
    figures->addWidget(figureBox(tr("Promisable (not expired or blocked)"), m_usable, card));
    figures->addStretch();
    m_balances = tables::make(card, {tr("Location"), tr("Zone"), tr("Lot"), tr("Expiry"), tr("On hand"), tr("Reserved"),
                                     tr("Available"), tr("Status")});
    m_balances->setObjectName(QStringLiteral("stockBalances"));
    m_history = tables::make(card, {tr("When"), tr("Movement"), tr("Qty"), tr("From"), tr("To"), tr("Lot"), tr("Document"),
                                    tr("User"), tr("Reason")});
    m_history->setObjectName(QStringLiteral("stockHistory"));
    for (QTableWidget *t : {m_balances, m_history})
        t->setMinimumHeight(t->verticalHeader()->defaultSectionSize() * 3 + t->horizontalHeader()->sizeHint().height());
    auto *cardSplit = new QSplitter(Qt::Vertical, card);
    auto *balancesBox = new QWidget(cardSplit);
    auto *bl = new QVBoxLayout(balancesBox);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(new QLabel(tr("Per location and lot"), balancesBox));
    bl->addWidget(m_balances);
    m_move = new QPushButton(tr("Move…"), balancesBox);
    m_move->setObjectName(QStringLiteral("stockMove"));
    m_blockLot = new QPushButton(tr("Block lot"), balancesBox);
    m_blockLocation = new QPushButton(tr("Block location"), balancesBox);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_move);
    actions->addWidget(m_blockLot);
    actions->addWidget(m_blockLocation);
    actions->addStretch();
    bl->addLayout(actions);
    const bool manager = m_context.session().can(core::Permission::StockManage);
    for (QPushButton *b : {m_move, m_blockLot, m_blockLocation}) {
        b->setVisible(manager);
        b->setEnabled(false);
    }
    auto *historyBox = new QWidget(cardSplit);
    auto *hl = new QVBoxLayout(historyBox);
    hl->setContentsMargins(0, 0, 0, 0);
    hl->addWidget(new QLabel(tr("Movements (newest first)"), historyBox));
    hl->addWidget(m_history);
    cardSplit->addWidget(balancesBox);
    cardSplit->addWidget(historyBox);
    cardSplit->setStretchFactor(0, 3);
    cardSplit->setStretchFactor(1, 2);
    auto *cl = new QVBoxLayout(card);
    cl->setContentsMargins(4, 4, 4, 4);
    cl->addWidget(m_title);
    cl->addWidget(m_details);
    cl->addLayout(figures);
    cl->addWidget(cardSplit, 1);

    // Expiry.
    auto *expiry = new QWidget(this);
    m_nearDays = new QSpinBox(expiry);
    m_nearDays->setRange(1, 3650);
    m_nearDays->setSuffix(tr(" days"));
    m_nearDays->setValue(QSettings().value(kNearDaysKey, StockQueries::kDefaultNearExpiryDays).toInt());
    m_expiry = tables::make(expiry, {tr("Expiry"), tr("Days"), tr("SKU"), tr("Product"), tr("Lot"), tr("Location"), tr("On hand"),
                                     tr("Reserved")});
    m_expiry->setObjectName(QStringLiteral("stockExpiry"));
    auto *el = new QVBoxLayout(expiry);
    auto *eh = new QHBoxLayout;
    eh->addWidget(new QLabel(tr("Expired lots and lots expiring within"), expiry));
    eh->addWidget(m_nearDays);
    eh->addStretch();
    el->addLayout(eh);
    el->addWidget(m_expiry);

    // Recall.
    auto *recall = new QWidget(this);
    m_recallLot = new QLineEdit(recall);
    m_recallLot->setPlaceholderText(tr("Lot code, then Enter"));
    m_recall = tables::make(recall, {tr("Order"), tr("Status"), tr("Customer"), tr("CPF/CNPJ"), tr("E-mail"), tr("Phone"), tr("City"),
                                     tr("SKU"), tr("Lot"), tr("Qty"), tr("Picked at")});
    m_recall->setObjectName(QStringLiteral("stockRecall"));
    auto *rl = new QVBoxLayout(recall);
    auto *rh = new QHBoxLayout;
    rh->addWidget(new QLabel(tr("Every order and customer that received lot"), recall));
    rh->addWidget(m_recallLot, 1);
    rl->addLayout(rh);
    rl->addWidget(m_recall);

    // An order's stock.
    auto *order = new QWidget(this);
    m_orderNumber = new QLineEdit(order);
    m_orderNumber->setPlaceholderText(tr("Order number, then Enter"));
    m_orderSummary = new QLabel(order);
    m_orderSummary->setWordWrap(false);
    m_orderLines = tables::make(order, {tr("SKU"), tr("Product"), tr("Location"), tr("Lot"), tr("Expiry"), tr("Reserved"), tr("Picked"),
                                        tr("Short")});
    m_orderLines->setObjectName(QStringLiteral("stockOrderLines"));
    auto *ol = new QVBoxLayout(order);
    auto *oh = new QHBoxLayout;
    oh->addWidget(new QLabel(tr("Reservations and shortages of order"), order));
    oh->addWidget(m_orderNumber, 1);
    ol->addLayout(oh);
    ol->addWidget(m_orderSummary);
    ol->addWidget(m_orderLines);

    // Replenishment.
    auto *repl = new QWidget(this);
    m_replenishment = tables::make(repl, {tr("Action"), tr("SKU"), tr("Product"), tr("From"), tr("Lot"), tr("To"), tr("Has"), tr("Min"),
                                          tr("Max"), tr("Quantity")});
    m_replenishment->setObjectName(QStringLiteral("stockReplenishment"));
    auto *refresh = new QPushButton(tr("Refresh"), repl);
    auto *pl = new QVBoxLayout(repl);
    auto *ph = new QHBoxLayout;
    ph->addWidget(new QLabel(tr("Pick faces below their minimum (refill from reserve) and products to buy"), repl));
    ph->addStretch();
    ph->addWidget(refresh);
    pl->addLayout(ph);
    pl->addWidget(m_replenishment);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(card, tr("Product card"));
    m_tabs->addTab(expiry, tr("Expiry"));
    m_tabs->addTab(recall, tr("Recall by lot"));
    m_tabs->addTab(order, tr("Order"));
    m_tabs->addTab(repl, tr("Replenishment"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addWidget(m_message);
    layout->addWidget(m_hits);
    layout->addWidget(m_tabs, 1);
    tables::scrollable(this, content);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_hits, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_hits->item(row, 0))
            showProduct(m_hits->item(row, 0)->data(Qt::UserRole).toString());
    });
    connect(m_nearDays, &QSpinBox::valueChanged, this, [this](int days) {
        QSettings().setValue(kNearDaysKey, days);
        refreshExpiry();
    });
    connect(m_recallLot, &QLineEdit::returnPressed, this, [this] { showRecall(m_recallLot->text()); });
    connect(m_orderNumber, &QLineEdit::returnPressed, this, [this] { showOrder(m_orderNumber->text().toLongLong()); });
    connect(refresh, &QPushButton::clicked, this, &StockWidget::refreshReplenishment);
    connect(m_balances, &QTableWidget::itemSelectionChanged, this, [this] {
        const BalanceLine *line = selectedBalance();
        m_move->setEnabled(line);
        m_blockLot->setEnabled(line && !line->lotId.isEmpty());
        m_blockLocation->setEnabled(line);
        m_blockLot->setText(line && line->lotBlocked ? tr("Unblock lot") : tr("Block lot"));
        m_blockLocation->setText(line && line->locationBlocked ? tr("Unblock location") : tr("Block location"));
    });
    connect(m_move, &QPushButton::clicked, this, &StockWidget::moveSelected);
    connect(m_blockLot, &QPushButton::clicked, this, &StockWidget::toggleLotBlock);
    connect(m_blockLocation, &QPushButton::clicked, this, &StockWidget::toggleLocationBlock);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, expiry, repl](int) {
        if (m_tabs->currentWidget() == expiry)
            refreshExpiry();
        else if (m_tabs->currentWidget() == repl)
            refreshReplenishment();
    });
}

void StockWidget::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_message->setVisible(!text.isEmpty());
}

void StockWidget::search(const QString &text)
{
    m_search->setText(text);
    auto hits = StockQueries(m_context.database()).search(text);
    m_hits->setRowCount(0);
    if (!hits) {
        showMessage(hits.error().text(), true);
        return;
    }
    if (hits->isEmpty()) {
        showMessage(tr("Nothing found for \"%1\".").arg(text.trimmed()), true);
        return;
    }
    showMessage({}, false);
    const QHash<QString, QString> by{{QStringLiteral("code"), tr("SKU/EAN")}, {QStringLiteral("lot"), tr("lot")},
                                     {QStringLiteral("location"), tr("location")}, {QStringLiteral("sku"), tr("SKU")},
                                     {QStringLiteral("name"), tr("name")}};
    for (const StockSearchHit &h : *hits) {
        const int row = m_hits->rowCount();
        m_hits->insertRow(row);
        tables::set(m_hits, row, 0, h.sku)->setData(Qt::UserRole, h.productId);
        tables::set(m_hits, row, 1, h.name);
        tables::setNumber(m_hits, row, 2, h.onHand);
        tables::setNumber(m_hits, row, 3, h.reserved);
        tables::setNumber(m_hits, row, 4, h.onHand - h.reserved);
        tables::set(m_hits, row, 5, by.value(h.matchedBy, h.matchedBy));
    }
    m_hits->resizeColumnsToContents();
    m_hits->setCurrentCell(0, 0);
    m_tabs->setCurrentIndex(0);
}

void StockWidget::showProduct(const QString &productId)
{
    m_productId = productId;
    StockService stock(m_context.database());
    auto pos = stock.position(productId);
    if (!pos) {
        showMessage(pos.error().text(), true);
        return;
    }
    const QLocale br(QLocale::Portuguese, QLocale::Brazil);
    m_title->setText(QStringLiteral("%1 — %2").arg(pos->sku, pos->name));
    QStringList details;
    details << tr("EAN %1").arg(pos->gtin.isEmpty() ? QStringLiteral("—") : pos->gtin) << tr("unit %1").arg(pos->unit);
    details << (pos->lotControlled ? (pos->controlsExpiry ? tr("lots with expiry") : tr("lots")) : tr("no lot control"));
    if (!pos->storageConditions.isEmpty())
        details << pos->storageConditions;
    if (!pos->abcClass.isEmpty())
        details << tr("class %1").arg(pos->abcClass);
    if (pos->minQty > 0 || pos->maxQty > 0)
        details << tr("min %1 / max %2").arg(pos->minQty).arg(pos->maxQty);
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_onHand->setText(br.toString(pos->onHand));
    m_reserved->setText(br.toString(pos->reserved));
    m_available->setText(br.toString(pos->available()));
    m_usable->setText(br.toString(pos->usable));

    const QDate today = core::CivilTime::today();
    const int nearDays = m_nearDays->value();
    m_balances->setRowCount(0);
    m_lines = pos->lines;
    for (const BalanceLine &l : pos->lines) {
        const int row = m_balances->rowCount();
        m_balances->insertRow(row);
        tables::set(m_balances, row, 0, l.locationCode);
        tables::set(m_balances, row, 1, l.zone);
        tables::set(m_balances, row, 2, l.lotCode.isEmpty() ? QStringLiteral("—") : l.lotCode);
        tables::set(m_balances, row, 3, l.expiryDate.isValid() ? br.toString(l.expiryDate, QLocale::ShortFormat) : QStringLiteral("—"));
        tables::setNumber(m_balances, row, 4, l.onHand);
        tables::setNumber(m_balances, row, 5, l.reserved);
        tables::setNumber(m_balances, row, 6, l.available());
        QStringList status;
        QColor tint;
        if (l.expiryDate.isValid() && l.expiryDate < today) {
            status << tr("expired");
            tint = QColor(0xf8, 0xd7, 0xda);
        } else if (l.expiryDate.isValid() && today.daysTo(l.expiryDate) <= nearDays) {
            status << tr("expires in %1 days").arg(today.daysTo(l.expiryDate));
            tint = QColor(0xff, 0xf3, 0xcd);
        }
        if (l.lotBlocked) {
            status << tr("lot blocked");
            tint = QColor(0xf8, 0xd7, 0xda);
        }
        if (l.locationBlocked) {
            status << tr("location blocked");
            tint = QColor(0xf8, 0xd7, 0xda);
        }
        if (l.locationKind != u"pick" && l.locationKind != u"reserve")
            status << l.locationKind;
        tables::set(m_balances, row, 7, status.isEmpty() ? tr("ok") : status.join(QStringLiteral(", ")));
        if (tint.isValid()) {
            for (int c = 0; c < m_balances->columnCount(); ++c)
                m_balances->item(row, c)->setBackground(tint);
        }
    }
    m_balances->resizeColumnsToContents();

    m_history->setRowCount(0);
    auto history = stock.history(productId, 200);
    if (history) {
        for (const MovementRecord &m : *history) {
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            tables::set(m_history, row, 0, br.toString(core::CivilTime::toCivil(core::fromDbTimestamp(m.at)), QLocale::ShortFormat));
            tables::set(m_history, row, 1, MovementKind::displayName(m.kind));
            tables::setNumber(m_history, row, 2, m.fromCode.isEmpty() ? m.quantity : m.toCode.isEmpty() ? -m.quantity : m.quantity);
            tables::set(m_history, row, 3, m.fromCode);
            tables::set(m_history, row, 4, m.toCode);
            tables::set(m_history, row, 5, m.lotCode);
            tables::set(m_history, row, 6, m.document);
            tables::set(m_history, row, 7, m.userLogin);
            tables::set(m_history, row, 8, m.reason);
        }
    }
    m_history->resizeColumnsToContents();
}

const BalanceLine *StockWidget::selectedBalance() const
{
    const int row = m_balances->currentRow();
    if (row < 0 || row >= m_lines.size() || m_balances->selectedItems().isEmpty())
        return nullptr;
    return &m_lines.at(row);
}

void StockWidget::moveSelected()
{
    const BalanceLine *line = selectedBalance();
    if (!line)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Move stock from %1").arg(line->locationCode));
    auto *kind = new QComboBox(&dialog);
    kind->addItem(tr("Transfer to another location"), MovementKind::Transfer);
    kind->addItem(tr("Write-off (expired, damaged)"), MovementKind::WriteOff);
    kind->addItem(tr("Adjustment: fewer than recorded"), QStringLiteral("adjust-out"));
    kind->addItem(tr("Adjustment: more than recorded"), QStringLiteral("adjust-in"));
    auto *qty = new QSpinBox(&dialog);
    qty->setRange(1, 100000000);
    qty->setValue(int(std::max<qint64>(1, line->available())));
    auto *to = new QLineEdit(&dialog);
    to->setPlaceholderText(tr("location code"));
    auto *reason = new QLineEdit(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("%1 · lot %2 · available %3").arg(m_title->text(), line->lotCode.isEmpty() ? QStringLiteral("—") : line->lotCode)
                                .arg(line->available()),
                            &dialog));
    form->addRow(tr("Movement"), kind);
    form->addRow(tr("Quantity"), qty);
    form->addRow(tr("To"), to);
    form->addRow(tr("Reason"), reason);
    form->addRow(buttons);
    connect(kind, &QComboBox::currentIndexChanged, to, [kind, to] { to->setEnabled(kind->currentData().toString() == MovementKind::Transfer); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Movement m;
    const QString k = kind->currentData().toString();
    m.kind = k.startsWith(QLatin1String("adjust")) ? MovementKind::Adjustment : k;
    m.productId = m_productId;
    m.lotId = line->lotId;
    m.quantity = qty->value();
    m.reason = reason->text();
    if (k == u"adjust-in") {
        m.toLocationId = line->locationId;
    } else {
        m.fromLocationId = line->locationId;
        if (k == MovementKind::Transfer) {
            auto target = LocationService(m_context.database()).find(to->text());
            if (!target) {
                showMessage(target.error().text(), true);
                return;
            }
            m.toLocationId = target->id;
        }
    }
    auto moved = StockService(m_context.database()).move(m_context.session(), m);
    if (!moved) {
        showMessage(moved.error().message, true);
        return;
    }
    showMessage(tr("Movement posted."), false);
    showProduct(m_productId);
}

void StockWidget::toggleLotBlock()
{
    const BalanceLine *line = selectedBalance();
    if (!line || line->lotId.isEmpty())
        return;
    const bool block = !line->lotBlocked;
    QString reason;
    if (block) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Block lot %1").arg(line->lotCode), tr("Why (quality hold, recall …)?"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    auto done = LotRepository(m_context.database()).setBlocked(m_context.session(), line->lotId, block, reason);
    showMessage(done ? (block ? tr("Lot %1 blocked: it is no longer reserved for orders.").arg(line->lotCode)
                              : tr("Lot %1 unblocked.").arg(line->lotCode))
                     : done.error().text(),
                !done);
    showProduct(m_productId);
}

void StockWidget::toggleLocationBlock()
{
    const BalanceLine *line = selectedBalance();
    if (!line)
        return;
    const bool block = !line->locationBlocked;
    QString reason;
    if (block) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Block location %1").arg(line->locationCode), tr("Why (damaged rack, count …)?"),
                                       QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    auto done = LocationService(m_context.database()).setBlocked(m_context.session(), line->locationId, block, reason);
    showMessage(done ? (block ? tr("Location %1 blocked.").arg(line->locationCode) : tr("Location %1 unblocked.").arg(line->locationCode))
                     : done.error().text(),
                !done);
    showProduct(m_productId);
}

void StockWidget::refreshExpiry()
{
    auto lines = StockQueries(m_context.database()).expiring(m_nearDays->value());
    m_expiry->setRowCount(0);
    if (!lines) {
        showMessage(lines.error().text(), true);
        return;
    }
    const QLocale br(QLocale::Portuguese, QLocale::Brazil);
    for (const ExpiryLine &e : *lines) {
        const int row = m_expiry->rowCount();
        m_expiry->insertRow(row);
        tables::set(m_expiry, row, 0, br.toString(e.expiryDate, QLocale::ShortFormat));
        tables::set(m_expiry, row, 1, e.daysLeft < 0 ? tr("expired %1 d ago").arg(-e.daysLeft) : tr("%1 d").arg(e.daysLeft));
        tables::set(m_expiry, row, 2, e.sku);
        tables::set(m_expiry, row, 3, e.name);
        tables::set(m_expiry, row, 4, e.lotCode + (e.lotBlocked ? tr(" (blocked)") : QString()));
        tables::set(m_expiry, row, 5, e.locationCode);
        tables::setNumber(m_expiry, row, 6, e.onHand);
        tables::setNumber(m_expiry, row, 7, e.reserved);
        if (e.daysLeft < 0) {
            for (int c = 0; c < m_expiry->columnCount(); ++c)
                m_expiry->item(row, c)->setBackground(QColor(0xf8, 0xd7, 0xda));
        }
    }
    m_expiry->resizeColumnsToContents();
}

void StockWidget::showRecall(const QString &lotCode)
{
    m_tabs->setCurrentIndex(2);
    m_recallLot->setText(lotCode.trimmed().toUpper());
    auto lines = StockQueries(m_context.database()).recall(lotCode);
    m_recall->setRowCount(0);
    if (!lines) {
        showMessage(lines.error().text(), true);
        return;
    }
    showMessage(lines->isEmpty() ? tr("No order received lot %1.").arg(lotCode.trimmed().toUpper())
                                 : tr("%n order(s) received lot %1.", nullptr, int(lines->size())).arg(lotCode.trimmed().toUpper()),
                false);
    for (const RecallLine &r : *lines) {
        const int row = m_recall->rowCount();
        m_recall->insertRow(row);
        tables::set(m_recall, row, 0, QString::number(r.orderNumber));
        tables::set(m_recall, row, 1, r.orderStatus);
        tables::set(m_recall, row, 2, r.customerName);
        tables::set(m_recall, row, 3, r.customerDocument);
        tables::set(m_recall, row, 4, r.customerEmail);
        tables::set(m_recall, row, 5, r.customerPhone);
        tables::set(m_recall, row, 6, r.city.isEmpty() ? QString() : QStringLiteral("%1/%2").arg(r.city, r.state));
        tables::set(m_recall, row, 7, r.sku);
        tables::set(m_recall, row, 8, r.lotCode);
        tables::setNumber(m_recall, row, 9, r.quantity);
        tables::set(m_recall, row, 10, r.pickedAt.left(10));
    }
    m_recall->resizeColumnsToContents();
}

void StockWidget::showOrder(qint64 orderNumber)
{
    m_tabs->setCurrentIndex(3);
    m_orderNumber->setText(QString::number(orderNumber));
    m_orderLines->setRowCount(0);
    auto id = StockQueries(m_context.database()).orderIdByNumber(orderNumber);
    if (!id) {
        m_orderSummary->setText(id.error().text());
        return;
    }
    ReservationService reservations(m_context.database());
    auto lines = reservations.reservationsForOrder(*id);
    auto shortages = reservations.shortages(*id);
    if (!lines || !shortages) {
        m_orderSummary->setText((!lines ? lines.error() : shortages.error()).text());
        return;
    }
    const QLocale br(QLocale::Portuguese, QLocale::Brazil);
    for (const ReservationLine &l : *lines) {
        const int row = m_orderLines->rowCount();
        m_orderLines->insertRow(row);
        tables::set(m_orderLines, row, 0, l.sku);
        tables::set(m_orderLines, row, 1, l.productName);
        tables::set(m_orderLines, row, 2, l.locationCode);
        tables::set(m_orderLines, row, 3, l.lotCode);
        tables::set(m_orderLines, row, 4, l.expiryDate.isValid() ? br.toString(l.expiryDate, QLocale::ShortFormat) : QString());
        tables::setNumber(m_orderLines, row, 5, l.quantity);
        tables::setNumber(m_orderLines, row, 6, l.pickedQuantity);
        tables::set(m_orderLines, row, 7, QString());
    }
    for (const Shortage &s : *shortages) {
        const int row = m_orderLines->rowCount();
        m_orderLines->insertRow(row);
        tables::set(m_orderLines, row, 0, s.sku);
        tables::set(m_orderLines, row, 1, s.description);
        tables::set(m_orderLines, row, 2, tr("— not in stock —"));
        for (int c = 3; c < 7; ++c)
            tables::set(m_orderLines, row, c, QString());
        tables::setNumber(m_orderLines, row, 7, s.shortQuantity());
        for (int c = 0; c < m_orderLines->columnCount(); ++c)
            m_orderLines->item(row, c)->setBackground(QColor(0xf8, 0xd7, 0xda));
    }
    m_orderSummary->setText(shortages->isEmpty()
                                ? (lines->isEmpty() ? tr("Order %1 holds no stock (not paid yet, or cancelled).").arg(orderNumber)
                                                    : tr("Order %1 is fully reserved.").arg(orderNumber))
                                : tr("Order %1 is short of %n line(s): receive stock, then reserve again.", nullptr,
                                     int(shortages->size()))
                                      .arg(orderNumber));
    m_orderLines->resizeColumnsToContents();
}

void StockWidget::refreshReplenishment()
{
    auto lines = ReplenishmentService(m_context.database()).suggestions();
    m_replenishment->setRowCount(0);
    if (!lines) {
        showMessage(lines.error().text(), true);
        return;
    }
    for (const ReplenishmentLine &r : *lines) {
        const int row = m_replenishment->rowCount();
        m_replenishment->insertRow(row);
        const bool refill = r.kind == ReplenishmentLine::Kind::Refill;
        tables::set(m_replenishment, row, 0, refill ? tr("Refill pick face") : tr("Buy"));
        tables::set(m_replenishment, row, 1, r.sku);
        tables::set(m_replenishment, row, 2, r.name);
        tables::set(m_replenishment, row, 3, r.fromCode);
        tables::set(m_replenishment, row, 4, r.lotCode);
        tables::set(m_replenishment, row, 5, r.toCode);
        tables::setNumber(m_replenishment, row, 6, r.current);
        tables::setNumber(m_replenishment, row, 7, r.minimum);
        tables::setNumber(m_replenishment, row, 8, r.maximum);
        tables::setNumber(m_replenishment, row, 9, r.quantity);
    }
    m_replenishment->resizeColumnsToContents();
}

} // namespace stock
