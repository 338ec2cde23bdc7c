#include "billing/cnab/cnab240sicredi.h"

#include "billing/cnab/cnab240file.h"
#include "billing/cnab/cnabtext.h"
#include "core/domain/tr.h"

using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Sicredi's fields follow brcobranca lib/brcobranca/remessa/cnab240/sicredi.rb: no convênio
// (the account block identifies the beneficiary), agência without DV, the nosso número with
// its DV left-justified in 38-57, espécie 03 (DMI), baixa after 60 days, density 01600.
class Sicredi240 final : public Cnab240File
{
protected:
    QString bankCode() const override { return u"748"_s; }
    QString bankName() const override { return u"SICREDI"_s; }
    QString fileLayoutVersion() const override { return u"081"_s; }
    QString batchLayoutVersion() const override { return u"040"_s; }
    QString density() const override { return u"01600"_s; }

    // Agência 5, DV (none at Sicredi), conta 12 + DV, DV agência/conta (blank).
    void account(RecordWriter &w, int from, const Remessa &r) const
    {
        w.numeric(from, from + 4, r.account.agency, Tr::tr("agency"));
        w.blank(from + 5, from + 5);
        w.numeric(from + 6, from + 17, r.account.account, Tr::tr("account"));
        w.numeric(from + 18, from + 18, r.account.accountDv, Tr::tr("account check digit"));
        w.blank(from + 19, from + 19);
    }

    void fileHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.blank(33, 52);
        account(w, 53, r);
    }

    void batchHeaderAccount(RecordWriter &w, const Remessa &r) const override
    {
        w.blank(34, 53);
        account(w, 54, r);
    }

    Result<> titleIdentification(RecordWriter &w, const Remessa &r,
                                 const RemessaTitle &t) const override
    {
        auto nn = nossoNumeroDigits(r, t); // 8 digits + DV over agência, posto, beneficiário
        if (!nn)
            return nn.error();
        account(w, 18, r);
        w.text(38, 57, *nn);
        w.put(58, 58, u"1"); // cobrança simples
        w.put(59, 59, u"1"); // registered
        w.put(60, 60, u"1"); // tradicional
        w.put(61, 61, u"2"); // emitted by the beneficiary
        w.put(62, 62, u"2"); // distributed by the beneficiary
        return {};
    }

    QString especie() const override { return u"03"_s; }

    void instructions(RecordWriter &w, const RemessaTitle &t) const override
    {
        if (t.protestDays > 0) {
            w.put(221, 221, u"1").numeric(222, 223, t.protestDays, Tr::tr("protest days"));
        } else {
            w.put(221, 221, u"3").zeros(222, 223);
        }
        w.put(224, 224, u"1").put(225, 227, u"060"); // baixa/devolução after 60 days
        w.put(228, 229, u"09");
        w.zeros(230, 239);
        w.blank(240, 240);
    }

    void fileTrailerTail(RecordWriter &w) const override
    {
        w.zeros(30, 35); // contas para conciliação: none
        w.blank(36, 240);
    }
};

} // namespace

Result<QByteArray> Cnab240Sicredi::write(const Remessa &remessa)
{
    return Sicredi240().write(remessa);
}

} // namespace billing
