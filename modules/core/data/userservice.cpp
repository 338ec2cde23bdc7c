#include "core/data/userservice.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/passwordhasher.h"
#include "core/data/transaction.h"
#include "core/domain/domainevents.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace core {

UserService::UserService(Database &db, DomainEvents *events) : m_db(db), m_events(events), m_repository(db) {}

void UserService::publish(const QString &name, const QString &userId) const
{
    if (m_events)
        m_events->publish({name, QStringLiteral("users"), userId, {}});
}

Result<> UserService::validateLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{2,31}$"));
    if (!pattern.match(login).hasMatch())
        return Error::validation(Tr::tr("The login must have 3 to 32 characters: lowercase letters, digits, dot, dash or underscore."),
                                 QStringLiteral("login"));
    return {};
}

Result<> UserService::validateName(const QString &name)
{
    if (name.trimmed().size() < 2)
        return Error::validation(Tr::tr("Type the person's name."), QStringLiteral("name"));
    return {};
}

Result<> UserService::validatePassword(const QString &password)
{
    if (password.size() < 8)
        return Error::validation(Tr::tr("The password must have at least 8 characters."), QStringLiteral("password"));
    if (password.trimmed().isEmpty())
        return Error::validation(Tr::tr("The password cannot be only spaces."), QStringLiteral("password"));
    return {};
}

Result<bool> UserService::needsFirstAdministrator() const
{
    auto count = m_repository.count();
    if (!count)
        return count.error();
    return *count == 0;
}

Result<Session> UserService::createFirstAdministrator(const NewUser &request)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto count = m_repository.count();
    if (!count)
        return count.error();
    if (*count > 0)
        return Error::conflict(Tr::tr("An administrator already exists. Log in, or ask an administrator to create your user."));
    NewUser admin = request;
    admin.role = Role::Administrator;
    const Session bootstrap({}, admin.login, admin.name, Role::Administrator);
    auto user = insertUser(bootstrap, admin);
    if (!user)
        return user.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    publish(QStringLiteral("users.created"), user->id);
    return Session(user->id, user->login, user->name, user->role);
}

Result<Session> UserService::authenticate(const QString &login, const QString &password)
{
    const QString normalized = login.trimmed().toLower();
    auto found = m_repository.findByLogin(normalized);
    if (!found)
        return found.error();
    const Error refused = Error::forbidden(Tr::tr("Login or password is incorrect."), QStringLiteral("password"));
    if (!found->has_value()) {
        // Same work as a real check, so timing does not reveal which logins exist.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("not a password")).valueOr({});
        PasswordHasher::verify(dummy, password);
        (void)AuditLog::appendAs(m_db, {}, normalized, QStringLiteral("auth.login_failed"),
                                 QStringLiteral("users"), {}, {{QStringLiteral("reason"), QStringLiteral("unknown login")}});
        return refused;
    }
    const User &user = **found;
    auto hash = m_repository.passwordHash(user.id);
    if (!hash)
        return hash.error();
    if (!PasswordHasher::verify(*hash, password)) {
        (void)AuditLog::appendAs(m_db, user.id, user.login, QStringLiteral("auth.login_failed"),
                                 QStringLiteral("users"), user.id, {{QStringLiteral("reason"), QStringLiteral("wrong password")}});
        return refused;
    }
    if (!user.active) {
        return Error::forbidden(Tr::tr("The user %1 is deactivated. Ask an administrator to reactivate it.").arg(user.login),
                                QStringLiteral("login"));
    }
    if (PasswordHasher::needsRehash(*hash)) { // stored with weaker parameters than today's
        if (auto stronger = PasswordHasher::hash(password))
            (void)m_repository.setPasswordHash(user.id, *stronger, user.id);
    }
    (void)m_repository.touchLastLogin(user.id);
    const Session session(user.id, user.login, user.name, user.role);
    (void)AuditLog::append(m_db, session, QStringLiteral("auth.login"), QStringLiteral("users"), user.id);
    return session;
}

Result<QList<User>> UserService::users(const Session &session) const
{
    if (auto allowed = session.require(Permission::UsersManage); !allowed)
        return allowed.error();
    return m_repository.all();
}

