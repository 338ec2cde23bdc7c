#pragma once

#include "core/domain/permissions.h"
#include "core/domain/result.h"
#include "core/domain/searchhit.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QTextStream;

namespace core {

class AppContext;

/// One invocation of a CLI subcommand: the arguments after its path, where to write, and how.
struct CliInvocation
{
    QStringList arguments; ///< after the command path, e.g. {"--orders", "1000"}
    AppContext &context;
    bool json = false;
    QTextStream &out;
    QTextStream &err;
};

/// A `retaguarda-cli` subcommand a module contributes, e.g. {"demo", "seed"}.
struct CliCommand
{
    QStringList path;
    std::function<QString()> summary; ///< translated one-liner for --help
    std::function<int(CliInvocation &)> run; ///< returns the process exit code
};

/// A module of the house (orders, billing, stock ...): its identity, the permission that shows it,
/// its services (registered in AppContext on initialize) and its CLI commands. Widgets are added
/// by the module's UI part (uikit::ModuleUi), so this interface stays free of them.
class Module
{
public:
    virtual ~Module() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0;
    virtual Permission requiredPermission() const = 0;
    virtual Result<> initialize(AppContext &) { return {}; }
    virtual QList<CliCommand> cliCommands() const { return {}; }
    /// Answers the command palette (Ctrl+K): up to `limit` hits for what the user typed.
    /// Called on the GUI thread, so it must use indexed lookups only.
    virtual QList<SearchHit> search(AppContext &, const QString &, int) const { return {}; }
};

} // namespace core
