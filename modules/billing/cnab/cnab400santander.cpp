#include "billing/cnab/cnab400santander.h"

#include "billing/cnab/cnab400file.h"
#include "billing/cnab/cnabtext.h"
#include "billing/cnab/recordwriter.h"
#include "billing/domain/checkdigits.h"
#include "core/domain/tr.h"

using core::Error;
using core::Money;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

Result<QString> header(const Remessa &r)
{
    RecordWriter w;
    w.put(1, 1, u"0").put(2, 2, u"1").put(3, 9, u"REMESSA").put(10, 11, u"01");
    w.text(12, 26, u"COBRANCA");
    w.numeric(27, 46, r.companyCode, Tr::tr("transmission code"));
    w.text(47, 76, r.account.beneficiaryName);
    w.put(77, 79, u"033").text(80, 94, u"SANTANDER");
    w.date6(95, 100, r.generatedOn);
    w.zeros(101, 116);
    w.blank(117, 391);
    w.put(392, 394, u"058"); // layout version
    w.numeric(395, 400, 1, Tr::tr("record number"));
    return w.finish();
}

// Positions 383-385: a 9-digit account ("conta padrão novo") does not fit the código de
// transmissão, so its last digit and DV go here after an 'I'; shorter accounts leave it blank.
Result<QString> accountComplement(const BankAccount &a)
{
    if (a.account.size() <= 8)
        return u"   "_s;
    if (a.account.size() > 9 || !isAsciiDigits(a.account) || a.accountDv.size() != 1
        || !isAsciiDigits(a.accountDv)) {
        return Error::validation(
            Tr::tr("A Santander account has up to 9 digits and a one-digit DV; found '%1-%2'.")
                .arg(a.account, a.accountDv),
            Tr::tr("account"));
    }
    return u"I"_s + a.account.back() + a.accountDv;
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
    if (t.fine.kind == RemessaFine::Kind::Amount) {
        return Error::validation(
            Tr::tr("Santander's CNAB 400 takes the fine as a percentage, not an amount."),
            Tr::tr("fine"));
    }
    auto complement = accountComplement(a);
    if (!complement)
        return complement.error();

    RecordWriter w;
    w.put(1, 1, u"1").put(2, 3, *companyType);
    w.numeric(4, 17, CnabText::stripSeparators(a.beneficiaryDocument),
              Tr::tr("beneficiary CPF/CNPJ"));
    w.numeric(18, 37, r.companyCode, Tr::tr("transmission code"));
    w.text(38, 62, t.control);
    // 8 positions = 7 digits + DV. Santander's 13-digit nosso número (12 + DV) fits when its
    // sequence is below 10^7, which is how the bank assigns ranges to CNAB 400 beneficiaries.
    QString nossoNumero = t.nossoNumeroWithDv.isEmpty() ? t.nossoNumero : t.nossoNumeroWithDv;
    while (nossoNumero.size() > 8 && nossoNumero.front() == u'0')
        nossoNumero.remove(0, 1); // a longer number stays long and is refused by numeric()
    w.numeric(63, 70, nossoNumero, Tr::tr("nosso número"));
    w.zeros(71, 76); // data limite do segundo desconto: none
    w.blank(77, 77);
    if (t.fine.kind == RemessaFine::Kind::Percent) {
        w.put(78, 78, u"4"); // 4 = fine as a percentage
        w.numeric(79, 82, t.fine.percentHundredths, Tr::tr("fine percentage"));
    } else {
        w.put(78, 78, u"0").zeros(79, 82);
    }
    w.put(83, 84, u"00");  // unidade de valor: reais
    w.zeros(85, 97);       // valor em outra unidade: none
    w.blank(98, 101);
    w.date6(102, 107, t.fine.kind == RemessaFine::Kind::None ? QDate() : t.fine.date);
    // Código da carteira: 1 = eletrônica com registro, brcobranca's default and what its
    // reference file carries (laravel-boleto writes 5, "rápida com registro", for carteira 101).
    w.put(108, 108, u"1");
    w.put(109, 110, t.instructionCode()); // ocorrência: 01 entrada, 02 pedido de baixa
    // Número do documento: a number right-justified with zeros, as brcobranca writes it; a seu
    // número with letters is written as text.
    if (t.seuNumero.isEmpty() || isAsciiDigits(t.seuNumero))
        w.numeric(111, 120, t.seuNumero, Tr::tr("document number"));
    else
        w.text(111, 120, t.seuNumero);
    w.date6(121, 126, t.dueDate);
    w.money(127, 139, t.amount, Tr::tr("amount"));
    w.put(140, 142, u"033");
    w.zeros(143, 147); // agência cobradora: chosen by the bank
    w.put(148, 149, u"01"); // espécie: duplicata
    w.put(150, 150, u"N");  // aceite: no
    w.date6(151, 156, t.issueDate.isValid() ? t.issueDate : r.generatedOn);
    w.put(157, 158, t.protestDays > 0 ? u"06" : u"00"); // 06 = protestar after 392-393 days
    w.put(159, 160, u"00");
    w.money(161, 173, t.interestPerDay, Tr::tr("interest per day"));
    w.date6(174, 179, t.discountUntil);
    w.money(180, 192, t.discountAmount, Tr::tr("discount"));
    w.zeros(193, 205); // IOF: only insurance companies collect it
    w.zeros(206, 218); // abatimento: granted later by an instruction, not at registration
    w.put(219, 220, *payerType);
    w.numeric(221, 234, CnabText::stripSeparators(t.payerDocument), Tr::tr("payer CPF/CNPJ"));
    w.text(235, 274, t.payerName);
    w.text(275, 314, t.payerAddress);
    w.text(315, 326, t.payerDistrict);
    w.numeric(327, 334, CnabText::stripSeparators(t.payerZip), Tr::tr("payer CEP"));
    w.text(335, 349, t.payerCity);
    w.text(350, 351, t.payerState);
    w.blank(352, 381); // sacador/avalista: none
    w.blank(382, 382);
    w.put(383, 385, *complement);
    w.blank(386, 391);
    w.numeric(392, 393, t.protestDays, Tr::tr("protest days"));
    w.blank(394, 394);
    w.numeric(395, 400, sequence, Tr::tr("record number"));
    return w.finish();
}

