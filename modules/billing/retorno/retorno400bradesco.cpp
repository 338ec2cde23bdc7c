// Bradesco (237) CNAB 400 retorno. Codes and motivos as Bradesco's manual lists them
// (tabulated in laravel-boleto src/Cnab/Retorno/Cnab400/Banco/Bradesco.php). Note 17 =
// payment after write-off or of an unregistered title.
//
// Nosso número 71-82: 11 digits + DV (0-9 or P) — nossoNumero is 71-81 (what
// Bradesco::sequenceToNossoNumero stores). Sample 237_cnab400_sample1: "51350000004P" →
// 51350000004. Carteira 22-24, agência 25-29, conta 30-36 (from the first detail). Motivos
// 319-328: five codes of 2.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

const ReasonSet &bradescoReasons()
{
    static const ReasonSet set{
        {"02", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid detail record code")},
        {"03", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid occurrence code")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Occurrence code not allowed for the portfolio")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Occurrence code not numeric")},
        {"07", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid agency/account/check digit")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid nosso número")},
        {"09", QT_TRANSLATE_NOOP("billing::Occurrence", "Duplicate nosso número")},
        {"10", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid portfolio (carteira)")},
        {"13", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid boleto issuance identification")},
        {"16", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid due date")},
        {"18", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date outside the operation's term")},
        {"20", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title amount")},
        {"21", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title kind (espécie)")},
        {"22", QT_TRANSLATE_NOOP("billing::Occurrence", "Title kind not allowed for the portfolio")},
        {"24", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid issue date")},
        {"28", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid discount code")},
        {"38", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid protest/negative-listing term")},
        {"44", QT_TRANSLATE_NOOP("billing::Occurrence", "Beneficiary agency not expected")},
        {"45", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer name missing")},
        {"46", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid payer registration type/number")},
        {"47", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer address missing")},
        {"48", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid CEP")},
        {"50", QT_TRANSLATE_NOOP("billing::Occurrence", "Irregular CEP: correspondent bank")},
        {"63", QT_TRANSLATE_NOOP("billing::Occurrence", "Entry for a title already registered")},
        {"65", QT_TRANSLATE_NOOP("billing::Occurrence", "Limit exceeded")},
        {"66", QT_TRANSLATE_NOOP("billing::Occurrence", "Authorisation number does not exist")},
        {"68", QT_TRANSLATE_NOOP("billing::Occurrence", "Debit not scheduled: error in the remessa data")},
        {"69", QT_TRANSLATE_NOOP("billing::Occurrence", "Debit not scheduled: payer not among the authorising payers")},
        {"70", QT_TRANSLATE_NOOP("billing::Occurrence", "Debit not scheduled: beneficiary not authorised by the payer")},
        {"71", QT_TRANSLATE_NOOP("billing::Occurrence", "Debit not scheduled: beneficiary not in automatic debit")},
        {"72", QT_TRANSLATE_NOOP("billing::Occurrence", "Debit not scheduled: currency other than R$")},
        {"73", QT_TRANSLATE_NOOP("billing::Occurrence", "Debit not scheduled: invalid due date")},
        {"74", QT_TRANSLATE_NOOP("billing::Occurrence", "Debit not scheduled: title not registered as requested")},
        {"75", QT_TRANSLATE_NOOP("billing::Occurrence", "Debit not scheduled: invalid debited registration type")},
    };
    return set;
}

const OccurrenceTable &bradescoOccurrences()
{
    static const OccurrenceTable table(
        "Bradesco 400",
        {
            {"02", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed"), &bradescoReasons()},
            {"03", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry rejected"), &bradescoReasons()},
            {"06", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid"), nullptr},
            {"09", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off automatically (file)"), nullptr},
            {"10", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off by the branch's instructions"), nullptr},
            {"11", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title in portfolio (em ser)"), nullptr},
            {"12", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate (abatimento) granted"), nullptr},
            {"13", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate cancelled"), nullptr},
            {"14", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Due date changed"), nullptr},
            {"15", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at the notary (cartório)"), nullptr},
            {"16", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title paid by cheque (linked)"), nullptr},
            {"17", MovementKind::LiquidacaoAposBaixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid after write-off, or title not registered"), nullptr},
            {"18", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Depositary adjusted"), nullptr},
            {"19", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest instruction received"), nullptr},
            {"20", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stop instruction received"), nullptr},
            {"21", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Participant control number adjusted"), nullptr},
            {"22", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title with its payment cancelled"), nullptr},
            {"23", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Sent to the notary"), nullptr},
            {"24", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry rejected: irregular CEP"), &bradescoReasons()},
            {"27", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Write-off rejected"), &bradescoReasons()},
            {"28", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Fees/costs debited"), nullptr},
            {"30", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Change of other data rejected"), &bradescoReasons()},
            {"32", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Instruction rejected"), &bradescoReasons()},
            {"33", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Change of other data confirmed"), nullptr},
            {"34", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Withdrawn from the notary and kept in the portfolio"), nullptr},
            {"35", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Automatic debit unscheduled"), nullptr},
            {"40", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Payment reversed"), nullptr},
            {"55", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Suspended by court order"), nullptr},
            {"68", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Credit split data adjusted"), nullptr},
            {"69", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Credit split data cancelled"), nullptr},
        },
        nullptr);
    return table;
}

class Bradesco400 final : public Cnab400Reader
{
public:
    const char *bankCode() const override { return "237"; }
    const OccurrenceTable &occurrences() const override { return bradescoOccurrences(); }

    void readHeader(FieldReader &h, RetornoFile &file) const override
    {
        file.convenio = withoutLeadingZeros(h.trimmed(27, 46)); // código da empresa
        file.nsa = int(h.ok() ? QByteArrayView(h.trimmed(109, 113)).toInt() : 0); // nº do aviso bancário
    }

    void readAccount(FieldReader &d, RetornoFile &file) const override
    {
        Cnab400Reader::readAccount(d, file);
        file.agency = withoutLeadingZeros(d.trimmed(25, 29));
        file.account = withoutLeadingZeros(d.trimmed(30, 36));
    }

    void readDetail(FieldReader &d, RetornoMovement &m, StringCache &cache) const override
    {
        const OccurrenceTable::Entry *e = readCommon400(d, m, cache, occurrences());
        setNossoNumero(d, 71, 81, m, d.trimmed(71, 82), d.trimmed(71, 81));
        m.carteira = cache.get(d.trimmed(22, 24));
        m.otherExpensesCents = d.amount(189, 201, "outras despesas");
        appendReasons(m.reasons, d.raw(319, 328), 2, e ? e->reasons : nullptr);
    }
};

} // namespace

const Cnab400Reader &bradesco400()
{
    static const Bradesco400 reader;
    return reader;
}

} // namespace billing::retorno
