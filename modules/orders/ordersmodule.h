#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace orders {

/// Orders, customers, channels and the order timeline.
class OrdersModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(OrdersModule)

public:
    QString id() const override { return QStringLiteral("orders"); }
    QString title() const override;
    core::Permission requiredPermission() const override { return core::Permission::OrdersView; }
    /// Registers the order workflow actions and provides the OrderWorkflow service.
    core::Result<> initialize(core::AppContext &context) override;
    QList<core::CliCommand> cliCommands() const override;
    QList<core::SearchHit> search(core::AppContext &context, const QString &text, int limit) const override;
};

} // namespace orders
