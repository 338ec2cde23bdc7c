#include "sac/ui/sacui.h"

#include "sac/ui/customerlookupwidget.h"

namespace sac {

QList<uikit::DockSpec> SacUi::docks() const
{
    uikit::DockSpec lookup;
    lookup.id = QStringLiteral("sac.customers");
    lookup.title = [] { return tr("Customers"); };
    lookup.area = Qt::LeftDockWidgetArea;
    lookup.permission = core::Permission::SacView;
    lookup.tabifyWith = QStringLiteral("orders.list");
    lookup.create = [](core::AppContext &context, QWidget *parent) -> QWidget * {
        return new CustomerLookupWidget(context, parent);
    };
    return {lookup};
}

} // namespace sac
