#include "billing/cnab/cnab240bradesco.h"

#include "billing/cnab/cnab240file.h"
#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Bradesco's cobrança 240 fields follow laravel-boleto (eduardokum/laravel-boleto,
// src/Cnab/Remessa/Cnab240/Banco/Bradesco.php): convênio in 33-52, carteira 3 + zeros + nosso
// número 11 + DV in segment P, layout versions 084/042, density 01600, titles totalled in the
// trailer de lote.
class Bradesco240 final : public Cnab240File
{
protected:
    QString bankCode() const override { return u"237"_s; }
    QString bankName() const override { return u"BRADESCO"_s; }
    QString fileLayoutVersion() const override { return u"084"_s; }
    QString batchLayoutVersion() const override { return u"042"_s; }
    QString density() const override { return u"01600"_s; }

    Result<> validate(const Remessa &r) const override
    {
        for (const auto &[value, field] :
             {std::pair{r.account.agencyDv, Tr::tr("agency check digit")},
              std::pair{r.companyCode, Tr::tr("company code")}}) {
            if (auto ok = CnabText::required(value, field); !ok)
                return ok.error();
        }
        return {};
    }

    // Agência 5 + DV, conta 12 + DV (Bradesco's may be 'P'), DV agência/conta: blank.
    void account(RecordWriter &w, int from, const Remessa &r) const
    {
        w.numeric(from, from + 4, r.account.agency, Tr::tr("agency"));
        w.text(from + 5, from + 5, r.account.agencyDv);
        w.numeric(from + 6, from + 17, r.account.account, Tr::tr("account"));
        w.text(from + 18, from + 18, r.account.accountDv);
        w.blank(from + 19, from + 19);
    }

    void fileHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.numeric(33, 52, r.companyCode, Tr::tr("company code"));
        account(w, 53, r);
    }

    void batchHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.numeric(34, 53, r.companyCode, Tr::tr("company code"));
        account(w, 54, r);
    }

    Result<> titleIdentification(RecordWriter &w, const Remessa &r,
                                 const RemessaTitle &t) const override
    {
        auto nn = nossoNumeroDigits(r, t); // carteira + 11 digits + DV (0-9 or 'P')
        if (!nn)
            return nn.error();
        account(w, 18, r);
        w.numeric(38, 40, r.account.carteira, Tr::tr("carteira"));
        w.zeros(41, 45);
        w.text(46, 57, nn->right(12));
        w.put(58, 58, u"1"); // cobrança simples
        w.put(59, 59, u"1"); // registered
        w.put(60, 60, u"1"); // tradicional
        w.put(61, 61, u"2"); // emitted by the beneficiary
        w.put(62, 62, u"2"); // distributed by the beneficiary
        return {};
    }

    QString collectingAgencyDv() const override { return u"0"_s; }

    void instructions(RecordWriter &w, const RemessaTitle &t) const override
    {
        if (t.protestDays > 0) {
            w.put(221, 221, u"1").numeric(222, 223, t.protestDays, Tr::tr("protest days"));
        } else {
            w.put(221, 221, u"3").zeros(222, 223);
        }
        w.put(224, 224, u"2").zeros(225, 227); // não baixar/devolver: not handled by Bradesco
        w.put(228, 229, u"09");
        w.zeros(230, 239);
        w.blank(240, 240);
    }

    void batchTrailerTotals(RecordWriter &w, const Remessa &r) const override
    {
        w.numeric(24, 29, r.titles.size(), Tr::tr("title count"));
        w.money(30, 46, total(r), Tr::tr("total amount"));
        w.zeros(47, 115);
        w.blank(116, 240);
    }
};

} // namespace

Result<QByteArray> Cnab240Bradesco::write(const Remessa &remessa)
{
    return Bradesco240().write(remessa);
}

} // namespace billing
