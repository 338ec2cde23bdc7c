#pragma once

#include "core/domain/result.h"

#include <QString>
#include <QStringView>

namespace core {

/// CNPJ (Cadastro Nacional da Pessoa Jurídica), numeric and alphanumeric.
/// From July 2026 the Receita Federal also issues alphanumeric CNPJs: the first 12 positions
/// are [0-9A-Z], the last 2 (check digits) are always digits. Each character is worth its
/// ASCII code − 48 ('0'..'9' = 0..9, 'A' = 17, 'Z' = 42), so numeric CNPJs validate exactly as
/// before. Every function accepts punctuation ("12.ABC.345/01DE-35") and lowercase letters.
class Cnpj
{
public:
    /// Uppercases and removes '.', '/', '-' and whitespace; anything else is kept so that
    /// parse() can point at it.
    static QString normalize(QStringView text);
    /// True if `text` is a CNPJ that parse() accepts.
    static bool isValid(QStringView text);
    /// The 14 normalized characters of a valid CNPJ, or a Validation error saying why not:
    /// an invalid character or a letter among the check digits (where = "position N" in `text`),
    /// wrong length, all characters equal, or a check digit mismatch.
    static Result<QString> parse(QStringView text);
    /// "12.ABC.345/01DE-35". Input that does not normalize to 14 valid characters is returned
    /// unchanged, so a half-typed value is not mangled.
    static QString format(QStringView text);
    /// The 14-character CNPJ for a 12-character base (punctuation and lowercase allowed);
    /// empty if the base is not 12 characters of [0-9A-Z].
    static QString withCheckDigits(QStringView twelveChars);
    /// True if the normalized CNPJ has a letter in its base (the post-2026 format), which
    /// matters where only numeric CNPJs fit (old integrations, numeric database columns).
    static bool isAlphanumeric(QStringView normalized);
};

} // namespace core
