#pragma once

#include "uikit/moduleui.h"

#include <QCoreApplication>

namespace labels {

class LabelsUi : public uikit::ModuleUi
{
    Q_DECLARE_TR_FUNCTIONS(LabelsUi)
public:
    QString moduleId() const override { return QStringLiteral("labels"); }
    QList<uikit::DockSpec> docks() const override;
};

} // namespace labels
