#include "billing/data/cardreconciliation.h"

#include "billing/data/reconciliationservice.h"
#include "billing/domain/checkdigits.h"
#include "core/data/database.h"
#include "core/domain/money.h"
#include "core/domain/tr.h"

#include <QSet>
#include <QSqlQuery>

namespace billing {

using core::Tr;

namespace {

struct OrderMatch
{
    QString id;
    qint64 number = 0;
    QString status;
    qint64 totalCents = 0;
};

/// What makes one release of a report the same as one imported before: overlapping reports
/// repeat rows whole, while an instalment plan releases one operation several times.
QString releaseKey(const QString &kind, const QString &operation, const QString &description, const QDate &day, qint64 paidCents,
                   qint64 feeCents)
{
    return QStringList{kind, operation, description, day.toString(Qt::ISODate), QString::number(paidCents), QString::number(feeCents)}
        .join(u'\x1f');
}

QString money(qint64 cents)
{
    return core::Money::fromCents(cents).format();
}

} // namespace

QString cardProviderName(const QString &variant)
{
    if (variant == QLatin1String("mercadopago"))
        return QStringLiteral("Mercado Pago");
    return variant;
}

core::Result<> classifyCardSettlement(core::Database &db, ReconciliationPreview &preview, QList<RetornoMovement> movements,
                                      const std::function<bool(const QString &orderStatus)> &awaitsPayment,
                                      const std::function<bool(qint64 done, qint64 total)> &progress)
{
    // Releases of earlier card reports, read once (a card report has thousands of rows, the
    // records table millions of bank records: the files' index finds the card ones).
    QSet<QString> imported;
    {
        auto q = db.exec(QStringLiteral("SELECT r.nosso_numero, r.occurrence_code, r.credit_date, r.paid_cents, r.fee_cents, r.kind"
                                        " FROM retorno_files f JOIN retorno_records r ON r.file_id = f.id WHERE f.layout = 'card'"));
        if (!q)
            return q.error();
        while (q->next())
            imported.insert(releaseKey(q->value(5).toString(), q->value(0).toString(), q->value(1).toString(),
                                       core::fromDbDate(q->value(2)), q->value(3).toLongLong(), q->value(4).toLongLong()));
    }
    auto byPayment = db.prepare(QStringLiteral("SELECT o.id, o.number, o.status, o.total_cents FROM payment_transactions t"
                                               " JOIN orders o ON o.id = t.order_id WHERE t.acquirer_reference = ? LIMIT 1"));
    // channel_id IN (...) lets the (channel_id, external_id) index find it.
    auto byExternal = db.prepare(QStringLiteral("SELECT id, number, status, total_cents FROM orders"
                                                " WHERE channel_id IN (SELECT id FROM channels) AND external_id = ?"
                                                " ORDER BY number LIMIT 1"));
    auto byNumber = db.prepare(QStringLiteral("SELECT id, number, status, total_cents FROM orders WHERE number = ?"));
    for (auto *q : {&byPayment, &byExternal, &byNumber}) {
        if (!*q)
            return q->error();
    }
    auto find = [](QSqlQuery &q, const QVariant &key) -> core::Result<OrderMatch> {
        q.bindValue(0, key);
        if (!q.exec())
            return core::Database::errorFrom(q, QStringLiteral("orders"));
        OrderMatch m;
        if (q.next())
            m = {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()};
        q.finish();
        return m;
    };

    QSet<QString> inThisReport;
    QSet<QString> ordersConfirmed;
    const qsizetype total = movements.size();
    preview.lines.reserve(total);
    qsizetype done = 0;
    for (RetornoMovement &m : movements) {
        if (progress && (++done % 256) == 0 && !progress(done, total))
            return core::Error::conflict(Tr::tr("Import cancelled; nothing was written."));
        OrderMatch order;
        if (!m.nossoNumeroField.isEmpty()) {
            auto found = find(*byPayment, m.nossoNumeroField);
            if (!found)
                return found.error();
            order = *found;
        }
        if (order.id.isEmpty() && !m.documentNumber.isEmpty()) {
            auto found = find(*byExternal, m.documentNumber);
            if (found && found->id.isEmpty() && isAsciiDigits(m.documentNumber) && m.documentNumber.size() <= 18)
                found = find(*byNumber, m.documentNumber.toLongLong());
            if (!found)
                return found.error();
            order = *found;
        }
        const QString key = releaseKey(movementKindCode(m.kind), m.nossoNumeroField, m.occurrenceCode, m.creditDate, m.paidCents,
                                       m.feeCents);
        const bool repeated = imported.contains(key) || inThisReport.contains(key);
        inThisReport.insert(key);

        ReconciliationLine line;
        line.settledOrderId = order.id;
        line.settledOrderNumber = order.number;
        const QString orderText = order.id.isEmpty() ? QString() : Tr::tr("Order %1").arg(order.number);
        if (repeated && m.kind != MovementKind::Outro) {
            line.outcome = ReconciliationOutcome::AlreadyApplied;
            line.note = Tr::tr("This release was imported before (another report of the same days).");
        } else if (m.kind == MovementKind::Liquidacao) {
            if (order.id.isEmpty()) {
                line.outcome = ReconciliationOutcome::Unknown;
                line.note = Tr::tr("No order has the reference \"%1\" or the payment %2.").arg(m.documentNumber, m.nossoNumeroField);
            } else {
                line.recordsPayment = true;
                line.differenceCents = m.paidCents - order.totalCents;
                line.discountCents = m.discountCents;
                line.unexplainedCents = line.differenceCents;
                line.outcome = line.differenceCents == 0 ? ReconciliationOutcome::PaidInFull
                                                         : ReconciliationOutcome::PaidWithDifference;
                if (order.status == QLatin1String("cancelado"))
                    line.note = Tr::tr("Order %1 is cancelled: the money should be returned or the order reopened.").arg(order.number);
                else if (line.differenceCents != 0)
                    line.note = Tr::tr("%1 totals %2; %3 was settled.").arg(orderText, money(order.totalCents), money(m.paidCents));
                line.confirmsOrder = awaitsPayment && !ordersConfirmed.contains(order.id) && awaitsPayment(order.status);
                if (line.confirmsOrder)
                    ordersConfirmed.insert(order.id);
            }
        } else if (m.kind == MovementKind::Estorno) {
            line.outcome = ReconciliationOutcome::Refunded;
            line.note = order.id.isEmpty()
                            ? Tr::tr("%1 given back to the buyer (%2); no order has the reference \"%3\".")
                                  .arg(money(m.paidCents), m.occurrenceCode, m.documentNumber)
                            : Tr::tr("%1: %2 given back to the buyer (%3).").arg(orderText, money(m.paidCents), m.occurrenceCode);
        } else if (m.kind == MovementKind::Tarifa) {
            line.outcome = ReconciliationOutcome::Fee;
        } else {
            line.outcome = ReconciliationOutcome::Other;
            line.note = Tr::tr("Not a sale (%1): nothing to reconcile.").arg(m.occurrenceCode);
        }
        line.movement = std::move(m);
        preview.lines.append(std::move(line));
    }
    if (progress)
        progress(total, total);
    return {};
}

} // namespace billing
