#include "billing/pix/crc16.h"

namespace billing {

quint16 Crc16::compute(QByteArrayView bytes)
{
    quint16 crc = 0xFFFF;
    for (const char byte : bytes) {
        crc ^= quint16(quint8(byte)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QString Crc16::hex(QStringView text)
{
    return toHex(compute(text.toUtf8()));
}

QString Crc16::toHex(quint16 crc)
{
    return QStringLiteral("%1").arg(crc, 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace billing
