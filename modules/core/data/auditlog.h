#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QString>

namespace core {

class Database;
class Session;

/// Append-only record of who did what. Written inside the caller's transaction so that an
/// action and its audit entry commit or roll back together.
class AuditLog
{
public:
    struct Entry
    {
        QString at;
        QString userLogin;
        QString action;
        QString entity;
        QString entityId;
        QJsonObject details;
    };

    static Result<> append(Database &db, const Session &session, const QString &action,
                           const QString &entity = {}, const QString &entityId = {},
                           const QJsonObject &details = {});
    /// For events without a session (a failed login names the login that was tried).
    static Result<> appendAs(Database &db, const QString &userId, const QString &login,
                             const QString &action, const QString &entity, const QString &entityId,
                             const QJsonObject &details);
    static Result<QList<Entry>> latest(Database &db, int limit, const QString &entity = {},
                                       const QString &entityId = {});
};

} // namespace core
