#include "billing/retorno/retornoparser.h"

#include "billing/retorno/retornoreaders.h"
#include "core/domain/tr.h"

#include <QStringDecoder>

#include <cstring>

using core::Error;
using core::Tr;

namespace billing {

using retorno::FieldReader;
using retorno::Lines;

namespace {

// Banks write Latin-1, one byte per position. A file that went through a UTF-8 editor has its
// accented letters as two bytes, which would shift every field after them: such a file (valid
// UTF-8, every character within Latin-1) is read back as Latin-1. Anything else is left as is.
QByteArray asLatin1(const QByteArray &content)
{
    // Plain ASCII (the usual case) is found 64 bytes at a time.
    const char *p = content.constData();
    const qsizetype n = content.size();
    constexpr quint64 kHigh = 0x8080808080808080ull;
    qsizetype i = 0;
    bool high = false;
    for (; i + 64 <= n && !high; i += 64) {
        quint64 w[8];
        std::memcpy(w, p + i, 64);
        high = ((w[0] | w[1] | w[2] | w[3] | w[4] | w[5] | w[6] | w[7]) & kHigh) != 0;
    }
    for (; i < n && !high; ++i)
        high = uchar(p[i]) >= 0x80;
    if (!high)
        return content;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(content);
    if (decoder.hasError())
        return content;
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return content;
    }
    return text.toLatin1();
}

// Physical lines as banks send them: LF or CRLF (a lone CR when there is no LF at all), maybe
// no final newline, maybe a byte-order mark, a DOS end-of-file Ctrl-Z and blank lines at the end.
Lines splitLines(const QByteArray &content)
{
    Lines out;
    QByteArrayView all(content);
    if (all.startsWith("\xef\xbb\xbf"))
        all = all.sliced(3);
    qsizetype end = all.size();
    while (end > 0) {
        const char c = all[end - 1];
        if (c == '\x1a' || c == '\n' || c == '\r' || c == ' ' || c == '\t')
            --end;
        else
            break;
    }
    all = all.first(end);
    out.lines.reserve(all.size() / 240 + 2);
    const char *p = all.data();
    const char *const stop = p + all.size();
    const char separator = !memchr(p, '\n', size_t(stop - p)) && memchr(p, '\r', size_t(stop - p)) ? '\r' : '\n';
    while (p < stop) {
        const char *nl = static_cast<const char *>(memchr(p, separator, size_t(stop - p)));
        const char *lineEnd = nl ? nl : stop;
        const char *e = lineEnd;
        if (e > p && e[-1] == '\r')
            --e;
        out.lines.append(QByteArrayView(p, e - p));
        if (!nl)
            break;
        p = nl + 1;
    }
    return out;
}

bool startsWith(QByteArrayView line, qsizetype at, QByteArrayView text)
{
    return line.size() >= at + text.size() && line.sliced(at, text.size()) == text;
}

Error notCnab()
{
    return Error::parse(
        Tr::tr("This is not a CNAB retorno file: expected a CNAB 400 header (\"02RETORNO\" at "
               "positions 1-9) or a CNAB 240 file header (lote \"0000\" and record type \"0\" at "
               "positions 4-8)."),
        FieldReader::where(1, 1, 9, "header"));
}

Error notRead(QByteArrayView code, int from, int to, const char *layout, const QStringList &banks)
{
    QString shown;
    for (const char c : code)
        shown += (uchar(c) < 0x20 ? u'?' : QChar(uchar(c)));
    return Error::parse(Tr::tr("Retaguarda does not read %1 retorno files of bank \"%2\"; it reads "
                               "those of banks %3.")
                            .arg(QString::fromLatin1(layout), shown.trimmed(), banks.join(QStringLiteral(", "))),
                        FieldReader::where(1, from, to, "código do banco"));
}

} // namespace