Result<User> UserService::createUser(const Session &session, const NewUser &request)
{
    if (auto allowed = session.require(Permission::UsersManage); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto user = insertUser(session, request);
    if (!user)
        return user;
    if (auto done = tx.commit(); !done)
        return done.error();
    publish(QStringLiteral("users.created"), user->id);
    return user;
}

Result<User> UserService::insertUser(const Session &actor, const NewUser &request)
{
    NewUser r = request;
    r.login = r.login.trimmed().toLower();
    r.name = r.name.simplified();
    for (const auto &check : {validateLogin(r.login), validateName(r.name), validatePassword(r.password)}) {
        if (!check)
            return check.error();
    }
    auto existing = m_repository.findByLogin(r.login);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::conflict(Tr::tr("The login %1 is already taken.").arg(r.login), QStringLiteral("login"));
    auto hash = PasswordHasher::hash(r.password);
    if (!hash)
        return hash.error();

    User user;
    user.id = Uuid7::generate();
    user.login = r.login;
    user.name = r.name;
    user.role = r.role;
    user.createdAt = QDateTime::currentDateTimeUtc();
    if (auto done = m_repository.insert(user, *hash, actor.userId().isEmpty() ? user.id : actor.userId()); !done)
        return done.error();
    const Session auditAs = actor.userId().isEmpty() ? Session(user.id, user.login, user.name, user.role) : actor;
    if (auto done = AuditLog::append(m_db, auditAs, QStringLiteral("users.create"), QStringLiteral("users"), user.id,
                                     {{QStringLiteral("login"), user.login}, {QStringLiteral("role"), Roles::code(user.role)}});
        !done)
        return done.error();
    return user;
}

Result<> UserService::updateUser(const Session &session, const User &user)
{
    if (auto allowed = session.require(Permission::UsersManage); !allowed)
        return allowed;
    if (auto check = validateName(user.name); !check)
        return check;
    if (user.id == session.userId() && (!user.active || user.role != Role::Administrator))
        return Error::validation(Tr::tr("You cannot deactivate yourself or remove your own administrator role."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto done = m_repository.update(user, session.userId()); !done) {
        if (done.error().kind == Error::Kind::Conflict)
            return Error::conflict(Tr::tr("Someone else changed this user meanwhile. Reopen the list and try again."));
        return done;
    }
    if (auto done = AuditLog::append(m_db, session, QStringLiteral("users.update"), QStringLiteral("users"), user.id,
                                     {{QStringLiteral("role"), Roles::code(user.role)}, {QStringLiteral("active"), user.active}});
        !done)
        return done;
    if (auto done = tx.commit(); !done)
        return done;
    publish(QStringLiteral("users.updated"), user.id);
    return {};
}

Result<> UserService::resetPassword(const Session &session, const QString &userId, const QString &newPassword)
{
    if (auto allowed = session.require(Permission::UsersManage); !allowed)
        return allowed;
    if (auto check = validatePassword(newPassword); !check)
        return check;
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto done = m_repository.setPasswordHash(userId, *hash, session.userId()); !done)
        return done;
    if (auto done = AuditLog::append(m_db, session, QStringLiteral("users.reset_password"), QStringLiteral("users"), userId); !done)
        return done;
    return tx.commit();
}

Result<> UserService::changeOwnPassword(const Session &session, const QString &current, const QString &newPassword)
{
    auto hash = m_repository.passwordHash(session.userId());
    if (!hash)
        return hash.error();
    if (!PasswordHasher::verify(*hash, current))
        return Error::forbidden(Tr::tr("The current password is incorrect."), QStringLiteral("current password"));
    if (auto check = validatePassword(newPassword); !check)
        return check;
    auto newHash = PasswordHasher::hash(newPassword);
    if (!newHash)
        return newHash.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto done = m_repository.setPasswordHash(session.userId(), *newHash, session.userId()); !done)
        return done;
    if (auto done = AuditLog::append(m_db, session, QStringLiteral("users.change_password"), QStringLiteral("users"), session.userId()); !done)
        return done;
    return tx.commit();
}

} // namespace core
