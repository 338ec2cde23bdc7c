#include "gui/startup.h"

#include "core/data/appsettings.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/userservice.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "gui/firstadmindialog.h"
#include "core/data/languagemanager.h"
#include "gui/logindialog.h"
#include "gui/mainwindow.h"
#include "gui/uimodulelist.h"
#include "modulelist.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Startup)
};

int fail(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
    QMessageBox::critical(nullptr, Tr::tr("Retaguarda"), text);
    return 1;
}

std::optional<core::Session> logIn(core::UserService &users, core::AppSettings &settings, core::Database &db,
                                   const StartupOptions &options, int &exitCode)
{
    const auto needsAdmin = users.needsFirstAdministrator();
    if (!needsAdmin) {
        exitCode = fail(needsAdmin.error().text());
        return std::nullopt;
    }
    if (!options.login.isEmpty()) {
        // Automation: the password comes on stdin, never on the command line (ps would show it).
        QTextStream in(stdin);
        const QString password = in.readLine();
        const auto session = users.authenticate(options.login, password);
        if (!session) {
            QTextStream(stderr) << session.error().text() << Qt::endl;
            exitCode = 1;
            return std::nullopt;
        }
        return *session;
    }
    if (*needsAdmin) {
        FirstAdminDialog dialog(users);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.session();
    }
    LoginDialog dialog(users, settings.lastLogin(), db.location());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

} // namespace

int runGui(const StartupOptions &options)
{
    core::AppSettings settings;
    core::LanguageManager languages;
    languages.apply(settings.language());

    const QString path = options.databasePath.isEmpty() ? settings.databasePath() : options.databasePath;
    auto db = core::Database::openSqlite(path);
    if (!db)
        return fail(db.error().text());
    if (auto migrated = core::Migrator(**db).migrate(); !migrated)
        return fail(migrated.error().text());

    core::DomainEvents events;
    core::AppContext context(**db, events);
    const auto modules = createModules();
    for (const auto &module : modules) {
        if (auto ready = module->initialize(context); !ready)
            return fail(ready.error().text());
    }

    core::UserService users(**db);
    int exitCode = 0;
    const auto session = logIn(users, settings, **db, options, exitCode);
    if (!session)
        return exitCode;
    context.setSession(*session);
    settings.setLastLogin(session->login());
    if (options.resetLayout)
        settings.clearLayout(session->login());

    const auto uis = createModuleUis();
    MainWindow window(context, settings, languages, modules, uis);
    window.show();
    if (options.exitWhenReady) {
        QTimer::singleShot(0, &window, [&window] {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            // Stay a moment so a benchmark can read this process's memory figures.
            QTimer::singleShot(300, &window, &QWidget::close);
        });
    }
    const int code = QApplication::exec();
    // Dashboard queries run on pool threads with their own connections: let them finish before
    // the database goes away.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}

} // namespace app
