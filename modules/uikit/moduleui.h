#pragma once

#include "core/domain/permissions.h"
#include "core/domain/searchhit.h"

#include <QIcon>
#include <QString>

#include <functional>

class QWidget;

namespace core {
class AppContext;
}

namespace uikit {

/// A dock a module offers. The id is stable ("orders.list"): it becomes the dock's objectName,
/// which QMainWindow::saveState uses to remember the layout.
struct DockSpec
{
    QString id;
    std::function<QString()> title; ///< re-evaluated when the language changes
    Qt::DockWidgetArea area = Qt::LeftDockWidgetArea;
    core::Permission permission = core::Permission::OrdersView;
    std::function<QWidget *(core::AppContext &, QWidget *parent)> create;
    QString tabifyWith; ///< id of a dock to share a tab group with in the default layout
};

/// The widget half of a module: its docks, and how it opens what the palette found.
class ModuleUi
{
public:
    virtual ~ModuleUi() = default;
    virtual QString moduleId() const = 0;
    virtual QList<DockSpec> docks() const = 0;
    /// Opens a palette hit of a kind this module owns; false when the kind is not its own.
    virtual bool open(core::AppContext &, const core::SearchHit &, QWidget *) { return false; }
};

} // namespace uikit
