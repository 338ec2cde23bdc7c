// Santander (033) CNAB 400 retorno: Itaú's positions for the common fields, motivos of a
// rejection at 137-145 (three codes of 3), and the type-2 PIX record (tipo de chave 2, chave
// 3-79, txid 80-114) that belongs to the detail before it (hybrid boleto). Occurrences as
// Santander's manual lists them (tabulated in laravel-boleto
// src/Cnab/Retorno/Cnab400/Banco/Santander.php).
//
// Nosso número 63-70: 8 positions = 7 digits + DV (the remessa writes the 13-digit number with
// DV cut to 8), so nossoNumero is 63-69 without leading zeros.

#include "billing/retorno/retornoreaders.h"
#include "core/domain/tr.h"

using core::Tr;

namespace billing::retorno {

namespace {

const ReasonSet &santanderReasons()
{
    static const ReasonSet set{
        {"001", QT_TRANSLATE_NOOP("billing::Occurrence", "Nosso número not numeric")},
        {"002", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate amount not numeric")},
        {"003", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date not numeric")},
        {"004", QT_TRANSLATE_NOOP("billing::Occurrence", "Collection account not numeric")},
        {"005", QT_TRANSLATE_NOOP("billing::Occurrence", "Portfolio code not numeric")},
        {"006", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid portfolio code")},
        {"007", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid document kind")},
        {"013", QT_TRANSLATE_NOOP("billing::Occurrence", "Title amount not numeric")},
        {"014", QT_TRANSLATE_NOOP("billing::Occurrence", "Late interest amount not numeric")},
        {"015", QT_TRANSLATE_NOOP("billing::Occurrence", "Issue date not numeric")},
        {"016", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid due date")},
        {"017", QT_TRANSLATE_NOOP("billing::Occurrence", "Collecting agency code not numeric")},
        {"019", QT_TRANSLATE_NOOP("billing::Occurrence", "CEP not numeric")},
        {"021", QT_TRANSLATE_NOOP("billing::Occurrence", "CPF/CNPJ not numeric")},
        {"022", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid occurrence code")},
        {"025", QT_TRANSLATE_NOOP("billing::Occurrence", "Discount amount not numeric")},
        {"026", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid collecting bank code")},
        {"029", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid late interest amount")},
        {"030", QT_TRANSLATE_NOOP("billing::Occurrence", "Due date less than 15 days after processing")},
        {"041", QT_TRANSLATE_NOOP("billing::Occurrence", "Collecting agency not found")},
        {"042", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid collection account")},
        {"051", QT_TRANSLATE_NOOP("billing::Occurrence", "Title not found")},
        {"052", QT_TRANSLATE_NOOP("billing::Occurrence", "Occurrence not accepted: title paid")},
        {"053", QT_TRANSLATE_NOOP("billing::Occurrence", "Occurrence not accepted: title written off")},
        {"054", QT_TRANSLATE_NOOP("billing::Occurrence", "Title with a protest order already issued")},
        {"055", QT_TRANSLATE_NOOP("billing::Occurrence", "Occurrence not accepted: title already protested")},
        {"057", QT_TRANSLATE_NOOP("billing::Occurrence", "Wrong payer CEP")},
        {"058", QT_TRANSLATE_NOOP("billing::Occurrence", "Wrong CPF/CNPJ")},
        {"073", QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate equal to or greater than the title amount")},
        {"092", QT_TRANSLATE_NOOP("billing::Occurrence", "Nosso número already registered")},
        {"093", QT_TRANSLATE_NOOP("billing::Occurrence", "Title amount missing")},
        {"098", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid issue date")},
        {"099", QT_TRANSLATE_NOOP("billing::Occurrence", "Record twice in the daily file")},
        {"100", QT_TRANSLATE_NOOP("billing::Occurrence", "Issue date after the due date")},
        {"101", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer name missing")},
        {"102", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer address missing")},
        {"103", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer city missing")},
        {"104", QT_TRANSLATE_NOOP("billing::Occurrence", "State missing")},
        {"106", QT_TRANSLATE_NOOP("billing::Occurrence", "CPF/CNPJ missing")},
    };
    return set;
}

const OccurrenceTable &santander400Occurrences()
{
    static const OccurrenceTable table(
        "Santander 400",
        {
            {"01", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Title does not exist"), nullptr},
            {"02", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed"), nullptr},
            {"03", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry rejected"), &santanderReasons()},
            {"06", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid"), nullptr},
            {"07", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid on account (liquidação por conta)"), nullptr},
            {"08", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by balance (liquidação por saldo)"), nullptr},
            {"09", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off automatically"), nullptr},
            {"10", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off by instruction or protest"), nullptr},
            {"11", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Title in portfolio (em ser)"), nullptr},
            {"12", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate (abatimento) granted"), nullptr},
            {"13", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Rebate cancelled"), nullptr},
            {"14", MovementKind::Alteracao, QT_TRANSLATE_NOOP("billing::Occurrence", "Due date extended"), nullptr},
            {"15", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Sent to the notary (cartório)"), nullptr},
            {"16", MovementKind::LiquidacaoAposBaixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Title already written off or paid"), nullptr},
            {"17", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at the notary"), nullptr},
            {"21", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Entered at the notary"), nullptr},
            {"22", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Withdrawn from the notary"), nullptr},
            {"24", MovementKind::Tarifa, QT_TRANSLATE_NOOP("billing::Occurrence", "Notary costs"), nullptr},
            {"25", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest the title"), nullptr},
            {"26", MovementKind::Protesto, QT_TRANSLATE_NOOP("billing::Occurrence", "Protest stopped"), nullptr},
        },
        nullptr);
    return table;
}

class Santander400 final : public Cnab400Reader
{
public:
    const char *bankCode() const override { return "033"; }
    const OccurrenceTable &occurrences() const override { return santander400Occurrences(); }

    void readHeader(FieldReader &h, RetornoFile &file) const override
    {
        file.agency = withoutLeadingZeros(h.trimmed(27, 30));
        file.convenio = withoutLeadingZeros(h.trimmed(31, 38)); // código do beneficiário
        file.account = withoutLeadingZeros(h.trimmed(39, 46));
    }

    void readDetail(FieldReader &d, RetornoMovement &m, StringCache &cache) const override
    {
        const OccurrenceTable::Entry *e = readCommon400(d, m, cache, occurrences());
        setNossoNumero(d, 63, 69, m, d.trimmed(63, 70), d.trimmed(63, 69));
        m.carteira = cache.get(d.trimmed(108, 108));
        if (m.kind == MovementKind::Rejeicao)
            appendReasons(m.reasons, d.raw(137, 145), 3, e ? e->reasons : nullptr);
    }

    bool readOther(char type, FieldReader &r, RetornoMovement *previous) const override
    {
        if (type != '2')
            return false;
        if (!previous) {
            r.failRecord(Tr::tr("A PIX record (type 2) before any title: it belongs to the title detail "
                                "before it."));
            return true;
        }
        previous->pixKey = r.text(3, 79);
        previous->pixTxid = r.text(80, 114);
        return true;
    }
};

} // namespace

const Cnab400Reader &santander400()
{
    static const Santander400 reader;
    return reader;
}

} // namespace billing::retorno
