#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace picking {

/// Waves, pick lists, scan confirmation and packing. For now: the queue of paid orders to pick.
class PickingModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(PickingModule)
public:
    QString id() const override { return QStringLiteral("picking"); }
    QString title() const override;
    core::Permission requiredPermission() const override { return core::Permission::PickingRun; }
};

} // namespace picking
