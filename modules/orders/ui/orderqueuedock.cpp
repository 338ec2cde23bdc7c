#include "orders/ui/orderqueuedock.h"

#include "orders/ui/orderlistwidget.h"

namespace orders {

uikit::DockSpec orderQueueDock(QString id, std::function<QString()> title, core::Permission permission,
                               Qt::DockWidgetArea area, OrderFilter filter,
                               QString tabifyWith)
{
    uikit::DockSpec spec;
    spec.id = std::move(id);
    spec.title = std::move(title);
    spec.area = area;
    spec.permission = permission;
    spec.tabifyWith = std::move(tabifyWith);
    spec.create = [filter](core::AppContext &context, QWidget *parent) -> QWidget * {
        return new OrderListWidget(context, filter, parent);
    };
    return spec;
}

} // namespace orders
