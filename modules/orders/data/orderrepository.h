#pragma once

#include "core/domain/result.h"
#include "orders/domain/orderrow.h"

#include <QList>

namespace core {
class Database;
}

namespace orders {

/// Detail of one order for the detail view and the CLI.
struct OrderDetail
{
    OrderRow row;
    QString externalId;
    QString customerEmail;
    QString customerPhone;
    QString address; ///< one line, "Rua X, 12 - Bairro, Cidade/UF, CEP 01310-100"
    core::Money items;
    core::Money discount;
    core::Money freight;
    int installments = 1;
    struct Item { QString sku; QString description; int quantity; core::Money listPrice; core::Money unitPrice; core::Money total; };
    QList<Item> lines;
    struct Event { QDateTime at; QString kind; QString fromStatus; QString toStatus; QString reason; };
    QList<Event> timeline;
};

/// Order reads for lists (keyset pagination over indexed columns, never OFFSET) and lookups.
class OrderRepository
{
public:
    explicit OrderRepository(core::Database &db) : m_db(db) {}

    /// Up to `limit` orders after `cursor`, newest first.
    core::Result<QList<OrderRow>> page(const OrderFilter &filter, const OrderCursor &cursor, int limit) const;
    core::Result<OrderDetail> detail(const QString &orderId) const;
    core::Result<QString> idForNumber(qint64 number) const;

private:
    core::Database &m_db;
};

} // namespace orders
