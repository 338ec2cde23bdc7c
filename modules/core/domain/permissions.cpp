#include "core/domain/permissions.h"

#include "core/domain/tr.h"

namespace core {

QList<Role> Roles::all()
{
    return {Role::Administrator, Role::Office, Role::Warehouse, Role::Manager};
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Administrator: return QStringLiteral("administrator");
    case Role::Office: return QStringLiteral("office");
    case Role::Warehouse: return QStringLiteral("warehouse");
    case Role::Manager: return QStringLiteral("manager");
    }
    return {};
}

std::optional<Role> Roles::fromCode(QStringView code)
{
    for (Role role : all()) {
        if (Roles::code(role) == code)
            return role;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::Administrator: return Tr::tr("Administrator");
    case Role::Office: return Tr::tr("Office staff");
    case Role::Warehouse: return Tr::tr("Warehouse supervisor");
    case Role::Manager: return Tr::tr("Manager");
    }
    return {};
}

bool Roles::grants(Role role, Permission p)
{
    using P = Permission;
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Office: // orders, boletos and CNAB, customer service
        return p == P::OrdersView || p == P::OrdersManage || p == P::BillingView
               || p == P::BillingManage || p == P::SacView || p == P::SacManage
               || p == P::StockView || p == P::LabelsPrint;
    case Role::Warehouse: // stock, picking, labels; reads orders to know what to ship
        return p == P::OrdersView || p == P::StockView || p == P::StockManage
               || p == P::PickingRun || p == P::LabelsPrint;
    case Role::Manager: // reads everything, decides nothing operational
        return p == P::OrdersView || p == P::BillingView || p == P::StockView || p == P::SacView
               || p == P::DashboardsView || p == P::AuditView;
    }
    return false;
}

QString Roles::permissionCode(Permission p)
{
    switch (p) {
    case Permission::OrdersView: return QStringLiteral("orders.view");
    case Permission::OrdersManage: return QStringLiteral("orders.manage");
    case Permission::BillingView: return QStringLiteral("billing.view");
    case Permission::BillingManage: return QStringLiteral("billing.manage");
    case Permission::StockView: return QStringLiteral("stock.view");
    case Permission::StockManage: return QStringLiteral("stock.manage");
    case Permission::PickingRun: return QStringLiteral("picking.run");
    case Permission::LabelsPrint: return QStringLiteral("labels.print");
    case Permission::SacView: return QStringLiteral("sac.view");
    case Permission::SacManage: return QStringLiteral("sac.manage");
    case Permission::DashboardsView: return QStringLiteral("dashboards.view");
    case Permission::SyncManage: return QStringLiteral("sync.manage");
    case Permission::UsersManage: return QStringLiteral("users.manage");
    case Permission::CompanySettingsManage: return QStringLiteral("company.manage");
    case Permission::AuditView: return QStringLiteral("audit.view");
    }
    return {};
}

QString Roles::permissionName(Permission p)
{
    switch (p) {
    case Permission::OrdersView: return Tr::tr("view orders");
    case Permission::OrdersManage: return Tr::tr("change orders");
    case Permission::BillingView: return Tr::tr("view billing");
    case Permission::BillingManage: return Tr::tr("issue and reconcile boletos");
    case Permission::StockView: return Tr::tr("view stock");
    case Permission::StockManage: return Tr::tr("change stock");
    case Permission::PickingRun: return Tr::tr("run picking waves");
    case Permission::LabelsPrint: return Tr::tr("print labels");
    case Permission::SacView: return Tr::tr("view customer service tickets");
    case Permission::SacManage: return Tr::tr("answer customer service tickets");
    case Permission::DashboardsView: return Tr::tr("view dashboards");
    case Permission::SyncManage: return Tr::tr("manage replication");
    case Permission::UsersManage: return Tr::tr("manage users");
    case Permission::CompanySettingsManage: return Tr::tr("change company data");
    case Permission::AuditView: return Tr::tr("read the audit log");
    }
    return {};
}

} // namespace core
