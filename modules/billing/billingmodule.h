#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace billing {

/// Boletos, PIX, CNAB remessa and retorno, reconciliation: collection accounts, issuing boletos
/// (also as the generate_boleto workflow action), their PDF, PIX BR Code and CNAB remessa files.
class BillingModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(BillingModule)
public:
    QString id() const override { return QStringLiteral("billing"); }
    QString title() const override;
    core::Permission requiredPermission() const override { return core::Permission::BillingView; }
    core::Result<> initialize(core::AppContext &context) override;
    QList<core::CliCommand> cliCommands() const override;
};

} // namespace billing
