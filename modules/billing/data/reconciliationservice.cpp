#include "billing/data/reconciliationservice.h"

#include "billing/data/collectionaccountrepository.h"
#include "billing/domain/boletostatus.h"
#include "billing/reconciliation/pixstatement.h"
#include "billing/retorno/retornoparser.h"
#include "core/data/auditlog.h"
#include "core/data/bulkstatement.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/rowsnapshot.h"
#include "core/data/sqldialect.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <vector>

namespace billing {

using core::Tr;

namespace {

/// The file's identity: BLAKE2b-256 of its bytes (libsodium; several times faster than SHA-256
/// on a retorno of tens of megabytes, and as good at telling files apart).
QString contentHash(const QByteArray &content)
{
    unsigned char digest[crypto_generichash_BYTES];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(content.constData()),
                       quint64(content.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}


QString reasonsText(const RetornoMovement &m)
{
    QStringList parts;
    for (const MovementReason &r : m.reasons)
        parts << (r.text.isEmpty() ? r.code : r.code + u' ' + r.text);
    return parts.join(QStringLiteral("; "));
}

/// A movement is the same payment as one on record when it has the same date and amount.
bool samePayment(const RetornoMovement &m, const BoletoSnapshot &b)
{
    const QDate paidOn = m.occurrenceDate.isValid() ? m.occurrenceDate : m.creditDate;
    return b.paidCents == m.paidCents && b.paidOn == paidOn;
}

} // namespace

QHash<ReconciliationOutcome, OutcomeTotals> ReconciliationPreview::totals() const
{
    QHash<ReconciliationOutcome, OutcomeTotals> result;
    for (const ReconciliationLine &line : lines) {
        OutcomeTotals &t = result[line.outcome];
        ++t.count;
        if (line.recordsPayment)
            t.paidCents += line.movement.paidCents;
        t.feeCents += line.movement.feeCents;
    }
    return result;
}

qint64 ReconciliationPreview::paidCents() const
{
    qint64 sum = 0;
    for (const ReconciliationLine &line : lines) {
        if (line.recordsPayment)
            sum += line.movement.paidCents;
    }
    return sum;
}

qint64 ReconciliationPreview::feeCents() const
{
    qint64 sum = 0;
    for (const ReconciliationLine &line : lines)
        sum += line.movement.feeCents;
    return sum;
}

int ReconciliationPreview::ordersToConfirm() const
{
    QSet<QString> orders;
    for (const ReconciliationLine &line : lines) {
        if (line.confirmsOrder)
            orders.insert(line.boleto->orderId);
    }
    return int(orders.size());
}

core::Result<CollectionAccount> ReconciliationService::accountFor(const RetornoFile &file, const QString &accountIdOrName) const
{
    CollectionAccountRepository accounts(m_db);
    if (!accountIdOrName.isEmpty()) {
        auto account = accounts.findByIdOrName(accountIdOrName);
        if (!account)
            return account.error();
        if (account->bank.bankCode != file.bankCode) {
            return core::Error::validation(Tr::tr("The file comes from bank %1, but account '%2' is at bank %3.")
                                               .arg(file.bankCode, account->name, account->bank.bankCode),
                                           QStringLiteral("account"));
        }
        return account;
    }
    auto all = accounts.list(true);
    if (!all)
        return all.error();
    QList<CollectionAccount> ofBank;
    for (const CollectionAccount &a : *all) {
        if (a.bank.bankCode == file.bankCode)
            ofBank << a;
    }
    if (ofBank.isEmpty()) {
        return core::Error::notFound(Tr::tr("There is no active collection account at bank %1; add it under Boletos › Accounts"
                                            " (or bank-account add) before importing its files.")
                                         .arg(file.bankCode),
                                     QStringLiteral("account"));
    }
    if (ofBank.size() == 1)
        return ofBank.first();
    // Several accounts at the bank: the header names the agency/account or the convênio.
    const QString agency = retornoMatchKey(file.agency);
    const QString account = retornoMatchKey(file.account);
    const QString convenio = retornoMatchKey(file.convenio);
    QList<CollectionAccount> named;
    for (const CollectionAccount &a : ofBank) {
        const bool byAccount = !account.isEmpty() && retornoMatchKey(a.bank.account) == account
                               && (agency.isEmpty() || retornoMatchKey(a.bank.agency) == agency);
        const bool byConvenio = !convenio.isEmpty() && retornoMatchKey(a.bank.convenio) == convenio;
        if (byAccount || byConvenio)
            named << a;
    }
    if (named.size() == 1)
        return named.first();
    QStringList names;
    for (const CollectionAccount &a : ofBank)
        names << a.name;
    return core::Error::validation(Tr::tr("Bank %1 has several collection accounts (%2) and the file's header does not tell which"
                                          " one it is for; choose the account.")
                                       .arg(file.bankCode, names.join(QStringLiteral(", "))),
                                   QStringLiteral("account"));
}

core::Result<ReconciliationPreview> ReconciliationService::preview(const core::Session &session, const QByteArray &content,
                                                                   const QString &fileName, const QString &accountIdOrName,
                                                                   const AwaitsPayment &awaitsPayment,
                                                                   const Progress &progress) const
{
    if (auto allowed = session.require(core::Permission::BillingView); !allowed)
        return allowed.error();
    auto parsed = PixStatement::looksLikeOne(content) ? PixStatement::parse(content) : RetornoParser::parse(content);
    if (!parsed) {
        core::Error error = parsed.error();
        if (!fileName.isEmpty())
            error.where = fileName + QStringLiteral(", ") + error.where;
        return error;
    }
    ReconciliationPreview preview;
    preview.fileName = fileName;
    preview.contentHash = contentHash(content);
    auto account = accountFor(*parsed, accountIdOrName);
    if (!account)
        return account.error();
    preview.account = *account;

    auto previous = m_db.exec(QStringLiteral("SELECT id, imported_at FROM retorno_files WHERE content_hash = ?"), {preview.contentHash});
    if (!previous)
        return previous.error();
    if (previous->next()) {
        preview.previousImportId = previous->value(0).toString();
        preview.previousImportAt = core::fromDbTimestamp(previous->value(1));
    }

    auto paymentLookup = m_db.prepare(QStringLiteral("SELECT 1 FROM boleto_payments WHERE boleto_id = ? AND paid_cents = ?"
                                                     " AND paid_on = ? LIMIT 1"));
    if (!paymentLookup)
        return paymentLookup.error();

    // Every boleto the file names, in one statement: the nosso números go in as one JSON array
    // of strings (a statement per record would cost more than everything else together; an
    // array of objects, a field read per row, tripled the statement's time). The snapshots
    // sit in one vector; the hash only maps a nosso número to its place.
    std::vector<BoletoSnapshot> boletos;
    QHash<QString, qsizetype> byNumber;
    {
        QByteArray keys("[");
        QSet<QString> asked;
        asked.reserve(parsed->movements.size());
        for (const RetornoMovement &m : std::as_const(parsed->movements)) {
            const QString number = retornoMatchKey(m.nossoNumero);
            if (number.isEmpty() || asked.contains(number))
                continue;
            asked.insert(number);
            if (keys.size() > 1)
                keys += ',';
            core::Outbox::appendJsonString(keys, number);
        }
        keys += ']';
        boletos.reserve(asked.size());
        byNumber.reserve(asked.size());
        const core::SqlDialect &d = m_db.dialect();
        auto q = core::BulkStatement::prepare(
            m_db, QStringLiteral("SELECT %1, b.id, b.status, b.amount_cents, b.due_date, b.interest_per_day_cents, b.fine_bp,"
                                 " b.discount_cents, b.discount_until, b.paid_cents, b.paid_on, b.row_version,"
                                 " b.nosso_numero_printed, b.payer_name, b.order_id, o.number, o.status"
                                 " FROM %2 CROSS JOIN boletos b LEFT JOIN orders o ON o.id = b.order_id"
                                 " WHERE b.account_id = ? AND ltrim(b.nosso_numero, '0') = %1")
                      .arg(QStringLiteral("j.value"), d.jsonTextRows(QStringLiteral("j"))));
        if (!q)
            return q.error();
        q->bind(0, keys);
        q->bind(1, preview.account.id);
        auto isoDate = [&q](int column) { return core::fromDbDate(q->text(column)); };
        for (;;) {
            auto row = q->next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            BoletoSnapshot &b = boletos.emplace_back();
            b.id = q->text(1);
            b.status = q->text(2);
            b.amountCents = q->int64(3);
            b.dueDate = isoDate(4);
            b.interestPerDayCents = q->int64(5);
            b.fineBp = int(q->int64(6));
            b.discountCents = q->int64(7);
            b.discountUntil = q->isNull(8) ? QDate() : isoDate(8);
            b.paidCents = q->isNull(9) ? -1 : q->int64(9);
            b.paidOn = q->isNull(10) ? QDate() : isoDate(10);
            b.rowVersion = q->int64(11);
            b.nossoNumeroPrinted = q->text(12);
            b.payerName = q->text(13);
            b.orderId = q->text(14);
            b.orderNumber = q->isNull(15) ? 0 : q->int64(15);
            b.orderStatus = q->text(16);
            byNumber.insert(q->text(0), qsizetype(boletos.size()) - 1);
        }
    }

    // A file may carry several movements of one boleto (entrada confirmada, then liquidação):
    // each is judged against the boleto as the previous ones left it (its snapshot is updated
    // in place as the lines are classified).
    QSet<QString> ordersConfirmed;
    RetornoFile header = *parsed;
    header.movements.clear();
    preview.file = header;
    const qsizetype total = parsed->movements.size();
    preview.lines.reserve(total);
    qsizetype done = 0;
    for (const RetornoMovement &m : std::as_const(parsed->movements)) {
        if (progress && (++done % 2048) == 0 && !progress(done, total))
            return core::Error::conflict(Tr::tr("Import cancelled; nothing was written."));
        const auto found = byNumber.constFind(retornoMatchKey(m.nossoNumero));
        BoletoSnapshot *state = found != byNumber.constEnd() ? &boletos[size_t(*found)] : nullptr;
        std::optional<BoletoSnapshot> boleto;
        if (state)
            boleto = *state;
        bool recorded = false;
        if (boleto && boleto->status == BoletoStatus::kPaid
            && (m.kind == MovementKind::Liquidacao || m.kind == MovementKind::LiquidacaoAposBaixa)) {
            recorded = samePayment(m, *boleto);
            if (!recorded) {
                // A payment recorded by an earlier file (the boleto may have been paid twice).
                const QDate paidOn = m.occurrenceDate.isValid() ? m.occurrenceDate : m.creditDate;
                QSqlQuery &p = *paymentLookup;
                p.bindValue(0, boleto->id);
                p.bindValue(1, m.paidCents);
                p.bindValue(2, core::toDbDate(paidOn));
                if (!p.exec())
                    return core::Database::errorFrom(p, QStringLiteral("payment lookup"));
                recorded = p.next();
                p.finish();
            }
        }
        const bool awaits = boleto && !boleto->orderId.isEmpty() && !ordersConfirmed.contains(boleto->orderId) && awaitsPayment
                            && awaitsPayment(boleto->orderStatus);
        ReconciliationLine line = classifyMovement(m, boleto, recorded, awaits);
        if (state) {
            if (!line.newStatus.isEmpty())
                state->status = line.newStatus;
            if (line.recordsPayment && state->paidCents < 0) {
                state->paidCents = m.paidCents;
                state->paidOn = m.occurrenceDate.isValid() ? m.occurrenceDate : m.creditDate;
            }
            if (line.confirmsOrder)
                ordersConfirmed.insert(state->orderId);
        }
        preview.lines.append(std::move(line));
    }
    if (progress)
        progress(total, total);
    return preview;
}

core::Result<ReconciliationApplied> ReconciliationService::apply(const core::Session &session, const ReconciliationPreview &preview,
                                                                 const ConfirmPayment &confirmPayment, const Progress &progress)
{
    if (auto allowed = session.require(core::Permission::BillingManage); !allowed)
        return allowed.error();
    if (preview.alreadyImported()) {
        return core::Error::conflict(Tr::tr("This file was already imported on %1; importing it again changes nothing.")
                                         .arg(preview.previousImportAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))),
                                     preview.fileName);
    }
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant user = session.userId().isEmpty() ? QVariant() : QVariant(session.userId());
    const QString fileId = core::Uuid7::generate();
    ReconciliationApplied applied;
    applied.fileId = fileId;

