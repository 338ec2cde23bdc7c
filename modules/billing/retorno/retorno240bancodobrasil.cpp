// Banco do Brasil (001) CNAB 240 cobrança retorno: FEBRABAN positions and codes.
//
// Nosso número (segment T 38-57, left-justified, as the remessa writes it): convênio of 7 or 8
// digits + sequence (17 digits, no DV), or for 4/6-digit convênios convênio + sequence (11
// digits) + DV. nossoNumero is the sequence (what Bank::sequenceToNossoNumero stored: the
// boleto's sequence), nossoNumeroFull the 17 or 11 digits (the printed number without DV).
// Sample 001_cnab240_sample1: "14499570000020673" → sequence 20673.

#include "billing/retorno/retornoreaders.h"

namespace billing::retorno {

namespace {

// Whether the digits `v` start with the convênio `convenio` of exactly `width` digits.
bool startsWithConvenio(QByteArrayView v, const QString &convenio, qsizetype width)
{
    if (convenio.size() != width || v.size() < width)
        return false;
    for (qsizetype i = 0; i < width; ++i) {
        if (v[i] != convenio[i].toLatin1())
            return false;
    }
    return true;
}

class BancoDoBrasil240 final : public Cnab240Dialect
{
public:
    const char *bankCode() const override { return "001"; }

    const OccurrenceTable &occurrences() const override
    {
        static const OccurrenceTable table("Banco do Brasil 240", {}, &febraban240Occurrences());
        return table;
    }

    void readHeader(FieldReader &h, RetornoFile &file) const override
    {
        Cnab240Dialect::readHeader(h, file);
        file.convenio = withoutLeadingZeros(h.trimmed(33, 41)); // 42-45 "0014" cobrança, 46-50 carteira/variação
    }

    void readNossoNumero(FieldReader &t, RetornoMovement &m, const RetornoFile &file) const override
    {
        const QByteArrayView v = t.trimmed(38, 57);
        if (v.size() == 17) {
            const qsizetype convenioWidth = startsWithConvenio(v, file.convenio, 8) ? 8 : 7;
            setNossoNumero(t, 38, 57, m, v, v.sliced(convenioWidth), v);
        } else if (v.size() == 11 || v.size() == 12) {
            const QByteArrayView number = v.first(11); // a 12th character is the DV (0-9 or X)
            const qsizetype convenioWidth = startsWithConvenio(v, file.convenio, 4) ? 4 : 6;
            setNossoNumero(t, 38, 57, m, v, number.sliced(convenioWidth), number);
        } else {
            setNossoNumero(t, 38, 57, m, v, v);
        }
    }
};

} // namespace

const Cnab240Dialect &bancoDoBrasil240()
{
    static const BancoDoBrasil240 dialect;
    return dialect;
}

} // namespace billing::retorno
