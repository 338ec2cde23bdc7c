#include "billing/banks/bradesco.h"

#include "billing/domain/checkdigits.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

QChar Bradesco::nossoNumeroDv(const QString &carteira, const QString &nossoNumero)
{
    const int r = mod11(QString(carteira + nossoNumero), 7);
    if (r == 0)
        return u'0';
    if (r == 1)
        return u'P'; // Bradesco prints P where 11 - 1 = 10 would not fit one digit
    return QChar(u'0' + (11 - r));
}

QString Bradesco::code() const { return u"237"_s; }
QString Bradesco::name() const { return u"Bradesco"_s; }

QList<Carteira> Bradesco::carteiras() const
{
    return {
        {u"02"_s, u"Registered"_s},
        {u"03"_s, u"Unregistered"_s},
        {u"04"_s, u"Registered"_s},
        {u"06"_s, u"Unregistered"_s},
        {u"09"_s, u"Registered"_s},
        {u"19"_s, u"Registered"_s},
        {u"21"_s, u"Registered, payable only at Bradesco"_s},
        {u"22"_s, u"Unregistered, payable only at Bradesco"_s},
        {u"25"_s, u"Unregistered, issued on the internet"_s},
        {u"26"_s, u"Registered, issued on the internet"_s},
    };
}

Result<QString> Bradesco::nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const
{
    if (auto c = requireCarteira(account); !c)
        return c.error();
    auto nn = digits(sequence, 11, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    return account.carteira + u'/' + *nn + u'-' + nossoNumeroDv(account.carteira, *nn);
}

Result<QString> Bradesco::campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &) const
{
    if (auto c = requireCarteira(account); !c)
        return c.error();
    auto ag = digits(account.agency, 4, Tr::tr("agency"));
    if (!ag)
        return ag.error();
    auto cc = digits(account.account, 7, Tr::tr("account"));
    if (!cc)
        return cc.error();
    auto nn = digits(nossoNumero, 11, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    return *ag + account.carteira + *nn + *cc + u'0';
}

} // namespace billing
