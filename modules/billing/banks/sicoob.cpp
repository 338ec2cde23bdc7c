#include "billing/banks/sicoob.h"

#include "billing/domain/checkdigits.h"

using core::Error;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Sicoob's own weights 3, 1, 9, 7 applied from the LEFT (unlike the FEBRABAN mod 11).
int sicoobDv(const QString &digits)
{
    static constexpr int kWeights[] = {3, 1, 9, 7};
    int sum = 0;
    for (qsizetype i = 0; i < digits.size(); ++i)
        sum += (digits[i].unicode() - u'0') * kWeights[i % 4];
    const int r = sum % 11;
    return r < 2 ? 0 : 11 - r;
}

struct Parts
{
    QString cooperativa, client, nossoNumero;
    int dv = 0;
};

Result<Parts> parts(const Bank &bank, const BankAccount &account, const QString &sequence)
{
    Parts p;
    auto coop = bank.digits(account.agency, 4, Tr::tr("cooperative"));
    if (!coop)
        return coop.error();
    auto client = bank.digits(account.convenio, 10, Tr::tr("client code"));
    if (!client)
        return client.error();
    auto nn = bank.digits(sequence, 7, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    p.cooperativa = *coop;
    p.client = *client;
    p.nossoNumero = *nn;
    p.dv = sicoobDv(p.cooperativa + p.client + p.nossoNumero);
    return p;
}

} // namespace

QString Sicoob::code() const { return u"756"_s; }
QString Sicoob::name() const { return u"Sicoob"_s; }

QList<Carteira> Sicoob::carteiras() const
{
    return {{u"1"_s, u"Simple"_s}};
}

Result<QString> Sicoob::nossoNumeroWithDv(const BankAccount &account, const QString &sequence) const
{
    auto p = parts(*this, account, sequence);
    if (!p)
        return p.error();
    return p->nossoNumero + u'-' + QString::number(p->dv);
}

Result<QString> Sicoob::campoLivre(const BankAccount &account, const QString &nossoNumero,
                                   const TitleExtras &extras) const
{
    if (auto c = requireCarteira(account); !c)
        return c.error();
    auto p = parts(*this, account, nossoNumero);
    if (!p)
        return p.error();
    // The check digit covers a 10-digit client code, the campo livre has room for 7.
    auto client7 = digits(p->client, 7, Tr::tr("client code"));
    if (!client7)
        return client7.error();
    auto modality = digits(account.modality.isEmpty() ? u"01"_s : account.modality, 2,
                           Tr::tr("modality"));
    if (!modality)
        return modality.error();
    if (extras.parcela < 1 || extras.parcela > 999) {
        return Error::validation(
            Tr::tr("Sicoob: the installment number must be between 1 and 999, not %1.")
                .arg(extras.parcela),
            Tr::tr("installment"));
    }
    return account.carteira + p->cooperativa + *modality + *client7 + p->nossoNumero
        + QString::number(p->dv) + QString::number(extras.parcela).rightJustified(3, u'0');
}

QString Sicoob::agencyAndCode(const BankAccount &account) const
{
    return account.agency + u'/' + account.convenio;
}

} // namespace billing
