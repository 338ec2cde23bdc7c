#include "picking/ui/pickingui.h"

#include "picking/ui/packingwidget.h"
#include "picking/ui/pickingwidget.h"
#include "picking/ui/scanwidget.h"

#include "uikit/scrollabledock.h"

namespace picking {

using uikit::scrollable;

QList<uikit::DockSpec> PickingUi::docks() const
{
    // "picking.queue" was the "To pick" queue: the Picking dock (waves) keeps its id, so saved
    // layouts still find it where the user put it.
    return {
        {QStringLiteral("picking.queue"), [] { return tr("Picking"); }, Qt::RightDockWidgetArea, core::Permission::PickingRun,
         [](core::AppContext &context, QWidget *parent) -> QWidget * { return scrollable(new PickingWidget(context), parent); },
         QString()}, // the warehouse's own tab group, below the stock one
        {QStringLiteral("picking.scan"), [] { return tr("Scan (picking)"); }, Qt::RightDockWidgetArea, core::Permission::PickingRun,
         [](core::AppContext &context, QWidget *parent) -> QWidget * { return scrollable(new ScanWidget(context), parent); },
         QStringLiteral("picking.queue")},
        {QStringLiteral("picking.packing"), [] { return tr("Packing"); }, Qt::RightDockWidgetArea, core::Permission::PickingRun,
         [](core::AppContext &context, QWidget *parent) -> QWidget * { return scrollable(new PackingWidget(context), parent); },
         QStringLiteral("picking.queue")},
    };
}

} // namespace picking
