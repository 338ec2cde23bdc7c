#include "billing/cnab/cnab240santander.h"

#include "billing/cnab/cnab240file.h"
#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Santander's own 240 layout moves the header's inscrição one position left and has no hora;
// positions follow brcobranca lib/brcobranca/remessa/cnab240/santander.rb (código de
// transmissão placement, account block of segment P, Q and trailer fillers).
class Santander240 final : public Cnab240File
{
protected:
    QString bankCode() const override { return u"033"_s; }
    QString bankName() const override { return u"BANCO SANTANDER"_s; }
    QString fileLayoutVersion() const override { return u"040"_s; }
    QString batchLayoutVersion() const override { return u"030"_s; }

    Result<> validate(const Remessa &r) const override
    {
        for (const auto &[value, field] :
             {std::pair{r.account.agencyDv, Tr::tr("agency check digit")},
              std::pair{r.companyCode, Tr::tr("transmission code")}}) {
            if (auto ok = CnabText::required(value, field); !ok)
                return ok.error();
        }
        // The headers carry no agency, so check it here rather than as a title's error.
        if (auto ok = CnabText::numeric(r.account.agency, 4, Tr::tr("agency")); !ok)
            return ok.error();
        return {};
    }

    Result<QString> fileHeader(const Remessa &r) const override
    {
        const BankAccount &a = r.account;
        auto type = inscriptionDigit(a.beneficiaryDocument, Tr::tr("beneficiary CPF/CNPJ"));
        if (!type)
            return type.error();
        RecordWriter w = record(0, '0');
        w.blank(9, 16);
        w.put(17, 17, *type);
        w.numeric(18, 32, CnabText::stripSeparators(a.beneficiaryDocument),
                  Tr::tr("beneficiary CPF/CNPJ"));
        fileHeaderAccount(w, r);
        w.text(73, 102, a.beneficiaryName);
        w.text(103, 132, bankName());
        w.blank(133, 142);
        w.put(143, 143, u"1");
        w.date8(144, 151, r.generatedOn);
        w.blank(152, 157); // no hora in Santander's header
        w.numeric(158, 163, r.nsa, Tr::tr("remessa number (NSA)"));
        w.put(164, 166, fileLayoutVersion());
        w.blank(167, 240);
        return w.finish();
    }

    void fileHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.numeric(33, 47, r.companyCode, Tr::tr("transmission code"));
        w.blank(48, 72);
    }

    void batchHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.blank(34, 53);
        w.numeric(54, 68, r.companyCode, Tr::tr("transmission code"));
        w.blank(69, 73);
    }

    Result<> titleIdentification(RecordWriter &w, const Remessa &r,
                                 const RemessaTitle &t) const override
    {
        auto nn = nossoNumeroDigits(r, t); // 12 digits + Santander's mod 11 DV
        if (!nn)
            return nn.error();
        w.numeric(18, 21, r.account.agency, Tr::tr("agency"));
        w.numeric(22, 22, r.account.agencyDv, Tr::tr("agency check digit"));
        // Conta corrente and conta cobrança: the same account for a simple collection.
        for (int from : {23, 33}) {
            w.numeric(from, from + 8, r.account.account, Tr::tr("account"));
            w.numeric(from + 9, from + 9, r.account.accountDv, Tr::tr("account check digit"));
        }
        w.blank(43, 44);
        w.numeric(45, 57, *nn, Tr::tr("nosso número"));
        w.put(58, 58, u"1"); // tipo de cobrança: simples
        w.put(59, 59, u"1"); // forma de cadastramento: registered
        w.put(60, 60, u"2"); // tipo de documento: escritural
        w.blank(61, 62);     // reserved
        return {};
    }

    void documentNumber(RecordWriter &w, const RemessaTitle &t) const override
    {
        w.text(63, 77, t.seuNumero); // X(15), as brcobranca writes it
    }

    void instructions(RecordWriter &w, const RemessaTitle &t) const override
    {
        if (t.protestDays > 0) {
            w.put(221, 221, u"1").numeric(222, 223, t.protestDays, Tr::tr("protest days"));
        } else {
            w.put(221, 221, u"3").zeros(222, 223);
        }
        w.put(224, 224, u"3"); // baixa/devolução: the beneficiary's profile at the bank
        w.put(225, 225, u"0").zeros(226, 227);
        w.zeros(228, 229); // moeda: Santander's layout expects 00
        w.blank(230, 240);
    }

    void segmentQTail(RecordWriter &w) const override
    {
        w.zeros(210, 221);
        w.blank(222, 240);
    }

    void segmentRTail(RecordWriter &w) const override { w.blank(180, 240); }

    void batchTrailerTotals(RecordWriter &w, const Remessa &) const override
    {
        w.blank(24, 240);
    }
};

} // namespace

Result<QByteArray> Cnab240Santander::write(const Remessa &remessa)
{
    return Santander240().write(remessa);
}

} // namespace billing
