#pragma once

#include <QStringList>

class QTextStream;

namespace app {

/// retaguarda-cli: global options (--db, --json, --help, --version), then a module's command.
class CliRunner
{
public:
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace app
