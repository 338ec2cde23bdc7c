#pragma once

#include "core/domain/result.h"

#include <QString>
#include <QVariant>

#include <functional>

namespace core {
class Database;
}

namespace billing {

struct ReconciliationPreview;

/// What writing a confirmed preview changed, and the progress units it counted.
struct ReconciliationWriteResult
{
    int payments = 0;
    int statusChanges = 0;
    qint64 progressTotal = 0;
};

/// Writes a confirmed preview inside the caller's transaction: every line as a retorno record of
/// file `fileId` (the payments among them), each boleto's final state checked against the
/// version the preview saw, and an outbox row per boleto. Set-based: the lines and the boletos'
/// states are staged in two temporary tables, then each real table is written by one statement.
/// A boleto changed since the preview refuses the whole write (Conflict); `progress` returning
/// false cancels it (Conflict, nothing written once the caller rolls back).
core::Result<ReconciliationWriteResult> writeReconciliation(core::Database &db, const ReconciliationPreview &preview,
                                                            const QString &fileId, const QString &now, const QVariant &user,
                                                            const std::function<bool(qint64 done, qint64 total)> &progress);

} // namespace billing
