#pragma once

#include "core/domain/result.h"

#include <QString>
#include <QStringView>

namespace core {

/// GTIN (EAN/UPC barcode numbers): GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13) and GTIN-14.
/// The last digit is a mod-10 check digit with weights 3,1,3,1... from the right.
class Gtin
{
public:
    /// True if `text` is 8, 12, 13 or 14 digits with a correct check digit.
    static bool isValid(QStringView text);
    /// The digits of a valid GTIN (surrounding whitespace ignored, length kept as given), or a
    /// Validation error: a non-digit character (where = "position N" in `text`), a length
    /// other than 8/12/13/14, or a wrong check digit (the message names the expected one).
    static Result<QString> parse(QStringView text);
    /// `digitsWithoutCheck` followed by its check digit ("789100031550" -> "7891000315507");
    /// empty if the input is empty or not all digits.
    static QString withCheckDigit(QStringView digitsWithoutCheck);
};

} // namespace core
