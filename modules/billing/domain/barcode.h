#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QString>
#include <QStringView>

namespace billing {

/// The 44-digit boleto barcode (FEBRABAN "código de barras"), the same for every bank:
///   1-3 bank · 4 currency (9 = real) · 5 general DV · 6-9 due-date factor ·
///   10-19 amount in centavos · 20-44 campo livre (bank-specific, 25 digits).
/// A Barcode object always holds 44 digits with a correct general DV.
class Barcode
{
public:
    static constexpr qsizetype kLength = 44;
    static constexpr qsizetype kFreeFieldLength = 25;
    static constexpr int kCurrencyReal = 9;
    static constexpr qint64 kMaxAmountCents = 9'999'999'999;

    /// Builds a barcode and computes its general DV. Validation errors: bank not 3 digits,
    /// currency not a digit, factor not 0 or 1000..9999, negative amount or above
    /// R$ 99.999.999,99, free field not 25 digits.
    static core::Result<Barcode> build(QStringView bankCode, int currency, int factor,
                                       core::Money amount, QStringView freeField);

    /// Validates a barcode as read by a scanner or typed: surrounding whitespace is ignored,
    /// otherwise exactly 44 digits with a correct general DV. The error says where: the
    /// position of a non-digit, or "check digit (position 5) is 8, expected 7".
    static core::Result<Barcode> parse(QStringView text);

    /// The general DV (0..9) for 44 barcode digits, ignoring whatever is at position 5.
    static int computeGeneralDv(QStringView digits44);

    const QString &digits() const { return m_digits; }
    QString bankCode() const { return m_digits.left(3); }
    int currency() const { return digitAt(3); }
    int generalDv() const { return digitAt(4); }
    int factor() const { return m_digits.mid(5, 4).toInt(); }
    core::Money amount() const { return core::Money::fromCents(m_digits.mid(9, 10).toLongLong()); }
    QString freeField() const { return m_digits.right(kFreeFieldLength); }

    friend bool operator==(const Barcode &, const Barcode &) = default;

private:
    explicit Barcode(QString digits) : m_digits(std::move(digits)) {}
    int digitAt(qsizetype i) const { return m_digits[i].unicode() - u'0'; }

    QString m_digits;
};

} // namespace billing
