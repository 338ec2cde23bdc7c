// Banco do Brasil (001) CNAB 400 retorno, layout CBR643 (convênio of 7 digits, details of
// type 7). Commands as BB's manual lists them (tabulated in laravel-boleto
// src/Cnab/Retorno/Cnab400/Banco/Bb.php); motivo of a refused command at 87-88.
//
// Nosso número 64-80: convênio 7 (= 32-38) + sequence 10, no DV. nossoNumero is the sequence
// (what the boleto stores: BancoDoBrasil prefixes the convênio itself), nossoNumeroFull the 17
// digits. Sample 001_cnab400_cbr643_sample1: "16224200000000003" → sequence 3. The older
// CBR641 layout (6-digit convênios, details of type 1) is refused with a message.

#include "billing/retorno/retornoreaders.h"
#include "core/domain/tr.h"

using core::Tr;

namespace billing::retorno {

namespace {

const ReasonSet &bancoDoBrasilReasons()
{
    static const ReasonSet set{
        {"01", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid identification")},
        {"02", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid portfolio variation")},
        {"03", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid daily interest amount")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid discount amount")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Title kind invalid for the portfolio/variation")},
        {"07", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid user agency prefix")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title amount")},
        {"09", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid due date")},
        {"10", QT_TRANSLATE_NOOP("billing::Occurrence", "Out of term")},
        {"12", QT_TRANSLATE_NOOP("billing::Occurrence", "The bank has no agency at the payer's location")},
        {"18", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer address not found or incomplete")},
        {"19", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid beneficiary code")},
        {"21", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid portfolio (carteira)")},
        {"23", QT_TRANSLATE_NOOP("billing::Occurrence", "Nosso número range exceeded")},
        {"24", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid rebate amount")},
        {"25", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid new title number (seu número)")},
        {"28", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid new due date")},
        {"29", QT_TRANSLATE_NOOP("billing::Occurrence", "Address missing")},
        {"30", QT_TRANSLATE_NOOP("billing::Occurrence", "Title already paid (portfolio 17, type 4)")},
        {"33", QT_TRANSLATE_NOOP("billing::Occurrence", "Nosso número already exists")},
        {"37", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid issue date")},
        {"38", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date before the issue date")},
        {"39", QT_TRANSLATE_NOOP("billing::Occurrence", "Change command not allowed for the portfolio")},
        {"40", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid currency type")},
        {"41", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate not allowed")},
        {"42", QT_TRANSLATE_NOOP("billing::Occurrence", "CEP/state invalid or not matching")},
        {"45", QT_TRANSLATE_NOOP("billing::Occurrence", "Portfolio/variation closed")},
        {"46", QT_TRANSLATE_NOOP("billing::Occurrence", "Agreement (convênio) closed")},
        {"47", QT_TRANSLATE_NOOP("billing::Occurrence", "Title amount differs from the one informed")},
        {"48", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid write-off reason for the portfolio")},
        {"50", QT_TRANSLATE_NOOP("billing::Occurrence", "Command not compatible with the portfolio")},
        {"51", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid agreement holder code")},
        {"52", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate equal to or greater than the title amount")},
        {"53", QT_TRANSLATE_NOOP("billing::Occurrence", "Title already in the requested situation")},
        {"56", QT_TRANSLATE_NOOP("billing::Occurrence", "Title does not belong to the agreement holder")},
        {"61", QT_TRANSLATE_NOOP("billing::Occurrence", "Title already sent for protest")},
        {"63", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid nosso número check digit")},
        {"66", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid payer CPF/CNPJ")},
        {"68", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid fine code/date/percentage")},
        {"69", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid interest amount/percentage")},
        {"71", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid interest code")},
        {"80", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid nosso número")},
        {"82", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid payer CEP")},
        {"84", QT_TRANSLATE_NOOP("billing::Occurrence", "Title not found")},
        {"99", QT_TRANSLATE_NOOP("billing::Occurrence", "Other reasons")},
    };
    return set;
}

const OccurrenceTable &bancoDoBrasil400Occurrences()
{
    static const OccurrenceTable table(
        "Banco do Brasil 400 (CBR643)",
        {
            {"02", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed"), nullptr},
            {"03", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Command refused"), &bancoDoBrasilReasons()},
            {"05", MovementKind::LiquidacaoAposBaixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid without registration (portfolio 17, type 4)"), nullptr},
            {"06", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid"), nullptr},
            {"07", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid on account (liquidação por conta)"), nullptr},
            {"08", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by balance (liquidação por saldo)"), nullptr},
            {"09", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off"), nullptr},
            {"10", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Write-off requested"), nullptr},
            {"11", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title in portfolio (em ser)"), nullptr},
            {"12", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate (abatimento) granted"), nullptr},
            {"13", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate cancelled"), nullptr},
            {"14", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Due date changed"), nullptr},
            {"15", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at the notary (cartório)"), nullptr},
            {"16", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Late interest change confirmed"), nullptr},
            {"19", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest instruction received"), nullptr},
            {"20", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Debit to the account"), nullptr},
            {"21", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Payer name changed"), nullptr},
            {"22", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Payer address changed"), nullptr},
            {"23", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Sent to the notary"), nullptr},
            {"24", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stopped"), nullptr},
            {"25", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Late interest waived"), nullptr},
            {"26", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Title number (seu número) changed"), nullptr},
            {"28", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Overdue title maintenance"), nullptr},
            {"31", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Discount granted"), nullptr},
            {"32", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Discount not granted"), nullptr},
            {"33", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Discount corrected"), nullptr},
            {"34", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Discount date changed"), nullptr},
            {"35", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Fine charged"), nullptr},
            {"36", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Fine waived"), nullptr},
            {"37", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Index waived"), nullptr},
            {"38", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Payment deadline waived"), nullptr},
            {"39", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Payment deadline changed"), nullptr},
            {"41", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Participant control number changed"), nullptr},
            {"42", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Payer CPF/CNPJ changed"), nullptr},
            {"44", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by a cheque that bounced"), nullptr},
            {"46", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by cheque, awaiting clearing"), nullptr},
            {"72", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Collection type changed (portfolios 11 and 17)"), nullptr},
            {"96", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest costs"), nullptr},
            {"97", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stop costs"), nullptr},
            {"98", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Advance costs debited"), nullptr},
        },
        nullptr);
    return table;
}

class BancoDoBrasil400 final : public Cnab400Reader
{
public:
    const char *bankCode() const override { return "001"; }
    QString variant() const override { return QStringLiteral("cbr643"); }
    const OccurrenceTable &occurrences() const override { return bancoDoBrasil400Occurrences(); }
    char detailType() const override { return '7'; }

    void readHeader(FieldReader &h, RetornoFile &file) const override
    {
        file.agency = withoutLeadingZeros(h.trimmed(27, 30));
        file.account = withoutLeadingZeros(h.trimmed(32, 39));
        file.convenio = withoutLeadingZeros(h.trimmed(150, 156));
        bool digits = !h.isBlank(101, 107);
        for (const char c : h.raw(101, 107))
            digits = digits && c >= '0' && c <= '9';
        file.nsa = digits ? QByteArrayView(h.raw(101, 107)).toInt() : 0;
    }

    void readDetail(FieldReader &d, RetornoMovement &m, StringCache &cache) const override
    {
        m.companyReference = d.text(39, 63);
        const QByteArrayView field = d.trimmed(64, 80);
        const QByteArrayView convenio = d.raw(32, 38);
        const QByteArrayView sequence = field.size() == 17 && field.startsWith(convenio) && convenio.size() == 7
                                            ? field.sliced(7)
                                            : (field.size() > 10 ? field.sliced(field.size() - 10) : field);
        setNossoNumero(d, 64, 80, m, field, sequence, field);
        m.carteira = cache.get(d.trimmed(107, 108));
        const OccurrenceTable::Entry *e = occurrences().apply(d.raw(109, 110), m);
        checkOccurrenceCode(d, 109, 110, e);
        m.occurrenceDate = d.date6(111, 116, "data de liquidação");
        m.documentNumber = d.text(117, 126);
        m.dueDate = d.date6(147, 152, "vencimento");
        m.titleCents = d.amount(153, 165, "valor do título");
        m.payerBank = cache.get(d.trimmed(166, 168));
        m.creditDate = d.date6(176, 181, "data do crédito");
        m.feeCents = d.amount(182, 188, "tarifa");
        m.otherExpensesCents = d.amount(189, 201, "outras despesas");
        m.iofCents = d.amount(215, 227, "IOF");
        m.rebateCents = d.amount(228, 240, "abatimento");
        m.discountCents = d.amount(241, 253, "desconto concedido");
        m.paidCents = d.amount(254, 266, "valor recebido");
        m.interestCents = d.amount(267, 279, "juros de mora");
        m.otherCreditsCents = d.amount(280, 292, "outros recebimentos");
        if (m.kind == MovementKind::Rejeicao)
            appendReasons(m.reasons, d.raw(87, 88), 2, e ? e->reasons : nullptr);
    }

    bool readOther(char type, FieldReader &r, RetornoMovement *) const override
    {
        if (type == '1') {
            r.fail(1, 1, "tipo de registro",
                   Tr::tr("Banco do Brasil CBR641 retornos (6-digit convênios, details of type 1) are not read; "
                          "ask the bank for the CBR643 layout (details of type 7)."));
        }
        return false;
    }
};

} // namespace

const Cnab400Reader &bancoDoBrasil400()
{
    static const BancoDoBrasil400 reader;
    return reader;
}

} // namespace billing::retorno
