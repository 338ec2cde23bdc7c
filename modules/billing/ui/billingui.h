#pragma once

#include "uikit/moduleui.h"

#include <QCoreApplication>

namespace billing {

class BillingUi : public uikit::ModuleUi
{
    Q_DECLARE_TR_FUNCTIONS(BillingUi)
public:
    QString moduleId() const override { return QStringLiteral("billing"); }
    QList<uikit::DockSpec> docks() const override;
};

} // namespace billing
