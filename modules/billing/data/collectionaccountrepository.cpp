#include "billing/data/collectionaccountrepository.h"

#include "billing/banks/bankregistry.h"
#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/rowsnapshot.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/taxid.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QDateTime>
#include <QSqlQuery>

namespace billing {

namespace {

using core::Tr;

const QString kColumns = QStringLiteral(
    "id, name, bank_code, agency, agency_dv, account, account_dv, carteira, convenio, convenio_dv, posto, modality,"
    " variation, remessa_code, remessa_layout, beneficiary_name, beneficiary_document, pix_key, pix_key_type, pix_city,"
    " interest_monthly_bp, fine_bp, instructions, next_sequence, last_nsa, is_default, active, row_version");

CollectionAccount fromRow(const QSqlQuery &q)
{
    CollectionAccount a;
    int i = 0;
    a.id = q.value(i++).toString();
    a.name = q.value(i++).toString();
    a.bank.bankCode = q.value(i++).toString();
    a.bank.agency = q.value(i++).toString();
    a.bank.agencyDv = q.value(i++).toString();
    a.bank.account = q.value(i++).toString();
    a.bank.accountDv = q.value(i++).toString();
    a.bank.carteira = q.value(i++).toString();
    a.bank.convenio = q.value(i++).toString();
    a.bank.convenioDv = q.value(i++).toString();
    a.bank.posto = q.value(i++).toString();
    a.bank.modality = q.value(i++).toString();
    a.bank.variation = q.value(i++).toString();
    a.remessaCode = q.value(i++).toString();
    a.remessaLayout = q.value(i++).toString();
    a.bank.beneficiaryName = q.value(i++).toString();
    a.bank.beneficiaryDocument = q.value(i++).toString();
    a.pixKey = q.value(i++).toString();
    a.pixKeyType = q.value(i++).toString();
    a.pixCity = q.value(i++).toString();
    a.interestMonthlyBp = q.value(i++).toInt();
    a.fineBp = q.value(i++).toInt();
    a.instructions = q.value(i++).toString();
    a.nextSequence = q.value(i++).toLongLong();
    a.bank.lastNsa = q.value(i++).toInt();
    a.isDefault = q.value(i++).toBool();
    a.active = q.value(i++).toBool();
    a.rowVersion = q.value(i++).toInt();
    return a;
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out += c;
    }
    return out;
}

} // namespace

core::Result<QList<CollectionAccount>> CollectionAccountRepository::list(bool activeOnly) const
{
    auto q = activeOnly ? m_db.exec(QStringLiteral("SELECT %1 FROM bank_accounts WHERE active = ? ORDER BY name").arg(kColumns), {true})
                        : m_db.exec(QStringLiteral("SELECT %1 FROM bank_accounts ORDER BY name").arg(kColumns));
    if (!q)
        return q.error();
    QList<CollectionAccount> accounts;
    while (q->next())
        accounts.append(fromRow(*q));
    return accounts;
}

core::Result<CollectionAccount> CollectionAccountRepository::find(const QString &id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM bank_accounts WHERE id = ?").arg(kColumns), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(Tr::tr("There is no collection account %1.").arg(id), QStringLiteral("account"));
    return fromRow(*q);
}

core::Result<CollectionAccount> CollectionAccountRepository::findByIdOrName(const QString &idOrName) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM bank_accounts WHERE id = ? OR name = ?").arg(kColumns),
                       {idOrName, idOrName});
    if (!q)
        return q.error();
    if (!q->next()) {
        return core::Error::notFound(
            Tr::tr("There is no collection account '%1'; `bank-account list` shows them.").arg(idOrName),
            QStringLiteral("account"));
    }
    return fromRow(*q);
}

core::Result<CollectionAccount> CollectionAccountRepository::defaultAccount() const
{
    auto accounts = list(true);
    if (!accounts)
        return accounts.error();
    for (const CollectionAccount &a : *accounts) {
        if (a.isDefault)
            return a;
    }
    if (accounts->size() == 1)
        return accounts->first();
    return core::Error::notFound(
        accounts->isEmpty() ? Tr::tr("No collection account is configured: add the bank's convênio under Billing › Accounts.")
                            : Tr::tr("Several collection accounts are active and none is the default: mark one as default under Billing › Accounts."),
        QStringLiteral("account"));
}

core::Result<> CollectionAccountRepository::validate(const CollectionAccount &account)
{
    if (account.name.trimmed().isEmpty())
        return core::Error::validation(Tr::tr("Give the account a name."), QStringLiteral("name"));
    auto bank = BankRegistry::bank(account.bank.bankCode);
    if (!bank)
        return bank.error();
    if (account.bank.beneficiaryName.trimmed().isEmpty())
        return core::Error::validation(Tr::tr("The beneficiary name is required."), QStringLiteral("beneficiary_name"));
    const QString document = digitsOnly(account.bank.beneficiaryDocument);
    if (document.size() != 11 && document.size() != 14) {
        return core::Error::validation(Tr::tr("The beneficiary CPF/CNPJ must have 11 or 14 digits; '%1' has %2.")
                                           .arg(account.bank.beneficiaryDocument)
                                           .arg(document.size()),
                                       QStringLiteral("beneficiary_document"));
    }
    if (account.remessaLayout != u"cnab240" && account.remessaLayout != u"cnab400")
        return core::Error::validation(Tr::tr("The remessa layout is cnab240 or cnab400."), QStringLiteral("remessa_layout"));
    if (account.nextSequence < 1)
        return core::Error::validation(Tr::tr("The next nosso número sequence starts at 1."), QStringLiteral("next_sequence"));
    if (auto carteira = (*bank)->requireCarteira(account.bank); !carteira)
        return carteira.error();
    // The account is good when the bank can build the next nosso número and campo livre from it.
    const QString sequence = (*bank)->sequenceToNossoNumero(account.bank, account.nextSequence, QDate(2026, 1, 1));
    if (auto nn = (*bank)->nossoNumeroWithDv(account.bank, sequence); !nn)
        return nn.error();
    if (auto free = (*bank)->campoLivre(account.bank, sequence); !free)
        return free.error();
    return {};
}

