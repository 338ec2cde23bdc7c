// Itaú (341) CNAB 400 retorno, and Itaú's occurrence table (its CNAB 240 uses the same codes).
// Codes and motivos as Itaú's manual lists them (tabulated in laravel-boleto
// src/Cnab/Retorno/Cnab400/Banco/Itau.php). Note 17 = change of data rejected (not a payment).
//
// Nosso número 63-70: 8 digits without DAC (the DAC is at 94, after the repeat at 86-93), the
// shape Itau::sequenceToNossoNumero stores. Sample 341_cnab400_sample1: "00000011" → 11.
// Motivos (erros) 378-385: four codes of 2.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

const ReasonSet &itauReasons()
{
    static const ReasonSet set{
        {"03", QT_TRANSLATE_NOOP("billing::Occurrence", "Collecting agency: CEP without protest service at the moment")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid state abbreviation")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date: operation term below the minimum or above the maximum")},
        {"07", QT_TRANSLATE_NOOP("billing::Occurrence", "Title amount above 10,000,000.00")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer name missing or misplaced")},
        {"09", QT_TRANSLATE_NOOP("billing::Occurrence", "Agency/account: agency closed")},
        {"10", QT_TRANSLATE_NOOP("billing::Occurrence", "Street missing or misplaced")},
        {"11", QT_TRANSLATE_NOOP("billing::Occurrence", "CEP not numeric or invalid")},
        {"12", QT_TRANSLATE_NOOP("billing::Occurrence", "Guarantor name missing or misplaced (correspondent banks)")},
        {"13", QT_TRANSLATE_NOOP("billing::Occurrence", "CEP does not match the state")},
        {"14", QT_TRANSLATE_NOOP("billing::Occurrence", "Nosso número already registered at the bank or outside the range")},
        {"15", QT_TRANSLATE_NOOP("billing::Occurrence", "Nosso número twice in the same file")},
        {"18", QT_TRANSLATE_NOOP("billing::Occurrence", "Entry date invalid for this portfolio")},
        {"19", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid occurrence")},
        {"21", QT_TRANSLATE_NOOP("billing::Occurrence", "Collecting agency not accepted for the payer's state")},
        {"22", QT_TRANSLATE_NOOP("billing::Occurrence", "Portfolio not allowed (a free range must be registered)")},
        {"26", QT_TRANSLATE_NOOP("billing::Occurrence", "Agency/account not enabled for collection")},
        {"27", QT_TRANSLATE_NOOP("billing::Occurrence", "Beneficiary CNPJ unfit")},
        {"29", QT_TRANSLATE_NOOP("billing::Occurrence", "Company code: invalid account category")},
        {"30", QT_TRANSLATE_NOOP("billing::Occurrence", "Entries blocked, account suspended in collection")},
        {"31", QT_TRANSLATE_NOOP("billing::Occurrence", "Account not allowed to protest (see your account manager)")},
        {"35", QT_TRANSLATE_NOOP("billing::Occurrence", "IOF above 5%")},
        {"36", QT_TRANSLATE_NOOP("billing::Occurrence", "Currency quantity does not match the title amount")},
        {"37", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer CPF/CNPJ not numeric or zero")},
        {"42", QT_TRANSLATE_NOOP("billing::Occurrence", "Nosso número outside the range")},
        {"52", QT_TRANSLATE_NOOP("billing::Occurrence", "Collecting agency: company does not accept correspondent banks")},
        {"55", QT_TRANSLATE_NOOP("billing::Occurrence", "CEP does not belong to the chosen depositary")},
        {"56", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date more than 180 days after the entry date")},
        {"60", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid rebate amount")},
        {"61", QT_TRANSLATE_NOOP("billing::Occurrence", "Late interest above the allowed")},
        {"62", QT_TRANSLATE_NOOP("billing::Occurrence", "Discount greater than the title amount")},
        {"64", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid issue date")},
        {"66", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date invalid or outside the operation's term")},
        {"67", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title amount or currency quantity")},
        {"68", QT_TRANSLATE_NOOP("billing::Occurrence", "Portfolio invalid or not registered for collection exchange")},
        {"90", QT_TRANSLATE_NOOP("billing::Occurrence", "Message line number invalid or too many lines")},
    };
    return set;
}

} // namespace

const OccurrenceTable &itauOccurrences()
{
    static const OccurrenceTable table(
        "Itau",
        {
            {"02", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed"), &itauReasons()},
            {"03", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry rejected"), &itauReasons()},
            {"04", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Data changed: new entry"), nullptr},
            {"05", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Data changed: write-off"), nullptr},
            {"06", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid"), nullptr},
            {"07", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Partial payment (cobrança inteligente B2B)"), nullptr},
            {"08", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at the notary (cartório)"), nullptr},
            {"09", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off"), nullptr},
            {"10", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off because it was paid"), nullptr},
            {"11", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title in portfolio (em ser, monthly file only)"), nullptr},
            {"12", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate (abatimento) granted"), nullptr},
            {"13", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate cancelled"), nullptr},
            {"14", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Due date changed"), nullptr},
            {"15", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Write-off rejected"), &itauReasons()},
            {"16", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Instruction rejected"), &itauReasons()},
            {"17", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Change of data rejected"), &itauReasons()},
            {"18", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Contract collection: instructions or changes rejected or pending"), &itauReasons()},
            {"19", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest instruction received"), nullptr},
            {"20", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stop instruction received"), nullptr},
            {"21", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Do-not-protest instruction received"), nullptr},
            {"23", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Sent to the notary"), nullptr},
            {"24", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest instruction rejected, stopped or pending"), &itauReasons()},
            {"25", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Payer's allegations"), nullptr},
            {"26", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Collection notice fee"), nullptr},
            {"27", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Position statement fee"), nullptr},
            {"28", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Payments report fee"), nullptr},
            {"29", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Overdue title maintenance fee"), nullptr},
            {"30", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fees debited (entries and write-offs)"), nullptr},
            {"32", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off because protested"), nullptr},
            {"33", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest costs"), nullptr},
            {"34", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stop costs"), nullptr},
            {"35", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Distributing notary costs"), nullptr},
            {"36", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Public notice (edital) costs"), nullptr},
            {"37", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Boleto issue fee"), nullptr},
            {"38", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Instruction fee"), nullptr},
            {"39", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Occurrences fee"), nullptr},
            {"40", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly boleto issue fee"), nullptr},
            {"41", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fees debited: position statement"), nullptr},
            {"42", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fees debited: other instructions"), nullptr},
            {"43", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fees debited: overdue title maintenance"), nullptr},
            {"44", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fees debited: other occurrences"), nullptr},
            {"45", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fees debited: protest"), nullptr},
            {"46", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fees debited: protest stop"), nullptr},
            {"47", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off, transferred to discount"), nullptr},
            {"48", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Court stop costs"), nullptr},
            {"51", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fee: entries at correspondent banks"), nullptr},
            {"52", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fee: write-offs in the portfolio"), nullptr},
            {"53", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fee: write-offs at correspondent banks"), nullptr},
            {"54", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fee: payments in the portfolio"), nullptr},
            {"55", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fee: payments at correspondent banks"), nullptr},
            {"56", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Irregularity costs"), nullptr},
            {"57", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Instruction cancelled"), nullptr},
            {"59", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by credit to the account through SISPAG"), nullptr},
            {"60", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Carnê entry rejected"), &itauReasons()},
            {"61", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Title movement notice fee"), nullptr},
            {"62", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly fee: title movement notice"), nullptr},
            {"63", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title suspended by court order"), nullptr},
            {"64", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed with credit split"), nullptr},
            {"65", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by cheque, awaiting clearing"), nullptr},
            {"69", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Cheque returned"), nullptr},
            {"71", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry registered, awaiting evaluation"), nullptr},
            {"72", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off by credit through SISPAG without a matching title"), nullptr},
            {"73", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed in simple collection, not accepted in contract collection"), nullptr},
            {"74", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Express negative-listing instruction rejected"), nullptr},
            {"75", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Express negative-listing instruction received"), nullptr},
            {"76", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Cheque cleared"), nullptr},
            {"77", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Express negative-listing exclusion received"), nullptr},
            {"78", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Express negative-listing cancellation received"), nullptr},
            {"79", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Express negative-listing information"), nullptr},
            {"80", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Express negative-listing entry fee"), nullptr},
            {"82", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Express negative-listing cancellation fee"), nullptr},
            {"83", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Express negative-listing exclusion fee"), nullptr},
            {"85", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Electronic collection boleto fee"), nullptr},
            {"86", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Electronic collection e-mail fee"), nullptr},
            {"87", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Electronic collection SMS fee"), nullptr},
            {"88", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly electronic collection boleto fee"), nullptr},
            {"89", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly electronic collection e-mail fee"), nullptr},
            {"90", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly electronic collection SMS fee"), nullptr},
            {"91", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly express negative-listing exclusion fee"), nullptr},
            {"92", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly express negative-listing cancellation fee"), nullptr},
            {"93", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Monthly express negative-listing exclusion-by-payment fee"), nullptr},
        },
        nullptr);
    return table;
}

namespace {

class Itau400 final : public Cnab400Reader
{
public:
    const char *bankCode() const override { return "341"; }
    const OccurrenceTable &occurrences() const override { return itauOccurrences(); }

    void readDetail(FieldReader &d, RetornoMovement &m, StringCache &cache) const override
    {
        const OccurrenceTable::Entry *e = readCommon400(d, m, cache, occurrences());
        setNossoNumero(d, 63, 70, m, d.trimmed(63, 70), d.trimmed(63, 70));
        m.carteira = cache.get(d.trimmed(83, 85));
        appendReasons(m.reasons, d.raw(378, 385), 2, e ? e->reasons : nullptr);
    }

    // Type 3: the boleto's PIX QR code (hybrid boletos); type 4: credit split. Nothing
    // reconciliation needs.
    bool readOther(char type, FieldReader &, RetornoMovement *) const override
    {
        return type == '3' || type == '4';
    }
};

} // namespace

const Cnab400Reader &itau400()
{
    static const Itau400 reader;
    return reader;
}

} // namespace billing::retorno
