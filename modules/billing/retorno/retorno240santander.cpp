// Santander (033) CNAB 240 cobrança retorno: its own segment T positions (the "multibanco"
// layout: agência 18-21, conta 23-31, nosso número 41-53, carteira 54, seu número 55-69,
// vencimento 70-77, valor 78-92, banco cobrador 93-95, uso da empresa 101-125, tarifa 194-208,
// motivos 209-218), segment U as FEBRABAN, FEBRABAN occurrence codes.
//
// Nosso número: 12 digits + DV (Santander mod 11) at 41-53. Sample 033_cnab240_sample1:
// "0000000001406" → 000000000140, DV 6 (checked), so nossoNumero 140.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

class Santander240 final : public Cnab240Dialect
{
public:
    const char *bankCode() const override { return "033"; }

    const OccurrenceTable &occurrences() const override
    {
        static const OccurrenceTable table("Santander 240", {}, &febraban240Occurrences());
        return table;
    }

    void readHeader(FieldReader &h, RetornoFile &file) const override
    {
        file.agency = withoutLeadingZeros(h.trimmed(33, 36));
        file.convenio = h.text(33, 47); // código de transmissão
    }

    void readT(FieldReader &t, RetornoMovement &m, StringCache &cache) const override
    {
        m.carteira = cache.get(t.trimmed(54, 54));
        m.documentNumber = t.text(55, 69);
        m.dueDate = t.date8(70, 77, "vencimento");
        m.titleCents = t.amount(78, 92, "valor do título");
        m.payerBank = cache.get(t.trimmed(93, 95));
        m.companyReference = t.text(101, 125);
        m.feeCents = t.amount(194, 208, "valor da tarifa/custas");
    }

    void readNossoNumero(FieldReader &t, RetornoMovement &m, const RetornoFile &) const override
    {
        setNossoNumero(t, 41, 53, m, t.trimmed(41, 53), t.trimmed(41, 52));
    }

    void readReasons(FieldReader &t, RetornoMovement &m, const OccurrenceTable::Entry *e) const override
    {
        appendReasons(m.reasons, t.raw(209, 218), 2, e ? e->reasons : nullptr);
    }
};

} // namespace

const Cnab240Dialect &santander240()
{
    static const Santander240 dialect;
    return dialect;
}

} // namespace billing::retorno
