#pragma once

#include "dashboards/data/kpirepository.h"

#include <QFutureWatcher>
#include <QWidget>

class QGridLayout;
class QLabel;
class QChartView;

namespace core {
class AppContext;
}

namespace dashboards {

/// Sales of the last 30 days: headline figures and orders per day by channel kind. The
/// aggregation runs on a worker thread with its own connection, so opening the window never waits.
class SalesDashboardWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SalesDashboardWidget(core::AppContext &context, QWidget *parent = nullptr);
    void refresh();

signals:
    void loaded();

private:
    void show(const core::Result<SalesSummary> &summary);
    QLabel *addCard(QGridLayout *grid, int column, const QString &caption);

    core::AppContext &m_context;
    QFutureWatcher<core::Result<SalesSummary>> m_watcher;
    QLabel *m_orders;
    QLabel *m_revenue;
    QLabel *m_ticket;
    QLabel *m_awaiting;
    QLabel *m_status;
    QChartView *m_chartView;
};

} // namespace dashboards
