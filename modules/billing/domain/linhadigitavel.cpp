#include "billing/domain/linhadigitavel.h"

#include "billing/domain/checkdigits.h"
#include "core/domain/tr.h"

namespace billing {

using core::Error;
using core::Tr;

namespace {

bool isSeparator(QChar c)
{
    return c == u'.' || c.isSpace();
}

QString withMod10(QString payload)
{
    payload.append(QChar(u'0' + mod10(payload)));
    return payload;
}

// The three fields that carry their own mod-10 DV: first position (0-based) and length with DV.
struct DvField
{
    int number;
    qsizetype start;
    qsizetype length;
};
constexpr DvField kDvFields[] = {{1, 0, 10}, {2, 10, 11}, {3, 21, 11}};

} // namespace

LinhaDigitavel LinhaDigitavel::fromBarcode(const Barcode &barcode)
{
    const QString &b = barcode.digits();
    QString digits;
    digits.reserve(kLength);
    digits.append(withMod10(b.left(4) + b.mid(19, 5)));
    digits.append(withMod10(b.mid(24, 10)));
    digits.append(withMod10(b.mid(34, 10)));
    digits.append(b[4]);
    digits.append(b.mid(5, 14));
    return LinhaDigitavel(std::move(digits), barcode);
}

QString LinhaDigitavel::transposeToBarcode(QStringView l)
{
    if (l.size() != kLength || !isAsciiDigits(l))
        return {};
    QString b;
    b.reserve(Barcode::kLength);
    b.append(l.mid(0, 4));  // bank + currency
    b.append(l[32]);        // general DV
    b.append(l.mid(33, 14)); // factor + amount
    b.append(l.mid(4, 5));  // free field 1-5
    b.append(l.mid(10, 10)); // free field 6-15
    b.append(l.mid(21, 10)); // free field 16-25
    return b;
}

core::Result<LinhaDigitavel> LinhaDigitavel::parse(QStringView text)
{
    QString digits;
    digits.reserve(kLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isSeparator(c))
            continue;
        if (c < u'0' || c > u'9') {
            return Error::validation(
                Tr::tr("A linha digitável may contain only digits, dots and spaces, found '%1'.")
                    .arg(c),
                Tr::tr("position %1").arg(i + 1));
        }
        digits.append(c);
    }
    if (digits.size() != kLength) {
        return Error::validation(
            Tr::tr("A linha digitável has 47 digits; this one has %1.").arg(digits.size()));
    }
    for (const DvField &f : kDvFields) {
        const QStringView field = QStringView(digits).mid(f.start, f.length);
        const int found = field.back().unicode() - u'0';
        const int expected = mod10(field.chopped(1));
        if (found != expected) {
            return Error::validation(
                Tr::tr("Field %1 of the linha digitável has check digit %2, expected %3; please "
                       "check the digits of field %1 for a typo.")
                    .arg(f.number)
                    .arg(found)
                    .arg(expected),
                Tr::tr("field %1").arg(f.number));
        }
    }
    const QString barcodeDigits = transposeToBarcode(digits);
    const int found = barcodeDigits[4].unicode() - u'0';
    const int expected = Barcode::computeGeneralDv(barcodeDigits);
    if (found != expected) {
        // Fields 1-3 are consistent, so the typo is in field 4 or in field 5 (factor, amount).
        return Error::validation(
            Tr::tr("Field 4 of the linha digitável (the general check digit) is %1, expected %2 "
                   "for the other fields; please check fields 4 and 5 for a typo.")
                .arg(found)
                .arg(expected),
            Tr::tr("field 4"));
    }
    core::Result<Barcode> barcode = Barcode::parse(barcodeDigits);
    Q_ASSERT(barcode.ok());
    return LinhaDigitavel(std::move(digits), std::move(*barcode));
}

QString LinhaDigitavel::formatted() const
{
    const QString &d = m_digits;
    return d.mid(0, 5) + u'.' + d.mid(5, 5) + u' ' + d.mid(10, 5) + u'.' + d.mid(15, 6) + u' '
        + d.mid(21, 5) + u'.' + d.mid(26, 6) + u' ' + d[32] + u' ' + d.mid(33, 14);
}

} // namespace billing
