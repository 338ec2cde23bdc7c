#include "core/data/userrepository.h"

#include "core/data/database.h"
#include "core/data/outbox.h"

#include <QJsonObject>

namespace core {

namespace {
const QString kColumns = QStringLiteral(
    "id, login, name, role, active, created_at, last_login_at, row_version");

User readUser(const QSqlQuery &q)
{
    User user;
    user.id = q.value(0).toString();
    user.login = q.value(1).toString();
    user.name = q.value(2).toString();
    user.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Manager);
    user.active = q.value(4).toBool();
    user.createdAt = fromDbTimestamp(q.value(5));
    user.lastLoginAt = fromDbTimestamp(q.value(6));
    user.rowVersion = q.value(7).toLongLong();
    return user;
}

QVariant nullableActor(const QString &actorId)
{
    return actorId.isEmpty() ? QVariant() : QVariant(actorId);
}
} // namespace

Result<qint64> UserRepository::count() const
{
    auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM users"));
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<std::optional<User>> UserRepository::findByLogin(const QString &login) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE lower(login) = lower(?)").arg(kColumns), {login});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

Result<std::optional<User>> UserRepository::findById(const QString &id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<User>();
    return std::optional<User>(readUser(*q));
}

Result<QString> UserRepository::passwordHash(const QString &userId) const
{
    auto hash = m_db.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {userId});
    if (!hash)
        return hash.error();
    return hash->toString();
}

Result<QList<User>> UserRepository::all() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(kColumns));
    if (!q)
        return q.error();
    QList<User> users;
    while (q->next())
        users.append(readUser(*q));
    return users;
}

Result<> UserRepository::insert(const User &user, const QString &passwordHash, const QString &actorId)
{
    const QString now = toDbTimestamp(QDateTime::currentDateTimeUtc());
    auto done = m_db.exec(
        QStringLiteral("INSERT INTO users (id, login, name, role, password_hash, active, created_at,"
                       " row_version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
        {user.id, user.login, user.name, Roles::code(user.role), passwordHash, user.active, now, now,
         nullableActor(actorId)});
    if (!done)
        return done.error();
    return recordChange(user.id, 0, true);
}

Result<> UserRepository::update(const User &user, const QString &actorId)
{
    auto done = m_db.exec(
        QStringLiteral("UPDATE users SET name = ?, role = ?, active = ?, row_version = row_version + 1,"
                       " updated_at = ?, updated_by = ? WHERE id = ? AND row_version = ?"),
        {user.name, Roles::code(user.role), user.active,
         toDbTimestamp(QDateTime::currentDateTimeUtc()), nullableActor(actorId), user.id,
         user.rowVersion});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return Error::conflict(QStringLiteral("user changed meanwhile"), user.id);
    return recordChange(user.id, user.rowVersion, false);
}

Result<> UserRepository::setPasswordHash(const QString &userId, const QString &passwordHash,
                                         const QString &actorId)
{
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM users WHERE id = ?"), {userId});
    if (!version)
        return version.error();
    auto done = m_db.exec(
        QStringLiteral("UPDATE users SET password_hash = ?, row_version = row_version + 1,"
                       " updated_at = ?, updated_by = ? WHERE id = ?"),
        {passwordHash, toDbTimestamp(QDateTime::currentDateTimeUtc()), nullableActor(actorId), userId});
    if (!done)
        return done.error();
    return recordChange(userId, version->toLongLong(), false);
}

Result<> UserRepository::touchLastLogin(const QString &userId)
{
    // Local bookkeeping only: not replicated, so it never conflicts between desktops.
    auto done = m_db.exec(QStringLiteral("UPDATE users SET last_login_at = ? WHERE id = ?"),
                          {toDbTimestamp(QDateTime::currentDateTimeUtc()), userId});
    if (!done)
        return done.error();
    return {};
}

Result<> UserRepository::recordChange(const QString &userId, qint64 baseVersion, bool inserted)
{
    auto q = m_db.exec(QStringLiteral("SELECT id, login, name, role, password_hash, active, created_at,"
                                      " row_version, updated_at, updated_by FROM users WHERE id = ?"),
                       {userId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(QStringLiteral("user vanished"), userId);
    QJsonObject payload;
    static const char *names[] = {"id", "login", "name", "role", "password_hash", "active",
                                  "created_at", "row_version", "updated_at", "updated_by"};
    for (int i = 0; i < 10; ++i)
        payload.insert(QLatin1String(names[i]), QJsonValue::fromVariant(q->value(i)));
    return Outbox::record(m_db, QStringLiteral("users"), userId,
                          inserted ? Outbox::Operation::Insert : Outbox::Operation::Update, payload,
                          baseVersion);
}

} // namespace core
