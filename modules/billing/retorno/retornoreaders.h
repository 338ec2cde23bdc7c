#pragma once

// Internal to the retorno parser: the per-bank readers and their registries. Each bank's layout
// deviations and occurrence table live in that bank's own file (retorno240<bank>.cpp,
// retorno400<bank>.cpp); adding a bank is a new file, one declaration here and one line in the
// registry of its layout (retorno240.cpp / retorno400.cpp).

#include "billing/retorno/fieldreader.h"
#include "billing/retorno/occurrencetable.h"
#include "billing/retorno/retornomovement.h"
#include "core/domain/result.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QStringList>

namespace billing::retorno {

/// The physical lines of a file: CR and LF stripped, trailing Ctrl-Z and blank lines dropped.
struct Lines
{
    QList<QByteArrayView> lines;
};

/// Shared QStrings for short values many records repeat (bank codes, carteiras: up to 3
/// bytes), so a record does not allocate for them; longer values are converted each time.
class StringCache
{
public:
    QString get(QByteArrayView bytes);

private:
    struct Slot
    {
        quint32 key = 0;
        QString value;
    };
    Slot m_slots[256];
};

// ---------------------------------------------------------------------------------------------
// CNAB 240

/// A bank's CNAB 240 cobrança retorno: FEBRABAN positions unless the bank moves them.
class Cnab240Dialect
{
public:
    virtual ~Cnab240Dialect() = default;
    virtual const char *bankCode() const = 0;
    virtual const OccurrenceTable &occurrences() const = 0;

    /// Header de arquivo: account identification (FEBRABAN: agência 53-57, conta 59-70,
    /// convênio 33-52).
    virtual void readHeader(FieldReader &h, RetornoFile &file) const;

    /// Segment T without the nosso número (FEBRABAN positions): carteira, seu número,
    /// vencimento, valor, banco cobrador, uso da empresa, tarifa, motivos.
    virtual void readT(FieldReader &t, RetornoMovement &m, StringCache &cache) const;

    /// The nosso número of segment T: nossoNumeroField, nossoNumero, nossoNumeroFull (see
    /// RetornoMovement) from the bank's packing of positions 38-57.
    virtual void readNossoNumero(FieldReader &t, RetornoMovement &m, const RetornoFile &file) const = 0;

    /// Motivos of segment T (FEBRABAN 214-223, five codes of 2) with the meanings of the
    /// occurrence's reason list `e->reasons`.
    virtual void readReasons(FieldReader &t, RetornoMovement &m, const OccurrenceTable::Entry *e) const;
};

/// Sets nossoNumeroField (`field`), nossoNumero (`number` without leading zeros) and
/// nossoNumeroFull (`full` without leading zeros; same as nossoNumero when `full` is empty).
/// `number` and `full` must hold digits only, else the error names positions from..to.
void setNossoNumero(FieldReader &r, int from, int to, RetornoMovement &m, QByteArrayView field,
                    QByteArrayView number, QByteArrayView full = {});

const Cnab240Dialect *cnab240Dialect(QByteArrayView bankCode);
QStringList cnab240Banks();
core::Result<RetornoFile> parseCnab240(const Lines &lines, const Cnab240Dialect &dialect);

const OccurrenceTable &febraban240Occurrences();
const ReasonSet &febrabanRejectionReasons();   ///< motivos of 02, 03, 26, 30 (table A)
const ReasonSet &febrabanLiquidationReasons(); ///< motivos of 06, 17 (table B)
const ReasonSet &febrabanWriteOffReasons();    ///< motivos of 09 (table C)
const ReasonSet &febrabanFeeReasons();         ///< motivos of 28 (table D)

const Cnab240Dialect &bancoDoBrasil240();
const Cnab240Dialect &santander240();
const Cnab240Dialect &caixa240();
const Cnab240Dialect &bradesco240();
const Cnab240Dialect &itau240();
const Cnab240Dialect &sicredi240();
const Cnab240Dialect &sicoob240();

// ---------------------------------------------------------------------------------------------
// CNAB 400

/// A bank's CNAB 400 retorno reader.
class Cnab400Reader
{
public:
    virtual ~Cnab400Reader() = default;
    virtual const char *bankCode() const = 0;
    virtual QString variant() const { return {}; }
    virtual const OccurrenceTable &occurrences() const = 0;
    /// The record type of a title detail ('1'; Banco do Brasil CBR643: '7').
    virtual char detailType() const { return '1'; }
    /// Header: agência 27-30, conta 33-37 unless the bank has them elsewhere.
    virtual void readHeader(FieldReader &h, RetornoFile &file) const;
    /// The account identification some banks only put in the details (read from the first).
    virtual void readAccount(FieldReader &d, RetornoFile &file) const;
    virtual void readDetail(FieldReader &d, RetornoMovement &m, StringCache &cache) const = 0;
    /// A record of another type than header, detail and trailer: true when the bank has it
    /// (`previous` is the last detail read, or nullptr), false for an unknown record type.
    virtual bool readOther(char type, FieldReader &r, RetornoMovement *previous) const
    {
        Q_UNUSED(type);
        Q_UNUSED(r);
        Q_UNUSED(previous);
        return false;
    }
};

const Cnab400Reader *cnab400Reader(QByteArrayView bankCode);
QStringList cnab400Banks();
core::Result<RetornoFile> parseCnab400(const Lines &lines, const Cnab400Reader &reader);

/// The fields most CNAB 400 banks keep where Itaú has them: uso da empresa 38-62, ocorrência
/// 109-110 (code and meaning from `table`), data 111-116, documento 117-126, vencimento
/// 147-152, valor 153-165, banco cobrador 166-168, tarifa 176-188, IOF 215-227, abatimento
/// 228-240, desconto 241-253, valor pago 254-266, juros 267-279, outros créditos 280-292,
/// data do crédito 296-301. Returns the occurrence entry (nullptr when unknown).
const OccurrenceTable::Entry *readCommon400(FieldReader &d, RetornoMovement &m, StringCache &cache,
                                            const OccurrenceTable &table);

/// An error naming the field when an occurrence code in no table is not two alphanumerics.
void checkOccurrenceCode(FieldReader &d, int from, int to, const OccurrenceTable::Entry *e);

const OccurrenceTable &itauOccurrences(); ///< Itaú uses the same codes in 400 and 240

const Cnab400Reader &itau400();
const Cnab400Reader &bradesco400();
const Cnab400Reader &bancoDoBrasil400();
const Cnab400Reader &santander400();
const Cnab400Reader &inter400();
const Cnab400Reader &banrisul400();

} // namespace billing::retorno
