#include "picking/ui/pickingui.h"

#include "picking/ui/packingwidget.h"
#include "picking/ui/pickingwidget.h"
#include "picking/ui/scanwidget.h"

#include <QScrollArea>

namespace picking {

namespace {

/// The dock's contents in a scroll area: the large type of the scan screen and the wave filters
/// must not force the main window to grow when the dock is small or tabbed with others.
QWidget *scrollable(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusProxy(content);
    area->setWidget(content);
    return area;
}

} // namespace

QList<uikit::DockSpec> PickingUi::docks() const
{
    // "picking.queue" was the "To pick" queue: the Picking dock (waves) keeps its id, so saved
    // layouts still find it where the user put it.
    return {
        {QStringLiteral("picking.queue"), [] { return tr("Picking"); }, Qt::RightDockWidgetArea, core::Permission::PickingRun,
         [](core::AppContext &context, QWidget *parent) -> QWidget * { return scrollable(new PickingWidget(context), parent); },
         QStringLiteral("stock.products")},
        {QStringLiteral("picking.scan"), [] { return tr("Scan (picking)"); }, Qt::RightDockWidgetArea, core::Permission::PickingRun,
         [](core::AppContext &context, QWidget *parent) -> QWidget * { return scrollable(new ScanWidget(context), parent); },
         QStringLiteral("stock.products")},
        {QStringLiteral("picking.packing"), [] { return tr("Packing"); }, Qt::RightDockWidgetArea, core::Permission::PickingRun,
         [](core::AppContext &context, QWidget *parent) -> QWidget * { return scrollable(new PackingWidget(context), parent); },
         QStringLiteral("stock.products")},
    };
}

} // namespace picking
