#include "billing/cnab/cnab400bradesco.h"

#include "billing/banks/bradesco.h"

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

// Positions 275-314 hold the address with the city and UF, as Bradesco asks: the whole text
// when it fits, else address cut to 20, a space, city cut to 15 and the UF.
QString payerAddress(const RemessaTitle &t)
{
    const QString address = CnabText::normalize(t.payerAddress);
    const QString city = CnabText::normalize(t.payerCity);
    const QString uf = CnabText::normalize(t.payerState);
    const QString whole = address + u' ' + city + u' ' + uf;
    if (whole.size() <= 40)
        return whole;
    return address.left(20).trimmed() + u' ' + city.left(15) + uf;
}

Result<QString> header(const Remessa &r)
{
    RecordWriter w;
    w.put(1, 1, u"0").put(2, 2, u"1").put(3, 9, u"REMESSA").put(10, 11, u"01");
    w.text(12, 26, u"COBRANCA");
    w.numeric(27, 46, r.companyCode, Tr::tr("company code"));
    w.text(47, 76, r.account.beneficiaryName);
    w.put(77, 79, u"237").text(80, 94, u"BRADESCO");
    w.date6(95, 100, r.generatedOn);
    w.blank(101, 108);
    w.put(109, 110, u"MX"); // sistema: "MX" identifies a CNAB 400 cobrança file
    w.numeric(111, 117, r.nsa, Tr::tr("remessa number (NSA)"));
    w.blank(118, 394);
    w.numeric(395, 400, 1, Tr::tr("record number"));
    return w.finish();
}

Result<QString> detail(const Remessa &r, const RemessaTitle &t, int sequence)
{
    const BankAccount &a = r.account;
    auto payerType = CnabText::inscriptionType(t.payerDocument, Tr::tr("payer CPF/CNPJ"));
    if (!payerType)
        return payerType.error();
    auto carteira = CnabText::numeric(a.carteira, 2, Tr::tr("carteira"));
    if (!carteira)
        return carteira.error();
    auto nossoNumero = CnabText::numeric(t.nossoNumero, 11, Tr::tr("nosso número"));
    if (!nossoNumero)
        return nossoNumero.error();
    if (t.fine.kind == RemessaFine::Kind::Amount) {
        return Error::validation(
            Tr::tr("Bradesco's CNAB 400 takes the fine as a percentage, not an amount."),
            Tr::tr("fine"));
    }

    RecordWriter w;
    w.put(1, 1, u"1");
    w.zeros(2, 20); // débito automático account: not used for boletos
    // Identificação da empresa no banco: 0, carteira 3, agência 5, conta 7, DV.
    w.zeros(21, 21);
    w.numeric(22, 24, *carteira, Tr::tr("carteira"));
    w.numeric(25, 29, a.agency, Tr::tr("agency"));
    w.numeric(30, 36, a.account, Tr::tr("account"));
    w.text(37, 37, a.accountDv); // Bradesco's account DV may be 'P'
    w.text(38, 62, t.control);
    w.zeros(63, 65); // banco for débito automático: none
    if (t.fine.kind == RemessaFine::Kind::Percent) {
        w.put(66, 66, u"2");
        w.numeric(67, 70, t.fine.percentHundredths, Tr::tr("fine percentage"));
    } else {
        w.put(66, 66, u"0").zeros(67, 70);
    }
    w.put(71, 81, *nossoNumero).put(82, 82, QString(Bradesco::nossoNumeroDv(*carteira, *nossoNumero)));
    w.zeros(83, 92); // desconto bonificação por dia: none
    w.put(93, 93, u"2"); // the company issues the boleto (not the bank)
    w.put(94, 94, u"N"); // no débito automático
    w.blank(95, 104);
    w.blank(105, 105); // no rateio de crédito
    w.put(106, 106, u"2"); // no débito automático notice
    w.blank(107, 108);
    w.put(109, 110, t.instructionCode()); // ocorrência: 01 entrada, 02 pedido de baixa
    w.text(111, 120, t.seuNumero);
    w.date6(121, 126, t.dueDate);
    w.money(127, 139, t.amount, Tr::tr("amount"));
    w.zeros(140, 147); // banco/agência encarregada: chosen by the bank
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
    w.text(235, 274, t.payerName);
    w.text(275, 314, payerAddress(t));
    w.blank(315, 326); // 1ª mensagem
    w.numeric(327, 334, CnabText::stripSeparators(t.payerZip), Tr::tr("payer CEP"));
    w.blank(335, 394); // sacador/avalista or 2ª mensagem
    w.numeric(395, 400, sequence, Tr::tr("record number"));
    return w.finish();
}

} // namespace

Result<QByteArray> Cnab400Bradesco::write(const Remessa &remessa)
{
    if (auto ok = remessa.validate(true); !ok)
        return ok.error();
    return writeCnab400File(remessa, header(remessa), [&remessa](const RemessaTitle &t, int sequence) -> Result<QStringList> {
        // A PIX this layout cannot carry is refused, not dropped: the payer's QR would not exist.
        if (t.pix) {
            return Error::validation(Tr::tr("%1's CNAB 400 cannot register a PIX QR code; send the title without PIX.")
                                         .arg(QStringLiteral("Bradesco")),
                                     Tr::tr("PIX"));
        }
        auto d = detail(remessa, t, sequence);
        if (!d)
            return d.error();
        return QStringList{*d};
    });
}

} // namespace billing
