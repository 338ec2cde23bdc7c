#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace dashboards {

/// KPI queries and charts for managers.
class DashboardsModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(DashboardsModule)
public:
    QString id() const override { return QStringLiteral("dashboards"); }
    QString title() const override { return tr("Dashboards"); }
    core::Permission requiredPermission() const override { return core::Permission::DashboardsView; }
    QList<core::CliCommand> cliCommands() const override;
};

} // namespace dashboards
