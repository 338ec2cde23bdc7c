#include "picking/ui/pickingui.h"

#include "orders/ui/orderqueuedock.h"

namespace picking {

QList<uikit::DockSpec> PickingUi::docks() const
{
    orders::OrderFilter queue;
    queue.statuses = {QStringLiteral("pago"), QStringLiteral("em_separacao")};
    queue.paymentMethods = {};
    return {orders::orderQueueDock(QStringLiteral("picking.queue"), [] { return tr("To pick"); },
                                   core::Permission::PickingRun, Qt::RightDockWidgetArea, queue, QStringLiteral("stock.products"))};
}

} // namespace picking
