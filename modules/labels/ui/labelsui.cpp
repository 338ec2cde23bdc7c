#include "labels/ui/labelsui.h"

#include "uikit/scrollabledock.h"

#include "labels/ui/labelswidget.h"

namespace labels {

QList<uikit::DockSpec> LabelsUi::docks() const
{
    // The dock keeps its id ("labels.queue") so saved layouts still find it: it was the queue of
    // orders ready to ship, and now prints their labels too.
    uikit::DockSpec spec;
    spec.id = QStringLiteral("labels.queue");
    spec.title = [] { return tr("Labels"); };
    spec.area = Qt::RightDockWidgetArea;
    spec.permission = core::Permission::LabelsPrint;
    spec.tabifyWith = QStringLiteral("picking.queue"); // labels are printed after packing, beside it
    spec.create = [](core::AppContext &context, QWidget *parent) -> QWidget * {
        return uikit::scrollable(new LabelsWidget(context), parent);
    };
    return {spec};
}

} // namespace labels
