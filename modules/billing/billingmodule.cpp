#include "billing/billingmodule.h"

#include "billing/cli/bankaccountcommands.h"
#include "billing/cli/boletocommands.h"
#include "billing/cli/boletomanagecommands.h"
#include "billing/cli/remessacommands.h"
#include "billing/cli/retornocommands.h"
#include "billing/cli/pixcommands.h"
#include "billing/workflow/billingactions.h"
#include "core/domain/appcontext.h"

namespace billing {

QString BillingModule::title() const
{
    return tr("Billing");
}

core::Result<> BillingModule::initialize(core::AppContext &context)
{
    registerBillingActions(context.workflowActions());
    return {};
}

QList<core::CliCommand> BillingModule::cliCommands() const
{
    return boletoCliCommands() + boletoManageCliCommands() + remessaCliCommands() + retornoCliCommands() + bankAccountCliCommands() + pixCliCommands();
}

} // namespace billing
