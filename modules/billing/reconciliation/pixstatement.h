#pragma once

#include "billing/retorno/retornomovement.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// The PIX received by a collection account, as the bank's statement export gives them: a CSV
/// (";" or ","; UTF-8 or Latin-1) with a header naming at least the txid, the end-to-end id,
/// the amount and the date — "txid", "e2eid"/"endToEndId"/"id fim a fim", "valor"/"amount",
/// "data"/"horario"/"date", optionally "pagador"/"payer". Each received PIX becomes a liquidação
/// movement: hybrid boletos carry the txid "BOL" + bank code + nosso número (see BoletoIssuer),
/// so a PIX that paid a boleto's QR code is matched to that boleto like a CNAB record.
class PixStatement
{
public:
    /// True when `content` starts with such a header (the reconciliation picks the reader).
    static bool looksLikeOne(const QByteArray &content);
    /// Movements of layout "pix"; the bank code is the one of the boletos' txids. A row with a
    /// bad amount or date is refused naming its line and column.
    static core::Result<RetornoFile> parse(const QByteArray &content);
};

} // namespace billing
