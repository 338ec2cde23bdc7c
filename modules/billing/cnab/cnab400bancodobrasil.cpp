#include "billing/cnab/cnab400bancodobrasil.h"

#include "billing/banks/bancodobrasil.h"
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

// What this layout needs of the account beyond Remessa::validate().
Result<> validateAccount(const BankAccount &a)
{
    if (a.convenio.size() != 7 || !isAsciiDigits(a.convenio)) {
        return Error::validation(
            Tr::tr("This Banco do Brasil CNAB 400 layout (CBR641) is for convênios of 7 digits; "
                   "'%1' is not one.")
                .arg(a.convenio),
            Tr::tr("convênio"));
    }
    if (a.variation.size() != 3 || !isAsciiDigits(a.variation)) {
        return Error::validation(
            Tr::tr("The variação da carteira has 3 digits (e.g. 019); found '%1'.").arg(a.variation),
            Tr::tr("carteira variation"));
    }
    if (a.carteira.size() != 2 || !isAsciiDigits(a.carteira)) {
        return Error::validation(
            Tr::tr("Banco do Brasil carteiras have 2 digits (e.g. 17); found '%1'.").arg(a.carteira),
            Tr::tr("carteira"));
    }
    return {};
}

// BB prints the agency DV; when it was not typed, it is BB's mod 11 (10 is 'X'), the same
// digit as a nosso número's.
QString agencyDv(const BankAccount &a)
{
    return a.agencyDv.isEmpty() ? QString(BancoDoBrasil::nossoNumeroDv(a.agency)) : a.agencyDv;
}

Result<QString> header(const Remessa &r)
{
    const BankAccount &a = r.account;
    RecordWriter w;
    w.put(1, 1, u"0").put(2, 2, u"1").put(3, 9, u"REMESSA").put(10, 11, u"01");
    w.text(12, 26, u"COBRANCA");
    w.numeric(27, 30, a.agency, Tr::tr("agency"));
    w.text(31, 31, agencyDv(a));
    w.numeric(32, 39, a.account, Tr::tr("account"));
    w.text(40, 40, a.accountDv);
    w.zeros(41, 46); // 6-digit convênio field: unused by 7-digit convênios
    w.text(47, 76, a.beneficiaryName);
    w.put(77, 79, u"001").text(80, 94, u"BANCODOBRASIL");
    w.date6(95, 100, r.generatedOn);
    w.numeric(101, 107, r.nsa, Tr::tr("remessa number (NSA)"));
    w.blank(108, 129);
    // Convênio líder: the company's own convênio unless BB groups it under another
    // (laravel-boleto's default).
    w.numeric(130, 136, a.convenio, Tr::tr("convênio"));
    w.blank(137, 394);
    w.numeric(395, 400, 1, Tr::tr("record number"));
    return w.finish();
}

// 17 digits: convênio 7 + sequence 10, from either the sequence or the whole number.
Result<QString> nossoNumero(const BankAccount &a, const QString &given)
{
    if (given.size() == 17 && given.startsWith(a.convenio) && isAsciiDigits(given))
        return given;
    auto sequence = CnabText::numeric(given, 10, Tr::tr("nosso número"));
    if (!sequence)
        return sequence.error();
    return a.convenio + *sequence;
}

// Instruction (157-158) and days (392-393): BB has codes for 15/20/25/30/45 calendar days and
// code 06 with the days written apart for 6 to 29, 35 or 40 (BB's instruction table, as
// laravel-boleto lists it); 03-05 count business days and are not offered.
Result<std::pair<QString, int>> protest(const RemessaTitle &t)
{
    const int days = t.protestDays;
    if (days == 0)
        return std::pair{u"00"_s, 0};
    if (days == 15 || days == 20 || days == 25 || days == 30 || days == 45)
        return std::pair{QString::number(days), 0};
    if ((days >= 6 && days <= 29) || days == 35 || days == 40)
        return std::pair{u"06"_s, days};
    return Error::validation(
        Tr::tr("Banco do Brasil protests 6 to 30, 35, 40 or 45 days after the due date, not %1.")
            .arg(days),
        Tr::tr("protest days"));
}

