#pragma once

#include "uikit/moduleui.h"

#include <QCoreApplication>

namespace synchronization {

class SyncUi : public uikit::ModuleUi
{
    Q_DECLARE_TR_FUNCTIONS(SyncUi)
public:
    QString moduleId() const override { return QStringLiteral("sync"); }
    QList<uikit::DockSpec> docks() const override;
};

} // namespace synchronization
