#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace synchronization {

/// Replication with the central PostgreSQL and the storefront connectors.
class SyncModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(SyncModule)
public:
    QString id() const override { return QStringLiteral("sync"); }
    QString title() const override { return tr("Synchronization"); }
    core::Permission requiredPermission() const override { return core::Permission::OrdersView; }
    QList<core::CliCommand> cliCommands() const override;
};

} // namespace synchronization
