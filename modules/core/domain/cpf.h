#pragma once

#include "core/domain/result.h"

#include <QString>
#include <QStringView>

namespace core {

/// CPF (Cadastro de Pessoas Físicas): 9 base digits + 2 mod-11 check digits.
/// Every function accepts the number with or without punctuation ("123.456.789-09").
class Cpf
{
public:
    /// Removes '.', '-' and whitespace; everything else is kept so that parse() can point at it.
    static QString normalize(QStringView text);
    /// True if `text` is a CPF that parse() accepts.
    static bool isValid(QStringView text);
    /// The 11 digits of a valid CPF, or a Validation error saying why not: a non-digit character
    /// (where = "position N" in `text`), wrong length, all digits equal, or a check digit mismatch.
    static Result<QString> parse(QStringView text);
    /// "123.456.789-09". Input that does not normalize to 11 digits is returned unchanged,
    /// so a half-typed value is not mangled.
    static QString format(QStringView text);
    /// The 11-digit CPF for 9 base digits (punctuation allowed); empty if they are not 9 digits.
    static QString withCheckDigits(QStringView nineDigits);
};

} // namespace core
