#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"
#include "orders/data/orderentryrepository.h"
#include "orders/data/productlookup.h"
#include "orders/domain/orderdraft.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace core {
class Database;
class DomainEvents;
class Session;
} // namespace core

namespace orders {

struct CreatedOrder
{
    QString id;
    qint64 number = 0;
    core::Money total;
    QString customerId;
};

/// Creates orders typed at the desk (store, representative, franchise, telesales): the new
/// customer if any, the order, its items and 'created' event, the audit entry and the outbox
/// entries commit together, with `afterCreate` (the workflow's entry actions of the initial
/// state) inside the same transaction, so a failing action leaves nothing behind.
class OrderEntryService
{
    Q_DECLARE_TR_FUNCTIONS(OrderEntryService)

public:
    using AfterCreate = std::function<core::Result<>(const core::Session &, const QString &orderId)>;

    /// `initialStatus` is the workflow chart's initial state; `events`, when given, hears
    /// "orders.created" (and "customers.created") after each commit.
    OrderEntryService(core::Database &db, QString initialStatus, AfterCreate afterCreate = {},
                      core::DomainEvents *events = nullptr);

    /// The channels an order can be entered for.
    core::Result<QList<EntryChannel>> channels() const;
    core::Result<std::optional<EntryChannel>> channelByCode(const QString &code) const;

    /// Requires OrdersManage. Refuses a draft that does not validate with a Validation error
    /// carrying the first field error (where = its field key), and a new customer whose
    /// document is already registered with a Conflict naming that customer
    /// (where = "customer.document"). Line prices are the product's current list and sale
    /// prices, except a unit price the user overrode.
    core::Result<CreatedOrder> create(const core::Session &session, const OrderDraft &draft);

    /// The draft as create() would check it: channel kind and line prices from the database,
    /// plus every field error (the database's and validate()'s).
    core::Result<QPair<OrderDraft, QList<FieldError>>> check(const OrderDraft &draft) const;

private:
    core::Result<QString> insertCustomer(const core::Session &session, const NewCustomer &customer,
                                         QVariant &addressId);

    core::Database &m_db;
    QString m_initialStatus;
    AfterCreate m_afterCreate;
    core::DomainEvents *m_events;
    OrderEntryRepository m_repository;
    ProductLookup m_products;
};

} // namespace orders
