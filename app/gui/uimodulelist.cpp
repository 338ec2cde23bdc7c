#include "gui/uimodulelist.h"

#include "billing/ui/billingui.h"
#include "dashboards/ui/dashboardsui.h"
#include "labels/ui/labelsui.h"
#include "orders/ui/ordersui.h"
#include "picking/ui/pickingui.h"
#include "sac/ui/sacui.h"
#include "stock/ui/stockui.h"
#include "sync/ui/syncui.h"

namespace app {

std::vector<std::unique_ptr<uikit::ModuleUi>> createModuleUis()
{
    std::vector<std::unique_ptr<uikit::ModuleUi>> uis;
    uis.push_back(std::make_unique<orders::OrdersUi>());
    uis.push_back(std::make_unique<billing::BillingUi>());
    uis.push_back(std::make_unique<sac::SacUi>());
    uis.push_back(std::make_unique<dashboards::DashboardsUi>());
    uis.push_back(std::make_unique<stock::StockUi>());
    uis.push_back(std::make_unique<picking::PickingUi>());
    uis.push_back(std::make_unique<labels::LabelsUi>());
    uis.push_back(std::make_unique<synchronization::SyncUi>());
    return uis;
}

} // namespace app
