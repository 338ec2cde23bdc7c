#pragma once

#include "core/domain/module.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace core {
class AppContext;
}

namespace testsupport {

/// What a retaguarda-cli command printed, and its exit code.
struct CliOutput
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs the command at `path` ({"cnab", "import"}) among `commands` in-process, as the CLI runs
/// it: the same arguments, the same context, output captured.
CliOutput runCliCommand(const QList<core::CliCommand> &commands, core::AppContext &context, const QStringList &path,
                        const QStringList &arguments, bool json);

/// Runs an external tool (pdftoppm, zbarimg ...) and returns its standard output ("" when it
/// cannot start or takes longer than 20 s).
QString runTool(const QString &program, const QStringList &arguments);

} // namespace testsupport
