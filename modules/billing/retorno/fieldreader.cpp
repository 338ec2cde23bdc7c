#include "billing/retorno/fieldreader.h"

#include "core/domain/tr.h"

using core::Tr;

namespace billing::retorno {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

QString shown(QByteArrayView bytes)
{
    // What the user sees of a bad value: Latin-1, control bytes as '?', at most 40 characters.
    QString out;
    const qsizetype n = bytes.size() < 40 ? bytes.size() : 40;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(bytes[i]);
        out += (c < 0x20 || c == 0x7f) ? QChar(u'?') : QChar(c);
    }
    return out;
}

} // namespace

QByteArrayView FieldReader::trimmed(int from, int to) const
{
    QByteArrayView v = raw(from, to);
    qsizetype b = 0;
    qsizetype e = v.size();
    while (b < e && v[b] == ' ')
        ++b;
    while (e > b && v[e - 1] == ' ')
        --e;
    return v.sliced(b, e - b);
}

QString FieldReader::text(int from, int to) const
{
    const QByteArrayView v = trimmed(from, to);
    return v.isEmpty() ? QString() : QString::fromLatin1(v.data(), v.size());
}

qint64 FieldReader::amount(int from, int to, const char *field)
{
    const QByteArrayView v = raw(from, to);
    const qsizetype width = to - from + 1;
    if (v.size() == width) { // the usual case: a whole zero-padded field
        qint64 value = 0;
        qsizetype k = 0;
        for (; k < width; ++k) {
            const unsigned d = unsigned(uchar(v[k])) - unsigned('0');
            if (d > 9)
                break;
            value = value * 10 + d;
        }
        if (k == width)
            return value;
    }
    qsizetype i = 0;
    while (i < v.size() && v[i] == ' ')
        ++i;
    if (i == v.size())
        return 0; // blank (or cut off with the line's trailing spaces)
    qint64 value = 0;
    for (qsizetype k = i; k < v.size(); ++k) {
        const char c = v[k];
        if (!isDigit(c) || v.size() < width) {
            fail(from, to, field,
                 Tr::tr("Expected %1 digits (a zero-padded number), found \"%2\".")
                     .arg(width)
                     .arg(shown(v)));
            return 0;
        }
        value = value * 10 + (c - '0');
    }
    return value;
}

QDate FieldReader::date(int from, int to, const char *field, bool sixDigits, bool lenient)
{
    const QByteArrayView v = trimmed(from, to);
    if (v.isEmpty())
        return {};
    const qsizetype width = to - from + 1;
    bool allZero = true;
    bool allDigits = v.size() == width;
    for (const char c : v) {
        allDigits = allDigits && isDigit(c);
        allZero = allZero && c == '0';
    }
    if (allDigits && allZero)
        return {};
    const QString format = sixDigits ? QStringLiteral("DDMMAA") : QStringLiteral("DDMMAAAA");
    if (!allDigits) {
        if (!lenient)
            fail(from, to, field, Tr::tr("Expected a date %1, found \"%2\".").arg(format, shown(v)));
        return {};
    }
    auto num = [&](int at, int n) {
        int x = 0;
        for (int k = 0; k < n; ++k)
            x = x * 10 + (v[at + k] - '0');
        return x;
    };
    const int day = num(0, 2);
    const int month = num(2, 2);
    int year = sixDigits ? num(4, 2) : num(4, 4);
    if (sixDigits)
        year += year < 70 ? 2000 : 1900;
    const QDate d(year, month, day);
    if (!d.isValid() && !lenient) {
        fail(from, to, field,
             Tr::tr("Expected a date %1, found \"%2\", which is no day of the calendar.")
                 .arg(format, shown(v)));
    }
    return d.isValid() ? d : QDate();
}

QDate FieldReader::date8(int from, int to, const char *field) { return date(from, to, field, false, false); }
QDate FieldReader::date6(int from, int to, const char *field) { return date(from, to, field, true, false); }

QDate FieldReader::lenientDate8(int from, int to) const
{
    FieldReader copy(m_line, m_lineNumber);
    return copy.date(from, to, "", false, true);
}

QDate FieldReader::lenientDate6(int from, int to) const
{
    FieldReader copy(m_line, m_lineNumber);
    return copy.date(from, to, "", true, true);
}

QString FieldReader::digits(int from, int to, const char *field)
{
    const QByteArrayView v = trimmed(from, to);
    for (const char c : v) {
        if (!isDigit(c)) {
            fail(from, to, field, Tr::tr("Expected digits, found \"%1\".").arg(shown(v)));
            return {};
        }
    }
    return v.isEmpty() ? QString() : QString::fromLatin1(v.data(), v.size());
}

QString FieldReader::digitsWithDv(int from, int to, const char *field)
{
    const QByteArrayView v = trimmed(from, to);
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        const bool last = i == v.size() - 1;
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!isDigit(c) && !(last && letter)) {
            fail(from, to, field,
                 Tr::tr("Expected digits (and a check digit), found \"%1\".").arg(shown(v)));
            return {};
        }
    }
    return v.isEmpty() ? QString() : QString::fromLatin1(v.data(), v.size());
}

void FieldReader::fail(int from, int to, const char *field, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = core::Error::parse(message, where(m_lineNumber, from, to, field));
}

void FieldReader::failRecord(const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = core::Error::parse(message, Tr::tr("line %1").arg(m_lineNumber));
}

QString FieldReader::where(int lineNumber, int from, int to, const char *field)
{
    const QString positions = from == to ? Tr::tr("line %1, position %2").arg(lineNumber).arg(from)
                                         : Tr::tr("line %1, positions %2-%3").arg(lineNumber).arg(from).arg(to);
    if (!field || !*field)
        return positions;
    return positions + QStringLiteral(" (") + QString::fromUtf8(field) + u')';
}

QString withoutLeadingZeros(QByteArrayView digits)
{
    qsizetype i = 0;
    while (i < digits.size() && (digits[i] == '0' || digits[i] == ' '))
        ++i;
    qsizetype e = digits.size();
    while (e > i && digits[e - 1] == ' ')
        --e;
    return i == e ? QString() : QString::fromLatin1(digits.data() + i, e - i);
}

QString withoutLeadingZeros(QStringView digits)
{
    const QStringView t = digits.trimmed();
    qsizetype i = 0;
    while (i < t.size() && t[i] == u'0')
        ++i;
    return t.sliced(i).toString();
}

} // namespace billing::retorno
