#include "modulelist.h"

#include "billing/billingmodule.h"
#include "dashboards/dashboardsmodule.h"
#include "demo/demomodule.h"
#include "labels/labelsmodule.h"
#include "orders/ordersmodule.h"
#include "picking/pickingmodule.h"
#include "sac/sacmodule.h"
#include "stock/stockmodule.h"
#include "sync/syncmodule.h"

namespace app {

std::vector<std::unique_ptr<core::Module>> createModules()
{
    std::vector<std::unique_ptr<core::Module>> modules;
    modules.push_back(std::make_unique<orders::OrdersModule>());
    modules.push_back(std::make_unique<billing::BillingModule>());
    modules.push_back(std::make_unique<stock::StockModule>());
    modules.push_back(std::make_unique<picking::PickingModule>());
    modules.push_back(std::make_unique<labels::LabelsModule>());
    modules.push_back(std::make_unique<sac::SacModule>());
    modules.push_back(std::make_unique<dashboards::DashboardsModule>());
    modules.push_back(std::make_unique<synchronization::SyncModule>());
    modules.push_back(std::make_unique<demo::DemoModule>());
    return modules;
}

} // namespace app
