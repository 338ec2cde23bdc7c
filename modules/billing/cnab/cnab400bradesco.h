#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Bradesco (237) CNAB 400 remessa: header (with the NSA and Remessa::companyCode), one type-1
/// detail per title, trailer; 400 characters per record, CRLF after each one, the last one
/// included. Positions follow Bradesco's "Cobrança Bradesco CNAB 400" layout; the constant
/// fields match the reference file brcobranca's spec checks byte for byte.
/// The fine can only be a percentage here (detail positions 66-70).
class Cnab400Bradesco
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
