#include "gui/dockhost.h"

#include "core/domain/appcontext.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

namespace app {

DockHost::DockHost(QMainWindow *window, core::AppContext &context)
    : QObject(window), m_window(window), m_context(context)
{}

void DockHost::build(const std::vector<std::unique_ptr<uikit::ModuleUi>> &uis)
{
    QDockWidget *firstLeft = nullptr;
    QDockWidget *firstRight = nullptr;
    QList<QDockWidget *> rightGroups; // the first dock of each tab group stacked on the right
    for (const auto &ui : uis) {
        for (const uikit::DockSpec &spec : ui->docks()) {
            if (!m_context.session().can(spec.permission))
                continue;
            auto *dock = new QDockWidget(spec.title(), m_window);
            dock->setObjectName(spec.id); // saveState() identifies docks by objectName
            dock->setWidget(spec.create(m_context, dock));
            dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable
                              | QDockWidget::DockWidgetFloatable);
            QDockWidget *target = nullptr;
            for (const Entry &e : std::as_const(m_entries)) {
                if (e.spec.id == spec.tabifyWith)
                    target = e.dock;
            }
            if (target) {
                m_window->tabifyDockWidget(target, dock);
            } else {
                m_window->addDockWidget(spec.area, dock, Qt::Vertical);
                if (spec.area == Qt::RightDockWidgetArea)
                    rightGroups.append(dock);
                QDockWidget *&first = spec.area == Qt::RightDockWidgetArea ? firstRight : firstLeft;
                if (!first)
                    first = dock;
            }
            m_entries.append({spec, dock});
        }
    }
    // The first dock of each tab group stays in front.
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.spec.tabifyWith.isEmpty())
            e.dock->raise();
    }
    // The order lists get the larger share (resizeDocks takes pixels, not proportions).
    if (firstLeft && firstRight) {
        const int width = m_window->width();
        m_window->resizeDocks({firstLeft, firstRight}, {width * 56 / 100, width * 44 / 100}, Qt::Horizontal);
    }
    // Groups stacked on the right share its height evenly (a list needs more than a few rows).
    if (rightGroups.size() > 1) {
        const int height = m_window->height() / int(rightGroups.size());
        m_window->resizeDocks(rightGroups, QList<int>(rightGroups.size(), height), Qt::Vertical);
    }
    m_defaultState = m_window->saveState(kLayoutVersion);
}

void DockHost::fillViewMenu(QMenu *menu) const
{
    for (const Entry &e : m_entries)
        menu->addAction(e.dock->toggleViewAction());
}

bool DockHost::restore(const QByteArray &state)
{
    return !state.isEmpty() && m_window->restoreState(state, kLayoutVersion);
}

void DockHost::resetLayout()
{
    for (const Entry &e : std::as_const(m_entries)) {
        e.dock->setFloating(false);
        e.dock->show();
    }
    m_window->restoreState(m_defaultState, kLayoutVersion);
}

void DockHost::retranslate()
{
    for (const Entry &e : std::as_const(m_entries))
        e.dock->setWindowTitle(e.spec.title());
}

void DockHost::rebuildContents()
{
    for (const Entry &e : std::as_const(m_entries)) {
        QWidget *old = e.dock->widget();
        e.dock->setWidget(e.spec.create(m_context, e.dock));
        delete old;
    }
    retranslate();
}

QList<QDockWidget *> DockHost::docks() const
{
    QList<QDockWidget *> list;
    for (const Entry &e : m_entries)
        list << e.dock;
    return list;
}

} // namespace app
