#include "billing/billingmodule.h"

#include "billing/cli/boletocommands.h"
#include "billing/cli/pixcommands.h"

namespace billing {

QString BillingModule::title() const
{
    return tr("Billing");
}

QList<core::CliCommand> BillingModule::cliCommands() const
{
    return boletoCliCommands() + pixCliCommands();
}

} // namespace billing
