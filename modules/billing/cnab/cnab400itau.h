#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Itaú (341) CNAB 400 remessa: header, one type-1 detail per title (followed by a type-2
/// record carrying the fine when the title has one), trailer. Every record is 400 characters
/// and ends in CRLF, the last one included. Positions follow the Itaú "Cobrança CNAB 400"
/// manual; the constant fields match the reference file brcobranca's spec checks byte for byte.
class Cnab400Itau
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
