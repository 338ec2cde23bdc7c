#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Santander (033) CNAB 400 remessa: header, one type-1 detail per title followed, for a
/// boleto híbrido (RemessaTitle::pix), by a type-8 record with the PIX key and accepted amounts,
/// and a trailer "9" that carries the record count and the total amount of the titles. Every
/// record is 400 characters and ends in CRLF, the last one included.
///
/// What the file needs besides the common fields:
/// * Remessa::companyCode: the "código de transmissão" (20 digits) the bank gives for the CNAB
///   exchange; it identifies agency, beneficiary and account, so the agency itself is not written;
/// * RemessaTitle::nossoNumero: the 8-digit field exactly as Santander registers it (the writer
///   adds no check digit: brcobranca's reference file writes nosso número 123 as 00000123);
/// * the fine, when any, as a percentage (the layout has no amount field for it);
/// * a 9-digit account ("conta padrão novo") adds its last digit and DV in the complement.
/// Positions follow the Santander "Cobrança CNAB 400" layout as implemented by brcobranca
/// (lib/brcobranca/remessa/cnab400/santander.rb, santander_pix.rb), whose PIX reference file
/// this writer reproduces byte for byte.
class Cnab400Santander
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
