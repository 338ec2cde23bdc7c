#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace core {

/// What a user may do. Services check these before they act, whatever the UI shows.
enum class Permission {
    OrdersView,
    OrdersManage,
    BillingView,
    BillingManage,
    StockView,
    StockManage,
    PickingRun,
    LabelsPrint,
    SacView,
    SacManage,
    DashboardsView,
    SyncManage,
    UsersManage,
    CompanySettingsManage,
    AuditView,
};

/// The four roles of the house. Stored by code ("administrator", "office", "warehouse", "manager").
enum class Role { Administrator, Office, Warehouse, Manager };

class Roles
{
public:
    static QList<Role> all();
    static QString code(Role role);
    static std::optional<Role> fromCode(QStringView code);
    /// Translated name ("Administrador", "Escritório", ...).
    static QString displayName(Role role);
    static bool grants(Role role, Permission permission);
    /// Stable id used in logs and error messages ("users.manage").
    static QString permissionCode(Permission permission);
    /// Translated description for "you may not ..." messages.
    static QString permissionName(Permission permission);
};

} // namespace core
