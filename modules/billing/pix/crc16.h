#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace billing {

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final xor),
/// the checksum that closes every PIX BR Code (field 63). Check value: "123456789" -> 29B1.
class Crc16
{
public:
    static quint16 compute(QByteArrayView bytes);
    /// The checksum of `text` encoded as UTF-8 (BR Code lengths count characters, but the
    /// checksum runs over the bytes a reader sees), as 4 uppercase hex digits.
    static QString hex(QStringView text);
    /// 4 uppercase hex digits, zero padded: 0x0A1B -> "0A1B".
    static QString toHex(quint16 crc);
};

} // namespace billing
