#pragma once

#include "core/domain/module.h"

#include <QCommandLineParser>

#include <optional>

namespace core {

/// Parses a subcommand's arguments. Returns an exit code when the command must stop here:
/// 0 after printing --help, 2 after printing what was wrong and the usage line.
std::optional<int> parseCommandLine(QCommandLineParser &parser, CliInvocation &call, const QString &usage);

} // namespace core
