#pragma once

#include "uikit/moduleui.h"

#include <QCoreApplication>

namespace picking {

class PickingUi : public uikit::ModuleUi
{
    Q_DECLARE_TR_FUNCTIONS(PickingUi)
public:
    QString moduleId() const override { return QStringLiteral("picking"); }
    QList<uikit::DockSpec> docks() const override;
};

} // namespace picking
