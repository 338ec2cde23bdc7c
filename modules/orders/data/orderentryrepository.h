#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>

namespace core {
class Database;
}

namespace orders {

/// A sales channel as order entry offers it.
struct EntryChannel
{
    QString id;
    QString code;
    QString name;
    QString kind; ///< store, representative, franchise, telesales (or storefront/marketplace)
};

/// The SQL of order entry: channel and customer checks, the next order number and the inserts
/// (each with its sync outbox entry). Callers hold the transaction.
class OrderEntryRepository
{
public:
    explicit OrderEntryRepository(core::Database &db) : m_db(db) {}

    /// Active channels whose orders are typed at the desk (not storefront/marketplace), by name.
    core::Result<QList<EntryChannel>> entryChannels() const;
    core::Result<std::optional<EntryChannel>> channel(const QString &id) const;
    core::Result<std::optional<EntryChannel>> channelByCode(const QString &code) const;
    /// The customer (id, name) holding exactly this normalized CPF/CNPJ.
    core::Result<std::optional<QPair<QString, QString>>> customerByDocument(const QString &document) const;
    core::Result<bool> customerExists(const QString &customerId) const;
    /// The customer's default (else first) address id, or a null QVariant when it has none.
    core::Result<QVariant> defaultAddressId(const QString &customerId) const;
    /// MAX(number) + 1; only meaningful inside the write transaction that inserts the order.
    core::Result<qint64> nextOrderNumber() const;
    /// INSERT INTO table (columns) and, in the same transaction, the outbox entry whose payload
    /// is the inserted row.
    core::Result<> insert(const QString &table, const QList<QPair<QString, QVariant>> &columns);

private:
    core::Database &m_db;
};

} // namespace orders
