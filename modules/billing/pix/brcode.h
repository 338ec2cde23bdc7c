#pragma once

#include "billing/pix/pixpayload.h"
#include "core/domain/result.h"

#include <QString>

namespace billing {

/// The PIX "copia e cola" text (EMV QRCPS-MPM as profiled by the Banco Central): what a QR code
/// encodes and what a payer pastes into a banking app.
class BrCode
{
public:
    /// The code for `payload`, closed by field 63 (CRC16 over everything before it, "6304"
    /// included). Fields are written in ID order; templates 26 and 62 likewise. Writes what the
    /// payload holds: run PixPayload::validate() first for codes we issue. Empty only when a field
    /// does not fit in 99 characters (tryEncode() says which).
    static QString encode(const PixPayload &payload);
    static core::Result<QString> tryEncode(const PixPayload &payload);

    /// Reads a code (surrounding whitespace ignored). Checks, in order: the checksum (a mismatch says
    /// "The checksum is E2A4, expected E3FF: the code was altered or mistyped."), the field
    /// structure, then the fields: 00 = "01", 01 = "11"/"12" when present, 26 with GUI
    /// "br.gov.bcb.pix" (any case) and a key (01) or URL (25), 52 = "0000", 53 = "986",
    /// 54 like "123.45", 58 = "BR", 59 of 1-25 and 60 of 1-15 characters, 62 with a txid (05).
    /// Errors name the field: where = "field 59", "field 26.00", "field 63" or a position.
    static core::Result<PixPayload> decode(QString text);
};

} // namespace billing