Result<QString> detail(const Remessa &r, const RemessaTitle &t, int sequence)
{
    const BankAccount &a = r.account;
    if (t.pix) {
        return Error::validation(
            Tr::tr("Banco do Brasil's CNAB 400 cannot register a PIX QR code; send the title "
                   "without PIX or register it through the bank's API."),
            Tr::tr("PIX"));
    }
    auto companyType =
        CnabText::inscriptionType(a.beneficiaryDocument, Tr::tr("beneficiary CPF/CNPJ"));
    if (!companyType)
        return companyType.error();
    auto payerType = CnabText::inscriptionType(t.payerDocument, Tr::tr("payer CPF/CNPJ"));
    if (!payerType)
        return payerType.error();
    auto number = nossoNumero(a, t.nossoNumero);
    if (!number)
        return number.error();
    auto instruction = protest(t);
    if (!instruction)
        return instruction.error();

    RecordWriter w;
    w.put(1, 1, u"7").put(2, 3, *companyType);
    w.numeric(4, 17, CnabText::stripSeparators(a.beneficiaryDocument),
              Tr::tr("beneficiary CPF/CNPJ"));
    w.numeric(18, 21, a.agency, Tr::tr("agency"));
    w.text(22, 22, agencyDv(a));
    w.numeric(23, 30, a.account, Tr::tr("account"));
    w.text(31, 31, a.accountDv);
    w.numeric(32, 38, a.convenio, Tr::tr("convênio"));
    w.text(39, 63, t.control);
    w.put(64, 80, *number);
    w.zeros(81, 82); // número da prestação
    w.zeros(83, 84); // grupo de valor
    w.blank(85, 87);
    w.blank(88, 88); // no message or sacador/avalista
    w.blank(89, 91); // prefixo do título
    w.numeric(92, 94, a.variation, Tr::tr("carteira variation"));
    w.zeros(95, 95);    // conta caução
    w.zeros(96, 101);   // borderô
    w.blank(102, 106);  // tipo de cobrança: blank = simples
    w.numeric(107, 108, a.carteira, Tr::tr("carteira"));
    w.put(109, 110, t.instructionCode()); // ocorrência: 01 entrada, 02 pedido de baixa
    w.text(111, 120, t.seuNumero);
    w.date6(121, 126, t.dueDate);
    w.money(127, 139, t.amount, Tr::tr("amount"));
    w.put(140, 142, u"001");
    w.zeros(143, 146); // agência cobradora: chosen by the bank
    w.blank(147, 147);
    w.put(148, 149, u"01"); // espécie: duplicata mercantil
    w.put(150, 150, u"N");  // aceite: no
    w.date6(151, 156, t.issueDate.isValid() ? t.issueDate : r.generatedOn);
    w.put(157, 158, instruction->first);
    w.put(159, 160, u"00");
    w.money(161, 173, t.interestPerDay, Tr::tr("interest per day"));
    w.date6(174, 179, t.discountUntil);
    w.money(180, 192, t.discountAmount, Tr::tr("discount"));
    w.zeros(193, 205); // IOF: only insurance companies collect it
    w.zeros(206, 218); // abatimento: granted later by a command, not at registration
    w.put(219, 220, *payerType);
    w.numeric(221, 234, CnabText::stripSeparators(t.payerDocument), Tr::tr("payer CPF/CNPJ"));
    w.text(235, 271, t.payerName);
    w.blank(272, 274);
    w.text(275, 314, t.payerAddress);
    w.text(315, 326, t.payerDistrict);
    w.numeric(327, 334, CnabText::stripSeparators(t.payerZip), Tr::tr("payer CEP"));
    w.text(335, 349, t.payerCity);
    w.text(350, 351, t.payerState);
    w.blank(352, 391); // observações / sacador-avalista: none
    w.numeric(392, 393, instruction->second, Tr::tr("protest days"));
    w.blank(394, 394);
    w.numeric(395, 400, sequence, Tr::tr("record number"));
    return w.finish();
}

// Type 5, service 99: the fine, right after its title's detail (brcobranca's
// monta_detalhe_multa, laravel-boleto's second record).
Result<QString> fine(const RemessaTitle &t, int sequence)
{
    RecordWriter w;
    w.put(1, 1, u"5").put(2, 3, u"99");
    if (t.fine.kind == RemessaFine::Kind::Amount) {
        w.put(4, 4, u"1");
        w.date6(5, 10, t.fine.date.isValid() ? t.fine.date : t.dueDate);
        w.money(11, 22, t.fine.amount, Tr::tr("fine"));
    } else {
        w.put(4, 4, u"2");
        w.date6(5, 10, t.fine.date.isValid() ? t.fine.date : t.dueDate);
        w.numeric(11, 22, t.fine.percentHundredths, Tr::tr("fine percentage"));
    }
    w.blank(23, 394);
    w.numeric(395, 400, sequence, Tr::tr("record number"));
    return w.finish();
}

} // namespace

Result<QByteArray> Cnab400BancoDoBrasil::write(const Remessa &remessa)
{
    if (auto ok = remessa.validate(); !ok)
        return ok.error();
    if (auto ok = validateAccount(remessa.account); !ok)
        return ok.error();
    return writeCnab400File(remessa, header(remessa), [&remessa](const RemessaTitle &t, int sequence) -> Result<QStringList> {
        auto d = detail(remessa, t, sequence);
        if (!d)
            return d.error();
        QStringList records{*d};
        if (t.fine.kind != RemessaFine::Kind::None) {
            auto f = fine(t, sequence + 1);
            if (!f)
                return f.error();
            records << *f;
        }
        return records;
    });
}

} // namespace billing
