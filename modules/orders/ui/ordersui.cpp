#include "orders/ui/ordersui.h"

#include "orders/ui/orderdetailwidget.h"
#include "orders/ui/orderlistwidget.h"
#include "orders/ui/riskreviewwidget.h"


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
    // Card orders held by the risk analysis, waiting for a person.
    uikit::DockSpec review;
    review.id = QStringLiteral("orders.riskReview");
    review.title = [] { return tr("Risk review"); };
    review.area = Qt::LeftDockWidgetArea;
    review.tabifyWith = QStringLiteral("orders.list");
    review.permission = core::Permission::OrdersManage;
    review.create = [](core::AppContext &context, QWidget *parent) -> QWidget * {
        auto *queue = new RiskReviewWidget(context, parent);
        QObject::connect(queue, &RiskReviewWidget::openOrderRequested, queue,
                         [&context, queue](const QString &id) { OrderDetailWidget::openInDock(context, id, queue); });
        return queue;
    };
    return {list, review};
}

bool OrdersUi::open(core::AppContext &context, const core::SearchHit &hit, QWidget *window)
{
    if (hit.kind == QLatin1String("order")) {
        OrderDetailWidget::openInDock(context, hit.id, window);
        return true;
    }
    if (hit.kind == QLatin1String("customer"))
        return OrderListWidget::showCustomerInOrdersDock(window, hit.id, hit.title);
    return false;
}

} // namespace orders
