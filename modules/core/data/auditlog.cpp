#include "core/data/auditlog.h"

#include "core/data/database.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"

#include <QJsonDocument>

namespace core {

Result<> AuditLog::append(Database &db, const Session &session, const QString &action,
                          const QString &entity, const QString &entityId, const QJsonObject &details)
{
    return appendAs(db, session.userId(), session.login(), action, entity, entityId, details);
}

Result<> AuditLog::appendAs(Database &db, const QString &userId, const QString &login,
                            const QString &action, const QString &entity, const QString &entityId,
                            const QJsonObject &details)
{
    auto done = db.exec(
        QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_login, action, entity, entity_id, details)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {Uuid7::generate(), toDbTimestamp(QDateTime::currentDateTimeUtc()),
         userId.isEmpty() ? QVariant() : QVariant(userId), login,
         action, entity, entityId,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!done)
        return done.error();
    return {};
}

Result<QList<AuditLog::Entry>> AuditLog::latest(Database &db, int limit, const QString &entity,
                                                const QString &entityId)
{
    QString sql = QStringLiteral("SELECT at, user_login, action, entity, entity_id, details FROM audit_log");
    QVariantList bindings;
    if (!entity.isEmpty()) {
        sql += QStringLiteral(" WHERE entity = ? AND entity_id = ?");
        bindings << entity << entityId;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?");
    bindings << limit;
    auto query = db.exec(sql, bindings);
    if (!query)
        return query.error();
    QList<Entry> entries;
    while (query->next()) {
        entries.append({query->value(0).toString(), query->value(1).toString(),
                        query->value(2).toString(), query->value(3).toString(),
                        query->value(4).toString(),
                        QJsonDocument::fromJson(query->value(5).toString().toUtf8()).object()});
    }
    return entries;
}

} // namespace core
