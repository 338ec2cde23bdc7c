#include "uitestsupport.h"

#include "gui/uimodulelist.h"
#include "modulelist.h"

#include <QAction>
#include <QCoreApplication>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QThreadPool>

namespace uitest {

namespace {
QtMessageHandler g_previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("This plugin does not support")))
        return;
    g_previousHandler(type, context, message);
}
} // namespace

QTemporaryDir &settingsHome()
{
    static QTemporaryDir dir;
    return dir;
}

void isolateSettings()
{
    qputenv("XDG_CONFIG_HOME", settingsHome().filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", settingsHome().filePath(QStringLiteral("data")).toLocal8Bit());
}

void installQuietMessageHandler()
{
    g_previousHandler = qInstallMessageHandler(quietHandler);
}

Shell::Shell(core::Database &db, const core::Session &session, core::LanguageManager *languages)
    : context(db, events), modules(app::createModules()), uis(app::createModuleUis())
{
    context.setSession(session);
    window = std::make_unique<app::MainWindow>(context, settings, languages ? *languages : ownLanguages, modules, uis);
}

Shell::~Shell()
{
    window.reset();
    // The sales dashboard loads on pool threads: let them end before the database may go.
    QThreadPool::globalInstance()->waitForDone();
}

void Shell::show()
{
    window->show();
    QCoreApplication::processEvents();
}

QDockWidget *Shell::dock(const QString &id) const
{
    return window->findChild<QDockWidget *>(id);
}

QStringList Shell::dockIds() const
{
    QStringList ids;
    for (QDockWidget *d : window->findChildren<QDockWidget *>())
        ids << d->objectName();
    ids.sort();
    return ids;
}

QMenu *Shell::viewMenu() const
{
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->menu()->findChild<QAction *>(QStringLiteral("app.resetLayout")))
            return a->menu();
    }
    return nullptr;
}

} // namespace uitest
