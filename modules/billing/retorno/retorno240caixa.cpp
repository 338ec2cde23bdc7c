// Caixa (104) SIGCB CNAB 240 cobrança retorno.
//
// Nosso número (segment T 38-57, right-justified): modalidade 2 digits ("14" registered, "24"
// unregistered: modalidade + emissão 4) + sequence 15 = 17 digits at 40-56, and its DV (Caixa mod
// 11) at 57. Sample 104_cnab240_sample1: "240000000111369979" → 17 digits 24000000011136997, DV 9
// (checked: mod 11 of the 17 digits gives 9), sequence 11136997. nossoNumero is the sequence
// (what the boleto stores), nossoNumeroFull the 17 digits. A field of exactly 17 digits is read
// as the number without DV.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

// Caixa's liquidation channels (motivos of occurrence 06/17 in SIGCB).
const ReasonSet &caixaLiquidationReasons()
{
    static const ReasonSet set{
        {"02", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at a lottery house")},
        {"03", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at a Caixa branch")},
        {"04", QT_TRANSLATE_NOOP("billing::Occurrence", "Electronic clearing")},
        {"05", QT_TRANSLATE_NOOP("billing::Occurrence", "Conventional clearing")},
        {"06", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid by internet banking")},
        {"07", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at a banking correspondent")},
        {"08", QT_TRANSLATE_NOOP("billing::Occurrence", "Paid at the notary (cartório)")},
    };
    return set;
}

class Caixa240 final : public Cnab240Dialect
{
public:
    const char *bankCode() const override { return "104"; }

    const OccurrenceTable &occurrences() const override
    {
        static const OccurrenceTable table(
            "Caixa 240",
            {
                {"01", MovementKind::Outro, QT_TRANSLATE_NOOP("billing::Occurrence", "Boleto printing request confirmed")},
                {"06", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid"), &caixaLiquidationReasons()},
                {"17", MovementKind::LiquidacaoAposBaixa,
                 QT_TRANSLATE_NOOP("billing::Occurrence", "Paid after write-off, or title not registered"),
                 &caixaLiquidationReasons()},
            },
            &febraban240Occurrences());
        return table;
    }

    void readHeader(FieldReader &h, RetornoFile &file) const override
    {
        file.agency = withoutLeadingZeros(h.trimmed(53, 57));
        file.convenio = withoutLeadingZeros(h.trimmed(59, 64)); // código do beneficiário
    }

    void readNossoNumero(FieldReader &t, RetornoMovement &m, const RetornoFile &) const override
    {
        const QByteArrayView v = t.trimmed(38, 57);
        if (v.size() == 18 || v.size() == 17) {
            const QByteArrayView full = v.first(17);
            setNossoNumero(t, 38, 57, m, v, full.sliced(2), full);
        } else {
            setNossoNumero(t, 38, 57, m, v, v);
        }
    }
};

} // namespace

const Cnab240Dialect &caixa240()
{
    static const Caixa240 dialect;
    return dialect;
}

} // namespace billing::retorno
