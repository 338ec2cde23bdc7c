#include "billing/banks/caixa.h"

#include "billing/domain/checkdigits.h"

using core::Error;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Caixa's mod 11 rule (nosso número, código do beneficiário and campo livre alike).
int caixaDv(const QString &digits)
{
    const int dv = 11 - mod11(digits, 9);
    return dv > 9 ? 0 : dv;
}

// Carteira code → first digit of the nosso número (modalidade); the second is always 4,
// "issued by the beneficiary".
QChar modalidade(const QString &carteira)
{
    return carteira == u"SR" ? u'2' : u'1';
}

} // namespace

QString Caixa::code() const { return u"104"_s; }
QString Caixa::name() const { return u"Caixa Econômica Federal"_s; }

QList<Carteira> Caixa::carteiras() const
{
    return {
        {u"RG"_s, u"Registered (SIGCB modality 14)"_s},
        {u"SR"_s, u"Unregistered (SIGCB modality 24)"_s},
    };
}

static Result<QString> fullNossoNumero(const Bank &bank, const BankAccount &account,
                                       const QString &sequence)
{
    if (auto c = bank.requireCarteira(account); !c)
        return c.error();
    auto seq = bank.digits(sequence, 15, Tr::tr("nosso número"));
    if (!seq)
        return seq.error();
    return modalidade(account.carteira) + u'4' + *seq;
}

Result<QString> Caixa::nossoNumeroWithDv(const BankAccount &account, const QString &sequence) const
{
    auto nn = fullNossoNumero(*this, account, sequence);
    if (!nn)
        return nn.error();
    return *nn + u'-' + QString::number(caixaDv(*nn));
}

Result<QString> Caixa::campoLivre(const BankAccount &account, const QString &nossoNumero,
                                  const TitleExtras &) const
{
    auto nn = fullNossoNumero(*this, account, nossoNumero);
    if (!nn)
        return nn.error();
    auto beneficiary = digits(account.convenio, 6, Tr::tr("beneficiary code"));
    if (!beneficiary)
        return beneficiary.error();
    const int beneficiaryDv = caixaDv(*beneficiary);
    if (!account.convenioDv.isEmpty() && account.convenioDv != QString::number(beneficiaryDv)) {
        return Error::validation(
            Tr::tr("Caixa beneficiary code %1 has check digit %2, expected %3.")
                .arg(*beneficiary, account.convenioDv)
                .arg(beneficiaryDv),
            Tr::tr("beneficiary code check digit"));
    }
    const QString &n = *nn;
    // SIGCB interleaves the nosso número: digits 3-5, 1 (modalidade), 6-8, 2 (emissão), 9-17.
    const QString body = *beneficiary + QString::number(beneficiaryDv) + n.mid(2, 3) + n[0]
        + n.mid(5, 3) + n[1] + n.mid(8, 9);
    return body + QString::number(caixaDv(body));
}

QString Caixa::agencyAndCode(const BankAccount &account) const
{
    const QString dv = account.convenioDv.isEmpty() ? QString() : u'-' + account.convenioDv;
    return account.agency + u'/' + account.convenio + dv;
}

} // namespace billing
