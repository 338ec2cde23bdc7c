#pragma once

#include <QString>

namespace core {

/// A customer's document as stored: a CPF (11 digits) or a CNPJ (14 characters).
class TaxId
{
public:
    /// "123.456.789-09" or "12.ABC.345/01DE-35", whichever the length says it is.
    static QString format(QStringView normalized);
};

} // namespace core
