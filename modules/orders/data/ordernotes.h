#pragma once

#include "core/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace core {
class Database;
class Session;
} // namespace core

namespace orders {

/// An internal note on an order: for the people of the house, never shown to the customer.
struct OrderNote
{
    QString id;
    QDateTime at;
    QString userId;
    QString userName; ///< empty when written by the command line or an integration
    QString text;
};

/// Internal notes live in the order's timeline (order_events of kind "note", text in reason), so
/// they sit among the status changes they explain and, like the rest of it, are never edited.
class OrderNotes
{
public:
    explicit OrderNotes(core::Database &db) : m_db(db) {}

    static constexpr int kMaxLength = 4000;

    /// Whether `session` may write notes: the order desk (OrdersManage) and customer service
    /// (SacManage) both talk to customers and record what was agreed.
    static bool canWrite(const core::Session &session);

    /// The notes of an order, oldest first (OrdersView).
    core::Result<QList<OrderNote>> list(const core::Session &session, const QString &orderId) const;
    /// Appends a note, with its audit entry and sync outbox entry, in one transaction.
    core::Result<OrderNote> add(const core::Session &session, const QString &orderId, const QString &text);

private:
    core::Database &m_db;
};

} // namespace orders
