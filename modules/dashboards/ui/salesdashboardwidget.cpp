#include "dashboards/ui/salesdashboardwidget.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dashboards {

namespace {
constexpr int kDays = 30;

core::Result<SalesSummary> loadSales(core::Database *mainDb, QDate today)
{
    // A connection of this worker thread; the GUI thread's connection is never shared.
    auto db = mainDb->openSibling();
    if (!db)
        return db.error();
    return KpiRepository(**db).sales(today, kDays);
}

QString channelKindLabel(const QString &kind)
{
    if (kind == QLatin1String("storefront")) return SalesDashboardWidget::tr("Storefront");
    if (kind == QLatin1String("marketplace")) return SalesDashboardWidget::tr("Marketplaces");
    if (kind == QLatin1String("store")) return SalesDashboardWidget::tr("Stores");
    if (kind == QLatin1String("representative")) return SalesDashboardWidget::tr("Representatives");
    if (kind == QLatin1String("franchise")) return SalesDashboardWidget::tr("Franchises");
    if (kind == QLatin1String("telesales")) return SalesDashboardWidget::tr("Telesales");
    return kind;
}
} // namespace

SalesDashboardWidget::SalesDashboardWidget(core::AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_status(new QLabel(this)), m_chartView(new QChartView(this))
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    m_orders = addCard(grid, 0, tr("Orders (30 days)"));
    m_revenue = addCard(grid, 1, tr("Revenue (30 days)"));
    m_ticket = addCard(grid, 2, tr("Average ticket"));
    m_awaiting = addCard(grid, 3, tr("Awaiting payment / to pick"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(grid);
    layout->addWidget(m_chartView, 1);
    layout->addWidget(m_status);
    connect(&m_watcher, &QFutureWatcher<core::Result<SalesSummary>>::finished, this,
            [this] { show(m_watcher.result()); });
    // Start after the window is on screen: the dashboard must never delay start-up.
    QTimer::singleShot(0, this, &SalesDashboardWidget::refresh);
}

QLabel *SalesDashboardWidget::addCard(QGridLayout *grid, int column, const QString &caption)
{
    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));
    captionLabel->setWordWrap(true); // the dock may be narrow: captions wrap, figures do not
    auto *value = new QLabel(QStringLiteral("…"), this);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    value->setFont(font);
    grid->setColumnStretch(column, 1);
    grid->addWidget(captionLabel, 0, column);
    grid->addWidget(value, 1, column);
    return value;
}

void SalesDashboardWidget::refresh()
{
    if (m_watcher.isRunning())
        return;
    m_status->setText(tr("Loading…"));
    const QDate today = core::CivilTime::today();
    m_watcher.setFuture(QtConcurrent::run(loadSales, &m_context.database(), today));
}

void SalesDashboardWidget::show(const core::Result<SalesSummary> &result)
{
    if (!result) {
        m_status->setText(tr("The dashboard could not be loaded: %1").arg(result.error().text()));
        return;
    }
    const SalesSummary &s = *result;
    const QLocale locale;
    m_orders->setText(locale.toString(s.orders));
    m_revenue->setText(s.revenue.format());
    m_ticket->setText(s.averageTicket.format());
    m_awaiting->setText(QStringLiteral("%1 / %2").arg(locale.toString(s.awaitingPayment), locale.toString(s.toPick)));

    QMap<QString, QBarSet *> sets;
    const QStringList kinds = {QStringLiteral("storefront"), QStringLiteral("marketplace"), QStringLiteral("store"),
                               QStringLiteral("representative"), QStringLiteral("franchise"), QStringLiteral("telesales")};
    auto *series = new QStackedBarSeries;
    for (const QString &kind : kinds) {
        auto *set = new QBarSet(channelKindLabel(kind));
        sets.insert(kind, set);
        series->append(set);
    }
    qint64 maxDay = 0;
    for (const DailySales &d : s.days) {
        qint64 total = 0;
        for (const QString &kind : kinds) {
            const qint64 n = d.ordersByChannelKind.value(kind);
            *sets[kind] << qreal(n);
            total += n;
        }
        maxDay = std::max(maxDay, total);
    }
    series->setBarWidth(0.8);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Orders per day by channel"));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart->legend()->setFont(legendFont);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Bars sit at 0..n-1; a category axis with a date every few days stays readable where a
    // label under every bar would be truncated.
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axisX->setRange(-0.5, s.days.size() - 0.5);
    for (int i = 0; i < s.days.size(); i += 5)
        axisX->append(locale.toString(s.days[i].day, QStringLiteral("dd/MM")), i);
    axisX->setGridLineVisible(false);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max<qint64>(10, maxDay * 11 / 10));
    axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_status->setText(tr("Updated at %1").arg(locale.toString(core::CivilTime::toCivil(QDateTime::currentDateTimeUtc()).time(),
                                                              QLocale::ShortFormat)));
    emit loaded();
}

} // namespace dashboards
