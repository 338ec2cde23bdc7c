#include "core/data/outbox.h"

#include "core/data/database.h"

#include <QJsonDocument>

namespace core {

namespace {
QString operationCode(Outbox::Operation operation)
{
    switch (operation) {
    case Outbox::Operation::Insert: return QStringLiteral("insert");
    case Outbox::Operation::Update: return QStringLiteral("update");
    case Outbox::Operation::Delete: return QStringLiteral("delete");
    }
    return {};
}
} // namespace

Result<> Outbox::record(Database &db, const QString &table, const QString &rowId,
                        Operation operation, const QJsonObject &payload, qint64 baseVersion)
{
    auto done = db.exec(
        QStringLiteral("INSERT INTO outbox (table_name, row_id, operation, payload, base_version, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {table, rowId, operationCode(operation),
         QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), baseVersion,
         toDbTimestamp(QDateTime::currentDateTimeUtc())});
    if (!done)
        return done.error();
    return {};
}

Result<> Outbox::Batch::record(const QString &table, const QString &rowId, Operation operation, const QJsonObject &payload,
                               qint64 baseVersion)
{
    return record(table, rowId, operation, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), baseVersion);
}

Result<> Outbox::Batch::record(const QString &table, const QString &rowId, Operation operation, const QString &payloadJson,
                               qint64 baseVersion)
{
    if (!m_insert) {
        auto prepared = m_db.prepare(QStringLiteral("INSERT INTO outbox (table_name, row_id, operation, payload, base_version, created_at)"
                                                    " VALUES (?, ?, ?, ?, ?, ?)"));
        if (!prepared)
            return prepared.error();
        m_insert = std::move(*prepared);
        m_now = toDbTimestamp(QDateTime::currentDateTimeUtc());
    }
    m_insert->bindValue(0, table);
    m_insert->bindValue(1, rowId);
    m_insert->bindValue(2, operationCode(operation));
    m_insert->bindValue(3, payloadJson);
    m_insert->bindValue(4, baseVersion);
    m_insert->bindValue(5, m_now);
    if (!m_insert->exec())
        return Database::errorFrom(*m_insert, QStringLiteral("outbox"));
    return {};
}

void Outbox::appendJsonString(QByteArray &json, QStringView text)
{
    json += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': json += "\\\""; break;
        case '\\': json += "\\\\"; break;
        case '\n': json += "\\n"; break;
        case '\r': json += "\\r"; break;
        case '\t': json += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                json += "\\u00";
                json += hex[(c >> 4) & 0xf];
                json += hex[c & 0xf];
            } else {
                json += c;
            }
        }
    }
    json += '"';
}

Result<qint64> Outbox::pendingCount(Database &db)
{
    auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    if (!count)
        return count.error();
    return count->toLongLong();
}

} // namespace core
