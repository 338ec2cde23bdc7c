#include "billing/ui/billingui.h"

#include "billing/ui/billingwidget.h"
#include "orders/ui/orderqueuedock.h"

namespace billing {

QList<uikit::DockSpec> BillingUi::docks() const
{
    orders::OrderFilter queue;
    queue.statuses = {QStringLiteral("aguardando_pagamento")};
    queue.paymentMethods = {QStringLiteral("boleto")};

    uikit::DockSpec boletos;
    boletos.id = QStringLiteral("billing.boletos");
    boletos.title = [] { return tr("Boletos"); };
    boletos.area = Qt::LeftDockWidgetArea;
    boletos.permission = core::Permission::BillingView;
    boletos.tabifyWith = QStringLiteral("orders.list");
    boletos.create = [](core::AppContext &context, QWidget *parent) -> QWidget * { return new BillingWidget(context, parent); };

    return {boletos,
            orders::orderQueueDock(QStringLiteral("billing.queue"), [] { return tr("Boletos awaiting payment"); },
                                   core::Permission::BillingView, Qt::LeftDockWidgetArea, queue, QStringLiteral("orders.list"))};
}

} // namespace billing