    // The final state of every boleto the file touches, and its version when previewed.
    struct Change
    {
        QString boletoId;
        QString status;
        qint64 paidCents = -1;
        QDate paidOn;
        qint64 baseVersion = 0;
        QString previousStatus;
        bool paidChanged = false;
    };
    std::vector<Change> changes; // one per boleto the file touches
    QHash<QString, qsizetype> changeOf;
    changeOf.reserve(preview.lines.size());
    changes.reserve(size_t(preview.lines.size()));
    QJsonObject summary;
    const QHash<ReconciliationOutcome, OutcomeTotals> totals = preview.totals();
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        const OutcomeTotals &t = it.value();
        summary.insert(outcomeCode(it.key()), QJsonObject{{QStringLiteral("count"), t.count},
                                                         {QStringLiteral("paid_cents"), t.paidCents},
                                                         {QStringLiteral("fee_cents"), t.feeCents}});
    }
    int paidCount = 0;
    for (const ReconciliationLine &line : preview.lines) {
        if (line.recordsPayment) {
            ++paidCount;
            applied.paidCents += line.movement.paidCents;
        }
        if (!line.boleto)
            continue;
        auto at = changeOf.constFind(line.boleto->id);
        if (at == changeOf.constEnd()) {
            at = changeOf.insert(line.boleto->id, qsizetype(changes.size()));
            Change &c = changes.emplace_back();
            c.boletoId = line.boleto->id;
            c.baseVersion = line.boleto->rowVersion;
            c.previousStatus = line.boleto->status;
            c.status = line.boleto->status;
            c.paidCents = line.boleto->paidCents;
            c.paidOn = line.boleto->paidOn;
        }
        Change &c = changes[size_t(*at)];
        if (!line.newStatus.isEmpty())
            c.status = line.newStatus;
        if (line.recordsPayment && c.paidCents < 0) {
            c.paidChanged = true;
            c.paidCents = line.movement.paidCents;
            c.paidOn = line.movement.occurrenceDate.isValid() ? line.movement.occurrenceDate : line.movement.creditDate;
        }
    }
    // In key order: UUIDv7 keys follow the order boletos were issued, so neighbours share pages
    // when the boletos are updated.
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.boletoId < b.boletoId; });

    core::Transaction tx(m_db);
    auto result = [&]() -> core::Result<> {
        if (!tx.begun())
            return tx.begun().error();
        auto file = m_db.exec(QStringLiteral("INSERT INTO retorno_files (id, account_id, bank_code, layout, file_name, content_hash, nsa,"
                                             " generated_on, record_count, paid_count, paid_cents, fee_cents, summary, imported_at,"
                                             " imported_by, updated_at, updated_by)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {fileId, preview.account.id, preview.file.bankCode, preview.file.layout, preview.fileName,
                               preview.contentHash, preview.file.nsa, core::toDbDate(preview.file.generatedOn), int(preview.lines.size()),
                               paidCount, applied.paidCents, preview.feeCents(),
                               QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)), now, user, now, user});
        if (!file) {
            // Another desktop (or a second window) imported the same bytes meanwhile.
            auto again = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM retorno_files WHERE content_hash = ?"), {preview.contentHash});
            if (again && again->toInt() > 0)
                return core::Error::conflict(Tr::tr("This file was already imported; importing it again changes nothing."),
                                             preview.fileName);
            return file.error();
        }
        // The file's records (its payments among them) are append-only children of the file: they
        // travel to the central database with this one outbox entry (the push reads them by
        // file_id), not with a hundred thousand entries of their own.
        if (auto queued = core::recordRowInOutbox(m_db, QStringLiteral("retorno_files"), fileId, true, 0); !queued)
            return queued;
        const QString cancelled = Tr::tr("Import cancelled; nothing was written.");
        const qint64 total = preview.lines.size() + qint64(changes.size()) + 4;
        qint64 done = 0;
        auto step = [&]() { return !progress || (++done % 4096) != 0 || progress(done, total); };
        auto stepped = [&](qint64 n) { done += n; return !progress || progress(done, total); };

        // The lines and the boletos' final states are staged in two temporary tables (in memory on
        // SQLite, no index, no constraint), then each real table is written by one statement: a
        // statement per row on tables with foreign keys, CHECKs and several indexes cost four
        // times as much (checks, statement journals and cursors set up again for every row).
        const core::SqlDialect &d = m_db.dialect();
        auto type = [&d](const char *sqlType) { return d.columnType(QLatin1String(sqlType)); };
        const QString lineColumns = QStringLiteral(
            "record_id %1, line %2, boleto_id %1, nosso_numero %3, document_number %3, occurrence_code %3, occurrence_text %3,"
            " kind %3, outcome %3, reasons %3, title_cents %2, paid_cents %2, interest_cents %2, discount_cents %2,"
            " rebate_cents %2, iof_cents %2, fee_cents %2, occurrence_date %4, credit_date %4, pays %2,"
            " payment_interest_cents %2, payment_fine_cents %2, paid_on %4, duplicate %2")
                                        .arg(type("uuid"), type("bigint"), type("text"), type("date"));
        const QString boletoColumns = QStringLiteral("boleto_id %1, status %3, paid_cents %2, paid_on %4, clears_instruction %2,"
                                                     " base_version %2")
                                          .arg(type("uuid"), type("bigint"), type("text"), type("date"));
        for (const QString &ddl : {QStringLiteral("CREATE TEMPORARY TABLE reconcile_lines (%1)").arg(lineColumns),
                                   QStringLiteral("CREATE TEMPORARY TABLE reconcile_boletos (%1)").arg(boletoColumns)}) {
            if (auto created = m_db.exec(ddl); !created)
                return created.error();
        }
        auto stageLine = core::BulkStatement::prepare(
            m_db, QStringLiteral("INSERT INTO reconcile_lines VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                 " ?, ?)"));
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
            if (line.recordsPayment) {
                ++applied.payments;
                s.bind(19, qint64(1));
                s.bind(20, line.interestCents);
                s.bind(21, line.fineCents);
                s.bind(22, m.occurrenceDate.isValid() ? m.occurrenceDate : m.creditDate);
                s.bind(23, qint64(line.outcome == ReconciliationOutcome::DuplicatePayment ? 1 : 0));
            } else {
                s.bind(19, qint64(0));
                s.bind(20, qint64(0));
                s.bind(21, qint64(0));
                s.bindNull(22);
                s.bind(23, qint64(0));
            }
            if (auto ran = s.run(); !ran)
                return ran.error();
        }

        // Boletos: their final state, checked against the version the preview saw.
        auto stageBoleto = core::BulkStatement::prepare(m_db, QStringLiteral("INSERT INTO reconcile_boletos VALUES (?, ?, ?, ?, ?, ?)"));
        if (!stageBoleto)
            return stageBoleto.error();
        int boletosChanged = 0;
        for (const Change &c : changes) {
            if (!step())
                return core::Error::conflict(cancelled);
            if (c.status == c.previousStatus && !c.paidChanged)
                continue;
            ++boletosChanged;
            if (c.status != c.previousStatus)
                ++applied.statusChanges;
            core::BulkStatement &s = *stageBoleto;
            s.bind(0, c.boletoId);
            s.bind(1, c.status);
            if (c.paidCents >= 0)
                s.bind(2, c.paidCents);
            else
                s.bindNull(2);
            s.bind(3, c.paidOn);
            s.bind(4, qint64(c.status == BoletoStatus::kPaid || c.status == BoletoStatus::kWrittenOff ? 1 : 0));
            s.bind(5, c.baseVersion);
            if (auto ran = s.run(); !ran)
                return ran.error();
        }
        const QString fileParam = d.parameterAs(QStringLiteral("uuid"));
        const QString nowParam = d.parameterAs(QStringLiteral("timestamptz"));
        const QString userParam = d.parameterAs(QStringLiteral("uuid"));
        auto run = [this](const QString &sql, const QVariantList &values) -> core::Result<int> {
            auto q = m_db.exec(sql, values);
            if (!q)
                return q.error();
            return q->numRowsAffected();
        };
        auto records = run(QStringLiteral("INSERT INTO retorno_records (id, file_id, line, boleto_id, nosso_numero, document_number,"
                                          " occurrence_code, occurrence_text, kind, outcome, reasons, title_cents, paid_cents,"
                                          " interest_cents, discount_cents, rebate_cents, iof_cents, fee_cents, occurrence_date,"
                                          " credit_date, pays, payment_interest_cents, payment_fine_cents, paid_on, duplicate,"
                                          " created_at)"
                                          " SELECT record_id, %1, line, boleto_id, nosso_numero, document_number, occurrence_code,"
                                          " occurrence_text, kind, outcome, reasons, title_cents, paid_cents, interest_cents,"
                                          " discount_cents, rebate_cents, iof_cents, fee_cents, occurrence_date, credit_date, pays,"
                                          " payment_interest_cents, payment_fine_cents, paid_on, duplicate, %2"
                                          " FROM reconcile_lines")
                               .arg(fileParam, nowParam),
                           {fileId, now});
        if (!records)
            return records.error();
        if (!stepped(1))
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
        if (!stepped(1))
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
            if (auto dropped = m_db.exec(ddl); !dropped)
                return dropped.error();
        }
        if (!stepped(1))
            return core::Error::conflict(cancelled);

        // Orders move on last, in the same transaction: a failing action undoes the whole import.
        if (confirmPayment) {
            for (const ReconciliationLine &line : preview.lines) {
                if (!line.confirmsOrder)
                    continue;
                const QString reason = Tr::tr("Boleto %1 paid (retorno %2, line %3)")
                                           .arg(line.boleto->nossoNumeroPrinted, preview.fileName)
                                           .arg(line.movement.line);
                auto moved = confirmPayment(line.boleto->orderId, reason);
                if (moved) {
                    ++applied.ordersConfirmed;
                } else if (moved.error().kind == core::Error::Kind::Conflict) {
                    // The order left the waiting state since the preview: the payment stands.
                    applied.notes << Tr::tr("Order %1: %2").arg(line.boleto->orderNumber).arg(moved.error().text());
                } else {
                    return moved;
                }
            }
        }
        applied.records = int(preview.lines.size());
        if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("billing.retorno_imported"),
                                                  QStringLiteral("retorno_files"), fileId,
                                                  {{QStringLiteral("file"), preview.fileName},
                                                   {QStringLiteral("account"), preview.account.id},
                                                   {QStringLiteral("content_hash"), preview.contentHash},
                                                   {QStringLiteral("records"), applied.records},
                                                   {QStringLiteral("payments"), applied.payments},
                                                   {QStringLiteral("paid_cents"), applied.paidCents},
                                                   {QStringLiteral("orders_confirmed"), applied.ordersConfirmed}});
            !audited)
            return audited;
        if (progress && !progress(total, total))
            return core::Error::conflict(cancelled);
        return tx.commit();
    }();
    if (!result) {
        tx.rollback();
        return result.error();
    }
    return applied;
}

