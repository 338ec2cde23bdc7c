#pragma once

#include "core/domain/result.h"
#include "core/mail/smtpclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace core {
class Database;
class Session;
} // namespace core

namespace orders {

/// What one delivery run did.
struct DeliveryReport
{
    int sent = 0;    ///< accepted by the server
    int failed = 0;  ///< failed for the last time: given up
    int retried = 0; ///< failed, tried again later
};

/// One row of the e-mail outbox, for the CLI and screens.
struct QueuedEmail
{
    QString id;
    QString orderId;
    qint64 orderNumber = 0;
    QString templateName;
    QString recipient;
    QString subject;
    QString status; ///< queued, sent, failed
    int attempts = 0;
    QString lastError;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
};

/// Customer e-mails of the order workflow (send_email:TEMPLATE). Queueing renders the template at
/// once and writes the outbox inside the caller's transaction; delivery happens later, outside
/// any transaction, with retries: 1 min, 5 min, 30 min, 2 h, 12 h, then the message is given up.
/// Every delivery, failed delivery and skipped e-mail is an 'email' event on the order timeline.
class EmailQueue
{
    Q_DECLARE_TR_FUNCTIONS(EmailQueue)

public:
    static constexpr int kMaxAttempts = 6;

    explicit EmailQueue(core::Database &db) : m_db(db) {}

    /// Renders `templateName` for the order and queues it for the customer's e-mail address. A
    /// customer without a (valid) address is not an error — a workflow must not stop on it — the
    /// order gets an 'email' event saying the e-mail was skipped and the id returned is empty.
    /// Runs in the caller's transaction (it opens none).
    core::Result<QString> enqueueForOrder(const core::Session &session, const QString &orderId,
                                          const QString &templateName, const QString &dataFolder);

    /// Sends every queued message that is due at `now`. Never inside a transaction: each
    /// message's outcome is written in its own short transaction after the network call.
    /// When the failure is the server's (unreachable, TLS, login) the run stops after recording
    /// it: the other messages stay due, untouched. `progress(done, total)` returning false stops
    /// before the next message.
    core::Result<DeliveryReport> deliverDue(const core::SmtpSettings &settings, const QDateTime &now,
                                            const std::function<bool(int done, int total)> &progress = {});

    /// Messages due at `now` (cheap: the sender asks before it reads the keychain).
    core::Result<int> dueCount(const QDateTime &now) const;
    /// Newest first; `status` empty for all. Recipients are personal data: OrdersManage or SacView.
    core::Result<QList<QueuedEmail>> list(const core::Session &session, const QString &status = {},
                                          int limit = 100) const;

    /// Seconds to wait after failed attempt number `attempts` (1-based).
    static qint64 backoffSeconds(int attempts);

private:
    core::Database &m_db;
};

} // namespace orders
