#pragma once

#include "uikit/moduleui.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class QDockWidget;
class QMainWindow;
class QMenu;

namespace core {
class AppContext;
}

namespace app {

/// Owns the module docks of the main window: creates those the user's role may see, arranges the
/// default layout, remembers it for "Reset layout", and retitles/rebuilds docks on language change.
/// The main window never knows concrete docks.
class DockHost : public QObject
{
    Q_OBJECT
public:
    /// Bump when dock ids change, so an old saved layout is not applied to new docks.
    static constexpr int kLayoutVersion = 1;

    DockHost(QMainWindow *window, core::AppContext &context);

    /// Creates the docks of these modules allowed for the session, in the default arrangement.
    void build(const std::vector<std::unique_ptr<uikit::ModuleUi>> &uis);
    /// Adds each dock's show/hide action to `menu`.
    void fillViewMenu(QMenu *menu) const;
    /// Applies a saved layout; false (and the default stays) when it does not fit.
    bool restore(const QByteArray &state);
    void resetLayout();
    void retranslate();
    /// Re-creates every dock's contents (after a language change, so all texts follow).
    void rebuildContents();
    QList<QDockWidget *> docks() const;

private:
    struct Entry
    {
        uikit::DockSpec spec;
        QDockWidget *dock;
    };
    QMainWindow *m_window;
    core::AppContext &m_context;
    QList<Entry> m_entries;
    QByteArray m_defaultState;
};

} // namespace app
