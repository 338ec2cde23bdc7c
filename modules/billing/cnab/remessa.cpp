#include "billing/cnab/remessa.h"

#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

namespace billing {

using core::Error;
using core::Tr;

core::Result<> RemessaTitle::validate() const
{
    for (const auto &[value, field] : {std::pair{nossoNumero, Tr::tr("nosso número")},
                                       std::pair{payerName, Tr::tr("payer name")},
                                       std::pair{payerZip, Tr::tr("payer CEP")}}) {
        if (auto ok = CnabText::required(value, field); !ok)
            return ok.error();
    }
    if (!dueDate.isValid())
        return Error::validation(Tr::tr("The due date is required."), Tr::tr("due date"));
    if (amount.cents() <= 0)
        return Error::validation(Tr::tr("The amount must be positive."), Tr::tr("amount"));
    return {};
}

core::Result<> Remessa::validate(bool alsoCompanyCode) const
{
    const BankAccount &a = account;
    QList<std::pair<QString, QString>> required{{a.agency, Tr::tr("agency")},
                                                {a.account, Tr::tr("account")},
                                                {a.accountDv, Tr::tr("account check digit")},
                                                {a.carteira, Tr::tr("carteira")},
                                                {a.beneficiaryName, Tr::tr("beneficiary name")}};
    if (alsoCompanyCode)
        required.append({companyCode, Tr::tr("company code")});
    for (const auto &[value, field] : std::as_const(required)) {
        if (auto ok = CnabText::required(value, field); !ok)
            return ok.error();
    }
    if (!generatedOn.isValid())
        return Error::validation(Tr::tr("The remessa needs its generation date."), Tr::tr("header"));
    if (titles.isEmpty())
        return Error::validation(Tr::tr("A remessa needs at least one title."));
    return {};
}

} // namespace billing
