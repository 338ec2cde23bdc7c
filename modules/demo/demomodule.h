#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace demo {

/// Demo data for trying the product and for benchmarks: `retaguarda-cli demo seed`.
class DemoModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(DemoModule)
public:
    QString id() const override { return QStringLiteral("demo"); }
    QString title() const override { return tr("Demo data"); }
    core::Permission requiredPermission() const override { return core::Permission::OrdersManage; }
    QList<core::CliCommand> cliCommands() const override;
};

} // namespace demo
