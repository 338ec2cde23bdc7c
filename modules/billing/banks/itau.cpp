#include "billing/banks/itau.h"

#include "billing/domain/checkdigits.h"

using core::Error;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Carteiras whose DAC covers only carteira + nosso número (Itaú manual, "DAC do nosso número").
bool dacWithoutAccount(const QString &carteira)
{
    static const QStringList list{u"126"_s, u"131"_s, u"146"_s, u"150"_s, u"168"_s};
    return list.contains(carteira);
}

// Carteiras whose campo livre carries seu número + código do cliente instead of agência/conta.
bool withSeuNumero(const QString &carteira)
{
    static const QStringList list{u"106"_s, u"107"_s, u"122"_s, u"142"_s,
                                  u"143"_s, u"195"_s, u"196"_s, u"198"_s};
    return list.contains(carteira);
}

struct Parts
{
    QString agency, account, carteira, nossoNumero;
    int dac = 0;
};

} // namespace

QString Itau::code() const { return QStringLiteral("341"); }
QString Itau::name() const { return QStringLiteral("Itaú Unibanco"); }

QList<Carteira> Itau::carteiras() const
{
    return {
        {u"109"_s, u"Direct electronic"_s},
        {u"110"_s, u"Direct special"_s},
        {u"111"_s, u"Direct special"_s},
        {u"112"_s, u"Registered, issued by the company"_s},
        {u"121"_s, u"Direct"_s},
        {u"126"_s, u"Direct special"_s},
        {u"131"_s, u"Direct special"_s},
        {u"146"_s, u"Direct special"_s},
        {u"150"_s, u"Direct special"_s},
        {u"168"_s, u"Direct special"_s},
        {u"175"_s, u"Unregistered"_s},
        {u"180"_s, u"Direct"_s},
        {u"188"_s, u"Direct"_s},
        {u"104"_s, u"Registered"_s},
        {u"106"_s, u"With seu número"_s},
        {u"107"_s, u"With seu número"_s},
        {u"122"_s, u"With seu número"_s},
        {u"142"_s, u"With seu número"_s},
        {u"143"_s, u"With seu número"_s},
        {u"195"_s, u"With seu número"_s},
        {u"196"_s, u"With seu número"_s},
        {u"198"_s, u"With seu número"_s},
    };
}

static Result<Parts> parts(const Bank &bank, const BankAccount &a, const QString &sequence)
{
    const auto digits = [&bank](const QString &v, int w, const QString &f) {
        return bank.digits(v, w, f);
    };
    Parts p;
    p.carteira = a.carteira;
    auto ag = digits(a.agency, 4, Tr::tr("agency"));
    if (!ag)
        return ag.error();
    auto cc = digits(a.account, 5, Tr::tr("account"));
    if (!cc)
        return cc.error();
    auto nn = digits(sequence, 8, Tr::tr("nosso número"));
    if (!nn)
        return nn.error();
    p.agency = *ag;
    p.account = *cc;
    p.nossoNumero = *nn;
    p.dac = dacWithoutAccount(p.carteira)
        ? mod10(p.carteira + p.nossoNumero)
        : mod10(p.agency + p.account + p.carteira + p.nossoNumero);
    return p;
}

Result<QString> Itau::nossoNumeroWithDv(const BankAccount &account, const QString &sequence) const
{
    if (auto c = requireCarteira(account); !c)
        return c.error();
    auto p = parts(*this, account, sequence);
    if (!p)
        return p.error();
    return p->carteira + u'/' + p->nossoNumero + u'-' + QString::number(p->dac);
}

Result<QString> Itau::campoLivre(const BankAccount &account, const QString &nossoNumero,
                                 const TitleExtras &extras) const
{
    if (auto c = requireCarteira(account); !c)
        return c.error();
    auto p = parts(*this, account, nossoNumero);
    if (!p)
        return p.error();

    if (withSeuNumero(account.carteira)) {
        auto seu = digits(extras.seuNumero, 7, Tr::tr("seu número"));
        if (!seu)
            return seu.error();
        auto client = digits(account.convenio, 5, Tr::tr("client code"));
        if (!client)
            return client.error();
        const QString body = p->carteira + p->nossoNumero + *seu + *client;
        return body + QString::number(mod10(body)) + u'0';
    }

    // The agência/conta DAC is the account's own check digit; a mismatch means a typo in the
    // account settings, which would make every boleto unpayable.
    const int accountDac = mod10(p->agency + p->account);
    if (!account.accountDv.isEmpty() && account.accountDv != QString::number(accountDac)) {
        return Error::validation(
            Tr::tr("Itaú account %1-%2 has check digit %3, expected %4.")
                .arg(p->agency, p->account, account.accountDv)
                .arg(accountDac),
            Tr::tr("account check digit"));
    }
    return p->carteira + p->nossoNumero + QString::number(p->dac) + p->agency + p->account
        + QString::number(accountDac) + u"000"_s;
}

QString Itau::agencyAndCode(const BankAccount &account) const
{
    return account.agency + u'/' + account.account + (account.accountDv.isEmpty() ? QString() : u'-' + account.accountDv);
}

} // namespace billing
