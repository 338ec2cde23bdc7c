#include "billing/data/reconciliationservice.h"

#include "billing/data/collectionaccountrepository.h"
#include "billing/data/reconciliationwrite.h"
#include "billing/domain/boletostatus.h"
#include "billing/data/cardreconciliation.h"
#include "billing/reconciliation/paymentfilereader.h"
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

/// A movement is the same payment as one on record when it has the same date and amount.
bool samePayment(const RetornoMovement &m, const BoletoSnapshot &b)
{
    return b.paidCents == m.paidCents && b.paidOn == m.paymentDate();
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
            orders.insert(line.orderId());
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
    auto parsed = readPaymentFile(content);
    if (!parsed) {
        core::Error error = parsed.error();
        if (!fileName.isEmpty())
            error.where = fileName + QStringLiteral(", ") + error.where;
        return error;
    }
    ReconciliationPreview preview;
    preview.fileName = fileName;
    preview.contentHash = contentHash(content);
    if (parsed->layout == QLatin1String("card")) {
        // A card settlement pays orders, not boletos, and belongs to its acquirer.
        preview.provider = cardProviderName(parsed->variant);
    } else {
        auto account = accountFor(*parsed, accountIdOrName);
        if (!account)
            return account.error();
        preview.account = *account;
    }

    auto previous = m_db.exec(QStringLiteral("SELECT id, imported_at FROM retorno_files WHERE content_hash = ?"), {preview.contentHash});
    if (!previous)
        return previous.error();
    if (previous->next()) {
        preview.previousImportId = previous->value(0).toString();
        preview.previousImportAt = core::fromDbTimestamp(previous->value(1));
    }

    RetornoFile header = *parsed;
    header.movements.clear();
    preview.file = header; // the header facts; the movements go into the lines
    if (preview.isCardSettlement()) {
        if (auto classified = classifyCardSettlement(m_db, preview, std::move(parsed->movements), awaitsPayment, progress);
            !classified)
            return classified.error();
        return preview;
    }

    auto paymentLookup = m_db.prepare(QStringLiteral("SELECT 1 FROM boleto_payments WHERE boleto_id = ? AND paid_cents = ?"
                                                     " AND paid_on = ? LIMIT 1"));
    if (!paymentLookup)
        return paymentLookup.error();

    // Every boleto the file names, in one statement: the nosso números go in as one JSON array
    // of strings (a statement per record would cost more than everything else together; an
    // array of objects, a field read per row, tripled the statement's time). The snapshots
    // sit in one vector; the hash only maps a nosso número to its place.
    std::vector<std::shared_ptr<const BoletoSnapshot>> boletos; // as the lines so far left them
    QHash<QString, qsizetype> byNumber; // every number asked; -1 until its boleto is found
    std::vector<QString> matchKeys; // each movement's, in file order
    {
        QByteArray keys("[");
        byNumber.reserve(parsed->movements.size());
        matchKeys.reserve(size_t(parsed->movements.size()));
        for (const RetornoMovement &m : std::as_const(parsed->movements)) {
            const QString number = retornoMatchKey(m.nossoNumero);
            matchKeys.push_back(number);
            if (number.isEmpty())
                continue;
            const qsizetype before = byNumber.size();
            byNumber.insert(number, -1); // one lookup both tells a new number and records it
            if (byNumber.size() == before)
                continue;
            if (keys.size() > 1)
                keys += ',';
            core::Outbox::appendJsonString(keys, number);
        }
        keys += ']';
        boletos.reserve(size_t(byNumber.size()));
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
            auto snapshot = std::make_shared<BoletoSnapshot>();
            BoletoSnapshot &b = *snapshot;
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
            byNumber[q->text(0)] = qsizetype(boletos.size());
            boletos.push_back(std::move(snapshot));
        }
    }

    // A file may carry several movements of one boleto (entrada confirmada, then liquidação):
    // each is judged against the boleto as the previous ones left it. The movements move into
    // the lines, and the lines of a boleto share its snapshot until one of them changes it.
    QSet<QString> ordersConfirmed;
    std::vector<qsizetype> changedBy(boletos.size(), -1); // the line whose change a boleto's next line must see
    const qsizetype total = parsed->movements.size();
    preview.lines.reserve(total);
    qsizetype done = 0;
    for (RetornoMovement &m : parsed->movements) {
        const QString &key = matchKeys[size_t(done++)];
        if (progress && (done % 2048) == 0 && !progress(done, total))
            return core::Error::conflict(Tr::tr("Import cancelled; nothing was written."));
        const qsizetype found = key.isEmpty() ? -1 : byNumber.value(key, -1);
        const size_t at = found >= 0 ? size_t(found) : 0;
        std::shared_ptr<const BoletoSnapshot> *state = found >= 0 ? &boletos[at] : nullptr;
        if (state && changedBy[at] >= 0) {
            const ReconciliationLine &changer = preview.lines.at(changedBy[at]);
            auto next = std::make_shared<BoletoSnapshot>(*changer.boleto);
            changer.applyTo(*next);
            *state = std::move(next);
            changedBy[at] = -1;
        }
        const BoletoSnapshot *boleto = state ? state->get() : nullptr;
        bool recorded = false;
        if (boleto && boleto->status == BoletoStatus::kPaid && m.isPayment()) {
            recorded = samePayment(m, *boleto);
            if (!recorded) {
                // A payment recorded by an earlier file (the boleto may have been paid twice).
                QSqlQuery &p = *paymentLookup;
                p.bindValue(0, boleto->id);
                p.bindValue(1, m.paidCents);
                p.bindValue(2, core::toDbDate(m.paymentDate()));
                if (!p.exec())
                    return core::Database::errorFrom(p, QStringLiteral("payment lookup"));
                recorded = p.next();
                p.finish();
            }
        }
        const bool awaits = boleto && !boleto->orderId.isEmpty() && !ordersConfirmed.contains(boleto->orderId) && awaitsPayment
                            && awaitsPayment(boleto->orderStatus);
        ReconciliationLine line = classifyMovement(std::move(m), state ? *state : nullptr, recorded, awaits);
        if (state) {
            // A later line of this boleto sees it changed (the copy is made only then: most
            // boletos have one line); this line keeps what it found.
            if (line.changesBoleto())
                changedBy[at] = preview.lines.size();
            if (line.confirmsOrder)
                ordersConfirmed.insert(boleto->orderId);
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
    }

    core::Transaction tx(m_db);
    auto result = [&]() -> core::Result<> {
        if (!tx.begun())
            return tx.begun().error();
        const QVariant accountId = preview.isCardSettlement() ? QVariant() : QVariant(preview.account.id);
        auto file = m_db.exec(QStringLiteral("INSERT INTO retorno_files (id, account_id, provider, bank_code, layout, file_name,"
                                             " content_hash, nsa, generated_on, record_count, paid_count, paid_cents, fee_cents,"
                                             " summary, imported_at, imported_by, updated_at, updated_by)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {fileId, accountId, preview.provider, preview.file.bankCode, preview.file.layout, preview.fileName,
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
        auto written = writeReconciliation(m_db, preview, fileId, now, user, progress);
        if (!written)
            return written.error();
        applied.payments = written->payments;
        applied.statusChanges = written->statusChanges;
        const qint64 total = written->progressTotal;
        const QString cancelled = Tr::tr("Import cancelled; nothing was written.");

        // Orders move on last, in the same transaction: a failing action undoes the whole import.
        if (confirmPayment) {
            for (const ReconciliationLine &line : preview.lines) {
                if (!line.confirmsOrder)
                    continue;
                const QString reason = line.boleto ? Tr::tr("Boleto %1 paid (retorno %2, line %3)")
                                                         .arg(line.boleto->nossoNumeroPrinted, preview.fileName)
                                                         .arg(line.movement.line)
                                                   : Tr::tr("Payment %1 settled by %2 (%3, line %4)")
                                                         .arg(line.movement.nossoNumeroField, preview.provider, preview.fileName)
                                                         .arg(line.movement.line);
                auto moved = confirmPayment(line.orderId(), reason);
                if (moved) {
                    ++applied.ordersConfirmed;
                } else if (moved.error().kind == core::Error::Kind::Conflict) {
                    // The order left the waiting state since the preview: the payment stands.
                    applied.notes << Tr::tr("Order %1: %2").arg(line.orderNumber()).arg(moved.error().text());
                } else {
                    return moved;
                }
            }
        }
        applied.records = int(preview.lines.size());
        if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("billing.retorno_imported"),
                                                  QStringLiteral("retorno_files"), fileId,
                                                  {{QStringLiteral("file"), preview.fileName},
                                                   {QStringLiteral("account"), preview.isCardSettlement() ? preview.provider
                                                                                                          : preview.account.id},
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
    auto q = m_db.exec(QStringLiteral("SELECT f.id, COALESCE(a.name, f.provider), f.bank_code, f.layout, f.file_name, f.nsa, f.record_count, f.paid_count,"
                                      " f.paid_cents, f.fee_cents, f.imported_at, u.login, f.summary"
                                      " FROM retorno_files f LEFT JOIN bank_accounts a ON a.id = f.account_id"
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
