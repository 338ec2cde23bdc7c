#include "stock/ui/countswidget.h"

#include "core/domain/appcontext.h"
#include "core/domain/session.h"
#include "stock/data/countservice.h"
#include "stock/data/locationservice.h"
#include "stock/ui/stocktables.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stock {

CountsWidget::CountsWidget(core::AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *startBox = new QGroupBox(tr("New count"), this);
    m_scope = new QComboBox(startBox);
    m_scope->addItem(tr("Full warehouse"), QStringLiteral("full"));
    m_scope->addItem(tr("One zone"), QStringLiteral("zone"));
    m_scope->addItem(tr("ABC class"), QStringLiteral("abc"));
    m_scopeValue = new QLineEdit(startBox);
    m_scopeValue->setPlaceholderText(tr("zone (PICK, COLD …) or class (A, B, C)"));
    m_scopeValue->setEnabled(false);
    auto *startButton = new QPushButton(tr("Start count"), startBox);
    auto *sh = new QHBoxLayout(startBox);
    sh->addWidget(m_scope);
    sh->addWidget(m_scopeValue, 1);
    sh->addWidget(startButton);

    m_counts = new QComboBox(this);
    m_counts->setObjectName(QStringLiteral("openCounts"));
    m_progress = new QLabel(this);

    auto *scanBox = new QGroupBox(tr("Blind count: scan location, then product"), this);
    m_location = new QLineEdit(scanBox);
    m_location->setObjectName(QStringLiteral("countLocation"));
    m_product = new QLineEdit(scanBox);
    m_product->setObjectName(QStringLiteral("countProduct"));
    m_lot = new QLineEdit(scanBox);
    m_lot->setObjectName(QStringLiteral("countLot"));
    m_lot->setPlaceholderText(tr("lot-controlled products only"));
    m_qty = new QSpinBox(scanBox);
    m_qty->setObjectName(QStringLiteral("countQty"));
    m_qty->setRange(0, 1000000);
    m_qty->setValue(1);
    QFont big = m_location->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    for (QWidget *w : {static_cast<QWidget *>(m_location), static_cast<QWidget *>(m_product), static_cast<QWidget *>(m_lot),
                       static_cast<QWidget *>(m_qty)})
        w->setFont(big);
    auto *form = new QFormLayout(scanBox);
    form->addRow(tr("Location"), m_location);
    form->addRow(tr("Product (EAN)"), m_product);
    form->addRow(tr("Lot"), m_lot);
    form->addRow(tr("Units per scan"), m_qty);
    m_feedback = new QLabel(this);
    m_feedback->setObjectName(QStringLiteral("countFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumHeight(m_feedback->fontMetrics().height() * 2 + 12);

    m_reviewButton = new QPushButton(tr("Review differences (supervisor)"), this);
    m_reviewButton->setCheckable(true);
    m_postButton = new QPushButton(tr("Post differences"), this);
    m_postButton->setObjectName(QStringLiteral("postCount"));
    m_review = tables::make(this, {tr("Location"), tr("SKU"), tr("Product"), tr("Lot"), tr("System"), tr("Counted"), tr("Difference")});
    m_review->setObjectName(QStringLiteral("countReview"));
    auto *rh = new QHBoxLayout;
    rh->addWidget(m_reviewButton);
    rh->addStretch();
    rh->addWidget(m_postButton);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Open count"), this));
    top->addWidget(m_counts, 1);
    top->addWidget(m_progress);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(startBox);
    layout->addLayout(top);
    layout->addWidget(scanBox);
    layout->addWidget(m_feedback);
    layout->addLayout(rh);
    layout->addWidget(m_review, 1);
    tables::scrollable(this, content);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { m_scopeValue->setEnabled(m_scope->currentData().toString() != u"full"); });
    connect(startButton, &QPushButton::clicked, this, &CountsWidget::start);
    connect(m_counts, &QComboBox::currentIndexChanged, this, [this] { showReview(m_reviewButton->isChecked()); });
    connect(m_location, &QLineEdit::returnPressed, this, [this] {
        auto w = LocationService(m_context.database()).find(m_location->text());
        if (!w) {
            setFeedback(w.error().message, false);
            m_location->selectAll();
            return;
        }
        m_location->setText(w->code);
        setFeedback(tr("Counting %1: scan the products.").arg(w->code), true);
        m_product->setFocus();
    });
    connect(m_product, &QLineEdit::returnPressed, this, &CountsWidget::scan);
    connect(m_lot, &QLineEdit::returnPressed, this, &CountsWidget::scan);
    connect(m_reviewButton, &QPushButton::toggled, this, &CountsWidget::showReview);
    connect(m_postButton, &QPushButton::clicked, this, &CountsWidget::post);
    refresh();
    showReview(false);
}

QString CountsWidget::currentCount() const
{
    return m_counts->currentData().toString();
}

void CountsWidget::refresh()
{
    const QString keep = currentCount();
    m_counts->blockSignals(true);
    m_counts->clear();
    auto list = CountService(m_context.database()).counts(true);
    if (list) {
        for (const CountRow &c : *list) {
            const QString scope = c.scope == u"full" ? tr("full") : c.scope == u"zone" ? tr("zone %1").arg(c.scopeValue)
                                                                                        : tr("class %1").arg(c.scopeValue);
            m_counts->addItem(tr("%1 — started %2").arg(scope, c.createdAt.left(16).replace(u'T', u' ')), c.id);
        }
    }
    const int index = m_counts->findData(keep);
    m_counts->setCurrentIndex(index >= 0 ? index : 0);
    m_counts->blockSignals(false);
    m_progress->setText({});
    if (list) {
        for (const CountRow &c : *list) {
            if (c.id == currentCount())
                m_progress->setText(tr("%1 of %2 lines counted").arg(c.countedLines).arg(c.lines));
        }
    }
    showReview(m_reviewButton->isChecked());
}

void CountsWidget::setFeedback(const QString &text, bool ok)
{
    m_feedback->setText(text);
    m_feedback->setStyleSheet(ok ? QStringLiteral("background: #d4edda; color: #155724; padding: 6px; font-weight: bold;")
                                 : QStringLiteral("background: #f8d7da; color: #721c24; padding: 6px; font-weight: bold;"));
    if (!ok)
        QApplication::beep();
}

void CountsWidget::start()
{
    auto w = LocationService(m_context.database()).defaultWarehouse();
    if (!w) {
        setFeedback(w.error().message, false);
        return;
    }
    auto id = CountService(m_context.database()).start(m_context.session(), w->id, m_scope->currentData().toString(), m_scopeValue->text());
    if (!id) {
        setFeedback(id.error().message, false);
        return;
    }
    refresh();
    m_counts->setCurrentIndex(m_counts->findData(*id));
    setFeedback(tr("Count started: scan a location."), true);
    m_location->setFocus();
}

void CountsWidget::scan()
{
    if (currentCount().isEmpty()) {
        setFeedback(tr("Start a count first."), false);
        return;
    }
    if (m_location->text().trimmed().isEmpty()) {
        setFeedback(tr("Scan the location first."), false);
        m_location->setFocus();
        return;
    }
    auto line = CountService(m_context.database())
                    .scan(m_context.session(), currentCount(), m_location->text(), m_product->text(), m_lot->text(), m_qty->value());
    if (!line) {
        setFeedback(line.error().message, false);
        if (line.error().where == u"lot") {
            m_lot->setFocus();
            m_lot->selectAll();
        } else {
            m_product->setFocus();
            m_product->selectAll();
        }
        return;
    }
    setFeedback(tr("+%1 %2 at %3").arg(m_qty->value()).arg(m_product->text().trimmed(), m_location->text()), true);
    m_product->clear();
    m_lot->clear();
    m_product->setFocus();
    refresh();
}

void CountsWidget::showReview(bool shown)
{
    const bool supervisor = m_context.session().can(core::Permission::StockManage);
    m_reviewButton->setEnabled(supervisor);
    m_review->setVisible(shown && supervisor);
    m_postButton->setVisible(shown && supervisor);
    m_review->setRowCount(0);
    if (!shown || !supervisor || currentCount().isEmpty())
        return;
    auto lines = CountService(m_context.database()).review(currentCount());
    if (!lines) {
        setFeedback(lines.error().text(), false);
        return;
    }
    for (const CountLine &l : *lines) {
        const int row = m_review->rowCount();
        m_review->insertRow(row);
        tables::set(m_review, row, 0, l.locationCode);
        tables::set(m_review, row, 1, l.sku);
        tables::set(m_review, row, 2, l.name);
        tables::set(m_review, row, 3, l.lotCode);
        tables::setNumber(m_review, row, 4, l.onHandNow);
        if (l.counted)
            tables::setNumber(m_review, row, 5, l.countedQty);
        else
            tables::set(m_review, row, 5, tr("not counted"));
        if (l.counted)
            tables::setNumber(m_review, row, 6, l.difference());
        else
            tables::set(m_review, row, 6, QString());
        if (l.difference() != 0) {
            for (int c = 0; c < m_review->columnCount(); ++c)
                m_review->item(row, c)->setBackground(l.difference() < 0 ? QColor(0xf8, 0xd7, 0xda) : QColor(0xff, 0xf3, 0xcd));
        }
    }
    m_review->resizeColumnsToContents();
}

void CountsWidget::post()
{
    if (currentCount().isEmpty())
        return;
    if (QMessageBox::question(this, tr("Post differences"),
                              tr("Post every difference of the counted lines as a stock movement? Lines not counted stay as they are."))
        != QMessageBox::Yes)
        return;
    auto posted = CountService(m_context.database()).post(m_context.session(), currentCount());
    if (!posted) {
        setFeedback(posted.error().message, false);
        return;
    }
    setFeedback(tr("%n difference(s) posted.", nullptr, *posted), true);
    m_reviewButton->setChecked(false);
    refresh();
}

} // namespace stock
