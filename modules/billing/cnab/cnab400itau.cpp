#include "billing/cnab/cnab400itau.h"

#include "billing/cnab/cnab400file.h"
#include "billing/cnab/cnabtext.h"
#include "billing/cnab/recordwriter.h"
#include "billing/domain/checkdigits.h"
#include "core/domain/tr.h"

using core::Error;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

// Itaú's one-letter carteira code (detail position 108): 'I' for every carteira except these.
QString carteiraCode(const QString &carteira)
{
    if (carteira == u"150")
        return u"U"_s;
    if (carteira == u"191")
        return u"1"_s;
    if (carteira == u"147")
        return u"E"_s;
    return u"I"_s;
}

Result<QString> header(const Remessa &r)
{
    const BankAccount &a = r.account;
    RecordWriter w;
    w.put(1, 1, u"0").put(2, 2, u"1").put(3, 9, u"REMESSA").put(10, 11, u"01");
    w.text(12, 26, u"COBRANCA");
    w.numeric(27, 30, a.agency, Tr::tr("agency"));
    w.zeros(31, 32);
    w.numeric(33, 37, a.account, Tr::tr("account"));
    w.numeric(38, 38, a.accountDv, Tr::tr("account check digit"));
    w.blank(39, 46);
    w.text(47, 76, a.beneficiaryName);
    w.put(77, 79, u"341").text(80, 94, u"BANCO ITAU SA");
    w.date6(95, 100, r.generatedOn);
    w.blank(101, 394);
    w.numeric(395, 400, 1, Tr::tr("record number"));
    return w.finish();
}

Result<QString> detail(const Remessa &r, const RemessaTitle &t, int sequence)
{
    const BankAccount &a = r.account;
    auto companyType =
        CnabText::inscriptionType(a.beneficiaryDocument, Tr::tr("beneficiary CPF/CNPJ"));
    if (!companyType)
        return companyType.error();
    auto payerType = CnabText::inscriptionType(t.payerDocument, Tr::tr("payer CPF/CNPJ"));
    if (!payerType)
        return payerType.error();

    RecordWriter w;
    w.put(1, 1, u"1").put(2, 3, *companyType);
    w.numeric(4, 17, CnabText::stripSeparators(a.beneficiaryDocument),
              Tr::tr("beneficiary CPF/CNPJ"));
    w.numeric(18, 21, a.agency, Tr::tr("agency"));
    w.zeros(22, 23);
    w.numeric(24, 28, a.account, Tr::tr("account"));
    w.numeric(29, 29, a.accountDv, Tr::tr("account check digit"));
    w.blank(30, 33);
    w.zeros(34, 37); // código da instrução/alegação a ser cancelada: none
    w.text(38, 62, t.control);
    w.numeric(63, 70, t.nossoNumero, Tr::tr("nosso número"));
    w.zeros(71, 83); // quantidade de moeda variável: titles are in reais
    w.numeric(84, 86, a.carteira, Tr::tr("carteira"));
    w.blank(87, 107);
    w.put(108, 108, carteiraCode(a.carteira));
    w.put(109, 110, t.instructionCode()); // ocorrência: 01 entrada, 02 pedido de baixa
    // Número do documento is X(10) in the manual, but Itaú expects a number right-justified
    // with zeros, as the reference file shows; a seu número with letters is written as text.
    if (t.seuNumero.isEmpty() || isAsciiDigits(t.seuNumero))
        w.numeric(111, 120, t.seuNumero, Tr::tr("document number"));
    else
        w.text(111, 120, t.seuNumero);
    w.date6(121, 126, t.dueDate);
    w.money(127, 139, t.amount, Tr::tr("amount"));
    w.put(140, 142, u"341");
    w.zeros(143, 147); // agência cobradora: chosen by the bank
    w.put(148, 149, u"01"); // espécie: duplicata mercantil
    w.put(150, 150, u"N");  // aceite: no
    w.date6(151, 156, t.issueDate.isValid() ? t.issueDate : r.generatedOn);
    w.zeros(157, 160); // instruções 1 and 2: none
    w.money(161, 173, t.interestPerDay, Tr::tr("interest per day"));
    w.date6(174, 179, t.discountUntil);
    w.money(180, 192, t.discountAmount, Tr::tr("discount"));
    w.zeros(193, 205); // IOF: only insurance companies collect it
    w.zeros(206, 218); // abatimento: granted later by an instruction, not at registration
    w.put(219, 220, *payerType);
    w.numeric(221, 234, CnabText::stripSeparators(t.payerDocument), Tr::tr("payer CPF/CNPJ"));
    w.text(235, 264, t.payerName);
    w.blank(265, 274);
    w.text(275, 314, t.payerAddress);
    w.text(315, 326, t.payerDistrict);
    w.numeric(327, 334, CnabText::stripSeparators(t.payerZip), Tr::tr("payer CEP"));
    w.text(335, 349, t.payerCity);
    w.text(350, 351, t.payerState);
    w.blank(352, 381); // sacador/avalista: none
    w.blank(382, 385);
    w.zeros(386, 391); // data de mora: interest starts the day after the due date
    // Prazo in days, read only with a protest/return instruction (none is sent); the value is
    // the one Itaú's reference file carries.
    w.put(392, 393, u"03");
    w.blank(394, 394);
    w.numeric(395, 400, sequence, Tr::tr("record number"));
    return w.finish();
}

// Type 2: the fine ("multa"), right after its title's detail.
Result<QString> fine(const RemessaTitle &t, int sequence)
{
    RecordWriter w;
    w.put(1, 1, u"2");
    if (t.fine.kind == RemessaFine::Kind::Amount) {
        w.put(2, 2, u"1");
        w.date8(3, 10, t.fine.date.isValid() ? t.fine.date : t.dueDate);
        w.money(11, 23, t.fine.amount, Tr::tr("fine"));
    } else {
        w.put(2, 2, u"2");
        w.date8(3, 10, t.fine.date.isValid() ? t.fine.date : t.dueDate);
        w.numeric(11, 23, t.fine.percentHundredths, Tr::tr("fine percentage"));
    }
    w.blank(24, 394);
    w.numeric(395, 400, sequence, Tr::tr("record number"));
    return w.finish();
}

} // namespace

Result<QByteArray> Cnab400Itau::write(const Remessa &remessa)
{
    if (auto ok = remessa.validate(); !ok)
        return ok.error();
    return writeCnab400File(remessa, header(remessa), [&remessa](const RemessaTitle &t, int sequence) -> Result<QStringList> {
        // A PIX this layout cannot carry is refused, not dropped: the payer's QR would not exist.
        if (t.pix) {
            return Error::validation(Tr::tr("%1's CNAB 400 cannot register a PIX QR code; send the title without PIX.")
                                         .arg(QStringLiteral("Itaú")),
                                     Tr::tr("PIX"));
        }
        auto d = detail(remessa, t, sequence);
        if (!d)
            return d.error();
        QStringList records{*d};
        if (t.fine.kind != RemessaFine::Kind::None) { // Itaú's fine goes in a record of its own
            auto f = fine(t, sequence + 1);
            if (!f)
                return f.error();
            records << *f;
        }
        return records;
    });
}

} // namespace billing
