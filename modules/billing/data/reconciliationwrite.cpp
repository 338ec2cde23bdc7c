#include "billing/data/reconciliationwrite.h"

#include "billing/data/reconciliationservice.h"
#include "billing/domain/boletostatus.h"
#include "core/data/bulkstatement.h"
#include "core/data/database.h"
#include "core/data/sqldialect.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace billing {

using core::Tr;

namespace {

QString reasonsText(const RetornoMovement &m)
{
    QStringList parts;
    for (const MovementReason &r : m.reasons)
        parts << (r.text.isEmpty() ? r.code : r.code + u' ' + r.text);
    return parts.join(QStringLiteral("; "));
}

/// A boleto the file touches: as its last line leaves it (with the version the preview saw),
/// and what it was before.
struct Change
{
    BoletoSnapshot after;
    QString previousStatus;
    qint64 previousPaidCents = -1;

    bool statusChanged() const { return after.status != previousStatus; }
    bool changed() const { return statusChanged() || after.paidCents != previousPaidCents; }
};

/// Every boleto the lines touch, as the last of its lines leaves it, in key order: UUIDv7 keys
/// follow the order boletos were issued, so neighbours share pages when they are updated.
std::vector<Change> finalStates(const ReconciliationPreview &preview)
{
    std::vector<Change> changes; // one per boleto the file touches
    QHash<QString, qsizetype> changeOf;
    changeOf.reserve(preview.lines.size());
    changes.reserve(size_t(preview.lines.size()));
    for (const ReconciliationLine &line : preview.lines) {
        if (!line.boleto)
            continue;
        auto at = changeOf.constFind(line.boleto->id);
        if (at == changeOf.constEnd()) {
            at = changeOf.insert(line.boleto->id, qsizetype(changes.size()));
            changes.push_back({*line.boleto, line.boleto->status, line.boleto->paidCents});
        }
        line.applyTo(changes[size_t(*at)].after);
    }
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.after.id < b.after.id; });

    return changes;
}

} // namespace

