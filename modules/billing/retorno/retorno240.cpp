// CNAB 240 cobrança retorno: FEBRABAN's file/batch frame, segment T + U pairs, the FEBRABAN
// occurrence and motivo tables. Banks' deviations are in retorno240<bank>.cpp.

#include "billing/retorno/retornoreaders.h"
#include "core/domain/tr.h"

#include <QCoreApplication>

using core::Error;
using core::Tr;

namespace billing::retorno {

namespace {

constexpr int kWidth = 240;

// A line longer than the layout is refused unless what is past it is spaces.
bool tooLong(QByteArrayView line, int width)
{
    for (qsizetype i = width; i < line.size(); ++i) {
        if (line[i] != ' ')
            return true;
    }
    return false;
}

Error tooLongError(int lineNumber, qsizetype size, int width, const char *layout)
{
    return Error::parse(Tr::tr("The line has %1 characters; %2 records have %3. Is this a file of another "
                               "layout, or were two lines joined?")
                            .arg(size)
                            .arg(QString::fromLatin1(layout))
                            .arg(width),
                        FieldReader::where(lineNumber, width + 1, int(size), nullptr));
}

void readU(FieldReader &u, RetornoMovement &m)
{
    m.interestCents = u.amount(18, 32, "juros/multa/encargos");
    m.discountCents = u.amount(33, 47, "desconto concedido");
    m.rebateCents = u.amount(48, 62, "abatimento");
    m.iofCents = u.amount(63, 77, "IOF");
    m.paidCents = u.amount(78, 92, "valor pago");
    m.creditedCents = u.amount(93, 107, "valor líquido creditado");
    m.otherExpensesCents = u.amount(108, 122, "outras despesas");
    m.otherCreditsCents = u.amount(123, 137, "outros créditos");
    m.occurrenceDate = u.date8(138, 145, "data da ocorrência");
    m.creditDate = u.date8(146, 153, "data do crédito");
}

} // namespace

// ----------------------------------------------------------------------------------------------
// FEBRABAN tables (layout 040-era "Código de Movimento Retorno" C044 and motivos C047 A-D)

const ReasonSet &febrabanRejectionReasons()
{
    static const ReasonSet set{
        {"01", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid bank code")},
        {"02", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid detail record code")},
        {"03", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid segment code")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Movement code not allowed for the portfolio")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid movement code")},
        {"06", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid beneficiary registration type/number")},
        {"07", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid agency/account/check digit")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid nosso número")},
        {"09", QT_TRANSLATE_NOOP("billing::Occurrence", "Duplicate nosso número")},
        {"10", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid portfolio (carteira)")},
        {"11", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title registration form")},
        {"12", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid document type")},
        {"13", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid boleto issuance identification")},
        {"14", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid boleto distribution identification")},
        {"15", QT_TRANSLATE_NOOP("billing::Occurrence", "Incompatible collection characteristics")},
        {"16", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid due date")},
        {"17", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date before the issue date")},
        {"18", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date outside the operation's term")},
        {"19", QT_TRANSLATE_NOOP("billing::Occurrence", "Title at correspondent banks due in less than the minimum days")},
        {"20", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title amount")},
        {"21", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title kind (espécie)")},
        {"22", QT_TRANSLATE_NOOP("billing::Occurrence", "Title kind not allowed for the portfolio")},
        {"23", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid acceptance (aceite)")},
        {"24", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid issue date")},
        {"25", QT_TRANSLATE_NOOP("billing::Occurrence", "Issue date after the entry date")},
        {"26", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid late interest code")},
        {"27", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid late interest amount/rate")},
        {"28", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid discount code")},
        {"29", QT_TRANSLATE_NOOP("billing::Occurrence", "Discount equal to or greater than the title amount")},
        {"30", QT_TRANSLATE_NOOP("billing::Occurrence", "Discount to grant does not match")},
        {"31", QT_TRANSLATE_NOOP("billing::Occurrence", "Discount already granted")},
        {"32", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid IOF amount")},
        {"33", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid rebate (abatimento) amount")},
        {"34", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate equal to or greater than the title amount")},
        {"35", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate to grant does not match")},
        {"36", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate already granted")},
        {"37", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid protest code")},
        {"38", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid protest term")},
        {"39", QT_TRANSLATE_NOOP("billing::Occurrence", "Protest not allowed for the title")},
        {"40", QT_TRANSLATE_NOOP("billing::Occurrence", "Title with a protest order already issued")},
        {"41", QT_TRANSLATE_NOOP("billing::Occurrence", "Protest cancellation for a title without a protest instruction")},
        {"42", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid write-off/return code")},
        {"43", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid write-off/return term")},
        {"44", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid currency code")},
        {"45", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer name missing")},
        {"46", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid payer registration type/number")},
        {"47", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer address missing")},
        {"48", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid CEP")},
        {"49", QT_TRANSLATE_NOOP("billing::Occurrence", "CEP without a collection location")},
        {"50", QT_TRANSLATE_NOOP("billing::Occurrence", "CEP of a correspondent bank")},
        {"51", QT_TRANSLATE_NOOP("billing::Occurrence", "CEP does not match the state")},
        {"52", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid state")},
        {"53", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid guarantor registration type/number")},
        {"54", QT_TRANSLATE_NOOP("billing::Occurrence", "Guarantor missing")},
        {"55", QT_TRANSLATE_NOOP("billing::Occurrence", "Nosso número at the correspondent bank missing")},
        {"56", QT_TRANSLATE_NOOP("billing::Occurrence", "Correspondent bank code missing")},
        {"57", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid fine code")},
        {"58", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid fine date")},
        {"59", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid fine amount/percentage")},
        {"60", QT_TRANSLATE_NOOP("billing::Occurrence", "Movement for a title that is not registered")},
        {"61", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid change of collecting agency")},
        {"62", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid print type")},
        {"63", QT_TRANSLATE_NOOP("billing::Occurrence", "Entry for a title already registered")},
        {"64", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid line number")},
        {"79", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid late interest date")},
        {"80", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid discount date")},
        {"86", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid seu número")},
    };
    return set;
}

const ReasonSet &febrabanLiquidationReasons()
{
    static const ReasonSet set{
        {"01", QT_TRANSLATE_NOOP("billing::Occurrence", "By balance")},
        {"02", QT_TRANSLATE_NOOP("billing::Occurrence", "On account")},
        {"03", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid in cash at a branch teller")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Electronic clearing")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Conventional clearing")},
        {"06", QT_TRANSLATE_NOOP("billing::Occurrence", "By electronic means")},
        {"07", QT_TRANSLATE_NOOP("billing::Occurrence", "After a local holiday")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "At the notary (cartório)")},
        {"30", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by cheque at a branch teller")},
        {"31", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at a correspondent bank")},
        {"32", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at a self-service terminal")},
        {"33", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by internet banking")},
        {"34", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by office banking")},
        {"35", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid in cash at a correspondent")},
        {"36", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by cheque at a correspondent")},
        {"37", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid through the call centre")},
    };
    return set;
}

const ReasonSet &febrabanWriteOffReasons()
{
    static const ReasonSet set{
        {"09", QT_TRANSLATE_NOOP("billing::Occurrence", "Ordered by the bank")},
        {"10", QT_TRANSLATE_NOOP("billing::Occurrence", "Ordered by the beneficiary (file)")},
        {"11", QT_TRANSLATE_NOOP("billing::Occurrence", "Ordered by the beneficiary (online)")},
        {"12", QT_TRANSLATE_NOOP("billing::Occurrence", "Term expired (beneficiary)")},
        {"13", QT_TRANSLATE_NOOP("billing::Occurrence", "Term expired (bank)")},
        {"14", QT_TRANSLATE_NOOP("billing::Occurrence", "Protested")},
        {"15", QT_TRANSLATE_NOOP("billing::Occurrence", "Title excluded")},
    };
    return set;
}

const ReasonSet &febrabanFeeReasons()
{
    static const ReasonSet set{
        {"01", QT_TRANSLATE_NOOP("billing::Occurrence", "Position statement fee")},
        {"02", QT_TRANSLATE_NOOP("billing::Occurrence", "Overdue title maintenance fee")},
        {"03", QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stop fee")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Protest fee")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Other instructions fee")},
        {"06", QT_TRANSLATE_NOOP("billing::Occurrence", "Other occurrences fee")},
        {"07", QT_TRANSLATE_NOOP("billing::Occurrence", "Fee for sending the duplicata to the payer")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "Protest costs")},
        {"09", QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stop costs")},
        {"10", QT_TRANSLATE_NOOP("billing::Occurrence", "Distributing notary costs")},
        {"11", QT_TRANSLATE_NOOP("billing::Occurrence", "Public notice (edital) costs")},
        {"12", QT_TRANSLATE_NOOP("billing::Occurrence", "Overdue title return fee")},
        {"13", QT_TRANSLATE_NOOP("billing::Occurrence", "Registration fee charged at write-off/payment")},
        {"14", QT_TRANSLATE_NOOP("billing::Occurrence", "Automatic re-presentation fee")},
        {"15", QT_TRANSLATE_NOOP("billing::Occurrence", "Credit split fee")},
        {"16", QT_TRANSLATE_NOOP("billing::Occurrence", "Fax information fee")},
        {"17", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date extension fee")},
        {"18", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate/discount change fee")},
        {"19", QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly file (em ser) fee")},
        {"20", QT_TRANSLATE_NOOP("billing::Occurrence", "Fee for a boleto pre-printed by the bank")},
    };
    return set;
}

const OccurrenceTable &febraban240Occurrences()
{
    static const OccurrenceTable table(
        "FEBRABAN 240",
        {
            {"02", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed"), &febrabanRejectionReasons()},
            {"03", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry rejected"), &febrabanRejectionReasons()},
            {"04", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Portfolio transfer: entry"), nullptr},
            {"05", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Portfolio transfer: write-off"), nullptr},
            {"06", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid"), &febrabanLiquidationReasons()},
            {"07", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Discount instruction confirmed"), nullptr},
            {"08", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Discount cancellation confirmed"), nullptr},
            {"09", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off"), &febrabanWriteOffReasons()},
            {"11", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title in portfolio (em ser)"), nullptr},
            {"12", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate (abatimento) confirmed"), nullptr},
            {"13", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate cancellation confirmed"), nullptr},
            {"14", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Due date change confirmed"), nullptr},
            {"15", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Franco de pagamento (payment exempt)"), nullptr},
            {"17", MovementKind::LiquidacaoAposBaixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid after write-off, or title not registered"), &febrabanLiquidationReasons()},
            {"19", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest instruction confirmed"), nullptr},
            {"20", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stop/cancellation instruction confirmed"), nullptr},
            {"23", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Sent to the notary (cartório)"), nullptr},
            {"24", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Withdrawn from the notary and kept in the portfolio"), nullptr},
            {"25", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protested and written off"), nullptr},
            {"26", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Instruction rejected"), &febrabanRejectionReasons()},
            {"27", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Change of other data confirmed"), nullptr},
            {"28", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Fees/costs debited"), &febrabanFeeReasons()},
            {"29", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Payer's allegation"), nullptr},
            {"30", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Change of data rejected"), &febrabanRejectionReasons()},
            {"33", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Credit split (rateio) change confirmed"), nullptr},
            {"34", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Credit split cancellation confirmed"), nullptr},
            {"35", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Automatic debit unscheduled"), nullptr},
            {"36", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "E-mail/SMS sent"), nullptr},
            {"37", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "E-mail/SMS rejected"), nullptr},
            {"38", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Payment deadline change confirmed"), nullptr},
            {"39", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Payment deadline waiver confirmed"), nullptr},
            {"40", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Title number (seu número) change confirmed"), nullptr},
            {"41", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Participant control number change confirmed"), nullptr},
            {"42", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Payer data change confirmed"), nullptr},
            {"43", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Guarantor data change confirmed"), nullptr},
            {"44", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by a cheque that bounced"), nullptr},
            {"45", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by a cheque that cleared"), nullptr},
            {"46", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest cancellation confirmed"), nullptr},
            {"47", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest for bankruptcy purposes confirmed"), nullptr},
            {"48", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Portfolio/modality transfer confirmed"), nullptr},
            {"49", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Collection contract changed"), nullptr},
            {"50", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title pending acceptance (DDA)"), nullptr},
            {"51", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "DDA title acknowledged by the payer"), nullptr},
            {"52", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "DDA title not acknowledged by the payer"), nullptr},
            {"53", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "DDA title refused by the CIP"), nullptr},
            {"54", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Write-off of a negative-listed title without protest confirmed"), nullptr},
            {"55", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Fine waiver confirmed"), nullptr},
            {"56", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Fine charge confirmed"), nullptr},
            {"57", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Interest charge change confirmed"), nullptr},
            {"58", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Discount amount/date change confirmed"), nullptr},
            {"59", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Beneficiary change confirmed"), nullptr},
            {"60", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Late interest waiver confirmed"), nullptr},
            {"61", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Nominal amount change confirmed"), nullptr},
            {"63", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title suspended by court order"), nullptr},
        },
        nullptr);
    return table;
}

// ----------------------------------------------------------------------------------------------
// Dialect defaults: FEBRABAN positions

void Cnab240Dialect::readHeader(FieldReader &h, RetornoFile &file) const
{
    file.agency = withoutLeadingZeros(h.trimmed(53, 57));
    file.account = withoutLeadingZeros(h.trimmed(59, 70));
    file.convenio = h.text(33, 52);
}

void Cnab240Dialect::readT(FieldReader &t, RetornoMovement &m, StringCache &cache) const
{
    m.carteira = cache.get(t.trimmed(58, 58));
    m.documentNumber = t.text(59, 73);
    m.dueDate = t.date8(74, 81, "vencimento");
    m.titleCents = t.amount(82, 96, "valor do título");
    m.payerBank = cache.get(t.trimmed(97, 99));
    m.companyReference = t.text(106, 130);
    m.feeCents = t.amount(199, 213, "valor da tarifa/custas");
}

void Cnab240Dialect::readReasons(FieldReader &t, RetornoMovement &m, const OccurrenceTable::Entry *e) const
{
    appendReasons(m.reasons, t.raw(214, 223), 2, e ? e->reasons : nullptr);
}

void setNossoNumero(FieldReader &r, int from, int to, RetornoMovement &m, QByteArrayView field,
                    QByteArrayView number, QByteArrayView full)
{
    for (const QByteArrayView part : {number, full}) {
        for (const char c : part) {
            if (c < '0' || c > '9') {
                r.fail(from, to, "nosso número",
                       Tr::tr("Expected the digits of the nosso número, found \"%1\".")
                           .arg(QString::fromLatin1(field.data(), field.size())));
                return;
            }
        }
    }
    m.nossoNumeroField = field.isEmpty() ? QString() : QString::fromLatin1(field.data(), field.size());
    m.nossoNumero = number == field && !field.startsWith('0') ? m.nossoNumeroField : withoutLeadingZeros(number);
    if (full.isEmpty() || full == number)
        m.nossoNumeroFull = m.nossoNumero;
    else
        m.nossoNumeroFull = full == field && !field.startsWith('0') ? m.nossoNumeroField : withoutLeadingZeros(full);
}

// ----------------------------------------------------------------------------------------------
// Registry

const Cnab240Dialect *cnab240Dialect(QByteArrayView bankCode)
{
    static const Cnab240Dialect *const all[] = {
        &bancoDoBrasil240(), &santander240(), &caixa240(), &bradesco240(),
        &itau240(),          &sicredi240(),   &sicoob240(),
    };
    for (const Cnab240Dialect *d : all) {
        if (bankCode == QByteArrayView(d->bankCode()))
            return d;
    }
    return nullptr;
}

QStringList cnab240Banks()
{
    return {QStringLiteral("001"), QStringLiteral("033"), QStringLiteral("104"), QStringLiteral("237"),
            QStringLiteral("341"), QStringLiteral("748"), QStringLiteral("756")};
}

// ----------------------------------------------------------------------------------------------
// The file

core::Result<RetornoFile> parseCnab240(const Lines &lines, const Cnab240Dialect &dialect)
{
    const QList<QByteArrayView> &all = lines.lines;
    const int n = int(all.size());
    RetornoFile file;
    file.bankCode = QString::fromLatin1(dialect.bankCode());
    file.layout = QStringLiteral("cnab240");
    file.lineCount = n;

    if (tooLong(all[0], kWidth))
        return tooLongError(1, all[0].size(), kWidth, "CNAB 240");
    FieldReader h(all[0], 1);
    file.generatedOn = h.lenientDate8(144, 151);
    bool nsaDigits = !h.isBlank(158, 163);
    for (const char c : h.raw(158, 163))
        nsaDigits = nsaDigits && c >= '0' && c <= '9';
    file.nsa = nsaDigits ? int(h.number(158, 163, "NSA")) : 0;
    file.companyDocument = h.text(19, 32);
    for (const QChar c : std::as_const(file.companyDocument)) {
        if (!c.isDigit()) {
            file.companyDocument.clear();
            break;
        }
    }
    if (!file.companyDocument.isEmpty()) {
        const int docWidth = h.at(18) == '1' ? 11 : 14;
        if (file.companyDocument.size() > docWidth)
            file.companyDocument = file.companyDocument.right(docWidth);
    }
    dialect.readHeader(h, file);

    const QByteArrayView bank(dialect.bankCode());
    const OccurrenceTable &table = dialect.occurrences();
    StringCache cache;
    file.movements.reserve(n / 2);
    bool trailer = false;

    for (int i = 1; i < n; ++i) {
        const int lineNumber = i + 1;
        const QByteArrayView line = all[i];
        if (trailer) {
            return Error::parse(Tr::tr("There is a record after the file trailer (record type 9); expected "
                                       "the end of the file."),
                                Tr::tr("line %1").arg(lineNumber));
        }
        if (line.isEmpty() || (line[0] == ' ' && line.trimmed().isEmpty())) {
            return Error::parse(Tr::tr("The line is empty; expected a CNAB 240 record."),
                                Tr::tr("line %1").arg(lineNumber));
        }
        if (tooLong(line, kWidth))
            return tooLongError(lineNumber, line.size(), kWidth, "CNAB 240");
        FieldReader r(line, lineNumber);
        if (r.raw(1, 3) != bank) {
            return Error::parse(Tr::tr("Expected bank code %1, as in the file header, found \"%2\".")
                                    .arg(file.bankCode, r.text(1, 3)),
                                FieldReader::where(lineNumber, 1, 3, "código do banco"));
        }
        switch (r.at(8)) {
        case '1': // header de lote
        case '5': // trailer de lote
            break;
        case '9': {
            const qint64 count = r.number(24, 29, "quantidade de registros do arquivo");
            if (!r.ok())
                return r.error();
            if (count != 0 && count != n) {
                return Error::parse(Tr::tr("The file trailer counts %1 records but the file has %2 lines: the "
                                           "file is incomplete or has lines that do not belong to it.")
                                        .arg(count)
                                        .arg(n),
                                    FieldReader::where(lineNumber, 24, 29, "quantidade de registros do arquivo"));
            }
            trailer = true;
            break;
        }
        case '3': {
            const char segment = r.at(14);
            if (segment == 'U') {
                return Error::parse(Tr::tr("Segment U without the segment T it completes: expected a T "
                                           "segment on the line before."),
                                    FieldReader::where(lineNumber, 14, 14, "segmento"));
            }
            if (segment == 'P' || segment == 'Q' || segment == 'R' || segment == 'S') {
                return Error::parse(Tr::tr("Segment %1 is a remessa record; a retorno has segments T and U.")
                                        .arg(QChar(uchar(segment))),
                                    FieldReader::where(lineNumber, 14, 14, "segmento"));
            }
            if (segment != 'T') {
                if (segment < 'A' || segment > 'Z') {
                    return Error::parse(Tr::tr("Expected a segment letter (T, U...), found \"%1\".")
                                            .arg(r.text(14, 14)),
                                        FieldReader::where(lineNumber, 14, 14, "segmento"));
                }
                break; // optional segments (Y, W...) carry nothing reconciliation uses
            }
            if (i + 1 >= n || FieldReader(all[i + 1], lineNumber + 1).at(14) != 'U'
                || FieldReader(all[i + 1], lineNumber + 1).at(8) != '3') {
                return Error::parse(Tr::tr("Segment T has no segment U after it: every title of a CNAB 240 "
                                           "retorno is a T line followed by its U line."),
                                    FieldReader::where(lineNumber, 14, 14, "segmento"));
            }
            RetornoMovement &m = file.movements.emplaceBack(); // filled in place; dropped with the file on error
            m.line = lineNumber;
            m.bankCode = file.bankCode;
            const OccurrenceTable::Entry *e = table.apply(r.raw(16, 17), m);
            dialect.readT(r, m, cache);
            dialect.readNossoNumero(r, m, file);
            dialect.readReasons(r, m, e);
            if (!e) {
                bool codeOk = r.trimmed(16, 17).size() == 2;
                for (const char c : r.raw(16, 17))
                    codeOk = codeOk && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
                if (!codeOk) {
                    r.fail(16, 17, "código de movimento",
                           Tr::tr("Expected a two-character occurrence code, found \"%1\".").arg(r.text(16, 17)));
                }
            }
            if (!r.ok())
                return r.error();
            const QByteArrayView uLine = all[i + 1];
            if (tooLong(uLine, kWidth))
                return tooLongError(lineNumber + 1, uLine.size(), kWidth, "CNAB 240");
            FieldReader u(uLine, lineNumber + 1);
            readU(u, m);
            if (!u.ok())
                return u.error();
            ++i;
            break;
        }
        case '0':
            return Error::parse(Tr::tr("A second file header (record type 0): two files were joined? Import "
                                       "them one by one."),
                                FieldReader::where(lineNumber, 8, 8, "tipo de registro"));
        default:
            return Error::parse(Tr::tr("Unknown record type \"%1\": a CNAB 240 record is of type 0, 1, 3, 5 or "
                                       "9.")
                                    .arg(r.text(8, 8)),
                                FieldReader::where(lineNumber, 8, 8, "tipo de registro"));
        }
    }
    if (!trailer) {
        return Error::parse(Tr::tr("The file ends without its trailer (record type 9): it is incomplete; "
                                   "download it from the bank again."),
                            Tr::tr("line %1").arg(n));
    }
    return file;
}

} // namespace billing::retorno
