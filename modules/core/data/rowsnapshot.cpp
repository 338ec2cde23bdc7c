#include "core/data/rowsnapshot.h"

#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/domain/tr.h"

#include <QJsonValue>
#include <QSqlRecord>

namespace core {

namespace {

QJsonObject toJson(const QSqlRecord &record)
{
    QJsonObject row;
    for (int i = 0; i < record.count(); ++i) {
        const QVariant value = record.value(i);
        row.insert(record.fieldName(i), value.isNull() ? QJsonValue() : QJsonValue::fromVariant(value));
    }
    return row;
}

} // namespace

Result<QJsonObject> rowSnapshot(Database &db, const QString &table, const QString &id)
{
    auto q = db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(Tr::tr("The %1 row %2 no longer exists.").arg(table, id), id);
    return toJson(q->record());
}

Result<QJsonObject> execReturningRow(Database &db, const QString &sql, const QVariantList &bindings)
{
    auto q = db.exec(sql, bindings);
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(Tr::tr("The row to change no longer exists."));
    return toJson(q->record());
}

Result<> recordRowInOutbox(Database &db, const QString &table, const QString &id, bool inserted, qint64 baseVersion)
{
    auto row = rowSnapshot(db, table, id);
    if (!row)
        return row.error();
    return Outbox::record(db, table, id, inserted ? Outbox::Operation::Insert : Outbox::Operation::Update, *row,
                          inserted ? 0 : baseVersion);
}

} // namespace core
