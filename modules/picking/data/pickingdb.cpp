#include "picking/data/pickingdb.h"

#include "core/data/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace picking::db {

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

core::Session workflowSession(const core::Session &session)
{
    if (session.can(core::Permission::OrdersManage) || !session.can(core::Permission::PickingRun))
        return session;
    return core::Session(session.userId(), session.login(), session.name(), core::Role::Office);
}

RowInserter::RowInserter(core::Database &db, QString table, QStringList columns, bool replicated)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)), m_replicated(replicated), m_outbox(db)
{
}

core::Result<> RowInserter::insert(const QVariantList &values)
{
    if (!m_query) {
        QStringList marks;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            marks << QStringLiteral("?");
        auto prepared = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(m_table, m_columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        if (!prepared)
            return prepared.error();
        m_query = std::move(*prepared);
    }
    QJsonObject payload;
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        m_query->bindValue(int(i), values.at(i));
        if (m_replicated)
            payload.insert(m_columns.at(i), QJsonValue::fromVariant(values.at(i)));
    }
    if (!m_query->exec())
        return core::Database::errorFrom(*m_query, m_table);
    if (m_replicated)
        return m_outbox.record(m_table, values.constFirst().toString(), core::Outbox::Operation::Insert, payload, 0);
    return {};
}

core::Result<> updateRow(core::Database &db, const core::Session &session, const QString &table, const QString &id,
                         const QStringList &columns, const QVariantList &values)
{
    auto version = db.scalar(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(table), {id});
    if (!version)
        return version.error();
    QStringList sets;
    for (const QString &c : columns)
        sets << c + QStringLiteral(" = ?");
    const QString at = now();
    QVariantList bindings = values;
    bindings << at << userOrNull(session) << id;
    auto done = db.exec(QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1, updated_at = ?, updated_by = ? WHERE id = ?")
                            .arg(table, sets.join(QStringLiteral(", "))),
                        bindings);
    if (!done)
        return done.error();
    QJsonObject payload;
    for (qsizetype i = 0; i < columns.size(); ++i)
        payload.insert(columns.at(i), QJsonValue::fromVariant(values.at(i)));
    payload.insert(QStringLiteral("row_version"), version->toLongLong() + 1);
    payload.insert(QStringLiteral("updated_at"), at);
    return core::Outbox::record(db, table, id, core::Outbox::Operation::Update, payload, version->toLongLong());
}

} // namespace picking::db
