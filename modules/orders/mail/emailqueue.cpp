#include "orders/mail/emailqueue.h"

#include "core/data/companyrepository.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/transaction.h"
#include "core/domain/civiltime.h"
#include "core/domain/money.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "core/mail/mailmessage.h"
#include "orders/domain/orderstatus.h"
#include "orders/mail/emailtemplates.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace orders {

namespace {

/// An 'email' entry on the order timeline. order_events is a replicated ledger, so the entry
/// also goes to the sync outbox, in the same transaction.
core::Result<> appendEmailEvent(core::Database &db, const QString &orderId, const QString &userId,
                                const QDateTime &at, const QString &reason, const QJsonObject &payload)
{
    const QString id = core::Uuid7::generate();
    const QString atText = core::toDbTimestamp(at);
    const QString json = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    const QVariant user = userId.isEmpty() ? QVariant() : QVariant(userId);
    auto done = db.exec(QStringLiteral("INSERT INTO order_events (id, order_id, at, user_id, kind, reason, payload)"
                                       " VALUES (?, ?, ?, ?, 'email', ?, ?)"),
                        {id, orderId, atText, user, reason, json});
    if (!done)
        return done.error();
    return core::Outbox::record(db, QStringLiteral("order_events"), id, core::Outbox::Operation::Insert,
                                {{QStringLiteral("id"), id}, {QStringLiteral("order_id"), orderId},
                                 {QStringLiteral("at"), atText}, {QStringLiteral("user_id"), QJsonValue::fromVariant(user)},
                                 {QStringLiteral("kind"), QStringLiteral("email")},
                                 {QStringLiteral("from_status"), QJsonValue::Null},
                                 {QStringLiteral("to_status"), QJsonValue::Null},
                                 {QStringLiteral("reason"), reason}, {QStringLiteral("payload"), json}},
                                0);
}

struct OrderMailData
{
    QHash<QString, QString> values;
    QString email;
};

core::Result<OrderMailData> orderMailData(core::Database &db, const QString &orderId)
{
    auto q = db.exec(QStringLiteral("SELECT o.number, o.total_cents, o.status, o.tracking_code, o.carrier,"
                                    " c.name, c.kind, c.email FROM orders o JOIN customers c ON c.id = o.customer_id"
                                    " WHERE o.id = ?"),
                     {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(EmailQueue::tr("The order %1 does not exist.").arg(orderId), orderId);
    const QString name = q->value(5).toString().simplified();
    // "Olá, Maria!" for a person; a company is greeted by its whole name.
    const QString firstName = q->value(6).toString() == u"person" ? name.section(u' ', 0, 0) : name;
    OrderMailData data;
    data.values = {{QStringLiteral("order.number"), q->value(0).toString()},
                   {QStringLiteral("order.total"), core::Money::fromCents(q->value(1).toLongLong()).format()},
                   {QStringLiteral("order.status"), OrderStatus::displayName(q->value(2).toString())},
                   {QStringLiteral("order.tracking_code"), q->value(3).toString()},
                   {QStringLiteral("order.carrier"), q->value(4).toString()},
                   {QStringLiteral("customer.name"), name},
                   {QStringLiteral("customer.first_name"), firstName}};
    data.email = q->value(7).toString().trimmed();
    auto company = core::CompanyRepository(db).current();
    if (!company)
        return company.error();
    const core::Company c = company->value_or(core::Company{});
    data.values.insert(QStringLiteral("company.name"), c.tradeName.isEmpty() ? c.legalName : c.tradeName);
    return data;
}

QString civilText(const QDateTime &utc)
{
    return QLocale::c().toString(core::CivilTime::toCivil(utc), QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

qint64 EmailQueue::backoffSeconds(int attempts)
{
    static constexpr qint64 kBackoff[] = {60, 5 * 60, 30 * 60, 2 * 3600, 12 * 3600};
    return kBackoff[std::clamp(attempts, 1, int(std::size(kBackoff))) - 1];
}

core::Result<QString> EmailQueue::enqueueForOrder(const core::Session &session, const QString &orderId,
                                                  const QString &templateName, const QString &dataFolder)
{
    if (auto allowed = session.require(core::Permission::OrdersView); !allowed)
        return allowed.error();
    auto loaded = EmailTemplates(dataFolder).load(templateName);
    if (!loaded)
        return loaded.error();
    auto data = orderMailData(m_db, orderId);
    if (!data)
        return data.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString title = EmailTemplates::displayName(templateName);
    if (data->email.isEmpty() || !core::MailMessage::isValidMailbox(data->email)) {
        const QString reason = data->email.isEmpty()
            ? tr("E-mail '%1' not sent: the customer has no e-mail address.").arg(title)
            : tr("E-mail '%1' not sent: the customer's e-mail address \"%2\" is not valid.").arg(title, data->email);
        auto recorded = appendEmailEvent(m_db, orderId, session.userId(), now, reason,
                                         {{QStringLiteral("template"), templateName},
                                          {QStringLiteral("recipient"), data->email},
                                          {QStringLiteral("status"), QStringLiteral("skipped")}});
        if (!recorded)
            return recorded.error();
        return QString();
    }
    auto rendered = EmailTemplates::render(*loaded, data->values);
    if (!rendered)
        return rendered.error();
    // Two e-mails queued in the same millisecond (an order imported already paid: "received" and
    // "payment confirmed") must still go out in the order they were queued.
    QDateTime queuedAt = now;
    auto latest = m_db.scalar(QStringLiteral("SELECT MAX(created_at) FROM email_outbox WHERE order_id = ?"), {orderId});
    if (!latest)
        return latest.error();
    if (const QDateTime last = core::fromDbTimestamp(*latest); last.isValid() && last >= queuedAt)
        queuedAt = last.addMSecs(1);
    const QString id = core::Uuid7::generate();
    const QString nowText = core::toDbTimestamp(queuedAt);
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO email_outbox (id, order_id, template, recipient, subject, body,"
                                             " status, attempts, next_attempt_at, created_at)"
                                             " VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)"),
                              {id, orderId, templateName, data->email, rendered->subject, rendered->body, nowText, nowText});
    if (!inserted)
        return inserted.error();
    return id;
}

core::Result<int> EmailQueue::dueCount(const QDateTime &now) const
{
    auto count = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM email_outbox WHERE status = 'queued' AND next_attempt_at <= ?"),
                             {core::toDbTimestamp(now)});
    if (!count)
        return count.error();
    return count->toInt();
}

core::Result<DeliveryReport> EmailQueue::deliverDue(const core::SmtpSettings &settings, const QDateTime &now,
                                                    const std::function<bool(int, int)> &progress)
{
    // A write transaction held across a network call would lock every other desktop process out
    // of the database for up to the SMTP time-out.
    Q_ASSERT(m_db.transactionDepth() == 0);
    if (m_db.transactionDepth() > 0)
        return core::Error::conflict(QStringLiteral("EmailQueue::deliverDue must not run inside a transaction"));
    struct Due { QString id, orderId, templateName, recipient, subject, body, nextAttemptAt; int attempts; };
    QList<Due> due;
    {
        auto q = m_db.exec(QStringLiteral("SELECT id, order_id, template, recipient, subject, body, attempts, next_attempt_at"
                                          " FROM email_outbox WHERE status = 'queued' AND next_attempt_at <= ?"
                                          " ORDER BY next_attempt_at, created_at, id LIMIT 500"),
                           {core::toDbTimestamp(now)});
        if (!q)
            return q.error();
        while (q->next()) {
            due.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), q->value(5).toString(), q->value(7).toString(), q->value(6).toInt()});
        }
    }
    DeliveryReport report;
    // While a message is being sent it is leased: another sender (the CLI from cron, a second
    // window) skips it instead of sending it twice. A crash mid-send frees it when the lease ends.
    const QString lease = core::toDbTimestamp(now.addSecs(std::max<qint64>(600, 2 * settings.timeoutSeconds)));
    for (int i = 0; i < due.size(); ++i) {
        if (progress && !progress(i, int(due.size())))
            return report;
        const Due &m = due.at(i);
        auto claimed = m_db.exec(QStringLiteral("UPDATE email_outbox SET next_attempt_at = ?"
                                                " WHERE id = ? AND status = 'queued' AND next_attempt_at = ?"),
                                 {lease, m.id, m.nextAttemptAt});
        if (!claimed)
            return claimed.error();
        if (claimed->numRowsAffected() != 1)
            continue;

        core::SmtpClient::FailureScope scope = core::SmtpClient::FailureScope::Message;
        const core::Result<> sent = core::SmtpClient::send(settings, {settings.from, m.recipient, m.subject, m.body}, &scope);

        const int attempt = m.attempts + 1;
        const QString title = EmailTemplates::displayName(m.templateName);
        QJsonObject payload{{QStringLiteral("outbox_id"), m.id}, {QStringLiteral("template"), m.templateName},
                            {QStringLiteral("recipient"), m.recipient}, {QStringLiteral("attempt"), attempt}};
        QString reason;
        core::Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        if (sent) {
            auto done = m_db.exec(QStringLiteral("UPDATE email_outbox SET status = 'sent', attempts = ?, sent_at = ?,"
                                                 " last_error = '' WHERE id = ?"),
                                  {attempt, core::toDbTimestamp(now), m.id});
            if (!done)
                return done.error();
            payload.insert(QStringLiteral("status"), QStringLiteral("sent"));
            reason = tr("E-mail '%1' sent to %2.").arg(title, m.recipient);
            ++report.sent;
        } else {
            const bool givenUp = attempt >= kMaxAttempts;
            const QDateTime next = now.addSecs(backoffSeconds(attempt));
            const QString error = sent.error().text();
            auto done = m_db.exec(QStringLiteral("UPDATE email_outbox SET status = ?, attempts = ?, last_error = ?,"
                                                 " next_attempt_at = ? WHERE id = ?"),
                                  {givenUp ? QStringLiteral("failed") : QStringLiteral("queued"), attempt, error,
                                   core::toDbTimestamp(givenUp ? now : next), m.id});
            if (!done)
                return done.error();
            payload.insert(QStringLiteral("status"), givenUp ? QStringLiteral("failed") : QStringLiteral("retry"));
            payload.insert(QStringLiteral("error"), error);
            reason = givenUp ? tr("E-mail '%1' to %2 failed %3 times and was given up: %4")
                                   .arg(title, m.recipient).arg(attempt).arg(error)
                             : tr("E-mail '%1' to %2 failed (attempt %3 of %4): %5 Next attempt at %6.")
                                   .arg(title, m.recipient).arg(attempt).arg(kMaxAttempts).arg(error, civilText(next));
            ++(givenUp ? report.failed : report.retried);
        }
        if (!m.orderId.isEmpty()) {
            if (auto recorded = appendEmailEvent(m_db, m.orderId, {}, now, reason, payload); !recorded)
                return recorded.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        // Server down, login refused, certificate not trusted: the other messages would fail the
        // same way, each after its own time-out. They stay due, untouched, for the next run.
        if (!sent && scope == core::SmtpClient::FailureScope::Server)
            return report;
    }
    if (progress)
        progress(int(due.size()), int(due.size()));
    return report;
}

core::Result<QList<QueuedEmail>> EmailQueue::list(const core::Session &session, const QString &status, int limit) const
{
    if (!session.can(core::Permission::SacView)) {
        if (auto allowed = session.require(core::Permission::OrdersManage); !allowed)
            return allowed.error();
    }
    auto q = m_db.exec(QStringLiteral("SELECT e.id, e.order_id, o.number, e.template, e.recipient, e.subject, e.status,"
                                      " e.attempts, e.last_error, e.created_at, e.next_attempt_at, e.sent_at"
                                      " FROM email_outbox e LEFT JOIN orders o ON o.id = e.order_id"
                                      " WHERE ? = '' OR e.status = ? ORDER BY e.created_at DESC, e.id DESC LIMIT ?"),
                       {status, status, limit});
    if (!q)
        return q.error();
    QList<QueuedEmail> rows;
    while (q->next()) {
        rows.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(), q->value(3).toString(),
                     q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toInt(),
                     q->value(8).toString(), core::fromDbTimestamp(q->value(9)), core::fromDbTimestamp(q->value(10)),
                     core::fromDbTimestamp(q->value(11))});
    }
    return rows;
}

} // namespace orders
