#include "dashboards/ui/dashboardsui.h"

#include "dashboards/ui/salesdashboardwidget.h"

namespace dashboards {

QList<uikit::DockSpec> DashboardsUi::docks() const
{
    uikit::DockSpec sales;
    sales.id = QStringLiteral("dashboards.sales");
    sales.title = [] { return tr("Sales dashboard"); };
    sales.area = Qt::RightDockWidgetArea;
    sales.permission = core::Permission::DashboardsView;
    sales.create = [](core::AppContext &context, QWidget *parent) -> QWidget * {
        return new SalesDashboardWidget(context, parent);
    };
    return {sales};
}

} // namespace dashboards
