// CNAB 400 retorno: header, details, trailer; the fields most banks keep at Itaú's positions.
// Each bank's reader (positions that differ, nosso número, occurrence table) is in
// retorno400<bank>.cpp.

#include "billing/retorno/retornoreaders.h"
#include "core/domain/tr.h"

using core::Error;
using core::Tr;

namespace billing::retorno {

namespace {

constexpr int kWidth400 = 400;

bool tooLong400(QByteArrayView line)
{
    for (qsizetype i = kWidth400; i < line.size(); ++i) {
        if (line[i] != ' ')
            return true;
    }
    return false;
}

Error tooLongError400(int lineNumber, qsizetype size)
{
    return Error::parse(Tr::tr("The line has %1 characters; CNAB 400 records have 400. Is this a file of "
                               "another layout, or were two lines joined?")
                            .arg(size),
                        FieldReader::where(lineNumber, kWidth400 + 1, int(size), nullptr));
}

} // namespace

void Cnab400Reader::readHeader(FieldReader &h, RetornoFile &file) const
{
    file.agency = withoutLeadingZeros(h.trimmed(27, 30));
    file.account = withoutLeadingZeros(h.trimmed(33, 37));
}

void Cnab400Reader::readAccount(FieldReader &d, RetornoFile &file) const
{
    // Most banks repeat the beneficiary's CPF/CNPJ in every detail: tipo 2-3, número 4-17.
    const QByteArrayView doc = d.raw(4, 17);
    bool digits = doc.size() == 14;
    bool zeros = true;
    for (const char c : doc) {
        digits = digits && c >= '0' && c <= '9';
        zeros = zeros && c == '0';
    }
    if (digits && !zeros) {
        const QString all = QString::fromLatin1(doc.data(), doc.size());
        file.companyDocument = d.raw(2, 3) == QByteArrayView("01") ? all.right(11) : all;
    }
}

void checkOccurrenceCode(FieldReader &d, int from, int to, const OccurrenceTable::Entry *e)
{
    if (e)
        return;
    bool ok = d.trimmed(from, to).size() == 2;
    for (const char c : d.raw(from, to))
        ok = ok && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    if (!ok) {
        d.fail(from, to, "código de ocorrência",
               Tr::tr("Expected a two-character occurrence code, found \"%1\".").arg(d.text(from, to)));
    }
}

const OccurrenceTable::Entry *readCommon400(FieldReader &d, RetornoMovement &m, StringCache &cache,
                                            const OccurrenceTable &table)
{
    m.companyReference = d.text(38, 62);
    const OccurrenceTable::Entry *e = table.apply(d.raw(109, 110), m);
    checkOccurrenceCode(d, 109, 110, e);
    m.occurrenceDate = d.date6(111, 116, "data da ocorrência");
    m.documentNumber = d.text(117, 126);
    m.dueDate = d.date6(147, 152, "vencimento");
    m.titleCents = d.amount(153, 165, "valor do título");
    m.payerBank = cache.get(d.trimmed(166, 168));
    m.feeCents = d.amount(176, 188, "tarifa de cobrança");
    m.iofCents = d.amount(215, 227, "IOF");
    m.rebateCents = d.amount(228, 240, "abatimento");
    m.discountCents = d.amount(241, 253, "desconto");
    m.paidCents = d.amount(254, 266, "valor pago");
    m.interestCents = d.amount(267, 279, "juros de mora/multa");
    m.otherCreditsCents = d.amount(280, 292, "outros créditos");
    m.creditDate = d.date6(296, 301, "data do crédito");
    return e;
}

const Cnab400Reader *cnab400Reader(QByteArrayView bankCode)
{
    static const Cnab400Reader *const all[] = {
        &bancoDoBrasil400(), &santander400(), &banrisul400(), &inter400(), &bradesco400(), &itau400(),
    };
    for (const Cnab400Reader *r : all) {
        if (bankCode == QByteArrayView(r->bankCode()))
            return r;
    }
    return nullptr;
}

QStringList cnab400Banks()
{
    return {QStringLiteral("001"), QStringLiteral("033"), QStringLiteral("041"), QStringLiteral("077"),
            QStringLiteral("237"), QStringLiteral("341")};
}

core::Result<RetornoFile> parseCnab400(const Lines &lines, const Cnab400Reader &reader)
{
    const QList<QByteArrayView> &all = lines.lines;
    const int n = int(all.size());
    RetornoFile file;
    file.bankCode = QString::fromLatin1(reader.bankCode());
    file.layout = QStringLiteral("cnab400");
    file.variant = reader.variant();
    file.lineCount = n;

    if (tooLong400(all[0]))
        return tooLongError400(1, all[0].size());
    FieldReader h(all[0], 1);
    file.generatedOn = h.lenientDate6(95, 100);
    reader.readHeader(h, file);

    const char detailType = reader.detailType();
    StringCache cache;
    file.movements.reserve(n);
    bool trailer = false;
    bool accountRead = false;

    for (int i = 1; i < n; ++i) {
        const int lineNumber = i + 1;
        const QByteArrayView line = all[i];
        if (trailer) {
            return Error::parse(Tr::tr("There is a record after the trailer (record type 9); expected the end "
                                       "of the file."),
                                Tr::tr("line %1").arg(lineNumber));
        }
        if (line.isEmpty() || (line[0] == ' ' && line.trimmed().isEmpty())) {
            return Error::parse(Tr::tr("The line is empty; expected a CNAB 400 record."),
                                Tr::tr("line %1").arg(lineNumber));
        }
        if (tooLong400(line))
            return tooLongError400(lineNumber, line.size());
        FieldReader r(line, lineNumber);
        const char type = r.at(1);
        if (type == detailType) {
            if (!accountRead) {
                reader.readAccount(r, file);
                accountRead = true;
            }
            RetornoMovement &m = file.movements.emplaceBack(); // filled in place; dropped with the file on error
            m.line = lineNumber;
            m.bankCode = file.bankCode;
            reader.readDetail(r, m, cache);
            if (!r.ok())
                return r.error();
        } else if (type == '9') {
            trailer = true;
        } else if (type == '0') {
            return Error::parse(Tr::tr("A second header (record type 0): two files were joined? Import them one "
                                       "by one."),
                                FieldReader::where(lineNumber, 1, 1, "tipo de registro"));
        } else {
            RetornoMovement *previous = file.movements.isEmpty() ? nullptr : &file.movements.last();
            if (!reader.readOther(type, r, previous)) {
                if (r.ok()) {
                    r.fail(1, 1, "tipo de registro",
                           Tr::tr("Unknown record type \"%1\": this bank's CNAB 400 retorno has details of type "
                                  "%2 and a trailer of type 9.")
                               .arg(r.text(1, 1), QChar(uchar(detailType))));
                }
                return r.error();
            }
            if (!r.ok())
                return r.error();
        }
    }
    if (!trailer) {
        return Error::parse(Tr::tr("The file ends without its trailer (record type 9): it is incomplete; "
                                   "download it from the bank again."),
                            Tr::tr("line %1").arg(n));
    }
    return file;
}

} // namespace billing::retorno
