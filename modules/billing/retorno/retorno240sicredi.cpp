// Sicredi (748) CNAB 240 cobrança retorno: FEBRABAN positions, FEBRABAN codes plus Sicredi's
// (36 baixa rejeitada) and alphanumeric motivos ("A4" pagador DDA).
//
// Nosso número (segment T 38-57, left-justified): year 2 + byte 1 + sequence 5 = 8 digits, then
// the DV. Sample 748_cnab240_sample1: "172000595" → 17200059, DV 5 (what Sicredi's
// sequenceToNossoNumero builds: year 17, byte 2, sequence 00059).

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

const ReasonSet &sicrediRejectionReasons()
{
    static const ReasonSet set{
        {"01", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid bank code")},
        {"02", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid detail record code")},
        {"03", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid segment code")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Movement code not allowed for the portfolio")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid movement code")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid nosso número")},
        {"09", QT_TRANSLATE_NOOP("billing::Occurrence", "Duplicate nosso número")},
        {"10", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid portfolio (carteira)")},
        {"16", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid due date")},
        {"20", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid title amount")},
        {"22", QT_TRANSLATE_NOOP("billing::Occurrence", "Title kind not allowed for the portfolio")},
        {"24", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid issue date")},
        {"26", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid late interest code")},
        {"28", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid discount code")},
        {"29", QT_TRANSLATE_NOOP("billing::Occurrence", "Discount equal to or greater than the title amount")},
        {"37", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid protest code")},
        {"45", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer name missing")},
        {"46", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid payer registration type/number")},
        {"47", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer address missing")},
        {"48", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid CEP")},
        {"57", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid fine code")},
        {"60", QT_TRANSLATE_NOOP("billing::Occurrence", "Movement for a title that is not registered")},
        {"63", QT_TRANSLATE_NOOP("billing::Occurrence", "Entry for a title already registered")},
        {"85", QT_TRANSLATE_NOOP("billing::Occurrence", "Title with a linked payment")},
        {"86", QT_TRANSLATE_NOOP("billing::Occurrence", "Invalid seu número")},
        {"A4", QT_TRANSLATE_NOOP("billing::Occurrence", "Payer is a DDA participant")},
    };
    return set;
}

class Sicredi240 final : public Cnab240Dialect
{
public:
    const char *bankCode() const override { return "748"; }

    const OccurrenceTable &occurrences() const override
    {
        static const OccurrenceTable table(
            "Sicredi 240",
            {
                {"02", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry confirmed"),
                 &sicrediRejectionReasons()},
                {"03", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Entry rejected"),
                 &sicrediRejectionReasons()},
                {"26", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Instruction rejected"),
                 &sicrediRejectionReasons()},
                {"30", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Change of data rejected"),
                 &sicrediRejectionReasons()},
                {"36", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Write-off rejected"),
                 &sicrediRejectionReasons()},
            },
            &febraban240Occurrences());
        return table;
    }

    void readNossoNumero(FieldReader &t, RetornoMovement &m, const RetornoFile &) const override
    {
        const QByteArrayView v = t.trimmed(38, 57);
        setNossoNumero(t, 38, 57, m, v, v.size() >= 9 ? v.first(8) : v);
    }
};

} // namespace

const Cnab240Dialect &sicredi240()
{
    static const Sicredi240 dialect;
    return dialect;
}

} // namespace billing::retorno
