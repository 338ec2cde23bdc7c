#pragma once

#include "core/domain/result.h"
#include "orders/domain/orderrow.h"

#include <QList>

namespace core {
class Database;
}

namespace orders {

/// Order reads for lists (keyset pagination over indexed columns, never OFFSET) and lookups.
class OrderRepository
{
public:
    explicit OrderRepository(core::Database &db) : m_db(db) {}

    /// Up to `limit` orders after `cursor` in `sort` order. Every sort and filter runs on an index
    /// (keyset pagination, never OFFSET); free text goes through the FTS5 index.
    core::Result<QList<OrderRow>> page(const OrderFilter &filter, const OrderSort &sort, const OrderCursor &cursor,
                                       int limit) const;
    /// The cursor that continues after `row` in `sort` order.
    static OrderCursor cursorAfter(const OrderRow &row, const OrderSort &sort);
    /// Distinct carriers and channels (id, name) for filter menus.
    core::Result<QStringList> carriers() const;
    core::Result<QList<QPair<QString, QString>>> channels() const;
    /// One order's list row (the detail view has OrderDetailRepository).
    core::Result<OrderRow> row(const QString &orderId) const;
    core::Result<QString> idForNumber(qint64 number) const;

private:
    core::Database &m_db;
};

} // namespace orders
