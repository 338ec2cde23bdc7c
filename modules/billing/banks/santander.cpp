#include "billing/banks/santander.h"

#include "billing/domain/checkdigits.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

int santanderDv(const QString &nossoNumero)
{
    const int r = mod11(nossoNumero, 9);
    return r < 2 ? 0 : 11 - r; // remainder 10 gives 1, as 11 - 10 does
}

} // namespace

QString Santander::code() const { return u"033"_s; }
QString Santander::name() const { return u"Santander"_s; }

QList<Carteira> Santander::carteiras() const
{
    return {
        {u"101"_s, u"Fast collection, registered"_s},
        {u"102"_s, u"Unregistered"_s},
        {u"104"_s, u"Electronic collection, registered"_s},
        {u"201"_s, u"Pledge"_s},
    };
}

Result<QString> Santander::nossoNumeroWithDv(const BankAccount &, const QString &sequence) const
{
    auto nn = digits(sequence, 12, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    return *nn + u'-' + QString::number(santanderDv(*nn));
}

Result<QString> Santander::campoLivre(const BankAccount &account, const QString &nossoNumero,
                                      const TitleExtras &) const
{
    if (auto c = requireCarteira(account); !c)
        return c.error();
    auto beneficiary = digits(account.convenio, 7, Tr::tr("beneficiary code"));
    if (!beneficiary)
        return beneficiary.error();
    auto nn = digits(nossoNumero, 12, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    // "9" is Santander's fixed layout marker; the "0" is the IOF rate, used only by insurers.
    return u'9' + *beneficiary + *nn + QString::number(santanderDv(*nn)) + u'0' + account.carteira;
}

QString Santander::agencyAndCode(const BankAccount &account) const
{
    return account.agency + u'/' + account.convenio;
}

} // namespace billing
