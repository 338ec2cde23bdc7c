#pragma once

#include "uikit/moduleui.h"

#include <QCoreApplication>

namespace sac {

class SacUi : public uikit::ModuleUi
{
    Q_DECLARE_TR_FUNCTIONS(SacUi)
public:
    QString moduleId() const override { return QStringLiteral("sac"); }
    QList<uikit::DockSpec> docks() const override;
};

} // namespace sac
