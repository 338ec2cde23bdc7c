#include "billing/domain/barcode.h"

#include "billing/domain/checkdigits.h"
#include "billing/domain/duedatefactor.h"
#include "core/domain/tr.h"

namespace billing {

using core::Error;
using core::Tr;

int Barcode::computeGeneralDv(QStringView digits44)
{
    Q_ASSERT(digits44.size() == kLength);
    // The DV is computed over the 43 other digits, in their order (positions 1-4 and 6-44).
    QString without = digits44.left(4).toString();
    without.append(digits44.mid(5));
    return boletoGeneralDv(without);
}

core::Result<Barcode> Barcode::build(QStringView bankCode, int currency, int factor,
                                     core::Money amount, QStringView freeField)
{
    if (bankCode.size() != 3 || !isAsciiDigits(bankCode)) {
        return Error::validation(
            Tr::tr("The bank code must have 3 digits, got '%1'.").arg(bankCode), Tr::tr("bank"));
    }
    if (currency < 0 || currency > 9) {
        return Error::validation(
            Tr::tr("The currency code must be one digit, got %1.").arg(currency),
            Tr::tr("currency"));
    }
    if (factor != DueDateFactor::kNoDueDate
        && (factor < DueDateFactor::kMin || factor > DueDateFactor::kMax)) {
        return Error::validation(
            Tr::tr("The due-date factor must be 0 or between 1000 and 9999, got %1.").arg(factor),
            Tr::tr("factor"));
    }
    if (amount.isNegative()) {
        return Error::validation(
            Tr::tr("A boleto amount cannot be negative (%1).").arg(amount.format()),
            Tr::tr("amount"));
    }
    if (amount.cents() > kMaxAmountCents) {
        return Error::validation(
            Tr::tr("The amount %1 does not fit the barcode; the maximum is R$ 99.999.999,99.")
                .arg(amount.format()),
            Tr::tr("amount"));
    }
    if (freeField.size() != kFreeFieldLength || !isAsciiDigits(freeField)) {
        return Error::validation(
            Tr::tr("The free field (campo livre) must have 25 digits, got '%1'.").arg(freeField),
            Tr::tr("free field"));
    }
    QString digits;
    digits.reserve(kLength);
    digits.append(bankCode);
    digits.append(QChar(u'0' + currency));
    digits.append(u'0'); // general DV placeholder
    digits.append(QStringLiteral("%1").arg(factor, 4, 10, QChar(u'0')));
    digits.append(QStringLiteral("%1").arg(amount.cents(), 10, 10, QChar(u'0')));
    digits.append(freeField);
    digits[4] = QChar(u'0' + computeGeneralDv(digits));
    return Barcode(std::move(digits));
}

core::Result<Barcode> Barcode::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype offset = trimmed.isEmpty() ? 0 : trimmed.data() - text.data();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        if (trimmed[i] < u'0' || trimmed[i] > u'9') {
            return Error::validation(
                Tr::tr("A barcode may contain only digits, found '%1'.").arg(trimmed[i]),
                Tr::tr("position %1").arg(offset + i + 1));
        }
    }
    if (trimmed.size() != kLength) {
        return Error::validation(
            Tr::tr("A boleto barcode has 44 digits; this one has %1.").arg(trimmed.size()));
    }
    const int found = trimmed[4].unicode() - u'0';
    const int expected = computeGeneralDv(trimmed);
    if (found != expected) {
        return Error::validation(
            Tr::tr("The barcode check digit (position 5) is %1, expected %2; please check for a "
                   "typo.")
                .arg(found)
                .arg(expected),
            Tr::tr("position 5"));
    }
    return Barcode(trimmed.toString());
}

} // namespace billing
