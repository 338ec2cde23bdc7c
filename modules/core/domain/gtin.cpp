#include "core/domain/gtin.h"

#include "core/domain/tr.h"

namespace core {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Check digit for `digits` (all ASCII digits): the rightmost one has weight 3, then 1, 3, ...
// Counting from the right is what makes one rule serve every GTIN length.
int checkDigitFor(QStringView digits)
{
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += (digits[i].unicode() - u'0') * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

} // namespace

bool Gtin::isValid(QStringView text)
{
    return parse(text).ok();
}

Result<QString> Gtin::parse(QStringView text)
{
    // Scanners and spreadsheets add stray whitespace around codes, never inside them.
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    for (qsizetype i = begin; i < end; ++i) {
        if (!isAsciiDigit(text[i])) {
            return Error::validation(
                Tr::tr("A GTIN may contain only digits, found '%1'.").arg(text[i]),
                Tr::tr("position %1").arg(i + 1));
        }
    }
    const QStringView digits = text.sliced(begin, end - begin);
    const qsizetype n = digits.size();
    if (n != 8 && n != 12 && n != 13 && n != 14) {
        return Error::validation(
            Tr::tr("A GTIN has 8, 12, 13 or 14 digits; this one has %1.").arg(n));
    }
    const int expected = checkDigitFor(digits.first(n - 1));
    if (digits[n - 1].unicode() - u'0' != expected) {
        return Error::validation(
            Tr::tr("The GTIN check digit should be %1, not %2; please check for a typo.")
                .arg(expected)
                .arg(digits[n - 1]));
    }
    return digits.toString();
}

QString Gtin::withCheckDigit(QStringView digitsWithoutCheck)
{
    if (digitsWithoutCheck.isEmpty())
        return {};
    for (const QChar c : digitsWithoutCheck) {
        if (!isAsciiDigit(c))
            return {};
    }
    return digitsWithoutCheck.toString() + QChar(u'0' + checkDigitFor(digitsWithoutCheck));
}

} // namespace core
