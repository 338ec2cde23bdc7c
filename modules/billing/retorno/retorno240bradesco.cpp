// Bradesco (237) CNAB 240 cobrança retorno: FEBRABAN positions and codes.
//
// Nosso número (segment T 38-57, as in the remessa's segment P): carteira 38-40, zeros 41-45,
// nosso número 11 digits 46-56, DV 57 (0-9 or P). nossoNumero = 46-56 without leading zeros.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

class Bradesco240 final : public Cnab240Dialect
{
public:
    const char *bankCode() const override { return "237"; }

    const OccurrenceTable &occurrences() const override
    {
        static const OccurrenceTable table("Bradesco 240", {}, &febraban240Occurrences());
        return table;
    }

    void readNossoNumero(FieldReader &t, RetornoMovement &m, const RetornoFile &) const override
    {
        setNossoNumero(t, 46, 56, m, t.trimmed(38, 57), t.trimmed(46, 56));
    }
};

} // namespace

const Cnab240Dialect &bradesco240()
{
    static const Bradesco240 dialect;
    return dialect;
}

} // namespace billing::retorno
