// Banrisul (041) CNAB 400 retorno: Itaú's positions for the common fields except IOF (189-201),
// motivos 383-392 (five codes of 2). Occurrences as Banrisul's manual lists them (tabulated in
// laravel-boleto src/Cnab/Retorno/Cnab400/Banco/Banrisul.php).
//
// Nosso número 63-72: 8 digits + 2 check digits; nossoNumero is 63-70. Sample
// 041_cnab400_sample1: "2283256350" → 22832563, DVs 50.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

const ReasonSet &banrisulReasons()
{
    static const ReasonSet set{
        {"01", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid bank code")},
        {"02", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid agency/account/control number (shared collection)")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Movement code not allowed for the portfolio")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid movement code")},
        {"07", QT_TRANSLATE_NOOP("billing::Occurrence", "Title rejected: irregular CEP")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid nosso número")},
        {"09", QT_TRANSLATE_NOOP("billing::Occurrence", "Duplicate nosso número")},
        {"10", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid portfolio (carteira)")},
        {"16", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid due date")},
        {"17", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date before the issue date")},
        {"18", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date outside the operation's term")},
        {"20", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title amount (not numeric)")},
        {"21", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title kind (espécie)")},
        {"24", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid issue date")},
        {"26", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid late interest code")},
        {"27", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid late interest amount/rate")},
        {"28", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid discount code")},
        {"29", QT_TRANSLATE_NOOP("billing::Occurrence", "Discount equal to or greater than the title amount")},
        {"33", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid rebate amount")},
        {"34", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate equal to or greater than the title amount")},
        {"37", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid protest code")},
        {"38", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid protest term")},
        {"44", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid currency code")},
        {"45", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid payer name, or payer change not allowed")},
        {"46", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid payer registration type/number")},
        {"47", QT_TRANSLATE_NOOP("billing::Occurrence", "Address missing, or address change not allowed")},
        {"48", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid CEP, or CEP change not allowed")},
        {"57", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid fine code")},
        {"58", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid fine date")},
        {"59", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid fine amount/percentage")},
        {"60", QT_TRANSLATE_NOOP("billing::Occurrence", "Movement for a title that is not registered")},
        {"63", QT_TRANSLATE_NOOP("billing::Occurrence", "Entry for a title already registered")},
        {"86", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid seu número")},
    };
    return set;
}

const OccurrenceTable &banrisulOccurrences()
{
    static const OccurrenceTable table(
        "Banrisul 400",
        {
            {"02", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed"), nullptr},
            {"03", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry rejected"), &banrisulReasons()},
            {"04", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off: paid by public notice (edital)"), nullptr},
            {"06", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid"), nullptr},
            {"07", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Partial payment"), nullptr},
            {"08", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by balance and written off"), nullptr},
            {"09", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Returned automatically"), nullptr},
            {"10", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off by instruction"), nullptr},
            {"11", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Survey file (em ser)"), nullptr},
            {"12", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate (abatimento) granted"), nullptr},
            {"13", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate cancelled"), nullptr},
            {"14", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Due date changed"), nullptr},
            {"15", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at the notary (cartório)"), nullptr},
            {"16", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Data changed"), nullptr},
            {"18", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Instructions changed"), nullptr},
            {"19", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest instruction confirmed"), nullptr},
            {"20", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stop instruction confirmed"), nullptr},
            {"21", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Awaiting authorisation for protest by public notice"), nullptr},
            {"22", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stopped by due date change"), nullptr},
            {"23", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry at the notary confirmed"), nullptr},
            {"25", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Returned: already paid before"), nullptr},
            {"26", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Returned by the notary: wrong information"), nullptr},
            {"30", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Collection to be credited (payment in transit)"), nullptr},
            {"31", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title in transit paid at the notary"), nullptr},
            {"32", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Reimbursement and transfer (discount, vendor or guarantee portfolio)"), nullptr},
            {"33", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Reimbursement and return (discount, vendor)"), nullptr},
            {"34", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Reimbursement not made: insufficient balance"), nullptr},
            {"40", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protested titles written off"), nullptr},
            {"41", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Notary filing (aponte) costs"), nullptr},
            {"42", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Title changed"), nullptr},
            {"43", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title list"), nullptr},
            {"44", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly maintenance"), nullptr},
            {"45", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Notary stop and title sent to the notary"), nullptr},
            {"46", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Pre-printed forms supplied"), nullptr},
            {"47", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed: DDA payer"), nullptr},
            {"68", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Credit split data adjusted"), nullptr},
            {"69", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Credit split data cancelled"), nullptr},
        },
        nullptr);
    return table;
}

class Banrisul400 final : public Cnab400Reader
{
public:
    const char *bankCode() const override { return "041"; }
    const OccurrenceTable &occurrences() const override { return banrisulOccurrences(); }

    void readHeader(FieldReader &h, RetornoFile &file) const override
    {
        file.agency = withoutLeadingZeros(h.trimmed(27, 30));
        file.convenio = withoutLeadingZeros(h.trimmed(31, 39)); // código do beneficiário
    }

    void readDetail(FieldReader &d, RetornoMovement &m, StringCache &cache) const override
    {
        const OccurrenceTable::Entry *e = readCommon400(d, m, cache, occurrences());
        m.iofCents = d.amount(189, 201, "IOF");
        setNossoNumero(d, 63, 70, m, d.trimmed(63, 72), d.trimmed(63, 70));
        m.carteira = cache.get(d.trimmed(108, 108));
        appendReasons(m.reasons, d.raw(383, 392), 2, e ? e->reasons : nullptr);
    }
};

} // namespace

const Cnab400Reader &banrisul400()
{
    static const Banrisul400 reader;
    return reader;
}

} // namespace billing::retorno
