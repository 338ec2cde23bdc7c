// Sicoob (756) CNAB 240 cobrança retorno: FEBRABAN positions and codes.
//
// Nosso número (segment T 38-57): nosso número 9 digits 38-46 + DV 47 (Sicoob weights 3197),
// then parcela 48-49, modalidade 50-51, tipo de formulário 52. Sample 756_cnab240_sample1:
// "000000008301011" → nosso número 8, DV 3, parcela 01, modalidade 01, formulário 1.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

class Sicoob240 final : public Cnab240Dialect
{
public:
    const char *bankCode() const override { return "756"; }

    const OccurrenceTable &occurrences() const override
    {
        static const OccurrenceTable table("Sicoob 240", {}, &febraban240Occurrences());
        return table;
    }

    void readNossoNumero(FieldReader &t, RetornoMovement &m, const RetornoFile &) const override
    {
        setNossoNumero(t, 38, 46, m, t.trimmed(38, 57), t.trimmed(38, 46));
    }
};

} // namespace

const Cnab240Dialect &sicoob240()
{
    static const Sicoob240 dialect;
    return dialect;
}

} // namespace billing::retorno
