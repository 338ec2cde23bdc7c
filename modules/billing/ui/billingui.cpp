#include "billing/ui/billingui.h"

#include "orders/ui/orderqueuedock.h"

namespace billing {

QList<uikit::DockSpec> BillingUi::docks() const
{
    orders::OrderFilter queue;
    queue.statuses = {QStringLiteral("aguardando_pagamento")};
    queue.paymentMethods = {QStringLiteral("boleto")};
    return {orders::orderQueueDock(QStringLiteral("billing.queue"), [] { return tr("Boletos awaiting payment"); },
                                   core::Permission::BillingView, Qt::LeftDockWidgetArea, queue, QStringLiteral("orders.list"))};
}

} // namespace billing
