#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace billing {

/// Everything a boleto's code says without knowing the bank's rules: what `boleto decode` shows.
struct BoletoCode
{
    QString bank;                 ///< 3 digits, e.g. "001"
    int currency = 9;             ///< 9 = real
    int factor = 0;               ///< due-date factor; 0 = no due date
    std::optional<QDate> dueDate; ///< nullopt when factor is 0
    core::Money amount;           ///< 0 when the payer fills the amount in
    QString barcode;              ///< 44 digits
    QString linhaDigitavel;       ///< 47 digits, no punctuation
    QString freeField;            ///< campo livre, 25 digits

    /// Decodes a barcode (44 digits) or a linha digitável (47 digits), with or without dots and
    /// spaces. The factor's two possible dates are resolved by DueDateFactor's window around
    /// `reference`. Errors name the wrong part: a stray character's position, the digit count,
    /// the linha field or barcode position whose check digit fails, or an unused factor.
    static core::Result<BoletoCode> decode(QStringView code, QDate reference);
    /// Same, with today in São Paulo as the reference date.
    static core::Result<BoletoCode> decode(QStringView code);

    /// Checks that a barcode and a linha digitável (each valid on its own) denote the same
    /// boleto, e.g. when both come from an import. The error lists the linha fields that differ
    /// from the linha the barcode gives (where = the first one, "field 4").
    static core::Result<void> verifyPair(QStringView barcode, QStringView linha);
};

} // namespace billing
