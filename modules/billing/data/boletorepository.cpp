#include "billing/data/boletorepository.h"

#include "billing/domain/boletostatus.h"
#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/rowsnapshot.h"
#include "core/data/transaction.h"
#include "core/domain/searchkey.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QDateTime>
#include <QSqlQuery>

namespace billing {

namespace {

using core::Tr;

const QString kColumns = QStringLiteral(
    "b.id, b.account_id, b.order_id, o.number, b.customer_id, b.installment, b.installments, b.sequence, b.nosso_numero,"
    " b.nosso_numero_printed, b.document_number, b.barcode, b.linha_digitavel, b.issue_date, b.due_date, b.amount_cents,"
    " b.interest_per_day_cents, b.fine_bp, b.discount_cents, b.discount_until, b.instructions, b.pix_payload, b.payer_name,"
    " b.payer_document, b.payer_street, b.payer_district, b.payer_city, b.payer_state, b.payer_cep, b.status,"
    " b.pending_instruction, b.cancel_reason, b.row_version");
const QString kFrom = QStringLiteral(" FROM boletos b LEFT JOIN orders o ON o.id = b.order_id");

using core::fromDbDate;

Boleto fromRow(const QSqlQuery &q)
{
    Boleto b;
    int i = 0;
    b.id = q.value(i++).toString();
    b.accountId = q.value(i++).toString();
    b.orderId = q.value(i++).toString();
    b.orderNumber = q.value(i++).toLongLong();
    b.customerId = q.value(i++).toString();
    b.installment = q.value(i++).toInt();
    b.installments = q.value(i++).toInt();
    b.sequence = q.value(i++).toLongLong();
    b.nossoNumero = q.value(i++).toString();
    b.nossoNumeroPrinted = q.value(i++).toString();
    b.documentNumber = q.value(i++).toString();
    b.barcode = q.value(i++).toString();
    b.linhaDigitavel = q.value(i++).toString();
    b.issueDate = fromDbDate(q.value(i++));
    b.dueDate = fromDbDate(q.value(i++));
    b.amount = core::Money::fromCents(q.value(i++).toLongLong());
    b.interestPerDay = core::Money::fromCents(q.value(i++).toLongLong());
    b.fineBp = q.value(i++).toInt();
    b.discount = core::Money::fromCents(q.value(i++).toLongLong());
    b.discountUntil = fromDbDate(q.value(i++));
    b.instructions = q.value(i++).toString().split(u'\n', Qt::SkipEmptyParts);
    b.pixPayload = q.value(i++).toString();
    b.payerName = q.value(i++).toString();
    b.payerDocument = q.value(i++).toString();
    b.payerStreet = q.value(i++).toString();
    b.payerDistrict = q.value(i++).toString();
    b.payerCity = q.value(i++).toString();
    b.payerState = q.value(i++).toString();
    b.payerCep = q.value(i++).toString();
    b.status = q.value(i++).toString();
    b.pendingInstruction = q.value(i++).toString();
    b.cancelReason = q.value(i++).toString();
    b.rowVersion = q.value(i++).toInt();
    return b;
}

QString digitsOf(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

/// Digits and punctuation only: what people paste as a nosso número, linha or document.
bool looksNumeric(const QString &text)
{
    for (QChar c : text) {
        if (!c.isDigit() && !QStringLiteral(" .-/").contains(c) && c.toUpper() != u'X' && c.toUpper() != u'P')
            return false;
    }
    return !digitsOf(text).isEmpty();
}

} // namespace

core::Result<QList<BoletoRow>> BoletoRepository::list(const core::Session &session, const BoletoFilter &filter,
                                                      const QDate &today, int limit) const
{
    if (auto allowed = session.require(core::Permission::BillingView); !allowed)
        return allowed.error();
    QStringList where;
    QVariantList bind;
    const QString todayText = today.toString(Qt::ISODate);
    if (!filter.statuses.isEmpty()) {
        QStringList any;
        for (const QString &status : filter.statuses) {
            if (status == BoletoStatus::kOverdue) {
                any << QStringLiteral("(b.status IN (?, ?) AND b.due_date < ?)");
                bind << BoletoStatus::kIssued << BoletoStatus::kRegistered << todayText;
            } else if (BoletoStatus::isOpen(status)) {
                // "Emitido" and "registrado" mean the ones not yet overdue: overdue is its own line.
                any << QStringLiteral("(b.status = ? AND b.due_date >= ?)");
                bind << status << todayText;
            } else {
                any << QStringLiteral("b.status = ?");
                bind << status;
            }
        }
        where << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    if (!filter.accountId.isEmpty()) {
        where << QStringLiteral("b.account_id = ?");
        bind << filter.accountId;
    }
    if (filter.dueFrom.isValid()) {
        where << QStringLiteral("b.due_date >= ?");
        bind << filter.dueFrom.toString(Qt::ISODate);
    }
    if (filter.dueTo.isValid()) {
        where << QStringLiteral("b.due_date <= ?");
        bind << filter.dueTo.toString(Qt::ISODate);
    }
    if (!filter.ids.isEmpty()) {
        QStringList marks;
        for (const QString &id : filter.ids) {
            marks << QStringLiteral("?");
            bind << id;
        }
        where << QStringLiteral("b.id IN (%1)").arg(marks.join(u','));
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        if (looksNumeric(search)) {
            const QString digits = digitsOf(search);
            QStringList any{QStringLiteral("b.linha_digitavel = ?"), QStringLiteral("b.barcode = ?"),
                            QStringLiteral("b.payer_document = ?"), QStringLiteral("b.nosso_numero_printed = ?")};
            bind << digits << digits << digits << search;
            for (const QString &key : nossoNumeroKeyCandidates(search)) {
                any << QStringLiteral("b.nosso_numero_key = ?");
                bind << key;
            }
            if (digits.size() <= 10) {
                any << QStringLiteral("o.number = ?");
                bind << digits.toLongLong();
            }
            where << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
        } else {
            where << QStringLiteral("b.customer_id IN (SELECT c.id FROM customers c WHERE %1)")
                         .arg(m_db.dialect().prefixMatch(QStringLiteral("c.name_key")));
            bind << m_db.dialect().prefixPattern(core::SearchKey::fold(search));
        }
    }
    QString sql = QStringLiteral("SELECT %1, a.name, a.bank_code%2 JOIN bank_accounts a ON a.id = b.account_id").arg(kColumns, kFrom);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY b.due_date DESC, b.id DESC LIMIT %1").arg(qMax(1, limit));
    auto q = m_db.exec(sql, bind);
    if (!q)
        return q.error();
    QList<BoletoRow> rows;
    while (q->next()) {
        BoletoRow row;
        row.boleto = fromRow(*q);
        row.accountName = q->value(33).toString();
        row.bankCode = q->value(34).toString();
        row.effectiveStatus = BoletoStatus::effective(row.boleto.status, row.boleto.dueDate, today);
        rows.append(row);
    }
    return rows;
}

core::Result<Boleto> BoletoRepository::find(const QString &id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1%2 WHERE b.id = ?").arg(kColumns, kFrom), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("There is no boleto %1.").arg(id), QStringLiteral("boleto"));
    return fromRow(*q);
}

core::Result<Boleto> BoletoRepository::findByReference(const QString &reference) const
{
    const QString digits = digitsOf(reference);
    // The printed form with its punctuation names one nosso número; bare digits are a linha
    // digitável, a barcode, or the nosso número with or without its check digit.
    QStringList keys = reference.contains(u'/') || reference.contains(u'-') ? QStringList{nossoNumeroKey(reference)}
                                                                           : QStringList{nossoNumeroKeyCandidates(reference).value(0)};
    auto q = m_db.exec(QStringLiteral("SELECT %1%2 WHERE b.id = ? OR b.nosso_numero_printed = ? OR b.linha_digitavel = ?"
                                      " OR b.barcode = ? OR b.nosso_numero_key = ? ORDER BY b.created_at DESC LIMIT 2")
                           .arg(kColumns, kFrom),
                       {reference, reference, digits, digits, keys.value(0)});
    if (!q)
        return q.error();
    if (!q->next()) {
        return core::Error::notFound(Tr::tr("No boleto has the id, nosso número or linha digitável '%1'.").arg(reference),
                                     QStringLiteral("boleto"));
    }
    Boleto first = fromRow(*q);
    if (q->next()) {
        return core::Error::conflict(
            Tr::tr("'%1' names boletos of more than one account; use the boleto's id (`boleto list --json`).").arg(reference),
            QStringLiteral("boleto"));
    }
    return first;
}

core::Result<QList<Boleto>> BoletoRepository::pendingForRemessa(const QString &accountId, const QStringList &ids) const
{
    // Only what a remessa record carries: a file may hold tens of thousands of titles, and the
    // long texts (instructions, PIX code, barcode) cost more to read than the rest together.
    QString sql = QStringLiteral(
        "SELECT id, sequence, nosso_numero, nosso_numero_printed, document_number, issue_date, due_date, amount_cents,"
        " interest_per_day_cents, fine_bp, discount_cents, discount_until, payer_name, payer_document, payer_street,"
        " payer_district, payer_city, payer_state, payer_cep, status, pending_instruction, row_version, order_id"
        " FROM boletos WHERE account_id = ? AND pending_instruction <> ''");
    QVariantList bind{accountId};
    if (!ids.isEmpty()) {
        sql += QStringLiteral(" AND id IN (%1)").arg(QStringList(ids.size(), QStringLiteral("?")).join(u','));
        for (const QString &id : ids)
            bind << id;
    }
    sql += QStringLiteral(" ORDER BY sequence");
    auto q = m_db.exec(sql, bind);
    if (!q)
        return q.error();
    QList<Boleto> boletos;
    while (q->next()) {
        Boleto b;
        int i = 0;
        b.id = q->value(i++).toString();
        b.accountId = accountId;
        b.sequence = q->value(i++).toLongLong();
        b.nossoNumero = q->value(i++).toString();
        b.nossoNumeroPrinted = q->value(i++).toString();
        b.documentNumber = q->value(i++).toString();
        b.issueDate = fromDbDate(q->value(i++));
        b.dueDate = fromDbDate(q->value(i++));
        b.amount = core::Money::fromCents(q->value(i++).toLongLong());
        b.interestPerDay = core::Money::fromCents(q->value(i++).toLongLong());
        b.fineBp = q->value(i++).toInt();
        b.discount = core::Money::fromCents(q->value(i++).toLongLong());
        b.discountUntil = fromDbDate(q->value(i++));
        b.payerName = q->value(i++).toString();
        b.payerDocument = q->value(i++).toString();
        b.payerStreet = q->value(i++).toString();
        b.payerDistrict = q->value(i++).toString();
        b.payerCity = q->value(i++).toString();
        b.payerState = q->value(i++).toString();
        b.payerCep = q->value(i++).toString();
        b.status = q->value(i++).toString();
        b.pendingInstruction = q->value(i++).toString();
        b.rowVersion = q->value(i++).toInt();
        b.orderId = q->value(i++).toString();
        boletos.append(std::move(b));
    }
    return boletos;
}

core::Result<QList<Boleto>> BoletoRepository::forOrder(const QString &orderId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1%2 WHERE b.order_id = ? ORDER BY b.installment, b.created_at").arg(kColumns, kFrom),
                       {orderId});
    if (!q)
        return q.error();
    QList<Boleto> boletos;
    while (q->next())
        boletos.append(fromRow(*q));
    return boletos;
}

core::Result<Boleto> BoletoRepository::cancel(const core::Session &session, const QString &id, const QString &reason)
{
    if (auto allowed = session.require(core::Permission::BillingManage); !allowed)
        return allowed.error();
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return core::Error::validation(Tr::tr("Say why the boleto is cancelled."), QStringLiteral("reason"));
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto boleto = find(id);
    if (!boleto)
        return boleto.error();
    if (!BoletoStatus::isOpen(boleto->status)) {
        return core::Error::conflict(Tr::tr("Boleto %1 is %2; only an issued or registered boleto can be cancelled.")
                                         .arg(boleto->nossoNumeroPrinted, BoletoStatus::displayName(boleto->status)),
                                     QStringLiteral("boleto"));
    }
    // Never sent: nothing to tell the bank. Registered: the bank must write it off (pedido de baixa).
    const QString pending = boleto->status == BoletoStatus::kRegistered ? QStringLiteral("baixa") : QString();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant user = session.userId().isEmpty() ? QVariant() : QVariant(session.userId());
    auto updated = m_db.exec(QStringLiteral("UPDATE boletos SET status = ?, pending_instruction = ?, cancel_reason = ?,"
                                            " row_version = row_version + 1, updated_at = ?, updated_by = ?"
                                            " WHERE id = ? AND row_version = ?"),
                             {BoletoStatus::kCancelled, pending, why, now, user, id, boleto->rowVersion});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return core::Error::conflict(Tr::tr("Someone else changed this boleto meanwhile; reload and try again."), id);
    if (auto queued = core::recordRowInOutbox(m_db, QStringLiteral("boletos"), id, false, boleto->rowVersion); !queued)
        return queued.error();
    if (!boleto->orderId.isEmpty()) {
        const QString eventId = core::Uuid7::generate();
        const QString text = pending.isEmpty() ? Tr::tr("Boleto %1 cancelled: %2").arg(boleto->nossoNumeroPrinted, why)
                                               : Tr::tr("Boleto %1 cancelled, write-off requested from the bank: %2")
                                                     .arg(boleto->nossoNumeroPrinted, why);
        auto event = m_db.exec(QStringLiteral("INSERT INTO order_events (id, order_id, at, user_id, kind, reason, payload)"
                                              " VALUES (?, ?, ?, ?, 'boleto_cancelled', ?, '{}')"),
                               {eventId, boleto->orderId, now, user, text});
        if (!event)
            return event.error();
        if (auto queued = core::recordRowInOutbox(m_db, QStringLiteral("order_events"), eventId, true, 0); !queued)
            return queued.error();
    }
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("billing.boleto_cancelled"), QStringLiteral("boletos"),
                                              id, {{QStringLiteral("nosso_numero"), boleto->nossoNumeroPrinted},
                                                   {QStringLiteral("reason"), why},
                                                   {QStringLiteral("baixa_requested"), !pending.isEmpty()}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return find(id);
}

} // namespace billing
