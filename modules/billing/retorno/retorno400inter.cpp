// Banco Inter (077) CNAB 400 retorno: Inter's own positions (as laravel-boleto
// src/Cnab/Retorno/Cnab400/Banco/Inter.php reads them): carteira 21-23, agência 24-27, conta
// 28-36, uso da empresa 38-62, nosso número 71-81, ocorrência 90-91, data 92-97, documento
// 98-107, vencimento 119-124, valor 125-137, valor pago 160-172, data do crédito 173-178.
//
// Nosso número: the 11 digits Inter assigned (its own DV included), stored as the company got
// them; nossoNumero is all 11 without leading zeros.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

const OccurrenceTable &interOccurrences()
{
    static const OccurrenceTable table(
        "Inter 400",
        {
            {"02", MovementKind::EntradaConfirmada, QT_TRANSLATE_NOOP("billing::Occurrence", "Open (registered)"), nullptr},
            {"03", MovementKind::Rejeicao, QT_TRANSLATE_NOOP("billing::Occurrence", "Error"), nullptr},
            {"06", MovementKind::Liquidacao, QT_TRANSLATE_NOOP("billing::Occurrence", "Paid"), nullptr},
            {"07", MovementKind::Baixa, QT_TRANSLATE_NOOP("billing::Occurrence", "Written off"), nullptr},
        },
        nullptr);
    return table;
}

class Inter400 final : public Cnab400Reader
{
public:
    const char *bankCode() const override { return "077"; }
    const OccurrenceTable &occurrences() const override { return interOccurrences(); }

    void readHeader(FieldReader &, RetornoFile &) const override {}

    void readAccount(FieldReader &d, RetornoFile &file) const override
    {
        file.agency = withoutLeadingZeros(d.trimmed(24, 27));
        file.account = withoutLeadingZeros(d.trimmed(28, 36));
    }

    void readDetail(FieldReader &d, RetornoMovement &m, StringCache &cache) const override
    {
        m.carteira = cache.get(d.trimmed(21, 23));
        m.companyReference = d.text(38, 62);
        setNossoNumero(d, 71, 81, m, d.trimmed(71, 81), d.trimmed(71, 81));
        const OccurrenceTable::Entry *e = occurrences().apply(d.raw(90, 91), m);
        checkOccurrenceCode(d, 90, 91, e);
        m.occurrenceDate = d.date6(92, 97, "data da ocorrência");
        m.documentNumber = d.text(98, 107);
        m.dueDate = d.date6(119, 124, "vencimento");
        m.titleCents = d.amount(125, 137, "valor do título");
        m.paidCents = d.amount(160, 172, "valor pago");
        m.creditDate = d.date6(173, 178, "data do crédito");
    }
};

} // namespace

const Cnab400Reader &inter400()
{
    static const Inter400 reader;
    return reader;
}

} // namespace billing::retorno
