#include "cli/clirunner.h"

#include "cli/dbcommands.h"
#include "cli/usercommands.h"
#include "core/data/appsettings.h"
#include "core/data/database.h"
#include "core/data/languagemanager.h"
#include "core/data/migrator.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "modulelist.h"

#include <QCoreApplication>
#include <QTextStream>

namespace app {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

struct Globals
{
    QString dbPath;
    bool json = false;
    bool help = false;
    bool version = false;
    QStringList rest; ///< command path and its arguments
    QString error;
};

Globals parseGlobals(const QStringList &arguments)
{
    Globals g;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (!g.rest.isEmpty()) { // after the command: everything belongs to it, except --json/--db
            if (a == QLatin1String("--json")) g.json = true;
            else if (a == QLatin1String("--help") || a == QLatin1String("-h")) g.help = true;
            else g.rest << a;
            continue;
        }
        if (a == QLatin1String("--json")) g.json = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h")) g.help = true;
        else if (a == QLatin1String("--version") || a == QLatin1String("-v")) g.version = true;
        else if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                g.error = Tr::tr("--db needs a file path.");
                return g;
            }
            g.dbPath = arguments[++i];
        } else if (a.startsWith(QLatin1String("--db="))) g.dbPath = a.mid(5);
        else if (a.startsWith(u'-')) {
            g.error = Tr::tr("Unknown option %1. See retaguarda-cli --help.").arg(a);
            return g;
        } else g.rest << a;
    }
    return g;
}

void printHelp(QTextStream &out, const QList<core::CliCommand> &commands, const QString &group)
{
    out << Tr::tr("Usage: retaguarda-cli [--db PATH] [--json] COMMAND [OPTIONS]") << "\n\n"
        << Tr::tr("Retaguarda's modules without windows, for automation and scripts.") << "\n\n"
        << Tr::tr("Global options:") << '\n'
        << "  --db PATH     " << Tr::tr("SQLite database file (default: the one the app uses)") << '\n'
        << "  --json        " << Tr::tr("machine-readable output") << '\n'
        << "  --help, -h    " << Tr::tr("this help; COMMAND --help for a command's options") << '\n'
        << "  --version, -v " << Tr::tr("program version") << "\n\n"
        << Tr::tr("Commands:") << '\n';
    for (const core::CliCommand &c : commands) {
        if (!group.isEmpty() && c.path.constFirst() != group)
            continue;
        out << "  " << c.path.join(u' ').leftJustified(20) << c.summary() << '\n';
    }
    out << '\n' << Tr::tr("Exit status: 0 success, 1 failure (message on stderr), 2 wrong usage.") << Qt::endl;
}

} // namespace

int CliRunner::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    core::LanguageManager languages; // the same translations as the GUI, for as long as the command runs
    languages.apply(core::AppSettings().language());
    const Globals g = parseGlobals(arguments);
    if (!g.error.isEmpty()) {
        err << g.error << Qt::endl;
        return 2;
    }
    if (g.version) {
        out << QStringLiteral("retaguarda-cli %1").arg(QStringLiteral(RG_VERSION)) << Qt::endl;
        return 0;
    }

    auto modules = createModules();
    QList<core::CliCommand> commands = DbCommands::commands() + UserCommands::commands();
    for (const auto &module : modules)
        commands += module->cliCommands();

    const core::CliCommand *command = nullptr;
    for (const core::CliCommand &c : commands) {
        if (g.rest.size() >= c.path.size() && g.rest.mid(0, c.path.size()) == c.path)
            command = &c;
    }
    if (!command) {
        if (g.rest.isEmpty() || g.help) {
            printHelp(g.rest.isEmpty() ? out : err, commands, g.rest.value(0));
            return g.rest.isEmpty() && g.help ? 0 : 2;
        }
        err << Tr::tr("Unknown command \"%1\". See retaguarda-cli --help.").arg(g.rest.join(u' ')) << Qt::endl;
        return 2;
    }

    QStringList commandArguments = g.rest.mid(command->path.size());
    if (g.help)
        commandArguments << QStringLiteral("--help");
    if (commandArguments.contains(QLatin1String("--help")))
        out << command->path.join(u' ') << ": " << command->summary() << Qt::endl;

    // Help needs no database: a throwaway one in memory, so asking never creates a file.
    const bool helpOnly = commandArguments.contains(QLatin1String("--help")) || commandArguments.contains(QLatin1String("-h"));
    const QString path = helpOnly ? QStringLiteral(":memory:")
                                  : g.dbPath.isEmpty() ? core::AppSettings().databasePath() : g.dbPath;
    auto db = core::Database::openSqlite(path);
    if (!db) {
        err << db.error().text() << Qt::endl;
        return 1;
    }
    core::Migrator migrator(**db);
    if (auto migrated = migrator.migrate(); !migrated) {
        err << migrated.error().text() << Qt::endl;
        return 1;
    }
    core::DomainEvents events;
    core::AppContext context(**db, events);
    context.setSession(core::Session::commandLine());
    for (const auto &module : modules) {
        if (auto ready = module->initialize(context); !ready) {
            err << ready.error().text() << Qt::endl;
            return 1;
        }
    }
    core::CliInvocation invocation{commandArguments, context, g.json, out, err};
    return command->run(invocation);
}

} // namespace app
