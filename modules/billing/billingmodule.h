#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace billing {

/// Boletos, PIX, CNAB remessa and retorno, reconciliation. For now: the queue of orders awaiting a boleto payment.
class BillingModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(BillingModule)
public:
    QString id() const override { return QStringLiteral("billing"); }
    QString title() const override;
    core::Permission requiredPermission() const override { return core::Permission::BillingView; }
};

} // namespace billing