core::Result<RetornoFile> RetornoParser::parse(const QByteArray &original)
{
    const QByteArray content = asLatin1(original); // the views below point into it
    const Lines lines = splitLines(content);
    if (lines.lines.isEmpty()) {
        return Error::parse(Tr::tr("The file is empty: a CNAB retorno file starts with a header "
                                   "record."),
                            Tr::tr("line 1"));
    }
    const QByteArrayView header = lines.lines.first();

    // CNAB 400: "0" + "2" (retorno) + "RETORNO" + "01" (cobrança).
    if (header.size() >= 2 && header[0] == '0'
        && (startsWith(header, 2, "RETORNO") || startsWith(header, 2, "REMESSA"))) {
        if (header[1] == '1' || startsWith(header, 2, "REMESSA")) {
            return Error::parse(Tr::tr("This is a CNAB 400 remessa (the file sent to the bank), not a "
                                       "retorno: import the file the bank returned."),
                                FieldReader::where(1, 2, 9, "identificação do arquivo"));
        }
        if (!startsWith(header, 2, "RETORNO"))
            return notCnab();
        FieldReader h(header, 1);
        const QByteArrayView code = h.raw(77, 79);
        const retorno::Cnab400Reader *reader = retorno::cnab400Reader(code);
        if (!reader)
            return notRead(code, 77, 79, "CNAB 400", retorno::cnab400Banks());
        return retorno::parseCnab400(lines, *reader);
    }

    // CNAB 240: bank 1-3, lote "0000" 4-7, record type "0" at 8.
    if (startsWith(header, 3, "00000")) {
        FieldReader h(header, 1);
        if (h.at(143) == '1') {
            return Error::parse(Tr::tr("This is a CNAB 240 remessa (the file sent to the bank), not a "
                                       "retorno: import the file the bank returned."),
                                FieldReader::where(1, 143, 143, "código remessa/retorno"));
        }
        const QByteArrayView code = h.raw(1, 3);
        const retorno::Cnab240Dialect *dialect = retorno::cnab240Dialect(code);
        if (!dialect)
            return notRead(code, 1, 3, "CNAB 240", retorno::cnab240Banks());
        return retorno::parseCnab240(lines, *dialect);
    }
    return notCnab();
}

namespace {

const retorno::OccurrenceTable *tableFor(QStringView bankCode, QStringView layout)
{
    const QByteArray code = bankCode.toLatin1();
    if (layout == u"cnab240") {
        const retorno::Cnab240Dialect *d = retorno::cnab240Dialect(code);
        return d ? &d->occurrences() : nullptr;
    }
    if (layout == u"cnab400") {
        const retorno::Cnab400Reader *r = retorno::cnab400Reader(code);
        return r ? &r->occurrences() : nullptr;
    }
    return nullptr;
}

RetornoParser::OccurrenceInfo infoOf(const retorno::OccurrenceTable::Entry &e)
{
    return {e.code, e.text, e.kind, true};
}

} // namespace

RetornoParser::OccurrenceInfo RetornoParser::describeOccurrence(QStringView bankCode, QStringView layout,
                                                                QStringView code)
{
    const retorno::OccurrenceTable *table = tableFor(bankCode, layout);
    const QByteArray bytes = code.toLatin1();
    const retorno::OccurrenceTable::Entry *e = table ? table->find(bytes) : nullptr;
    if (e)
        return infoOf(*e);
    return {code.toString(), QString(), MovementKind::Outro, false};
}

QList<RetornoParser::OccurrenceInfo> RetornoParser::occurrenceTable(QStringView bankCode, QStringView layout)
{
    QList<OccurrenceInfo> out;
    if (const retorno::OccurrenceTable *table = tableFor(bankCode, layout)) {
        for (const auto &e : table->entries())
            out.append(infoOf(e));
    }
    return out;
}

QList<std::pair<QString, QStringList>> RetornoParser::supportedBanks()
{
    return {{QStringLiteral("cnab240"), retorno::cnab240Banks()}, {QStringLiteral("cnab400"), retorno::cnab400Banks()}};
}

} // namespace billing

namespace billing::retorno {

QString StringCache::get(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return {};
    if (bytes.size() > 3)
        return QString::fromLatin1(bytes.data(), bytes.size());
    quint32 key = quint32(bytes.size()) << 24;
    for (qsizetype i = 0; i < bytes.size(); ++i)
        key |= quint32(uchar(bytes[i])) << (8 * (2 - i));
    Slot &slot = m_slots[(key * 2654435761u) >> 24]; // direct-mapped: a miss just rebuilds
    if (slot.key != key) {
        slot.key = key;
        slot.value = QString::fromLatin1(bytes.data(), bytes.size());
    }
    return slot.value;
}

} // namespace billing::retorno
