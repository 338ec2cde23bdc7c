#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace billing {

/// The text rules every CNAB field follows. Banks read remessa files as upper-case ASCII:
/// accents are stripped (É → E, Ç → C), punctuation they refuse is dropped and runs of spaces
/// collapse, so "José,!  de Paula" becomes "JOSE DE PAULA". Alphanumeric fields are
/// left-justified and space-padded, and too long text is cut to the field (banks expect that: a
/// name is only a label). Numeric fields are right-justified and zero-padded, and a number that
/// does not fit is an error naming the field: cutting a number would change an amount or an
/// account.
class CnabText
{
public:
    /// Upper case, accents stripped, only A-Z, 0-9 and single spaces kept, trimmed.
    static QString normalize(QStringView text);

    /// normalize(text) cut to `width` and padded with spaces on the right.
    static QString alpha(QStringView text, int width);

    /// `digits` right-justified with zeros to `width`. Empty means zero (an absent optional
    /// number). A non-digit, or more significant digits than `width`, is an error naming `field`;
    /// extra leading zeros are harmless.
    static core::Result<QString> numeric(QStringView digits, int width, const QString &field);

    /// `value` (centavos, a count, a sequence) written as numeric(); a negative value is an error.
    static core::Result<QString> numeric(qint64 value, int width, const QString &field);

    /// `text` without the separators people type in documents and CEPs ('.', '-', '/', spaces),
    /// for numeric(): "123.456.789-01" → "12345678901". Other characters are kept so that
    /// numeric() reports them.
    static QString stripSeparators(QStringView text);

    /// The "tipo de inscrição" code of a CPF/CNPJ: "01" for 11 digits, "02" for 14 (separators
    /// ignored); any other length is an error naming `field`.
    static core::Result<QString> inscriptionType(QStringView document, const QString &field);

    /// An error naming `field` when `value` is empty or blank: required fields are never
    /// written as spaces or zeros by accident.
    static core::Result<void> required(QStringView value, const QString &field);

    /// DDMMAA, the CNAB 400 date; "000000" for a null date ("no date" in every layout).
    static QString date6(QDate date);

    /// DDMMAAAA; "00000000" for a null date.
    static QString date8(QDate date);
};

} // namespace billing
