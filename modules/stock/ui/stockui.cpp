#include "stock/ui/stockui.h"

#include "stock/ui/productlistwidget.h"

#include <QDockWidget>

namespace stock {

QList<uikit::DockSpec> StockUi::docks() const
{
    uikit::DockSpec products;
    products.id = QStringLiteral("stock.products");
    products.title = [] { return tr("Products"); };
    products.area = Qt::RightDockWidgetArea;
    products.permission = core::Permission::StockView;
    products.create = [](core::AppContext &context, QWidget *parent) -> QWidget * {
        return new ProductListWidget(context, parent);
    };
    return {products};
}

bool StockUi::open(core::AppContext &, const core::SearchHit &hit, QWidget *window)
{
    if (hit.kind != QLatin1String("product"))
        return false;
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("stock.products"));
    auto *list = dock ? qobject_cast<ProductListWidget *>(dock->widget()) : nullptr;
    if (!list)
        return false;
    dock->show();
    dock->raise();
    list->select(hit.id);
    return true;
}

} // namespace stock
