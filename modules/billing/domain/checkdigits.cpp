#include "billing/domain/checkdigits.h"

#include <QtGlobal>

namespace billing {

namespace {

int digitAt(QStringView digits, qsizetype i)
{
    const char16_t c = digits[i].unicode();
    Q_ASSERT_X(c >= u'0' && c <= u'9', "billing::checkdigits", "input must be ASCII digits");
    return int(c - u'0');
}

} // namespace

bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int mod10(QStringView digits)
{
    int sum = 0;
    int weight = 2;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const int product = digitAt(digits, i) * weight;
        sum += product / 10 + product % 10;
        weight = weight == 2 ? 1 : 2;
    }
    return (10 - sum % 10) % 10;
}

int mod11Sum(QStringView digits, int maxWeight)
{
    Q_ASSERT(maxWeight >= 2);
    int sum = 0;
    int weight = 2;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        sum += digitAt(digits, i) * weight;
        weight = weight == maxWeight ? 2 : weight + 1;
    }
    return sum;
}

int mod11(QStringView digits, int maxWeight)
{
    return mod11Sum(digits, maxWeight) % 11;
}

int boletoGeneralDv(QStringView digits)
{
    const int dv = 11 - mod11(digits, 9);
    // 0 cannot be a general DV (a remainder of 0 or 1 would give 11 or 10); FEBRABAN uses 1.
    return (dv == 0 || dv == 10 || dv == 11) ? 1 : dv;
}

} // namespace billing
