#pragma once

#include "core/domain/result.h"

#include <QString>
#include <QStringList>
#include <QStringView>

namespace core {

/// CEP (Código de Endereçamento Postal): 8 digits, written "01310-100".
class Cep
{
public:
    /// Removes '-', '.' and whitespace ("01.310-100" is common on old forms).
    static QString normalize(QStringView text);
    /// True if `text` normalizes to 8 digits other than 00000000.
    static bool isValid(QStringView text);
    /// The 8 digits of a valid CEP, or a Validation error: a non-digit character
    /// (where = "position N" in `text`), wrong length, or all zeros.
    static Result<QString> parse(QStringView text);
    /// "01310-100". Input that does not normalize to 8 digits is returned unchanged.
    static QString format(QStringView text);
    /// The UF ("SP", "RJ", ...) whose Correios CEP range contains this CEP, or an empty string
    /// for an invalid CEP or a range no state owns (e.g. 00xxx, 789xx).
    static QString stateForCep(QStringView text);
    /// The 27 federative units ("AC" ... "TO").
    static const QStringList &states();
};

} // namespace core
