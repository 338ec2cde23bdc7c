#pragma once

#include "core/domain/result.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

namespace billing::retorno {

/// Reads the fixed-width fields of one CNAB record (positions 1-based and inclusive, as in the
/// bank manuals). The line is used as it came: positions past its end read as spaces (banks'
/// files often lose their trailing spaces), nothing is copied until a value is kept.
///
/// The first field that does not hold what its layout says is remembered as an Error whose
/// `where` names the line and the field ("line 3, positions 153-165 (valor do título)"); later
/// reads still return harmless values, so a reader reads a whole record and checks ok() once.
/// Field names are Latin-1/UTF-8 literals from the manuals, only turned into text on error.
class FieldReader
{
public:
    FieldReader() = default;
    FieldReader(QByteArrayView line, int lineNumber) : m_line(line), m_lineNumber(lineNumber) {}

    int lineNumber() const { return m_lineNumber; }
    QByteArrayView line() const { return m_line; }
    bool ok() const { return !m_failed; }
    const core::Error &error() const { return m_error; }

    /// The byte at `pos`, a space past the end of the line.
    char at(int pos) const
    {
        return pos >= 1 && pos <= m_line.size() ? m_line[pos - 1] : ' ';
    }

    /// The bytes of positions from..to that the line has (shorter, or empty, when it ends
    /// before `to`; the rest are implied spaces).
    QByteArrayView raw(int from, int to) const
    {
        if (from > m_line.size())
            return {};
        const int end = to < m_line.size() ? to : int(m_line.size());
        return m_line.sliced(from - 1, end - from + 1);
    }

    /// raw() without leading and trailing spaces.
    QByteArrayView trimmed(int from, int to) const;

    /// trimmed() as text (Latin-1, as banks write); a null QString when blank.
    QString text(int from, int to) const;

    bool isBlank(int from, int to) const { return trimmed(from, to).isEmpty(); }

    /// Zero-padded centavos. Blank is 0; leading spaces are accepted; anything else than
    /// digits is an error naming the field.
    qint64 amount(int from, int to, const char *field);

    /// A zero-padded count or number. Blank is 0.
    qint64 number(int from, int to, const char *field) { return amount(from, to, field); }

    /// DDMMAAAA (CNAB 240). Blank or zeros is a null date; anything else must be a real day.
    QDate date8(int from, int to, const char *field);

    /// DDMMAA (CNAB 400): years 00-69 are 20xx, 70-99 19xx. Blank or zeros is a null date.
    QDate date6(int from, int to, const char *field);

    /// Same as date8/date6 but an unreadable value gives a null date instead of an error
    /// (header dates some banks fill their own way).
    QDate lenientDate8(int from, int to) const;
    QDate lenientDate6(int from, int to) const;

    /// trimmed() that must be digits only (leading zeros kept); blank is an empty string.
    QString digits(int from, int to, const char *field);

    /// Like digits() but the last character may also be a letter (a check digit 'P', 'X').
    QString digitsWithDv(int from, int to, const char *field);

    /// Remembers an error for positions from..to unless one is already remembered.
    void fail(int from, int to, const char *field, const QString &message);
    /// An error about the whole record.
    void failRecord(const QString &message);

    /// "line 3, positions 153-165 (valor do título)".
    static QString where(int lineNumber, int from, int to, const char *field);

private:
    QDate date(int from, int to, const char *field, bool sixDigits, bool lenient);

    QByteArrayView m_line;
    int m_lineNumber = 0;
    bool m_failed = false;
    core::Error m_error;
};

/// `digits` without leading zeros (all zeros → empty).
QString withoutLeadingZeros(QByteArrayView digits);
QString withoutLeadingZeros(QStringView digits);

} // namespace billing::retorno
