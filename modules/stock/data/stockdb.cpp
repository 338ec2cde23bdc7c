#include "stock/data/stockdb.h"

#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/rowsnapshot.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"

#include <QDateTime>

namespace stock::db {

QString now()
{
    return core::toDbTimestamp(QDateTime::currentDateTimeUtc());
}

QVariant userOrNull(const core::Session &session)
{
    return session.userId().isEmpty() ? QVariant() : QVariant(session.userId());
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

core::Result<> writeWithOutbox(core::Database &db, const QString &table, const QString &sql, const QVariantList &bindings,
                               bool inserted, qint64 baseVersion)
{
    auto row = core::execReturningRow(db, sql, bindings);
    if (!row)
        return row.error();
    return core::Outbox::record(db, table, row->value(QStringLiteral("id")).toString(),
                                inserted ? core::Outbox::Operation::Insert : core::Outbox::Operation::Update, *row,
                                baseVersion);
}

core::Result<> orderEvent(core::Database &db, const core::Session &session, const QString &orderId, const QString &kind,
                          const QString &reason)
{
    const QString id = core::Uuid7::generate();
    // Kind "stock" (the order timeline shows it as Stock); what happened goes in the payload.
    auto done = db.exec(QStringLiteral("INSERT INTO order_events (id, order_id, at, user_id, kind, reason, payload)"
                                       " VALUES (?, ?, ?, ?, 'stock', ?, ?)"),
                        {id, orderId, now(), userOrNull(session), reason,
                         QStringLiteral("{\"stock\":\"%1\"}").arg(kind)});
    if (!done)
        return done.error();
    return core::recordRowInOutbox(db, QStringLiteral("order_events"), id, true, 0);
}

} // namespace stock::db
