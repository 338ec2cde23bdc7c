#include "billing/banks/bancodobrasil.h"

#include "billing/domain/checkdigits.h"

using core::Error;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// How a convênio numbers its titles (the convênio's length decides; see the header).
struct Layout
{
    QString convenio;
    QString nossoNumero; // without DV: 11 digits (convênio 4/6) or 17 digits (others)
    bool hasDv = false;
    bool freeNossoNumero = false; // convênio 6 + modalidade 21
};

Result<Layout> layout(const Bank &bank, const BankAccount &account, const QString &sequence)
{
    if (auto c = bank.requireCarteira(account); !c)
        return c.error();
    const QString &convenio = account.convenio;
    if (!isAsciiDigits(convenio)) {
        return Error::validation(
            Tr::tr("Banco do Brasil: the convênio may contain only digits, found '%1'.")
                .arg(convenio),
            Tr::tr("convênio"));
    }
    Layout l;
    l.convenio = convenio;
    int sequenceWidth = 0;
    switch (convenio.size()) {
    case 4:
        sequenceWidth = 7;
        l.hasDv = true;
        break;
    case 6:
        l.freeNossoNumero = account.modality == u"21";
        sequenceWidth = l.freeNossoNumero ? 17 : 5;
        l.hasDv = !l.freeNossoNumero;
        break;
    case 7:
        sequenceWidth = 10;
        break;
    case 8:
        sequenceWidth = 9;
        break;
    default:
        return Error::validation(
            Tr::tr("Banco do Brasil convênios have 4, 6, 7 or 8 digits; '%1' has %2.")
                .arg(convenio)
                .arg(convenio.size()),
            Tr::tr("convênio"));
    }
    auto seq = bank.digits(sequence, sequenceWidth, Tr::tr("nosso número"));
    if (!seq)
        return seq.error();
    l.nossoNumero = l.freeNossoNumero ? *seq : convenio + *seq;
    return l;
}

} // namespace

QChar BancoDoBrasil::nossoNumeroDv(QStringView digits)
{
    const int dv = 11 - mod11(digits, 9);
    if (dv == 10)
        return u'X';
    return dv == 11 ? u'0' : QChar(u'0' + dv);
}

QString BancoDoBrasil::code() const { return u"001"_s; }
QString BancoDoBrasil::name() const { return u"Banco do Brasil"_s; }

QList<Carteira> BancoDoBrasil::carteiras() const
{
    return {
        {u"11"_s, u"Simple, registered"_s},
        {u"12"_s, u"Indexed"_s},
        {u"15"_s, u"Pledge"_s},
        {u"16"_s, u"Simple"_s},
        {u"17"_s, u"Direct, registered"_s},
        {u"18"_s, u"Special, unregistered"_s},
        {u"31"_s, u"Secured"_s},
        {u"51"_s, u"Discounted"_s},
    };
}

Result<QString> BancoDoBrasil::nossoNumeroWithDv(const BankAccount &account,
                                                 const QString &sequence) const
{
    auto l = layout(*this, account, sequence);
    if (!l)
        return l.error();
    // 17-digit nossos números carry no DV: BB validates them by the convênio prefix.
    return l->hasDv ? l->nossoNumero + u'-' + nossoNumeroDv(l->nossoNumero) : l->nossoNumero;
}

Result<QString> BancoDoBrasil::campoLivre(const BankAccount &account, const QString &nossoNumero,
                                          const TitleExtras &) const
{
    auto l = layout(*this, account, nossoNumero);
    if (!l)
        return l.error();
    if (l->freeNossoNumero)
        return l->convenio + l->nossoNumero + u"21"_s;
    if (l->nossoNumero.size() == 17)
        return u"000000"_s + l->nossoNumero + account.carteira;
    auto ag = digits(account.agency, 4, Tr::tr("agency"));
    if (!ag)
        return ag.error();
    auto cc = digits(account.account, 8, Tr::tr("account"));
    if (!cc)
        return cc.error();
    return l->nossoNumero + *ag + *cc + account.carteira;
}

} // namespace billing
