#pragma once

#include "core/data/appsettings.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "core/data/languagemanager.h"
#include "gui/mainwindow.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QDockWidget;
class QMenu;

namespace uitest {

/// QSettings of this test process live here, never in the developer's real configuration.
QTemporaryDir &settingsHome();
/// Points XDG_CONFIG_HOME and XDG_DATA_HOME into settingsHome(); call from initMain().
void isolateSettings();
/// Drops the offscreen platform's "does not support" chatter, nothing else.
void installQuietMessageHandler();

/// Everything startup.cpp builds around the main window, for one logged-in user.
struct Shell
{
    /// `languages` may be shared with the test; otherwise the shell has its own.
    Shell(core::Database &db, const core::Session &session, core::LanguageManager *languages = nullptr);
    ~Shell();
    void show();
    QDockWidget *dock(const QString &id) const;
    QStringList dockIds() const;
    QMenu *viewMenu() const;

    core::DomainEvents events;
    core::AppContext context;
    core::AppSettings settings;
    core::LanguageManager ownLanguages;
    std::vector<std::unique_ptr<core::Module>> modules;
    std::vector<std::unique_ptr<uikit::ModuleUi>> uis;
    std::unique_ptr<app::MainWindow> window;
};

} // namespace uitest
