#pragma once

#include "core/data/userrepository.h"
#include "core/domain/result.h"
#include "core/domain/session.h"
#include "core/domain/user.h"

namespace core {

class Database;
class DomainEvents;

/// Users, logins and roles. Every change is permission-checked here, audited and replicated.
class UserService
{
public:
    /// `events`, when given, hears "users.created" / "users.updated" after each commit.
    explicit UserService(Database &db, DomainEvents *events = nullptr);

    /// True on a database without users: the app must ask for the first administrator.
    Result<bool> needsFirstAdministrator() const;
    /// Creates the first administrator; refused once any user exists.
    Result<Session> createFirstAdministrator(const NewUser &user);
    /// Checks login and password. A wrong password and an unknown login get the same message.
    Result<Session> authenticate(const QString &login, const QString &password);

    Result<QList<User>> users(const Session &session) const;
    Result<User> createUser(const Session &session, const NewUser &user);
    Result<> updateUser(const Session &session, const User &user);
    Result<> resetPassword(const Session &session, const QString &userId, const QString &newPassword);
    /// A user changes their own password, proving the current one.
    Result<> changeOwnPassword(const Session &session, const QString &current, const QString &newPassword);

    /// Field checks shared by dialogs (shown next to the field) and the service.
    static Result<> validateLogin(const QString &login);
    static Result<> validateName(const QString &name);
    static Result<> validatePassword(const QString &password);

private:
    Result<User> insertUser(const Session &actor, const NewUser &user);
    void publish(const QString &name, const QString &userId) const;
    Database &m_db;
    DomainEvents *m_events;
    UserRepository m_repository;
};

} // namespace core