core::Result<ReconciliationWriteResult> writeReconciliation(core::Database &db, const ReconciliationPreview &preview,
                                                            const QString &fileId, const QString &now, const QVariant &user,
                                                            const std::function<bool(qint64 done, qint64 total)> &progress)
{
    ReconciliationWriteResult result;
    const std::vector<Change> changes = finalStates(preview);
    const QString cancelled = Tr::tr("Import cancelled; nothing was written.");
    result.progressTotal = preview.lines.size() + qint64(changes.size()) + 3;
    const qint64 total = result.progressTotal;
    qint64 done = 0;
    auto step = [&]() { return !progress || (++done % 4096) != 0 || progress(done, total); };
    auto stepped = [&]() { ++done; return !progress || progress(done, total); };

    // The lines and the boletos' final states are staged in two temporary tables (in memory on
    // SQLite, no index, no constraint), then each real table is written by one statement: a
    // statement per row on tables with foreign keys, CHECKs and several indexes cost four
    // times as much (checks, statement journals and cursors set up again for every row).
    const core::SqlDialect &d = db.dialect();
    auto type = [&d](const char *sqlType) { return d.columnType(QLatin1String(sqlType)); };
    const QString lineColumns = QStringLiteral(
        "record_id %1, line %2, boleto_id %1, nosso_numero %3, document_number %3, occurrence_code %3, occurrence_text %3,"
        " kind %3, outcome %3, reasons %3, title_cents %2, paid_cents %2, interest_cents %2, discount_cents %2,"
        " rebate_cents %2, iof_cents %2, fee_cents %2, occurrence_date %4, credit_date %4, pays %2,"
        " payment_interest_cents %2, payment_fine_cents %2, paid_on %4, duplicate %2, order_id %1")
                                    .arg(type("uuid"), type("bigint"), type("text"), type("date"));
    const QString boletoColumns = QStringLiteral("boleto_id %1, status %3, paid_cents %2, paid_on %4, clears_instruction %2,"
                                                 " base_version %2")
                                      .arg(type("uuid"), type("bigint"), type("text"), type("date"));
    for (const QString &ddl : {QStringLiteral("CREATE TEMPORARY TABLE reconcile_lines (%1)").arg(lineColumns),
                               QStringLiteral("CREATE TEMPORARY TABLE reconcile_boletos (%1)").arg(boletoColumns)}) {
        if (auto created = db.exec(ddl); !created)
            return created.error();
    }
    auto stageLine = core::BulkStatement::prepare(
        db, QStringLiteral("INSERT INTO reconcile_lines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                             " ?, ?, ?)"));
    if (!stageLine)
        return stageLine.error();
    core::Uuid7Sequence ids;
    for (const ReconciliationLine &line : preview.lines) {
        if (!step())
            return core::Error::conflict(cancelled);
        const RetornoMovement &m = line.movement;
        core::BulkStatement &s = *stageLine;
        s.bind(0, ids.next());
        s.bind(1, qint64(m.line));
        if (line.boleto)
            s.bind(2, line.boleto->id);
        else
            s.bindNull(2);
        s.bind(3, m.nossoNumeroField);
        s.bind(4, m.documentNumber);
        s.bind(5, m.occurrenceCode);
        s.bind(6, m.occurrenceText);
        s.bind(7, movementKindCode(m.kind));
        s.bind(8, outcomeCode(line.outcome));
        s.bind(9, reasonsText(m));
        s.bind(10, m.titleCents);
        s.bind(11, m.paidCents);
        s.bind(12, m.interestCents);
        s.bind(13, m.discountCents);
        s.bind(14, m.rebateCents);
        s.bind(15, m.iofCents);
        s.bind(16, m.feeCents);
        s.bind(17, m.occurrenceDate);
        s.bind(18, m.creditDate);
        if (line.recordsPayment)
            ++result.payments;
        if (line.movesMoney()) { // a payment, or a card refund (the cash view takes it off)
            s.bind(19, qint64(1));
            s.bind(20, line.interestCents);
            s.bind(21, line.fineCents);
            s.bind(22, m.paymentDate());
            s.bind(23, qint64(line.outcome == ReconciliationOutcome::DuplicatePayment ? 1 : 0));
        } else {
            s.bind(19, qint64(0));
            s.bind(20, qint64(0));
            s.bind(21, qint64(0));
            s.bindNull(22);
            s.bind(23, qint64(0));
        }
        if (line.settledOrderId.isEmpty())
            s.bindNull(24);
        else
            s.bind(24, line.settledOrderId);
        if (auto ran = s.run(); !ran)
            return ran.error();
    }

    // Boletos: their final state, checked against the version the preview saw.
    auto stageBoleto = core::BulkStatement::prepare(db, QStringLiteral("INSERT INTO reconcile_boletos VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stageBoleto)
        return stageBoleto.error();
    int boletosChanged = 0;
    for (const Change &c : changes) {
        if (!step())
            return core::Error::conflict(cancelled);
        if (!c.changed())
            continue;
        ++boletosChanged;
        if (c.statusChanged())
            ++result.statusChanges;
        const BoletoSnapshot &b = c.after;
        core::BulkStatement &s = *stageBoleto;
        s.bind(0, b.id);
        s.bind(1, b.status);
        if (b.paidCents >= 0)
            s.bind(2, b.paidCents);
        else
            s.bindNull(2);
        s.bind(3, b.paidOn);
        s.bind(4, qint64(b.status == BoletoStatus::kPaid || b.status == BoletoStatus::kWrittenOff ? 1 : 0));
        s.bind(5, b.rowVersion);
        if (auto ran = s.run(); !ran)
            return ran.error();
    }
    const QString fileParam = d.parameterAs(QStringLiteral("uuid"));
    const QString nowParam = d.parameterAs(QStringLiteral("timestamptz"));
    const QString userParam = d.parameterAs(QStringLiteral("uuid"));
    auto run = [&db](const QString &sql, const QVariantList &values) -> core::Result<int> {
        auto q = db.exec(sql, values);
        if (!q)
            return q.error();
        return q->numRowsAffected();
    };
    auto records = run(QStringLiteral("INSERT INTO retorno_records (id, file_id, line, boleto_id, nosso_numero, document_number,"
                                      " occurrence_code, occurrence_text, kind, outcome, reasons, title_cents, paid_cents,"
                                      " interest_cents, discount_cents, rebate_cents, iof_cents, fee_cents, occurrence_date,"
                                      " credit_date, pays, payment_interest_cents, payment_fine_cents, paid_on, duplicate,"
                                      " order_id, created_at)"
                                      " SELECT record_id, %1, line, boleto_id, nosso_numero, document_number, occurrence_code,"
                                      " occurrence_text, kind, outcome, reasons, title_cents, paid_cents, interest_cents,"
                                      " discount_cents, rebate_cents, iof_cents, fee_cents, occurrence_date, credit_date, pays,"
                                      " payment_interest_cents, payment_fine_cents, paid_on, duplicate, order_id, %2"
                                      " FROM reconcile_lines")
                           .arg(fileParam, nowParam),
                       {fileId, now});
    if (!records)
        return records.error();
    if (!stepped())
        return core::Error::conflict(cancelled);
    auto updated = run(QStringLiteral("UPDATE boletos SET status = s.status, paid_cents = s.paid_cents, paid_on = s.paid_on,"
                                      " pending_instruction = CASE WHEN s.clears_instruction = 1 THEN ''"
                                      " ELSE boletos.pending_instruction END,"
                                      " row_version = boletos.row_version + 1, updated_at = %1, updated_by = %2"
                                      " FROM reconcile_boletos s WHERE boletos.id = s.boleto_id AND boletos.row_version = s.base_version")
                           .arg(nowParam, userParam),
                       {now, user});
    if (!updated)
        return updated.error();
    if (*updated != boletosChanged) {
        return core::Error::conflict(Tr::tr("A boleto of this file changed since the preview (paid, cancelled or edited by"
                                            " someone else); preview the file again."),
                                     preview.fileName);
    }
    if (!stepped())
        return core::Error::conflict(cancelled);
    const QString payload = d.jsonObject({QStringLiteral("'status', status"), QStringLiteral("'paid_cents', paid_cents"),
                                          QStringLiteral("'paid_on', paid_on"),
                                          QStringLiteral("'row_version', base_version + 1"),
                                          QStringLiteral("'updated_at', %1").arg(d.parameterAs(QStringLiteral("text")))});
    auto queued = run(QStringLiteral("INSERT INTO outbox (table_name, row_id, operation, payload, base_version, created_at)"
                                     " SELECT 'boletos', boleto_id, 'update', %1, base_version, %2 FROM reconcile_boletos")
                          .arg(payload, nowParam),
                      {now, now});
    if (!queued)
        return queued.error();
    for (const QString &ddl : {QStringLiteral("DROP TABLE reconcile_lines"), QStringLiteral("DROP TABLE reconcile_boletos")}) {
        if (auto dropped = db.exec(ddl); !dropped)
            return dropped.error();
    }
    if (!stepped())
        return core::Error::conflict(cancelled);

    return result;
}

} // namespace billing
