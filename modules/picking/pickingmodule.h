#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace picking {

/// Waves, routed batch pick lists, scan confirmation, short picks and packing (conferência).
class PickingModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(PickingModule)
public:
    QString id() const override { return QStringLiteral("picking"); }
    QString title() const override;
    core::Permission requiredPermission() const override { return core::Permission::PickingRun; }
    QList<core::CliCommand> cliCommands() const override;
};

} // namespace picking
