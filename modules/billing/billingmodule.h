#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace billing {

/// Boletos, PIX, CNAB remessa and retorno, reconciliation. So far: the boleto codes (barcode, linha
/// digitável, due-date factor), the banks' nosso número and campo livre, PIX BR Code, and the queue of
/// orders awaiting a boleto payment.
class BillingModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(BillingModule)
public:
    QString id() const override { return QStringLiteral("billing"); }
    QString title() const override;
    core::Permission requiredPermission() const override { return core::Permission::BillingView; }
    QList<core::CliCommand> cliCommands() const override;
};

} // namespace billing
