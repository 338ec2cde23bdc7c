#include "billing/billingmodule.h"

namespace billing {

QString BillingModule::title() const
{
    return tr("Billing");
}

} // namespace billing
