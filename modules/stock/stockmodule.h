#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace stock {

/// Products, and later warehouses, locations, lots and movements.
class StockModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(StockModule)
public:
    QString id() const override { return QStringLiteral("stock"); }
    QString title() const override { return tr("Stock"); }
    core::Permission requiredPermission() const override { return core::Permission::StockView; }
    QList<core::SearchHit> search(core::AppContext &context, const QString &text, int limit) const override;
};

} // namespace stock
