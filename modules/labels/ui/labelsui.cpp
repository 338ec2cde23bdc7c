#include "labels/ui/labelsui.h"

#include "orders/ui/orderqueuedock.h"

namespace labels {

QList<uikit::DockSpec> LabelsUi::docks() const
{
    orders::OrderFilter queue;
    queue.statuses = {QStringLiteral("separado"), QStringLiteral("embalado"), QStringLiteral("faturado")};
    queue.paymentMethods = {};
    return {orders::orderQueueDock(QStringLiteral("labels.queue"), [] { return tr("Ready to ship"); },
                                   core::Permission::LabelsPrint, Qt::RightDockWidgetArea, queue, QStringLiteral("stock.products"))};
}

} // namespace labels
