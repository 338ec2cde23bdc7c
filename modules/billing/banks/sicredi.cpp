#include "billing/banks/sicredi.h"

#include "billing/domain/checkdigits.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

struct Parts
{
    QString agency, posto, beneficiary, nossoNumero;
    int dv = 0;
};

Result<Parts> parts(const Bank &bank, const BankAccount &account, const QString &sequence)
{
    if (auto c = bank.requireCarteira(account); !c)
        return c.error();
    Parts p;
    auto ag = bank.digits(account.agency, 4, Tr::tr("agency"));
    if (!ag)
        return ag.error();
    auto posto = bank.digits(account.posto, 2, Tr::tr("posto"));
    if (!posto)
        return posto.error();
    auto beneficiary = bank.digits(account.convenio, 5, Tr::tr("beneficiary code"));
    if (!beneficiary)
        return beneficiary.error();
    auto nn = bank.digits(sequence, 8, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    p.agency = *ag;
    p.posto = *posto;
    p.beneficiary = *beneficiary;
    p.nossoNumero = *nn;
    const int dv = 11 - mod11(p.agency + p.posto + p.beneficiary + p.nossoNumero, 9);
    p.dv = dv > 9 ? 0 : dv;
    return p;
}

} // namespace

QString Sicredi::code() const { return u"748"_s; }
QString Sicredi::name() const { return u"Sicredi"_s; }

QList<Carteira> Sicredi::carteiras() const
{
    return {
        {u"1"_s, u"Simple, registered"_s},
        {u"3"_s, u"Simple, unregistered"_s},
    };
}

Result<QString> Sicredi::nossoNumeroWithDv(const BankAccount &account,
                                           const QString &sequence) const
{
    auto p = parts(*this, account, sequence);
    if (!p)
        return p.error();
    return p->nossoNumero.left(2) + u'/' + p->nossoNumero.mid(2) + u'-' + QString::number(p->dv);
}

Result<QString> Sicredi::campoLivre(const BankAccount &account, const QString &nossoNumero,
                                    const TitleExtras &extras) const
{
    auto p = parts(*this, account, nossoNumero);
    if (!p)
        return p.error();
    // tipo de cobrança (the carteira), "1" carteira simples, ..., amount flag, filler "0".
    const QString body = account.carteira + u'1' + p->nossoNumero + QString::number(p->dv)
        + p->agency + p->posto + p->beneficiary + (extras.hasAmount ? u'1' : u'0') + u'0';
    const int r = mod11(body, 9);
    return body + QString::number(r < 2 ? 0 : 11 - r);
}

QString Sicredi::sequenceToNossoNumero(const BankAccount &, qint64 sequence, QDate issueDate) const
{
    return QString::number(issueDate.year() % 100).rightJustified(2, u'0') + u'2'
           + QString::number(sequence).rightJustified(5, u'0');
}

QString Sicredi::agencyAndCode(const BankAccount &account) const
{
    return account.agency + u'.' + account.posto + u'.' + account.convenio;
}

} // namespace billing
