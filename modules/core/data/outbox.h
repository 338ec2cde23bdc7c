#pragma once

#include <QSqlQuery>
#include <optional>

#include "core/domain/result.h"

#include <QJsonObject>
#include <QString>

namespace core {

class Database;

/// Local changes waiting to go to the central database. Repositories call record() in the same
/// transaction as the change, so a change is never lost between the table and the outbox.
class Outbox
{
public:
    enum class Operation { Insert, Update, Delete };

    static Result<> record(Database &db, const QString &table, const QString &rowId,
                           Operation operation, const QJsonObject &payload, qint64 baseVersion);
    static Result<qint64> pendingCount(Database &db);
    /// Appends `text` to `json` as a JSON string literal (quotes and escapes included).
    static void appendJsonString(QByteArray &json, QStringView text);

    /// record() for loops over thousands of rows (a remessa marks every boleto it carries): the
    /// insert is prepared once and reused. Use it inside the caller's transaction.
    class Batch
    {
    public:
        explicit Batch(Database &db) : m_db(db) {}
        Result<> record(const QString &table, const QString &rowId, Operation operation, const QJsonObject &payload,
                        qint64 baseVersion);
        /// The same with the payload already written as compact JSON (hot loops build it
        /// from a template instead of a QJsonObject).
        Result<> record(const QString &table, const QString &rowId, Operation operation, const QString &payloadJson,
                        qint64 baseVersion);

    private:
        Database &m_db;
        std::optional<QSqlQuery> m_insert;
        QString m_now;
    };
};

} // namespace core
