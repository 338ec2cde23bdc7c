#include "orders/ui/riskreviewwidget.h"

#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/data/riskanalysisrepository.h"
#include "orders/ui/orderdetailsections.h"
#include "orders/ui/statuspill.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orders {

namespace {
enum Column { Number, Placed, Waiting, Customer, Total, Score, Reasons };

QString waitingFor(const QDateTime &since)
{
    const qint64 minutes = since.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    if (minutes < 60)
        return RiskReviewWidget::tr("%n min", nullptr, int(std::max<qint64>(0, minutes)));
    if (minutes < 48 * 60)
        return RiskReviewWidget::tr("%n h", nullptr, int(minutes / 60));
    return RiskReviewWidget::tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
}
} // namespace

RiskReviewWidget::RiskReviewWidget(core::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary->setObjectName(QStringLiteral("orders.riskQueue.summary"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("orders.riskQueue.refresh"));
    top->addWidget(m_summary, 1);
    top->addWidget(refreshButton);
    layout->addLayout(top);

    m_list->setObjectName(QStringLiteral("orders.riskQueue.list"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setStyleSheet(QStringLiteral("QTreeView::item { padding: 4px 2px; }")); // read line by line
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Order"), tr("Placed"), tr("Waiting"), tr("Customer"), tr("Total"), tr("Score"), tr("Reasons")});
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Double-click an order to review it"));
    layout->addWidget(m_list, 1);

    connect(refreshButton, &QPushButton::clicked, this, &RiskReviewWidget::refresh);
    connect(m_list, &QTreeWidget::itemActivated, this, &RiskReviewWidget::openCurrent);
    connect(&context.events(), &core::DomainEvents::published, this, &RiskReviewWidget::onDomainEvent);
    refresh();
}

void RiskReviewWidget::refresh()
{
    m_list->clear();
    auto queue = RiskAnalysisRepository(m_context.database()).reviewQueue(kLimit);
    if (!queue) {
        m_summary->setText(tr("The review queue could not be read: %1").arg(queue.error().text()));
        return;
    }
    m_summary->setText(queue->isEmpty() ? tr("No order is waiting for a risk review.")
                                        : tr("%n order(s) waiting for a risk review, oldest first.", nullptr, int(queue->size())));
    for (const RiskQueueRow &row : std::as_const(*queue)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Number, QString::number(row.number));
        item->setData(Number, Qt::UserRole, row.orderId);
        item->setText(Placed, OrderDetailSections::civil(row.placedAt));
        item->setText(Waiting, waitingFor(row.placedAt));
        item->setText(Customer, row.customerName);
        item->setText(Total, row.total.format());
        item->setTextAlignment(Total, Qt::AlignRight | Qt::AlignVCenter);
        if (row.score) {
            item->setText(Score, QString::number(*row.score));
            item->setForeground(Score, StatusPill::colourFor(*row.score <= 30 ? QStringLiteral("approve")
                                                             : *row.score < 80 ? QStringLiteral("review")
                                                                                : QStringLiteral("deny")));
            item->setToolTip(Score, tr("%1, %2").arg(row.provider, OrderDetailSections::civil(row.analyzedAt)));
        } else {
            item->setText(Score, QStringLiteral("—"));
            item->setToolTip(Score, tr("Not analysed yet"));
        }
        item->setTextAlignment(Score, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(Reasons, row.reasons);
        item->setToolTip(Reasons, row.reasons);
    }
    for (int c = 0; c < Reasons; ++c)
        m_list->resizeColumnToContents(c); // a few hundred rows at most
}

void RiskReviewWidget::openCurrent()
{
    if (QTreeWidgetItem *item = m_list->currentItem())
        emit openOrderRequested(item->data(Number, Qt::UserRole).toString());
}

void RiskReviewWidget::onDomainEvent(const core::DomainEvent &event)
{
    if (event.entity != QLatin1String("orders") || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        refresh();
    });
}

void RiskReviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_list->setHeaderLabels({tr("Order"), tr("Placed"), tr("Waiting"), tr("Customer"), tr("Total"), tr("Score"), tr("Reasons")});
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace orders
