#pragma once

#include <QString>

namespace app {

struct StartupOptions
{
    QString databasePath;   ///< --db; the settings' file when empty
    QString login;          ///< --login: log in without the dialog (password from stdin)
    bool exitWhenReady = false; ///< --exit-when-ready: print "ready" once usable, then quit (benchmarks)
    bool resetLayout = false;
};

/// From process start to the running main window: language, database (opened and migrated),
/// first administrator or login, modules, main window. Returns the exit code.
int runGui(const StartupOptions &options);

} // namespace app
