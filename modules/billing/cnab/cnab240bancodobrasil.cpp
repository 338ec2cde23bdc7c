#include "billing/cnab/cnab240bancodobrasil.h"

#include "billing/cnab/cnab240file.h"
#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Banco do Brasil's fields follow brcobranca lib/brcobranca/remessa/cnab240/banco_brasil.rb
// (convênio block, layout versions, codes for carteira, emissão and protest).
class BancoDoBrasil240 final : public Cnab240File
{
protected:
    QString bankCode() const override { return u"001"_s; }
    QString bankName() const override { return u"BANCO DO BRASIL S.A."_s; }
    QString fileLayoutVersion() const override { return u"083"_s; }
    QString batchLayoutVersion() const override { return u"042"_s; }

    Result<> validate(const Remessa &r) const override
    {
        for (const auto &[value, field] :
             {std::pair{r.account.agencyDv, Tr::tr("agency check digit")},
              std::pair{r.account.convenio, Tr::tr("convênio")},
              std::pair{r.account.variation, Tr::tr("carteira variation")}}) {
            if (auto ok = CnabText::required(value, field); !ok)
                return ok.error();
        }
        return {};
    }

    // Convênio 9, "0014" (cobrança cedente), carteira 2, variação 3, 2 reserved.
    void convenio(RecordWriter &w, int from, const Remessa &r) const
    {
        w.numeric(from, from + 8, r.account.convenio, Tr::tr("convênio"));
        w.put(from + 9, from + 12, u"0014");
        w.numeric(from + 13, from + 14, r.account.carteira, Tr::tr("carteira"));
        w.numeric(from + 15, from + 17, r.account.variation, Tr::tr("carteira variation"));
        w.blank(from + 18, from + 19);
    }

    // Agência 5 + DV, conta 12 + DV, DV agência/conta (not used by BB: blank).
    void account(RecordWriter &w, int from, const Remessa &r) const
    {
        w.numeric(from, from + 4, r.account.agency, Tr::tr("agency"));
        w.text(from + 5, from + 5, r.account.agencyDv); // BB's DVs may be 'X'
        w.numeric(from + 6, from + 17, r.account.account, Tr::tr("account"));
        w.text(from + 18, from + 18, r.account.accountDv);
        w.blank(from + 19, from + 19);
    }

    void fileHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        convenio(w, 33, r);
        account(w, 53, r);
    }

    void batchHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        convenio(w, 34, r);
        account(w, 54, r);
    }

    Result<> titleIdentification(RecordWriter &w, const Remessa &r,
                                 const RemessaTitle &t) const override
    {
        // Convênio + sequence, with the mod 11 DV for 4- and 6-digit convênios (BancoDoBrasil).
        auto nn = nossoNumeroDigits(r, t);
        if (!nn)
            return nn.error();
        account(w, 18, r);
        w.text(38, 57, *nn);
        // Carteira code: 7 for carteira 17 simples, 1 for carteiras 11/12 simples.
        w.put(58, 58, r.account.carteira == u"17" ? u"7"_s : u"1"_s);
        w.put(59, 59, u"1"); // forma de cadastramento: registered
        w.put(60, 60, u"2"); // tipo de documento: escritural
        w.put(61, 61, u"0"); // emissão and distribuição: not read by BB
        w.put(62, 62, u"0");
        return {};
    }
};

} // namespace

Result<QByteArray> Cnab240BancoDoBrasil::write(const Remessa &remessa)
{
    return BancoDoBrasil240().write(remessa);
}

} // namespace billing
