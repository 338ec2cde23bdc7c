#include "billing/cnab/cnab240sicoob.h"

#include "billing/cnab/cnab240file.h"
#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Sicoob's fields follow brcobranca lib/brcobranca/remessa/cnab240/sicoob.rb: no convênio,
// nosso número 9 + DV, parcela, modalidade and tipo de formulário in 38-57, forma de
// cadastramento 0, dias para baixa blank, titles totalled in the trailer de lote.
class Sicoob240 final : public Cnab240File
{
protected:
    QString bankCode() const override { return u"756"_s; }
    QString bankName() const override { return u"SICOOB"_s; }
    QString fileLayoutVersion() const override { return u"081"_s; }
    QString batchLayoutVersion() const override { return u"040"_s; }

    Result<> validate(const Remessa &r) const override
    {
        return CnabText::required(r.account.agencyDv, Tr::tr("agency check digit"));
    }

    // Cooperativa 5 + DV, conta 12 + DV, then the DV agência/conta: '0' in the file header,
    // blank in the lote (brcobranca info_conta_header_arquivo / _lote).
    void account(RecordWriter &w, int from, const Remessa &r, bool fileHeader) const
    {
        w.numeric(from, from + 4, r.account.agency, Tr::tr("agency"));
        w.numeric(from + 5, from + 5, r.account.agencyDv, Tr::tr("agency check digit"));
        w.numeric(from + 6, from + 17, r.account.account, Tr::tr("account"));
        w.numeric(from + 18, from + 18, r.account.accountDv, Tr::tr("account check digit"));
        if (fileHeader)
            w.zeros(from + 19, from + 19);
        else
            w.blank(from + 19, from + 19);
    }

    void fileHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.blank(33, 52);
        account(w, 53, r, true);
    }

    void batchHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.blank(34, 53);
        account(w, 54, r, false);
    }

    Result<> titleIdentification(RecordWriter &w, const Remessa &r,
                                 const RemessaTitle &t) const override
    {
        auto nn = nossoNumeroDigits(r, t); // 7 digits + DV (weights 3197, Sicoob)
        if (!nn)
            return nn.error();
        account(w, 18, r, false);
        w.numeric(38, 47, *nn, Tr::tr("nosso número"));
        w.put(48, 49, u"01"); // parcela: a single installment
        w.numeric(50, 51, r.account.modality.isEmpty() ? u"01"_s : r.account.modality,
                  Tr::tr("modality"));
        w.put(52, 52, u"4"); // tipo de formulário: A4 without envelope
        w.blank(53, 57);
        w.put(58, 58, u"1"); // cobrança simples
        w.put(59, 59, u"0"); // forma de cadastramento, as brcobranca sends it
        w.put(60, 60, u"2"); // escritural
        w.put(61, 61, u"2"); // emitted by the beneficiary
        w.put(62, 62, u"2"); // distributed by the beneficiary
        return {};
    }

    void instructions(RecordWriter &w, const RemessaTitle &t) const override
    {
        if (t.protestDays > 0) {
            w.put(221, 221, u"1").numeric(222, 223, t.protestDays, Tr::tr("protest days"));
        } else {
            w.put(221, 221, u"3").zeros(222, 223);
        }
        w.put(224, 224, u"0").blank(225, 227); // Sicoob: dias para baixa left blank
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

    void fileTrailerTail(RecordWriter &w) const override
    {
        w.zeros(30, 35);
        w.blank(36, 240);
    }
};

} // namespace

Result<QByteArray> Cnab240Sicoob::write(const Remessa &remessa)
{
    return Sicoob240().write(remessa);
}

} // namespace billing