QString dictKeyTypeCode(RemessaPix::KeyType type)
{
    switch (type) {
    case RemessaPix::KeyType::Cpf:
        return u"1"_s;
    case RemessaPix::KeyType::Cnpj:
        return u"2"_s;
    case RemessaPix::KeyType::Phone:
        return u"3"_s;
    case RemessaPix::KeyType::Email:
        return u"4"_s;
    case RemessaPix::KeyType::Random:
        return u"5"_s;
    }
    return u"0"_s;
}

// Type 8: the PIX QR code of a boleto híbrido, right after its title's detail.
Result<QString> pixRecord(const RemessaTitle &t, const RemessaPix &pix, int sequence)
{
    const Money maximum = pix.maximum.cents() == 0 ? t.amount : pix.maximum;
    const Money minimum = pix.minimum.cents() == 0 ? t.amount : pix.minimum;
    RecordWriter w;
    w.put(1, 1, u"8");
    w.numeric(2, 3, int(pix.acceptance), Tr::tr("PIX payment type"));
    w.numeric(4, 5, pix.paymentCount, Tr::tr("PIX payment count"));
    w.numeric(6, 6, int(pix.limitKind), Tr::tr("PIX limit kind"));
    w.money(7, 19, maximum, Tr::tr("PIX maximum"));
    w.numeric(20, 24, pix.maximumPercentHundredths, Tr::tr("PIX maximum percentage"));
    w.money(25, 37, minimum, Tr::tr("PIX minimum"));
    w.numeric(38, 42, pix.minimumPercentHundredths, Tr::tr("PIX minimum percentage"));
    w.put(43, 43, dictKeyTypeCode(pix.keyType));
    // The key and txid as DICT knows them: CnabText would upper-case an e-mail and drop its '@'.
    w.put(44, 120, pix.key.leftJustified(77, u' '));
    w.put(121, 155, pix.txid.leftJustified(35, u' '));
    w.blank(156, 394);
    w.numeric(395, 400, sequence, Tr::tr("record number"));
    return w.finish();
}

Result<QString> trailer(const Remessa &r, int sequence)
{
    Money total;
    for (const RemessaTitle &t : r.titles)
        total += t.amount;
    RecordWriter w;
    w.put(1, 1, u"9");
    w.numeric(2, 7, sequence, Tr::tr("record count"));
    w.money(8, 20, total, Tr::tr("total amount"));
    w.zeros(21, 394);
    w.numeric(395, 400, sequence, Tr::tr("record number"));
    return w.finish();
}

} // namespace

Result<QByteArray> Cnab400Santander::write(const Remessa &remessa)
{
    if (auto ok = CnabText::required(remessa.companyCode, Tr::tr("transmission code")); !ok)
        return ok.error();
    if (auto ok = remessa.validate(); !ok)
        return ok.error();
    return writeCnab400File(
        remessa, header(remessa),
        [&remessa](const RemessaTitle &t, int sequence) -> Result<QStringList> {
            auto d = detail(remessa, t, sequence);
            if (!d)
                return d.error();
            QStringList records{*d};
            if (t.pix) {
                auto p = pixRecord(t, *t.pix, sequence + 1);
                if (!p)
                    return p.error();
                records << *p;
            }
            return records;
        },
        [&remessa](int sequence) { return trailer(remessa, sequence); });
}

} // namespace billing
