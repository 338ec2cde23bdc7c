#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace core {

class Database;

/// The whole row `id` of `table` as JSON (column name → value; NULL → null), as the sync outbox
/// wants it. Read back after the write, in the same transaction, so the outbox carries exactly
/// what the table holds (defaults and triggers included) without each repository listing its
/// columns twice. `table` is a fixed identifier from code, never user input.
Result<QJsonObject> rowSnapshot(Database &db, const QString &table, const QString &id);

/// Runs one INSERT or UPDATE ending in "RETURNING *" (SQLite ≥ 3.35 and PostgreSQL) and gives the
/// written row as JSON: the write and its outbox snapshot in one statement, for hot paths.
/// NotFound when the statement wrote no row.
Result<QJsonObject> execReturningRow(Database &db, const QString &sql, const QVariantList &bindings);

/// rowSnapshot() recorded in the outbox as an insert (baseVersion 0) or an update.
Result<> recordRowInOutbox(Database &db, const QString &table, const QString &id, bool inserted, qint64 baseVersion);

} // namespace core
