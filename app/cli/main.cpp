#include "cli/clirunner.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Retaguarda"));
    QCoreApplication::setApplicationName(QStringLiteral("Retaguarda"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RG_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return app::CliRunner().run(QCoreApplication::arguments(), out, err);
}
