#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Banco do Brasil (001) CNAB 400 remessa for convênios of 7 digits (layout CBR641, "posições
/// 7", whose retorno is CBR643): header, one type-7 detail per title followed, when the title
/// has a fine, by a type-5 record (service 99, "cobrança de multa"), and the generic trailer.
/// Every record is 400 characters and ends in CRLF, the last one included.
///
/// What the file needs besides the common fields: BankAccount::convenio (7 digits),
/// BankAccount::variation (variação da carteira, 3 digits), a 2-digit carteira, the agency DV
/// (computed with BB's mod 11 when BankAccount::agencyDv is empty) and Remessa::nsa.
/// RemessaTitle::nossoNumero is either the sequence (up to 10 digits, as BancoDoBrasil takes it)
/// or the whole 17-digit nosso número starting with the convênio; the file carries the 17 digits.
/// Protest (RemessaTitle::protestDays) is accepted after 6-29, 30, 35, 40 or 45 calendar days.
/// BB's CNAB 400 has no PIX record: a title with RemessaTitle::pix is refused.
/// Positions follow brcobranca (lib/brcobranca/remessa/cnab400/banco_brasil.rb) and laravel-boleto
/// (src/Cnab/Remessa/Cnab400/Banco/Bb.php), which both implement BB's CBR641 document.
class Cnab400BancoDoBrasil
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
