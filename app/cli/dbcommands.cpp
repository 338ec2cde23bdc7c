#include "cli/dbcommands.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace app {

namespace {
int info(core::CliInvocation &call)
{
    core::Database &db = call.context.database();
    core::Migrator migrator(db);
    auto version = migrator.currentVersion();
    if (!version) {
        call.err << version.error().text() << Qt::endl;
        return 1;
    }
    QJsonObject result{{QStringLiteral("database"), db.location()},
                       {QStringLiteral("schema_version"), *version},
                       {QStringLiteral("latest_schema_version"), migrator.latestVersion()}};
    for (const char *table : {"users", "customers", "products", "orders", "order_items", "order_events", "outbox"}) {
        auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        if (!n) {
            call.err << n.error().text() << Qt::endl;
            return 1;
        }
        result.insert(QLatin1String(table), n->toLongLong());
    }
    if (call.json) {
        call.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        return 0;
    }
    call.out << DbCommands::tr("Database: %1").arg(db.location()) << '\n'
             << DbCommands::tr("Schema version: %1 (this program: %2)").arg(*version).arg(migrator.latestVersion()) << '\n';
    for (auto it = result.begin(); it != result.end(); ++it) {
        if (it.value().isDouble() && !it.key().contains(QLatin1String("version")))
            call.out << QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value().toInteger());
    }
    call.out << Qt::flush;
    return 0;
}

int migrate(core::CliInvocation &call)
{
    // The runner has already migrated on open; report where the database stands.
    core::Migrator migrator(call.context.database());
    auto version = migrator.currentVersion();
    if (!version) {
        call.err << version.error().text() << Qt::endl;
        return 1;
    }
    if (call.json)
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("schema_version"), *version}}).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        call.out << DbCommands::tr("The database is at schema version %1.").arg(*version) << Qt::endl;
    return 0;
}
int auditList(core::CliInvocation &call)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), DbCommands::tr("How many entries, newest first (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(limit);
    if (auto exit = core::parseCommandLine(parser, call, DbCommands::tr("Usage: retaguarda-cli audit list [--limit N]")))
        return *exit;
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1) {
        call.err << DbCommands::tr("--limit must be a positive number, not \"%1\".").arg(parser.value(limit)) << Qt::endl;
        return 2;
    }
    if (auto allowed = call.context.session().require(core::Permission::AuditView); !allowed) {
        call.err << allowed.error().text() << Qt::endl;
        return 1;
    }
    auto entries = core::AuditLog::latest(call.context.database(), n);
    if (!entries) {
        call.err << entries.error().text() << Qt::endl;
        return 1;
    }
    QJsonArray array;
    for (const auto &e : *entries) {
        if (call.json) {
            array.append(QJsonObject{{QStringLiteral("at"), e.at}, {QStringLiteral("user"), e.userLogin},
                                     {QStringLiteral("action"), e.action}, {QStringLiteral("entity"), e.entity},
                                     {QStringLiteral("entity_id"), e.entityId}, {QStringLiteral("details"), e.details}});
        } else {
            call.out << QStringLiteral("%1  %2  %3  %4\n").arg(e.at, e.userLogin.leftJustified(12), e.action.leftJustified(20),
                                                              QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
        }
    }
    if (call.json)
        call.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    call.out << Qt::flush;
    return 0;
}
} // namespace

QList<core::CliCommand> DbCommands::commands()
{
    return {{{QStringLiteral("db"), QStringLiteral("info")},
             [] { return tr("Show the database file, schema version and row counts"); }, info},
            {{QStringLiteral("db"), QStringLiteral("migrate")},
             [] { return tr("Create the database or bring it to this program's schema"); }, migrate},
            {{QStringLiteral("audit"), QStringLiteral("list")},
             [] { return tr("Show the audit log: who did what, newest first"); }, auditList}};
}

} // namespace app
