// Itaú (341) CNAB 240 cobrança retorno: FEBRABAN frame, Itaú's own occurrence codes (the same
// table as its CNAB 400, see retorno400itau.cpp).
//
// Nosso número (segment T 38-57): carteira 38-40, nosso número 8 digits 41-48, DAC 49. Sample
// 341_cnab240_sample1: "109000000050" → carteira 109, nosso número 00000005, DAC 0.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

class Itau240 final : public Cnab240Dialect
{
public:
    const char *bankCode() const override { return "341"; }
    const OccurrenceTable &occurrences() const override { return itauOccurrences(); }

    void readNossoNumero(FieldReader &t, RetornoMovement &m, const RetornoFile &) const override
    {
        setNossoNumero(t, 41, 48, m, t.trimmed(38, 57), t.trimmed(41, 48));
    }
};

} // namespace

const Cnab240Dialect &itau240()
{
    static const Itau240 dialect;
    return dialect;
}

} // namespace billing::retorno
