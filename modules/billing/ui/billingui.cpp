#include "billing/ui/billingui.h"

#include "billing/ui/billingwidget.h"
#include "billing/ui/reconciliationwidget.h"
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

    // Retorno files and payment reconciliation: the morning's work of the office.
    uikit::DockSpec reconciliation;
    reconciliation.id = QStringLiteral("billing.reconciliation");
    reconciliation.title = [] { return tr("Reconciliation"); };
    reconciliation.area = Qt::LeftDockWidgetArea;
    reconciliation.permission = core::Permission::BillingView;
    reconciliation.tabifyWith = QStringLiteral("orders.list");
    reconciliation.create = [](core::AppContext &context, QWidget *parent) -> QWidget * {
        return new ReconciliationWidget(context, parent);
    };

    return {boletos, reconciliation,
            orders::orderQueueDock(QStringLiteral("billing.queue"), [] { return tr("Boletos awaiting payment"); },
                                   core::Permission::BillingView, Qt::LeftDockWidgetArea, queue, QStringLiteral("orders.list"))};
}

} // namespace billing
