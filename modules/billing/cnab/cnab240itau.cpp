#include "billing/cnab/cnab240itau.h"

#include "billing/cnab/cnab240file.h"
#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Itaú packs the account and nosso número its own way inside the FEBRABAN frame; positions
// follow brcobranca lib/brcobranca/remessa/cnab240/itau.rb (Itaú "Cobrança FEBRABAN 240"
// manual, segment P item 3.1, and its 30-character names in segment Q).
class Itau240 final : public Cnab240File
{
protected:
    QString bankCode() const override { return u"341"_s; }
    QString bankName() const override { return u"BANCO ITAU SA"_s; }
    QString fileLayoutVersion() const override { return u"040"_s; }
    QString batchLayoutVersion() const override { return u"030"_s; }

    // 0, agência 4, blank, 7 zeros, conta 5, blank, DAC of agência/conta.
    void account(RecordWriter &w, int from, const Remessa &r) const
    {
        w.zeros(from, from);
        w.numeric(from + 1, from + 4, r.account.agency, Tr::tr("agency"));
        w.blank(from + 5, from + 5);
        w.zeros(from + 6, from + 12);
        w.numeric(from + 13, from + 17, r.account.account, Tr::tr("account"));
        w.blank(from + 18, from + 18);
        w.numeric(from + 19, from + 19, r.account.accountDv, Tr::tr("account check digit"));
    }

    void fileHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.blank(33, 52); // Itaú has no convênio in this layout
        account(w, 53, r);
    }

    void fileHeaderReserved(RecordWriter &w, const Remessa &) const override
    {
        w.blank(172, 225);
        w.zeros(226, 228);
        w.blank(229, 240);
    }

    void batchHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.blank(34, 53);
        account(w, 54, r);
    }

    Result<> titleIdentification(RecordWriter &w, const Remessa &r,
                                 const RemessaTitle &t) const override
    {
        auto nn = nossoNumeroDigits(r, t); // carteira 3, nosso número 8, DAC (Itau)
        if (!nn)
            return nn.error();
        account(w, 18, r);
        w.numeric(38, 49, *nn, Tr::tr("nosso número"));
        w.blank(50, 57);
        w.zeros(58, 62);
        return {};
    }

    void documentNumber(RecordWriter &w, const RemessaTitle &t) const override
    {
        w.text(63, 72, t.seuNumero);
        w.blank(73, 77);
    }

    QString collectingAgencyDv() const override { return u"0"_s; }
    QString especie() const override { return u"01"_s; } // duplicata mercantil at Itaú

    // Itaú has no interest code (118 is zero): a mora amount per day means interest.
    void interest(RecordWriter &w, const RemessaTitle &t) const override
    {
        const bool charged = t.interestPerDay.cents() > 0;
        w.zeros(118, 118);
        w.date8(119, 126, charged ? t.dueDate.addDays(1) : QDate());
        w.money(127, 141, t.interestPerDay, Tr::tr("interest per day"));
    }

    QString discountCode(const RemessaTitle &) const override { return u"0"_s; }

    void instructions(RecordWriter &w, const RemessaTitle &t) const override
    {
        if (t.protestDays > 0) {
            w.put(221, 221, u"1").numeric(222, 223, t.protestDays, Tr::tr("protest days"));
        } else {
            w.put(221, 221, u"3").zeros(222, 223);
        }
        w.put(224, 224, u"0").zeros(225, 226); // baixa: the account's default
        w.zeros(227, 239);
        w.blank(240, 240);
    }

    Result<QString> segmentQ(const Remessa &, const RemessaTitle &t, int sequence) const override
    {
        auto type = inscriptionDigit(t.payerDocument, Tr::tr("payer CPF/CNPJ"));
        if (!type)
            return type.error();
        RecordWriter w = detail(sequence, 'Q', t);
        w.put(18, 18, *type);
        w.numeric(19, 33, CnabText::stripSeparators(t.payerDocument), Tr::tr("payer CPF/CNPJ"));
        w.text(34, 63, t.payerName);
        w.blank(64, 73);
        w.text(74, 113, t.payerAddress);
        w.text(114, 128, t.payerDistrict);
        w.numeric(129, 136, CnabText::stripSeparators(t.payerZip), Tr::tr("payer CEP"));
        w.text(137, 151, t.payerCity);
        w.text(152, 153, t.payerState);
        w.zeros(154, 169); // sacador/avalista: none
        w.blank(170, 209);
        w.zeros(210, 212);
        w.blank(213, 240);
        return w.finish();
    }

    void batchTrailerTotals(RecordWriter &w, const Remessa &) const override
    {
        w.blank(24, 240);
    }
};

} // namespace

Result<QByteArray> Cnab240Itau::write(const Remessa &remessa)
{
    return Itau240().write(remessa);
}

} // namespace billing
