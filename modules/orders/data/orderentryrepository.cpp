#include "orders/data/orderentryrepository.h"

#include "core/data/database.h"
#include "core/data/outbox.h"
#include "orders/domain/orderdraft.h"

#include <QJsonObject>
#include <QJsonValue>

namespace orders {

namespace {

const QString kChannelSelect = QStringLiteral("SELECT id, code, name, kind FROM channels");

EntryChannel readChannel(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

core::Result<std::optional<EntryChannel>> readOneChannel(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<EntryChannel>();
    return std::optional<EntryChannel>(readChannel(*q));
}

} // namespace

core::Result<QList<EntryChannel>> OrderEntryRepository::entryChannels() const
{
    const QStringList kinds = OrderDraft::entryChannelKinds();
    const QStringList marks(kinds.size(), QStringLiteral("?"));
    QVariantList bindings{true}; // active: 1 on SQLite, boolean on PostgreSQL
    for (const QString &kind : kinds)
        bindings << kind;
    auto q = m_db.exec(kChannelSelect + QStringLiteral(" WHERE active = ? AND kind IN (%1) ORDER BY name")
                                            .arg(marks.join(QStringLiteral(", "))),
                       bindings);
    if (!q)
        return q.error();
    QList<EntryChannel> channels;
    while (q->next())
        channels.append(readChannel(*q));
    return channels;
}

core::Result<std::optional<EntryChannel>> OrderEntryRepository::channel(const QString &id) const
{
    return readOneChannel(m_db.exec(kChannelSelect + QStringLiteral(" WHERE id = ?"), {id}));
}

core::Result<std::optional<EntryChannel>> OrderEntryRepository::channelByCode(const QString &code) const
{
    return readOneChannel(m_db.exec(kChannelSelect + QStringLiteral(" WHERE code = ?"), {code}));
}

core::Result<std::optional<QPair<QString, QString>>> OrderEntryRepository::customerByDocument(const QString &document) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM customers WHERE document = ?"), {document});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QPair<QString, QString>>();
    return std::optional<QPair<QString, QString>>({q->value(0).toString(), q->value(1).toString()});
}

core::Result<bool> OrderEntryRepository::customerExists(const QString &customerId) const
{
    auto found = m_db.scalar(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), {customerId});
    if (!found)
        return found.error();
    return found->isValid();
}

core::Result<QVariant> OrderEntryRepository::defaultAddressId(const QString &customerId) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM customer_addresses WHERE customer_id = ?"
                                         " ORDER BY is_default DESC, id LIMIT 1"),
                          {customerId});
    if (!id)
        return id.error();
    return id->isValid() ? *id : QVariant();
}

core::Result<qint64> OrderEntryRepository::nextOrderNumber() const
{
    // The demo and imported histories start at 100001; a fresh database does too.
    auto number = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 100000) + 1 FROM orders"));
    if (!number)
        return number.error();
    return number->toLongLong();
}

core::Result<> OrderEntryRepository::insert(const QString &table, const QList<QPair<QString, QVariant>> &columns)
{
    QStringList names;
    QVariantList values;
    QJsonObject payload;
    QString id;
    for (const auto &[name, value] : columns) {
        names << name;
        values << core::bindable(value);
        payload.insert(name, QJsonValue::fromVariant(core::bindable(value)));
        if (name == QLatin1String("id"))
            id = value.toString();
    }
    const QStringList marks(names.size(), QStringLiteral("?"));
    auto done = m_db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                          values);
    if (!done)
        return done.error();
    return core::Outbox::record(m_db, table, id, core::Outbox::Operation::Insert, payload, 0);
}

} // namespace orders
