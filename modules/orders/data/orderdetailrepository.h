#pragma once

#include "core/domain/result.h"
#include "orders/domain/orderdetaildata.h"

namespace core {
class Database;
}

namespace orders {

/// Reads everything about one order for the order detail: a handful of indexed queries, one per
/// section, each by order id.
class OrderDetailRepository
{
public:
    explicit OrderDetailRepository(core::Database &db) : m_db(db) {}

    /// The order with its customer, all the customer's addresses, items, payments, risk analyses
    /// (newest first), timeline (oldest first) and e-mails. NotFound when there is no such order.
    core::Result<OrderDetailData> load(const QString &orderId) const;

private:
    core::Result<> loadCustomer(OrderDetailData &d) const;
    core::Result<> loadItems(OrderDetailData &d) const;
    core::Result<> loadPayments(OrderDetailData &d) const;
    core::Result<> loadTimeline(OrderDetailData &d) const;
    core::Result<> loadEmails(OrderDetailData &d) const;

    core::Database &m_db;
};

} // namespace orders
