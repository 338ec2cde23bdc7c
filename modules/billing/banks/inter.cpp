#include "billing/banks/inter.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Inter has a single agência and carteira for every customer.
const QString kAgency = u"0001"_s;
const QString kAgencyDv = u"9"_s; // mod 11 of 0001
const QString kCarteira = u"112"_s;

} // namespace

QString Inter::code() const { return u"077"_s; }
QString Inter::name() const { return u"Banco Inter"_s; }

QList<Carteira> Inter::carteiras() const
{
    return {{u"112"_s, u"Registered (number assigned by the bank)"_s}};
}

Result<QString> Inter::nossoNumeroWithDv(const BankAccount &, const QString &sequence) const
{
    auto nn = digits(sequence, 11, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    // The last of the 11 digits is the bank's own DV; printed as laravel-boleto does.
    return kAgency + kAgencyDv + u'/' + kCarteira + u'/' + u'0' + nn->left(10) + u'-'
        + nn->right(1);
}

Result<QString> Inter::campoLivre(const BankAccount &account, const QString &nossoNumero,
                                  const TitleExtras &) const
{
    auto operation = digits(account.convenio, 7, Tr::tr("operation number"));
    if (!operation)
        return operation.error();
    auto nn = digits(nossoNumero, 11, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    return kAgency + kCarteira + *operation + *nn;
}

} // namespace billing
