#include "cliharness.h"

#include <QProcess>
#include <QTextStream>

namespace testsupport {

CliOutput runCliCommand(const QList<core::CliCommand> &commands, core::AppContext &context, const QStringList &path,
                        const QStringList &arguments, bool json)
{
    CliOutput result;
    for (const core::CliCommand &command : commands) {
        if (command.path != path)
            continue;
        QTextStream o(&result.out);
        QTextStream e(&result.err);
        core::CliInvocation call{arguments, context, json, o, e};
        result.code = command.run(call);
        o.flush();
        e.flush();
        return result;
    }
    result.err = QStringLiteral("no such command");
    return result;
}

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(20000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace testsupport
