#include "gui/startup.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Retaguarda"));
    QApplication::setApplicationName(QStringLiteral("Retaguarda"));
    QApplication::setApplicationDisplayName(QStringLiteral("Retaguarda"));
    QApplication::setApplicationVersion(QStringLiteral(RG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("br.com.retaguarda.Retaguarda"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Retaguarda: back office for Brazilian e-commerce"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite database file to open."), QStringLiteral("PATH"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Log in as LOGIN, reading the password from stdin."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption ready(QStringLiteral("exit-when-ready"), QStringLiteral("Print \"ready\" when the main window is usable, then quit."));
    const QCommandLineOption reset(QStringLiteral("reset-layout"), QStringLiteral("Start with the default dock layout."));
    parser.addOptions({db, login, ready, reset});
    parser.process(app);

    app::StartupOptions options;
    options.databasePath = parser.value(db);
    options.login = parser.value(login);
    options.exitWhenReady = parser.isSet(ready);
    options.resetLayout = parser.isSet(reset);
    return app::runGui(options);
}
