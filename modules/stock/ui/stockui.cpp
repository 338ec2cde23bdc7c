#include "stock/ui/stockui.h"

#include "stock/ui/countswidget.h"
#include "stock/ui/productlistwidget.h"
#include "stock/ui/receivingwidget.h"
#include "stock/ui/stockwidget.h"

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
    // Stock, Receiving and Counts share the Products tab group (Products stays in front).
    uikit::DockSpec stockCard;
    stockCard.id = QStringLiteral("stock.stock");
    stockCard.title = [] { return tr("Stock"); };
    stockCard.area = Qt::RightDockWidgetArea;
    stockCard.permission = core::Permission::StockView;
    stockCard.tabifyWith = QStringLiteral("stock.products");
    stockCard.create = [](core::AppContext &context, QWidget *parent) -> QWidget * { return new StockWidget(context, parent); };
    uikit::DockSpec receiving;
    receiving.id = QStringLiteral("stock.receiving");
    receiving.title = [] { return tr("Receiving"); };
    receiving.area = Qt::RightDockWidgetArea;
    receiving.permission = core::Permission::StockManage;
    receiving.tabifyWith = QStringLiteral("stock.products");
    receiving.create = [](core::AppContext &context, QWidget *parent) -> QWidget * { return new ReceivingWidget(context, parent); };
    uikit::DockSpec counts;
    counts.id = QStringLiteral("stock.counts");
    counts.title = [] { return tr("Counts"); };
    counts.area = Qt::RightDockWidgetArea;
    counts.permission = core::Permission::StockManage;
    counts.tabifyWith = QStringLiteral("stock.products");
    counts.create = [](core::AppContext &context, QWidget *parent) -> QWidget * { return new CountsWidget(context, parent); };
    return {products, stockCard, receiving, counts};
}

bool StockUi::open(core::AppContext &, const core::SearchHit &hit, QWidget *window)
{
    if (hit.kind != QLatin1String("product"))
        return false;
    // The stock card when the user sees it; the catalogue otherwise.
    if (auto *stockDock = window->findChild<QDockWidget *>(QStringLiteral("stock.stock"))) {
        if (auto *card = qobject_cast<StockWidget *>(stockDock->widget())) {
            stockDock->show();
            stockDock->raise();
            card->showProduct(hit.id);
            return true;
        }
    }
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
