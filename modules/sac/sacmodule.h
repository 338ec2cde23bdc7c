#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace sac {

/// Customer service (SAC): tickets, SLA, reverse logistics. For now: customer lookup.
class SacModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(SacModule)
public:
    QString id() const override { return QStringLiteral("sac"); }
    QString title() const override { return tr("Customer service"); }
    core::Permission requiredPermission() const override { return core::Permission::SacView; }
};

} // namespace sac
