#include "billing/cnab/cnab240caixa.h"

#include "billing/cnab/cnab240file.h"
#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

using core::Error;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Positions follow the SIGCB "Leiaute de Arquivo Eletrônico Padrão CNAB 240" manual; every
// constant below is the one brcobranca's reference remessa (104_cnab240_remessa1.rem) carries.
class Caixa240 final : public Cnab240File
{
protected:
    QString bankCode() const override { return u"104"_s; }
    QString bankName() const override { return u"CAIXA ECONOMICA FEDERAL"_s; }
    QString fileLayoutVersion() const override { return u"050"_s; }
    QString batchLayoutVersion() const override { return u"030"_s; }

    Result<> validate(const Remessa &r) const override
    {
        for (const auto &[value, field] :
             {std::pair{r.account.agencyDv, Tr::tr("agency check digit")},
              std::pair{r.account.convenio, Tr::tr("beneficiary code")},
              std::pair{r.applicationVersion, Tr::tr("application version")}}) {
            if (auto ok = CnabText::required(value, field); !ok)
                return ok.error();
        }
        return {};
    }

    // Agência 5 + DV, código do beneficiário 6, then fields reserved to Caixa (zeros).
    void account(RecordWriter &w, int from, const Remessa &r) const
    {
        w.numeric(from, from + 4, r.account.agency, Tr::tr("agency"));
        w.numeric(from + 5, from + 5, r.account.agencyDv, Tr::tr("agency check digit"));
        w.numeric(from + 6, from + 11, r.account.convenio, Tr::tr("beneficiary code"));
        w.zeros(from + 12, from + 19);
    }

    void fileHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.zeros(33, 52); // convênio: Caixa reads the beneficiary code from the account block
        account(w, 53, r);
    }

    void fileHeaderReserved(RecordWriter &w, const Remessa &r) const override
    {
        w.blank(172, 191);
        // Reserved to the bank: "REMESSA-PRODUCAO" (a test file would say "REMESSA-TESTE").
        w.put(192, 211, u"REMESSA-PRODUCAO    "); // put: text() would drop the hyphen
        w.numeric(212, 215, r.applicationVersion, Tr::tr("application version"));
        w.blank(216, 240);
    }

    void batchHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.numeric(34, 39, r.account.convenio, Tr::tr("beneficiary code"));
        w.zeros(40, 53);
        account(w, 54, r);
    }

    Result<> titleIdentification(RecordWriter &w, const Remessa &r,
                                 const RemessaTitle &t) const override
    {
        // The Caixa bank class knows the modalidade (14 registered, 24 not) and the 15-digit
        // sequence; the remessa carries those 17 digits without the DV.
        auto nn = nossoNumeroDigits(r, t);
        if (!nn)
            return nn.error();
        w.numeric(18, 22, r.account.agency, Tr::tr("agency"));
        w.numeric(23, 23, r.account.agencyDv, Tr::tr("agency check digit"));
        w.numeric(24, 29, r.account.convenio, Tr::tr("beneficiary code"));
        w.zeros(30, 40);
        w.numeric(41, 57, nn->left(17), Tr::tr("nosso número"));
        w.put(58, 58, u"1"); // carteira: cobrança simples
        w.put(59, 59, u"1"); // forma de cadastramento: registered
        w.put(60, 60, u"2"); // tipo de documento: escritural
        w.put(61, 61, u"2"); // emissão: by the beneficiary
        w.put(62, 62, u"0"); // distribuição: by the beneficiary
        return {};
    }

    // Seu número is 9(11) at Caixa, followed by 4 positions reserved to the bank.
    void documentNumber(RecordWriter &w, const RemessaTitle &t) const override
    {
        w.numeric(63, 73, t.seuNumero, Tr::tr("document number"));
        w.blank(74, 77);
    }

    QString collectingAgencyDv() const override { return u"0"_s; }
    QString especie() const override { return u"99"_s; } // outros, as the reference file

    // Caixa's reference file sends code 1 (valor por dia) from the day after the due date even
    // with no interest: a zero amount per day charges nothing.
    void interest(RecordWriter &w, const RemessaTitle &t) const override
    {
        w.put(118, 118, u"1");
        w.date8(119, 126, t.dueDate.addDays(1));
        w.money(127, 141, t.interestPerDay, Tr::tr("interest per day"));
    }

    // Without a control, the seu número (as Caixa's 11 digits) identifies the title in the
    // retorno, as in the reference file.
    void companyIdentification(RecordWriter &w, const RemessaTitle &t) const override
    {
        if (!t.control.isEmpty()) {
            w.text(196, 220, t.control);
            return;
        }
        auto seu = CnabText::numeric(CnabText::stripSeparators(t.seuNumero), 11,
                                     Tr::tr("document number"));
        w.text(196, 220, seu.valueOr(QString()));
    }

    void instructions(RecordWriter &w, const RemessaTitle &t) const override
    {
        if (t.protestDays > 0) {
            w.put(221, 221, u"1").numeric(222, 223, t.protestDays, Tr::tr("protest days"));
        } else {
            w.put(221, 221, u"3").zeros(222, 223); // não protestar
        }
        // Baixa/devolução after 120 days, the longest Caixa allows.
        w.put(224, 224, u"1").put(225, 227, u"120");
        w.put(228, 229, u"09");
        w.zeros(230, 239);
        w.blank(240, 240);
    }

    void segmentRTail(RecordWriter &w) const override { w.blank(180, 240); }

    // Caixa has three carteiras to total (simples, caucionada, descontada); retorno fields.
    void batchTrailerTotals(RecordWriter &w, const Remessa &) const override
    {
        w.zeros(24, 92);
        w.blank(93, 240);
    }
};

} // namespace

Result<QByteArray> Cnab240Caixa::write(const Remessa &remessa)
{
    return Caixa240().write(remessa);
}

} // namespace billing
