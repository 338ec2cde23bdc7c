#pragma once

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
};

} // namespace core
