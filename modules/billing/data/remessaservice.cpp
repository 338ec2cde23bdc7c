#include "billing/data/remessaservice.h"

#include "billing/cnab/remessawriter.h"
#include "billing/data/boletorepository.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/pix/pixpayload.h"
#include "billing/domain/boletostatus.h"
#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/rowsnapshot.h"
#include "core/data/transaction.h"
#include "core/domain/civiltime.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <sodium.h>
#include <QSqlQuery>

namespace billing {

namespace {

using core::Tr;

RemessaTitle titleFor(const Boleto &b)
{
    RemessaTitle t;
    t.nossoNumero = b.nossoNumero;
    for (QChar c : b.nossoNumeroPrinted.section(u'/', -1)) { // "109/00223350-2" → "002233502"
        if (c.isLetterOrNumber())
            t.nossoNumeroWithDv += c;
    }
    t.seuNumero = b.documentNumber;
    t.control = b.documentNumber;
    t.dueDate = b.dueDate;
    t.issueDate = b.issueDate;
    t.amount = b.amount;
    t.interestPerDay = b.interestPerDay;
    if (b.discountUntil.isValid() && !b.discount.isZero()) {
        t.discountUntil = b.discountUntil;
        t.discountAmount = b.discount;
    }
    if (b.fineBp > 0) {
        t.fine.kind = RemessaFine::Kind::Percent;
        t.fine.percentHundredths = b.fineBp;
    }
    t.payerDocument = b.payerDocument;
    t.payerName = b.payerName;
    t.payerAddress = b.payerStreet;
    t.payerDistrict = b.payerDistrict;
    t.payerZip = b.payerCep;
    t.payerCity = b.payerCity;
    t.payerState = b.payerState;
    return t;
}

QString fileNameFor(const CollectionAccount &account, int nsa, const QDate &on)
{
    return QStringLiteral("remessa_%1_%2_%3_%4.rem")
        .arg(account.bank.bankCode, account.bank.account, QString::number(nsa).rightJustified(6, u'0'), on.toString(QStringLiteral("yyyyMMdd")));
}

} // namespace

namespace {

std::optional<RemessaPix> pixFor(const CollectionAccount &account, const Boleto &b)
{
    if (account.pixKey.isEmpty() || !RemessaWriter::carriesPix(account.bank.bankCode, account.remessaLayout))
        return std::nullopt;
    static const QHash<QString, RemessaPix::KeyType> types{{QStringLiteral("cpf"), RemessaPix::KeyType::Cpf},
                                                           {QStringLiteral("cnpj"), RemessaPix::KeyType::Cnpj},
                                                           {QStringLiteral("phone"), RemessaPix::KeyType::Phone},
                                                           {QStringLiteral("email"), RemessaPix::KeyType::Email},
                                                           {QStringLiteral("random"), RemessaPix::KeyType::Random}};
    RemessaPix pix;
    pix.keyType = types.value(account.pixKeyType, RemessaPix::KeyType::Cnpj);
    pix.key = account.pixKey;
    // The same txid as the boleto's printed BR Code, so a PIX payment matches its title.
    pix.txid = (QStringLiteral("BOL") + account.bank.bankCode + b.nossoNumero).left(PixPayload::kMaxTxidLength);
    pix.acceptance = RemessaPix::Acceptance::ExactAmount;
    return pix;
}

} // namespace

Remessa RemessaService::toRemessa(const CollectionAccount &account, const QList<Boleto> &entries, const QList<Boleto> &writeOffs,
                                  int nsa, const QDate &generatedOn)
{
    Remessa r;
    r.account = account.bank;
    r.account.lastNsa = nsa;
    r.companyCode = account.remessaCode;
    r.generatedOn = generatedOn;
    r.nsa = nsa;
    r.titles.reserve(entries.size() + writeOffs.size());
    for (const Boleto &b : entries) {
        RemessaTitle t = titleFor(b);
        t.pix = pixFor(account, b);
        r.titles.append(t);
    }
    for (const Boleto &b : writeOffs) {
        RemessaTitle t = titleFor(b);
        t.instruction = RemessaTitle::Instruction::WriteOff;
        r.titles.append(t);
    }
    return r;
}

core::Result<RemessaPlan> RemessaService::plan(const core::Session &session, const QString &accountIdOrName,
                                               const QStringList &boletoIds) const
{
    auto account = CollectionAccountRepository(m_db).findByIdOrName(accountIdOrName);
    if (!account)
        return account.error();
    return planWithNsa(session, account->id, boletoIds, account->bank.lastNsa + 1);
}

core::Result<RemessaPlan> RemessaService::planWithNsa(const core::Session &session, const QString &accountIdOrName,
                                                      const QStringList &boletoIds, int nsa) const
{
    if (auto allowed = session.require(core::Permission::BillingView); !allowed)
        return allowed.error();
    auto account = CollectionAccountRepository(m_db).findByIdOrName(accountIdOrName);
    if (!account)
        return account.error();
    auto pending = BoletoRepository(m_db).pendingForRemessa(account->id, boletoIds);
    if (!pending)
        return pending.error();
    RemessaPlan plan;
    plan.account = *account;
    plan.layout = account->remessaLayout;
    plan.nsa = nsa;
    for (const Boleto &b : *pending) {
        if (b.pendingInstruction == u"entrada" && b.status == BoletoStatus::kIssued) {
            plan.entries.append(b);
            plan.total += b.amount;
        } else if (b.pendingInstruction == u"baixa") {
            plan.writeOffs.append(b);
        }
    }
    // Asked-for boletos that have nothing to send (registered, paid, cancelled before
    // registration) are named, so the user knows why they are not in the file.
    QStringList skipped;
    if (!boletoIds.isEmpty() && pending->size() < boletoIds.size()) {
        QSet<QString> found;
        for (const Boleto &b : *pending)
            found.insert(b.id);
        BoletoRepository boletos(m_db);
        for (const QString &id : boletoIds) {
            if (found.contains(id))
                continue;
            auto b = boletos.find(id);
            skipped << (b ? b->nossoNumeroPrinted : id);
        }
    }
    if (!skipped.isEmpty()) {
        return core::Error::validation(
            Tr::tr("These boletos have nothing to send to the bank (already registered, paid or cancelled before registration): %1.")
                .arg(skipped.join(QStringLiteral(", "))),
            QStringLiteral("boletos"));
    }
    if (plan.entries.isEmpty() && plan.writeOffs.isEmpty()) {
        return core::Error::validation(Tr::tr("No boleto of the account '%1' waits for a remessa.").arg(account->name),
                                       QStringLiteral("boletos"));
    }
    // Entries come in nosso número order: the order banks list them in their retorno and reports.
    const QDate today = core::CivilTime::today();
    auto content = RemessaWriter::write(toRemessa(*account, plan.entries, plan.writeOffs, nsa, today), plan.layout);
    if (!content)
        return content.error();
    plan.content = *content;
    plan.suggestedFileName = fileNameFor(*account, nsa, today);
    return plan;
}

core::Result<RemessaGenerated> RemessaService::generate(const core::Session &session, const QString &accountIdOrName,
                                                        const QStringList &boletoIds, const QString &path)
{
    if (auto allowed = session.require(core::Permission::BillingManage); !allowed)
        return allowed.error();
    if (path.isEmpty())
        return core::Error::validation(Tr::tr("Choose where to save the remessa file."), QStringLiteral("path"));
    auto account = CollectionAccountRepository(m_db).findByIdOrName(accountIdOrName);
    if (!account)
        return account.error();
    // Build the plan (and check there is something to send) before spending a number on it.
    auto plan = planWithNsa(session, account->id, boletoIds, account->bank.lastNsa + 1);
    if (!plan)
        return plan.error();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant user = session.userId().isEmpty() ? QVariant() : QVariant(session.userId());
    const QString remessaId = core::Uuid7::generate();
    int nsa = 0;
    {
        core::Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun().error();
        auto bumped = m_db.exec(QStringLiteral("UPDATE bank_accounts SET last_nsa = last_nsa + 1, row_version = row_version + 1,"
                                               " updated_at = ?, updated_by = ? WHERE id = ?"),
                                {now, user, account->id});
        if (!bumped)
            return bumped.error();
        auto taken = m_db.scalar(QStringLiteral("SELECT last_nsa FROM bank_accounts WHERE id = ?"), {account->id});
        if (!taken)
            return taken.error();
        nsa = taken->toInt();
        auto reserved = m_db.exec(QStringLiteral("INSERT INTO remessa_files (id, account_id, nsa, layout, status, created_at,"
                                                 " created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 'generating', ?, ?, ?, ?)"),
                                  {remessaId, account->id, nsa, account->remessaLayout, now, user, now, user});
        if (!reserved)
            return reserved.error();
        if (auto queued = core::recordRowInOutbox(m_db, QStringLiteral("bank_accounts"), account->id, false, account->rowVersion);
            !queued)
            return queued.error();
        if (auto queued = core::recordRowInOutbox(m_db, QStringLiteral("remessa_files"), remessaId, true, 0); !queued)
            return queued.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }

    auto fail = [&](const core::Error &error) -> core::Error {
        // Best effort: the error being reported matters more than recording it.
        (void)m_db.exec(QStringLiteral("UPDATE remessa_files SET status = 'failed', error = ?, row_version = row_version + 1,"
                                 " updated_at = ? WHERE id = ?"),
                  {error.message, core::toDbTimestamp(QDateTime::currentDateTimeUtc()), remessaId});
        (void)core::AuditLog::append(m_db, session, QStringLiteral("billing.remessa_failed"), QStringLiteral("remessa_files"), remessaId,
                               {{QStringLiteral("nsa"), nsa}, {QStringLiteral("error"), error.message}});
        return error;
    };

    if (nsa != plan->nsa) {
        // Another desktop took a number meanwhile: the same titles, written with the NSA we got.
        auto content = RemessaWriter::write(toRemessa(*account, plan->entries, plan->writeOffs, nsa, core::CivilTime::today()),
                                            plan->layout);
        if (!content)
            return fail(content.error());
        plan->content = *content;
        plan->nsa = nsa;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(plan->content) != plan->content.size() || !file.commit()) {
        return fail(core::Error::io(Tr::tr("Could not write the remessa to %1: %2").arg(path, file.errorString()),
                                    QStringLiteral("path")));
    }
    // libsodium's SHA-256: twice as fast as QCryptographicHash on a file of megabytes.
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(plan->content.constData()), quint64(plan->content.size()));
    const QString sha = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());

    core::Transaction tx(m_db);
    auto applied = [&]() -> core::Result<> {
        if (!tx.begun())
            return tx.begun().error();
        const QString stamp = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
        // Set-based, because a remessa may carry tens of thousands of titles: link them with one
        // INSERT ... SELECT per instruction over the same condition the plan used, then change them
        // with one UPDATE per instruction. The row counts prove that nothing changed since the plan
        // (a boleto cancelled, paid or sent meanwhile fails the whole remessa).
        QString onlyAsked;
        QVariantList askedIds;
        if (!boletoIds.isEmpty()) {
            onlyAsked = QStringLiteral(" AND id IN (%1)").arg(QStringList(boletoIds.size(), QStringLiteral("?")).join(u','));
            for (const QString &id : boletoIds)
                askedIds << id;
        }
        auto linkAll = [&](const QString &instruction, const QString &requiredStatus, qsizetype expected) -> core::Result<> {
            if (expected == 0)
                return {};
            auto linked = m_db.exec(QStringLiteral("INSERT INTO remessa_titles (remessa_id, boleto_id, instruction)"
                                                   " SELECT ?, id, ? FROM boletos WHERE account_id = ? AND pending_instruction = ?%1%2")
                                        .arg(requiredStatus.isEmpty() ? QString() : QStringLiteral(" AND status = '%1'").arg(requiredStatus),
                                             onlyAsked),
                                    QVariantList{remessaId, instruction, account->id, instruction} + askedIds);
            if (!linked)
                return linked.error();
            if (linked->numRowsAffected() != expected) {
                return core::Error::conflict(Tr::tr("Boletos changed while the remessa was being written (issued, cancelled or sent"
                                                    " by someone else); generate it again."),
                                             QStringLiteral("boletos"));
            }
            return {};
        };
        if (auto linked = linkAll(QStringLiteral("entrada"), BoletoStatus::kIssued, plan->entries.size()); !linked)
            return linked;
        if (auto linked = linkAll(QStringLiteral("baixa"), QString(), plan->writeOffs.size()); !linked)
            return linked;
        const QString ofThisRemessa = QStringLiteral("id IN (SELECT boleto_id FROM remessa_titles WHERE remessa_id = ? AND instruction = ?)");
        auto markAll = [&](const QString &instruction, const QString &setStatus, const QString &requiredStatus, int expected) -> core::Result<> {
            if (expected == 0)
                return {};
            auto updated = m_db.exec(QStringLiteral("UPDATE boletos SET status = %1, pending_instruction = '', row_version = row_version + 1,"
                                                    " updated_at = ?, updated_by = ? WHERE %2 AND pending_instruction = ?%3")
                                         .arg(setStatus.isEmpty() ? QStringLiteral("status") : QStringLiteral("'%1'").arg(setStatus),
                                              ofThisRemessa,
                                              requiredStatus.isEmpty() ? QString() : QStringLiteral(" AND status = '%1'").arg(requiredStatus)),
                                     {stamp, user, remessaId, instruction, instruction});
            if (!updated)
                return updated.error();
            if (updated->numRowsAffected() != expected) {
                return core::Error::conflict(Tr::tr("%n boleto(s) changed while the remessa was being written (cancelled, paid or sent"
                                                    " by someone else); generate it again.", nullptr,
                                                    expected - updated->numRowsAffected()),
                                             QStringLiteral("boletos"));
            }
            return {};
        };
        if (auto marked = markAll(QStringLiteral("entrada"), BoletoStatus::kRegistered, BoletoStatus::kIssued, int(plan->entries.size()));
            !marked)
            return marked;
        if (auto marked = markAll(QStringLiteral("baixa"), QString(), QString(), int(plan->writeOffs.size())); !marked)
            return marked;
        // The sync outbox carries what changed, as every update in the house does.
        auto changed = m_db.exec(QStringLiteral("SELECT id, status, row_version FROM boletos WHERE id IN"
                                                " (SELECT boleto_id FROM remessa_titles WHERE remessa_id = ?)"),
                                 {remessaId});
        if (!changed)
            return changed.error();
        core::Outbox::Batch outbox(m_db);
        // Every value is a code, a number, a timestamp or a UUID: nothing to escape.
        const QString payloadTemplate = QStringLiteral(R"({"status":"%1","pending_instruction":"","row_version":%2,"updated_at":"%3","updated_by":%4})")
                                            .arg(QStringLiteral("%1"), QStringLiteral("%2"), stamp,
                                                 user.isNull() ? QStringLiteral("null") : QStringLiteral("\"%1\"").arg(user.toString()));
        while (changed->next()) {
            const qint64 version = changed->value(2).toLongLong();
            if (auto queued = outbox.record(QStringLiteral("boletos"), changed->value(0).toString(), core::Outbox::Operation::Update,
                                            payloadTemplate.arg(changed->value(1).toString()).arg(version), version - 1);
                !queued)
                return queued;
        }
        auto done = m_db.exec(QStringLiteral("UPDATE remessa_files SET status = 'written', file_name = ?, title_count = ?, total_cents = ?,"
                                             " sha256 = ?, row_version = row_version + 1, updated_at = ? WHERE id = ?"),
                              {QFileInfo(path).fileName(), plan->entries.size() + plan->writeOffs.size(), plan->total.cents(), sha,
                               stamp, remessaId});
        if (!done)
            return done.error();
        if (auto queued = core::recordRowInOutbox(m_db, QStringLiteral("remessa_files"), remessaId, false, 1); !queued)
            return queued;
        if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("billing.remessa_generated"),
                                                  QStringLiteral("remessa_files"), remessaId,
                                                  {{QStringLiteral("account"), account->id},
                                                   {QStringLiteral("nsa"), nsa},
                                                   {QStringLiteral("entries"), int(plan->entries.size())},
                                                   {QStringLiteral("write_offs"), int(plan->writeOffs.size())},
                                                   {QStringLiteral("total_cents"), plan->total.cents()},
                                                   {QStringLiteral("sha256"), sha}});
            !audited)
            return audited;
        return tx.commit();
    }();
    if (!applied) {
        tx.rollback();
        // A file whose titles are not marked as sent must not reach the bank.
        QFile::remove(path);
        return fail(applied.error());
    }
    return RemessaGenerated{remessaId, nsa, path, int(plan->entries.size() + plan->writeOffs.size()), plan->total, sha};
}

} // namespace billing