core::Result<QList<RetornoImport>> ReconciliationService::history(int limit) const
{
    auto q = m_db.exec(QStringLiteral("SELECT f.id, a.name, f.bank_code, f.layout, f.file_name, f.nsa, f.record_count, f.paid_count,"
                                      " f.paid_cents, f.fee_cents, f.imported_at, u.login, f.summary"
                                      " FROM retorno_files f JOIN bank_accounts a ON a.id = f.account_id"
                                      " LEFT JOIN users u ON u.id = f.imported_by"
                                      " ORDER BY f.imported_at DESC, f.id DESC LIMIT ?"),
                       {limit});
    if (!q)
        return q.error();
    QList<RetornoImport> imports;
    while (q->next()) {
        RetornoImport i;
        i.id = q->value(0).toString();
        i.accountName = q->value(1).toString();
        i.bankCode = q->value(2).toString();
        i.layout = q->value(3).toString();
        i.fileName = q->value(4).toString();
        i.nsa = q->value(5).toInt();
        i.recordCount = q->value(6).toInt();
        i.paidCount = q->value(7).toInt();
        i.paidCents = q->value(8).toLongLong();
        i.feeCents = q->value(9).toLongLong();
        i.importedAt = core::fromDbTimestamp(q->value(10));
        i.importedBy = q->value(11).toString();
        i.summaryJson = q->value(12).toString();
        imports << i;
    }
    return imports;
}

} // namespace billing
