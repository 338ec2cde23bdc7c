#pragma once

#include "orders/domain/orderrow.h"
#include "uikit/moduleui.h"

namespace orders {

/// A dock listing the orders waiting for one module's work (boletos to be paid, orders to pick,
/// labels to print): the shared order list with a fixed filter.
uikit::DockSpec orderQueueDock(QString id, std::function<QString()> title, core::Permission permission,
                               Qt::DockWidgetArea area, OrderFilter filter,
                               QString tabifyWith = {});

} // namespace orders
