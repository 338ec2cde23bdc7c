#pragma once

#include "core/data/outbox.h"
#include "core/domain/result.h"
#include "core/domain/session.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace core {
class Database;
}

namespace picking::db {

QString now();
QVariant userOrNull(const core::Session &session);
QVariant textOrNull(const QString &text);

/// The session picking moves orders through the workflow with. Picking checks PickingRun
/// itself; OrderWorkflow asks for OrdersManage, which the warehouse role lacks, so a picker's
/// start_picking / picked / packed steps run as the same user (id and login in the audit log
/// and order events) with the office role's rights. Cleaner: let a chart transition name the
/// permission it needs (a change to the orders workflow).
core::Session workflowSession(const core::Session &session);

/// One INSERT prepared once and executed per row, each row also queued in the outbox
/// (replicated tables) in the caller's transaction.
class RowInserter
{
public:
    RowInserter(core::Database &db, QString table, QStringList columns, bool replicated = true);
    /// `values` in the order of the columns; the first column is the row id.
    core::Result<> insert(const QVariantList &values);

private:
    core::Database &m_db;
    QString m_table;
    QStringList m_columns;
    bool m_replicated;
    std::optional<QSqlQuery> m_query;
    core::Outbox::Batch m_outbox;
};

/// UPDATE ... SET columns, row_version + 1, updated_at, updated_by WHERE id, queued in the outbox
/// with the changed columns.
core::Result<> updateRow(core::Database &db, const core::Session &session, const QString &table, const QString &id,
                         const QStringList &columns, const QVariantList &values);

} // namespace picking::db
