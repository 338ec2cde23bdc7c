#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace stock {

/// Products, warehouses and locations, lots and expiry, movements, reservations (also as the
/// reserve_stock/release_stock workflow actions), receiving, counts and replenishment.
class StockModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(StockModule)
public:
    QString id() const override { return QStringLiteral("stock"); }
    QString title() const override { return tr("Stock"); }
    core::Permission requiredPermission() const override { return core::Permission::StockView; }
    core::Result<> initialize(core::AppContext &context) override;
    QList<core::CliCommand> cliCommands() const override;
    QList<core::SearchHit> search(core::AppContext &context, const QString &text, int limit) const override;
};

} // namespace stock
