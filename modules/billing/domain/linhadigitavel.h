#pragma once

#include "billing/domain/barcode.h"
#include "core/domain/result.h"

#include <QString>
#include <QStringView>

namespace billing {

/// The 47-digit "linha digitável" printed above the boleto barcode, for people to type:
///   field 1 = barcode 1-4 + 20-24 + mod-10 DV   (linha positions 1-10)
///   field 2 = barcode 25-34 + mod-10 DV         (11-21)
///   field 3 = barcode 35-44 + mod-10 DV         (22-32)
///   field 4 = barcode 5, the general DV         (33)
///   field 5 = barcode 6-19, factor and amount   (34-47)
/// A LinhaDigitavel always holds 47 digits whose five fields are consistent.
class LinhaDigitavel
{
public:
    static constexpr qsizetype kLength = 47;

    static LinhaDigitavel fromBarcode(const Barcode &barcode);

    /// Parses what a user typed or pasted: digits with or without the printed dots and spaces
    /// (any whitespace). Errors name what is wrong: the position of a stray character in `text`,
    /// the digit count, or the field whose check digit fails ("field 2 check digit is 7,
    /// expected 4"; where = "field 2"). Field 4 is checked as the barcode's general DV.
    static core::Result<LinhaDigitavel> parse(QStringView text);

    /// The 47 digits without punctuation.
    const QString &digits() const { return m_digits; }
    /// "AAAAA.AAAAA BBBBB.BBBBBB CCCCC.CCCCCC D EEEEEEEEEEEEEE", as printed on the boleto.
    QString formatted() const;
    /// The barcode the linha transposes to.
    const Barcode &barcode() const { return m_barcode; }

    /// The 44 barcode digits for 47 linha digits, by transposition only (no check digit is
    /// verified). Returns an empty string unless `digits47` is 47 ASCII digits.
    static QString transposeToBarcode(QStringView digits47);

    friend bool operator==(const LinhaDigitavel &, const LinhaDigitavel &) = default;

private:
    LinhaDigitavel(QString digits, Barcode barcode)
        : m_digits(std::move(digits)), m_barcode(std::move(barcode))
    {
    }

    QString m_digits;
    Barcode m_barcode;
};

} // namespace billing
