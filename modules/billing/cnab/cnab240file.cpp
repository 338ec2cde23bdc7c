#include "billing/cnab/cnab240file.h"

#include "billing/banks/bankregistry.h"
#include "billing/cnab/cnabtext.h"
#include "billing/domain/checkdigits.h"
#include "core/domain/tr.h"

#include <QStringList>

using core::Error;
using core::Result;
using core::Tr;
using namespace Qt::StringLiterals;

namespace billing {

namespace {

constexpr int kLength = 240;

QString time6(QTime time)
{
    return time.isValid() ? time.toString(u"HHmmss"_s) : u"000000"_s;
}

} // namespace

Result<QString> Cnab240File::inscriptionDigit(const QString &document, const QString &field)
{
    auto type = CnabText::inscriptionType(document, field);
    if (!type)
        return type.error();
    return type->right(1); // "01"/"02" in CNAB 400, one digit in CNAB 240
}

Result<QString> Cnab240File::printedNossoNumero(const Remessa &r, const RemessaTitle &t) const
{
    auto bank = BankRegistry::bank(bankCode());
    if (!bank)
        return bank.error();
    return (*bank)->nossoNumeroWithDv(r.account, t.nossoNumero);
}

Result<QString> Cnab240File::nossoNumeroDigits(const Remessa &r, const RemessaTitle &t) const
{
    auto printed = printedNossoNumero(r, t);
    if (!printed)
        return printed.error();
    QString out;
    for (const QChar c : *printed) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

core::Money Cnab240File::total(const Remessa &remessa)
{
    core::Money sum;
    for (const RemessaTitle &t : remessa.titles)
        sum += t.amount;
    return sum;
}

QDate Cnab240File::fineDate(const RemessaTitle &t)
{
    return t.fine.date.isValid() ? t.fine.date : t.dueDate.addDays(1);
}

RecordWriter Cnab240File::record(int lote, char type) const
{
    RecordWriter w(kLength);
    w.put(1, 3, bankCode());
    w.numeric(4, 7, lote, Tr::tr("lote"));
    w.put(8, 8, QString(QLatin1Char(type)));
    return w;
}

RecordWriter Cnab240File::detail(int sequence, char segment, const RemessaTitle &title) const
{
    RecordWriter w = record(1, '3');
    w.numeric(9, 13, sequence, Tr::tr("record number"));
    w.put(14, 14, QString(QLatin1Char(segment)));
    w.blank(15, 15);
    w.put(16, 17, title.instructionCode()); // movimento: 01 entrada de título, 02 pedido de baixa
    return w;
}

Result<> Cnab240File::validate(const Remessa &) const
{
    return {};
}

// --- header de arquivo ---------------------------------------------------------------------

Result<QString> Cnab240File::fileHeader(const Remessa &r) const
{
    const BankAccount &a = r.account;
    auto type = inscriptionDigit(a.beneficiaryDocument, Tr::tr("beneficiary CPF/CNPJ"));
    if (!type)
        return type.error();
    RecordWriter w = record(0, '0');
    w.blank(9, 17);
    w.put(18, 18, *type);
    w.numeric(19, 32, CnabText::stripSeparators(a.beneficiaryDocument),
              Tr::tr("beneficiary CPF/CNPJ"));
    fileHeaderAccount(w, r);
    w.text(73, 102, a.beneficiaryName);
    w.text(103, 132, bankName());
    w.blank(133, 142);
    w.put(143, 143, u"1"); // remessa
    w.date8(144, 151, r.generatedOn);
    w.put(152, 157, time6(r.generatedAt));
    w.numeric(158, 163, r.nsa, Tr::tr("remessa number (NSA)"));
    w.put(164, 166, fileLayoutVersion());
    w.put(167, 171, density());
    fileHeaderReserved(w, r);
    return w.finish();
}

void Cnab240File::fileHeaderReserved(RecordWriter &w, const Remessa &) const
{
    w.blank(172, 240);
}

// --- header de lote ------------------------------------------------------------------------

Result<QString> Cnab240File::batchHeader(const Remessa &r) const
{
    const BankAccount &a = r.account;
    auto type = inscriptionDigit(a.beneficiaryDocument, Tr::tr("beneficiary CPF/CNPJ"));
    if (!type)
        return type.error();
    RecordWriter w = record(1, '1');
    w.put(9, 9, u"R").put(10, 11, u"01"); // remessa, cobrança
    w.zeros(12, 13);
    w.put(14, 16, batchLayoutVersion());
    w.blank(17, 17);
    w.put(18, 18, *type);
    w.numeric(19, 33, CnabText::stripSeparators(a.beneficiaryDocument),
              Tr::tr("beneficiary CPF/CNPJ"));
    batchHeaderAccount(w, r);
    w.text(74, 103, a.beneficiaryName);
    w.blank(104, 183); // mensagens 1 and 2: printed on every boleto of the lote; none
    w.numeric(184, 191, r.nsa, Tr::tr("remessa number (NSA)"));
    w.date8(192, 199, r.generatedOn);
    w.zeros(200, 207); // data do crédito: a retorno field
    w.blank(208, 240);
    return w.finish();
}

// --- segment P -----------------------------------------------------------------------------

Result<QString> Cnab240File::segmentP(const Remessa &r, const RemessaTitle &t, int sequence) const
{
    RecordWriter w = detail(sequence, 'P', t);
    if (auto ok = titleIdentification(w, r, t); !ok)
        return ok.error();
    documentNumber(w, t);
    w.date8(78, 85, t.dueDate);
    w.money(86, 100, t.amount, Tr::tr("amount"));
    w.zeros(101, 105); // agência cobradora: chosen by the bank
    w.put(106, 106, collectingAgencyDv());
    w.put(107, 108, especie());
    w.put(109, 109, u"N"); // aceite: the payer has not signed the title
    w.date8(110, 117, t.issueDate.isValid() ? t.issueDate : r.generatedOn);
    interest(w, t);
    w.put(142, 142, discountCode(t));
    const bool discount = t.discountUntil.isValid() && t.discountAmount.cents() > 0;
    w.date8(143, 150, discount ? t.discountUntil : QDate());
    w.money(151, 165, discount ? t.discountAmount : core::Money(), Tr::tr("discount"));
    w.zeros(166, 180); // IOF: only insurers collect it
    w.zeros(181, 195); // abatimento: granted later by an instruction, not at registration
    companyIdentification(w, t);
    instructions(w, t);
    return w.finish();
}

void Cnab240File::documentNumber(RecordWriter &w, const RemessaTitle &t) const
{
    if (isAsciiDigits(t.seuNumero))
        w.numeric(63, 77, t.seuNumero, Tr::tr("document number"));
    else
        w.text(63, 77, t.seuNumero);
}

void Cnab240File::interest(RecordWriter &w, const RemessaTitle &t) const
{
    if (t.interestPerDay.cents() > 0) {
        w.put(118, 118, u"1");
        w.date8(119, 126, t.dueDate.addDays(1));
    } else {
        w.put(118, 118, u"3");
        w.zeros(119, 126);
    }
    w.money(127, 141, t.interestPerDay, Tr::tr("interest per day"));
}

QString Cnab240File::discountCode(const RemessaTitle &t) const
{
    return t.discountUntil.isValid() && t.discountAmount.cents() > 0 ? u"1"_s : u"0"_s;
}

void Cnab240File::companyIdentification(RecordWriter &w, const RemessaTitle &t) const
{
    w.text(196, 220, t.control);
}

void Cnab240File::instructions(RecordWriter &w, const RemessaTitle &t) const
{
    if (t.protestDays > 0) {
        w.put(221, 221, u"1"); // protestar dias corridos
        w.numeric(222, 223, t.protestDays, Tr::tr("protest days"));
    } else {
        w.put(221, 221, u"3").zeros(222, 223); // não protestar
    }
    w.put(224, 224, u"0").zeros(225, 227); // baixa/devolução: the account's default
    w.put(228, 229, u"09");                // moeda: real
    w.zeros(230, 239);                     // nº do contrato da operação de crédito: none
    w.blank(240, 240);
}

// --- segment Q -----------------------------------------------------------------------------

Result<QString> Cnab240File::segmentQ(const Remessa &, const RemessaTitle &t, int sequence) const
{
    auto type = inscriptionDigit(t.payerDocument, Tr::tr("payer CPF/CNPJ"));
    if (!type)
        return type.error();
    RecordWriter w = detail(sequence, 'Q', t);
    w.put(18, 18, *type);
    w.numeric(19, 33, CnabText::stripSeparators(t.payerDocument), Tr::tr("payer CPF/CNPJ"));
    w.text(34, 73, t.payerName);
    w.text(74, 113, t.payerAddress);
    w.text(114, 128, t.payerDistrict);
    w.numeric(129, 136, CnabText::stripSeparators(t.payerZip), Tr::tr("payer CEP"));
    w.text(137, 151, t.payerCity);
    w.text(152, 153, t.payerState);
    w.zeros(154, 169); // sacador/avalista: none
    w.blank(170, 209);
    segmentQTail(w);
    return w.finish();
}

void Cnab240File::segmentQTail(RecordWriter &w) const
{
    w.zeros(210, 212); // banco correspondente: none
    w.blank(213, 240);
}

// --- segment R -----------------------------------------------------------------------------

bool Cnab240File::needsSegmentR(const RemessaTitle &t) const
{
    return t.fine.kind != RemessaFine::Kind::None;
}

Result<QString> Cnab240File::segmentR(const Remessa &, const RemessaTitle &t, int sequence) const
{
    RecordWriter w = detail(sequence, 'R', t);
    w.zeros(18, 65); // descontos 2 and 3: the title carries one discount, in segment P
    switch (t.fine.kind) {
    case RemessaFine::Kind::None:
        w.zeros(66, 89);
        break;
    case RemessaFine::Kind::Amount:
        w.put(66, 66, u"1");
        w.date8(67, 74, fineDate(t));
        w.money(75, 89, t.fine.amount, Tr::tr("fine"));
        break;
    case RemessaFine::Kind::Percent:
        w.put(66, 66, u"2");
        w.date8(67, 74, fineDate(t));
        w.numeric(75, 89, t.fine.percentHundredths, Tr::tr("fine percentage"));
        break;
    }
    w.blank(90, 179); // informação ao pagador, mensagens 3 and 4: none
    segmentRTail(w);
    return w.finish();
}

void Cnab240File::segmentRTail(RecordWriter &w) const
{
    w.blank(180, 199);
    w.zeros(200, 215); // código de ocorrência do pagador, banco and agência for débito
    w.blank(216, 216);
    w.zeros(217, 228); // conta for débito automático: none
    w.blank(229, 230);
    w.put(231, 231, u"0"); // aviso de débito automático: none
    w.blank(232, 240);
}

// --- trailers ------------------------------------------------------------------------------

Result<QString> Cnab240File::batchTrailer(const Remessa &r, int records) const
{
    RecordWriter w = record(1, '5');
    w.blank(9, 17);
    w.numeric(18, 23, records, Tr::tr("record count"));
    batchTrailerTotals(w, r);
    return w.finish();
}

void Cnab240File::batchTrailerTotals(RecordWriter &w, const Remessa &) const
{
    w.zeros(24, 115);
    w.blank(116, 240);
}

Result<QString> Cnab240File::fileTrailer(int batches, int records) const
{
    RecordWriter w = record(9999, '9');
    w.blank(9, 17);
    w.numeric(18, 23, batches, Tr::tr("batch count"));
    w.numeric(24, 29, records, Tr::tr("record count"));
    fileTrailerTail(w);
    return w.finish();
}

void Cnab240File::fileTrailerTail(RecordWriter &w) const
{
    w.blank(30, 240);
}

// --- the file ------------------------------------------------------------------------------

Result<QByteArray> Cnab240File::write(const Remessa &remessa) const
{
    if (!remessa.account.bankCode.isEmpty() && remessa.account.bankCode != bankCode()) {
        return Error::validation(Tr::tr("This is a remessa for bank %1, not %2.")
                                     .arg(remessa.account.bankCode, bankCode()),
                                 Tr::tr("bank"));
    }
    if (auto ok = remessa.validate(); !ok)
        return ok.error();
    if (auto ok = validate(remessa); !ok)
        return ok.error();

    auto fh = fileHeader(remessa);
    if (!fh)
        return fh.error();
    auto bh = batchHeader(remessa);
    if (!bh)
        return bh.error();
    RecordSink records;
    records.reserve(remessa.titles.size() * 3 + 4, 240);
    records.append(*fh);
    records.append(*bh);
    int sequence = 0; // of the detail records within the lote
    for (qsizetype i = 0; i < remessa.titles.size(); ++i) {
        const RemessaTitle &t = remessa.titles[i];
        auto withTitle = [i](const Error &e) {
            return Error::validation(Tr::tr("Title %1: %2").arg(i + 1).arg(e.message), e.where);
        };
        if (auto ok = t.validate(); !ok)
            return withTitle(ok.error());
        if (t.pix) {
            return withTitle(Error::validation(
                Tr::tr("This bank's CNAB 240 remessa has no record for a PIX QR code."),
                Tr::tr("PIX")));
        }
        auto p = segmentP(remessa, t, ++sequence);
        if (!p)
            return withTitle(p.error());
        auto q = segmentQ(remessa, t, ++sequence);
        if (!q)
            return withTitle(q.error());
        records.append(*p);
        records.append(*q);
        if (needsSegmentR(t)) {
            auto r = segmentR(remessa, t, ++sequence);
            if (!r)
                return withTitle(r.error());
            records.append(*r);
        }
    }
    // The lote counts its header, details and trailer; the file counts every record.
    auto bt = batchTrailer(remessa, sequence + 2);
    if (!bt)
        return bt.error();
    records.append(*bt);
    auto ft = fileTrailer(1, records.count() + 1);
    if (!ft)
        return ft.error();
    records.append(*ft);
    return records.take();
}

} // namespace billing
