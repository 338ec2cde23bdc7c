#include "orders/data/ordernotes.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "orders/domain/cardnumberguard.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Orders)
};
const QString kNoteKind = QStringLiteral("note");
} // namespace

bool OrderNotes::canWrite(const core::Session &session)
{
    return session.can(core::Permission::OrdersManage) || session.can(core::Permission::SacManage);
}

core::Result<QList<OrderNote>> OrderNotes::list(const core::Session &session, const QString &orderId) const
{
    if (auto allowed = session.require(core::Permission::OrdersView); !allowed)
        return allowed.error();
    auto q = m_db.exec(QStringLiteral(
        "SELECT e.id, e.at, e.user_id, u.name, e.reason FROM order_events e LEFT JOIN users u ON u.id = e.user_id"
        " WHERE e.order_id = ? AND e.kind = ? ORDER BY e.at, e.id"),
        {orderId, kNoteKind});
    if (!q)
        return q.error();
    QList<OrderNote> notes;
    while (q->next()) {
        notes.append({q->value(0).toString(), core::fromDbTimestamp(q->value(1)), q->value(2).toString(),
                      q->value(3).toString(), q->value(4).toString()});
    }
    return notes;
}

core::Result<OrderNote> OrderNotes::add(const core::Session &session, const QString &orderId, const QString &text)
{
    if (!canWrite(session))
        return session.require(core::Permission::OrdersManage).error();
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return core::Error::validation(Tr::tr("Write the note first."), QStringLiteral("note"));
    if (trimmed.size() > kMaxLength)
        return core::Error::validation(Tr::tr("A note holds at most %1 characters; this one has %2.").arg(kMaxLength).arg(trimmed.size()),
                                       QStringLiteral("note"));
    if (auto clean = CardNumberGuard::check(trimmed, QStringLiteral("note")); !clean)
        return clean.error();

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto number = m_db.scalar(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {orderId});
    if (!number)
        return number.error();
    if (!number->isValid())
        return core::Error::notFound(Tr::tr("The order no longer exists."), orderId);

    OrderNote note{core::Uuid7::generate(), QDateTime::currentDateTimeUtc(), session.userId(), session.name(), trimmed};
    const QString at = core::toDbTimestamp(note.at);
    const QVariant user = note.userId.isEmpty() ? QVariant() : QVariant(note.userId);
    auto inserted = m_db.exec(QStringLiteral(
        "INSERT INTO order_events (id, order_id, at, user_id, kind, reason) VALUES (?, ?, ?, ?, ?, ?)"),
        {note.id, orderId, at, user, kNoteKind, note.text});
    if (!inserted)
        return inserted.error();
    const QJsonObject row{{QStringLiteral("id"), note.id},         {QStringLiteral("order_id"), orderId},
                          {QStringLiteral("at"), at},               {QStringLiteral("user_id"), user.isNull() ? QJsonValue() : QJsonValue(note.userId)},
                          {QStringLiteral("kind"), kNoteKind},      {QStringLiteral("from_status"), QJsonValue()},
                          {QStringLiteral("to_status"), QJsonValue()}, {QStringLiteral("reason"), note.text},
                          {QStringLiteral("payload"), QStringLiteral("{}")}};
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("order_events"), note.id, core::Outbox::Operation::Insert, row, 0);
        !queued)
        return queued.error();
    // The audit entry says that a note was written, not what it says: the text is in the order.
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("orders.note_added"), QStringLiteral("orders"), orderId,
                                              {{QStringLiteral("number"), number->toLongLong()},
                                               {QStringLiteral("event_id"), note.id}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return note;
}

} // namespace orders
