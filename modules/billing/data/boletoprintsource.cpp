#include "billing/data/boletoprintsource.h"

#include "billing/banks/bankregistry.h"
#include "billing/data/boletorepository.h"
#include "billing/data/collectionaccountrepository.h"
#include "core/data/companyrepository.h"
#include "core/data/database.h"
#include "core/domain/cep.h"
#include "core/domain/taxid.h"

#include <QHash>

namespace billing {

namespace {

QString companyAddress(core::Database &db)
{
    auto company = core::CompanyRepository(db).current();
    if (!company || !company->has_value())
        return {};
    const core::Company &c = **company;
    QStringList parts;
    QString street = c.street;
    if (!c.number.isEmpty())
        street += QStringLiteral(", ") + c.number;
    if (!street.isEmpty())
        parts << street;
    if (!c.district.isEmpty())
        parts << c.district;
    if (!c.city.isEmpty())
        parts << c.city + (c.state.isEmpty() ? QString() : u'/' + c.state);
    if (!c.cep.isEmpty())
        parts << QStringLiteral("CEP %1").arg(core::Cep::format(c.cep));
    return parts.join(QStringLiteral(" - "));
}

} // namespace

BoletoPrintData BoletoPrintSource::compose(const Boleto &b, const CollectionAccount &account, const QString &beneficiaryAddress)
{
    BoletoPrintData p;
    const Bank *bank = BankRegistry::find(account.bank.bankCode);
    p.bankCode = account.bank.bankCode;
    p.bankName = bank ? bank->name() : QString();
    p.barcode = b.barcode;
    p.linhaDigitavel = b.linhaDigitavel;
    p.beneficiaryName = account.bank.beneficiaryName;
    p.beneficiaryDocument = core::TaxId::format(account.bank.beneficiaryDocument);
    p.beneficiaryAddress = beneficiaryAddress;
    p.agencyAndCode = bank ? bank->agencyAndCode(account.bank) : QString();
    p.nossoNumero = b.nossoNumeroPrinted;
    p.documentNumber = b.documentNumber;
    p.carteira = account.bank.carteira;
    p.issueDate = b.issueDate;
    p.processingDate = b.issueDate;
    p.dueDate = b.dueDate;
    p.amount = b.amount;
    p.payerName = b.payerName;
    p.payerDocument = core::TaxId::format(b.payerDocument);
    if (!b.payerStreet.isEmpty())
        p.payerAddressLines << (b.payerDistrict.isEmpty() ? b.payerStreet : b.payerStreet + QStringLiteral(" - ") + b.payerDistrict);
    p.payerAddressLines << QStringLiteral("%1 - %2/%3").arg(core::Cep::format(b.payerCep), b.payerCity, b.payerState);
    p.instructions = b.instructions;
    p.pixCopiaECola = b.pixPayload;
    if (b.installments > 1) {
        p.installment = b.installment;
        p.installments = b.installments;
    }
    return p;
}

core::Result<QList<BoletoPrintData>> BoletoPrintSource::forBoletos(const QStringList &boletoIds) const
{
    const QString address = companyAddress(m_db);
    BoletoRepository boletos(m_db);
    CollectionAccountRepository accounts(m_db);
    QHash<QString, CollectionAccount> accountById;
    QList<BoletoPrintData> out;
    out.reserve(boletoIds.size());
    for (const QString &id : boletoIds) {
        auto boleto = boletos.find(id);
        if (!boleto)
            return boleto.error();
        if (!accountById.contains(boleto->accountId)) {
            auto account = accounts.find(boleto->accountId);
            if (!account)
                return account.error();
            accountById.insert(account->id, *account);
        }
        out.append(compose(*boleto, accountById.value(boleto->accountId), address));
    }
    return out;
}

} // namespace billing
