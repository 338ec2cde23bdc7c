#include "sync/ui/syncui.h"

#include "sync/ui/syncstatuswidget.h"

namespace synchronization {

QList<uikit::DockSpec> SyncUi::docks() const
{
    uikit::DockSpec status;
    status.id = QStringLiteral("sync.status");
    status.title = [] { return tr("Synchronization"); };
    status.area = Qt::RightDockWidgetArea;
    status.permission = core::Permission::OrdersView;
    status.tabifyWith = QStringLiteral("stock.products");
    status.create = [](core::AppContext &context, QWidget *parent) -> QWidget * {
        return new SyncStatusWidget(context, parent);
    };
    return {status};
}

} // namespace synchronization
