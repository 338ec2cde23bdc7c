#pragma once

#include "uikit/moduleui.h"

#include <QCoreApplication>

namespace dashboards {

class DashboardsUi : public uikit::ModuleUi
{
    Q_DECLARE_TR_FUNCTIONS(DashboardsUi)
public:
    QString moduleId() const override { return QStringLiteral("dashboards"); }
    QList<uikit::DockSpec> docks() const override;
};

} // namespace dashboards
