#include "orders/ui/ordersui.h"

#include "orders/ui/orderdetaildialog.h"
#include "orders/ui/orderlistwidget.h"


namespace orders {

QList<uikit::DockSpec> OrdersUi::docks() const
{
    uikit::DockSpec list;
    list.id = QStringLiteral("orders.list");
    list.title = [] { return tr("Orders"); };
    list.area = Qt::LeftDockWidgetArea;
    list.permission = core::Permission::OrdersView;
    list.create = [](core::AppContext &context, QWidget *parent) -> QWidget * {
        return new OrderListWidget(context, {}, parent);
    };
    return {list};
}

bool OrdersUi::open(core::AppContext &context, const core::SearchHit &hit, QWidget *window)
{
    if (hit.kind == QLatin1String("order")) {
        OrderDetailDialog::show(context, hit.id, window);
        return true;
    }
    if (hit.kind == QLatin1String("customer"))
        return OrderListWidget::showCustomerInOrdersDock(window, hit.id, hit.title);
    return false;
}

} // namespace orders
