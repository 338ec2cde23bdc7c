#include "cli/clirunner.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Boletos and labels are drawn with QPainter (fonts need a QGuiApplication), but a command
    // line never needs a display: the offscreen platform unless the caller chose another.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Retaguarda"));
    QCoreApplication::setApplicationName(QStringLiteral("Retaguarda"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RG_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return app::CliRunner().run(QCoreApplication::arguments(), out, err);
}
