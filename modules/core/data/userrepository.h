#pragma once

#include "core/domain/result.h"
#include "core/domain/user.h"

#include <optional>

namespace core {

class Database;

/// The SQL for users. Writes also go to the outbox (users replicate between desktops).
class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<qint64> count() const;
    Result<std::optional<User>> findByLogin(const QString &login) const;
    Result<std::optional<User>> findById(const QString &id) const;
    Result<QString> passwordHash(const QString &userId) const;
    Result<QList<User>> all() const;
    Result<> insert(const User &user, const QString &passwordHash, const QString &actorId);
    Result<> update(const User &user, const QString &actorId);
    Result<> setPasswordHash(const QString &userId, const QString &passwordHash, const QString &actorId);
    Result<> touchLastLogin(const QString &userId);

private:
    Result<> recordChange(const QString &userId, qint64 baseVersion, bool inserted);
    Database &m_db;
};

} // namespace core