core::Result<CollectionAccount> CollectionAccountRepository::save(const core::Session &session, CollectionAccount account)
{
    if (auto allowed = session.require(core::Permission::BillingManage); !allowed)
        return allowed.error();
    account.bank.beneficiaryDocument = digitsOnly(account.bank.beneficiaryDocument);
    account.name = account.name.trimmed();
    if (auto valid = validate(account); !valid)
        return valid.error();

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const bool inserting = account.id.isEmpty();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant user = session.userId().isEmpty() ? QVariant() : QVariant(session.userId());
    if (account.isDefault) {
        if (auto cleared = m_db.exec(QStringLiteral("UPDATE bank_accounts SET is_default = ?, row_version = row_version + 1,"
                                                    " updated_at = ?, updated_by = ? WHERE is_default = ? AND id <> ?"),
                                     {false, now, user, true, account.id});
            !cleared)
            return cleared.error();
    }
    const QVariantList values{account.name, account.bank.bankCode, account.bank.agency, account.bank.agencyDv,
                              account.bank.account, account.bank.accountDv, account.bank.carteira, account.bank.convenio,
                              account.bank.convenioDv, account.bank.posto, account.bank.modality, account.bank.variation,
                              account.remessaCode, account.remessaLayout, account.bank.beneficiaryName,
                              account.bank.beneficiaryDocument, account.pixKey, account.pixKeyType, account.pixCity,
                              account.interestMonthlyBp, account.fineBp, account.instructions, account.nextSequence,
                              account.isDefault, account.active, now, user};
    QVariantList bound;
    for (const QVariant &v : values)
        bound.append(core::bindable(v));
    if (inserting) {
        account.id = core::Uuid7::generate();
        bound.prepend(account.id);
        auto inserted = m_db.exec(QStringLiteral(
            "INSERT INTO bank_accounts (id, name, bank_code, agency, agency_dv, account, account_dv, carteira, convenio,"
            " convenio_dv, posto, modality, variation, remessa_code, remessa_layout, beneficiary_name, beneficiary_document,"
            " pix_key, pix_key_type, pix_city, interest_monthly_bp, fine_bp, instructions, next_sequence, is_default, active,"
            " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            bound);
        if (!inserted)
            return inserted.error();
    } else {
        bound << account.id << account.rowVersion;
        auto updated = m_db.exec(QStringLiteral(
            "UPDATE bank_accounts SET name = ?, bank_code = ?, agency = ?, agency_dv = ?, account = ?, account_dv = ?,"
            " carteira = ?, convenio = ?, convenio_dv = ?, posto = ?, modality = ?, variation = ?, remessa_code = ?,"
            " remessa_layout = ?, beneficiary_name = ?, beneficiary_document = ?, pix_key = ?, pix_key_type = ?, pix_city = ?,"
            " interest_monthly_bp = ?, fine_bp = ?, instructions = ?, next_sequence = ?, is_default = ?, active = ?,"
            " updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            bound);
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1) {
            return core::Error::conflict(Tr::tr("Someone else changed the account '%1' meanwhile; reopen it and try again.")
                                             .arg(account.name),
                                         account.id);
        }
    }
    if (!inserting) { // after the version check: a stale form is reported as stale first
        // A nosso número the bank has seen must never be handed out again.
        auto used = m_db.scalar(QStringLiteral("SELECT MAX(sequence) FROM boletos WHERE account_id = ?"), {account.id});
        if (!used)
            return used.error();
        if (!used->isNull() && account.nextSequence <= used->toLongLong()) {
            return core::Error::validation(Tr::tr("The next nosso número must be above %1, the last one this account issued.")
                                               .arg(used->toLongLong()),
                                           QStringLiteral("next_sequence"));
        }
    }
    if (auto queued = core::recordRowInOutbox(m_db, QStringLiteral("bank_accounts"), account.id, inserting, account.rowVersion);
        !queued)
        return queued.error();
    if (auto audited = core::AuditLog::append(m_db, session, inserting ? QStringLiteral("billing.account_added")
                                                                       : QStringLiteral("billing.account_changed"),
                                              QStringLiteral("bank_accounts"), account.id,
                                              {{QStringLiteral("name"), account.name},
                                               {QStringLiteral("bank"), account.bank.bankCode}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return find(account.id);
}

} // namespace billing
