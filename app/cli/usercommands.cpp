#include "cli/usercommands.h"

#include "core/data/userservice.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace app {

namespace {

int add(core::CliInvocation &call)
{
    QCommandLineParser parser;
    const QCommandLineOption login(QStringLiteral("login"), UserCommands::tr("Login (lowercase letters, digits, . _ -)."), QStringLiteral("LOGIN"));
    const QCommandLineOption name(QStringLiteral("name"), UserCommands::tr("Full name."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), UserCommands::tr("administrator, office, warehouse or manager."),
                                  QStringLiteral("ROLE"), QStringLiteral("office"));
    parser.addOptions({login, name, role});
    const QString usage = UserCommands::tr("Usage: retaguarda-cli users add --login LOGIN --name NAME [--role ROLE] < password");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    const auto parsedRole = core::Roles::fromCode(parser.value(role));
    if (!parser.isSet(login) || !parser.isSet(name) || !parsedRole) {
        call.err << usage << Qt::endl;
        return 2;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    core::UserService users(call.context.database());
    core::Result<core::User> created = core::Error::validation({});
    if (users.needsFirstAdministrator().valueOr(false) && *parsedRole == core::Role::Administrator) {
        auto session = users.createFirstAdministrator({parser.value(login), parser.value(name), *parsedRole, password});
        if (!session) {
            call.err << session.error().text() << Qt::endl;
            return 1;
        }
        call.out << UserCommands::tr("Administrator %1 created.").arg(session->login()) << Qt::endl;
        return 0;
    }
    created = users.createUser(call.context.session(), {parser.value(login), parser.value(name), *parsedRole, password});
    if (!created) {
        call.err << created.error().text() << Qt::endl;
        return 1;
    }
    call.out << UserCommands::tr("User %1 created (%2).").arg(created->login, core::Roles::displayName(created->role)) << Qt::endl;
    return 0;
}

int list(core::CliInvocation &call)
{
    auto users = core::UserService(call.context.database()).users(call.context.session());
    if (!users) {
        call.err << users.error().text() << Qt::endl;
        return 1;
    }
    QJsonArray array;
    for (const core::User &u : *users) {
        if (call.json) {
            array.append(QJsonObject{{QStringLiteral("login"), u.login}, {QStringLiteral("name"), u.name},
                                     {QStringLiteral("role"), core::Roles::code(u.role)}, {QStringLiteral("active"), u.active}});
        } else {
            call.out << QStringLiteral("%1  %2  %3%4\n").arg(u.login.leftJustified(16), u.name.leftJustified(30),
                                                             core::Roles::displayName(u.role),
                                                             u.active ? QString() : UserCommands::tr(" (inactive)"));
        }
    }
    if (call.json)
        call.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    call.out << Qt::flush;
    return 0;
}

} // namespace

QList<core::CliCommand> UserCommands::commands()
{
    return {{{QStringLiteral("users"), QStringLiteral("add")},
             [] { return tr("Create a user; the password is read from stdin"); }, add},
            {{QStringLiteral("users"), QStringLiteral("list")}, [] { return tr("List users and roles"); }, list}};
}

} // namespace app
