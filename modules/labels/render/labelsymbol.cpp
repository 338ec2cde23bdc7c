#include "labels/render/labelsymbol.h"

#include "core/domain/gtin.h"
#include "core/domain/tr.h"

#include <zint.h>

#include <memory>

namespace labels {

using core::Tr;

namespace {

struct SymbolDeleter
{
    void operator()(zint_symbol *s) const { ZBarcode_Delete(s); }
};

QString symbologyName(BarcodeType type)
{
    switch (type) {
    case BarcodeType::Code128: return QStringLiteral("Code 128");
    case BarcodeType::Ean13: return QStringLiteral("EAN-13");
    case BarcodeType::Interleaved2of5: return QStringLiteral("Interleaved 2 of 5");
    case BarcodeType::DataMatrix: return QStringLiteral("Data Matrix");
    case BarcodeType::QrCode: return QStringLiteral("QR code");
    }
    return {};
}

bool allDigits(const QString &s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}

} // namespace

int LabelSymbol::quietLeft() const
{
    switch (m_type) {
    case BarcodeType::Ean13: return 11;
    case BarcodeType::Code128:
    case BarcodeType::Interleaved2of5: return 10;
    case BarcodeType::DataMatrix: return 1;
    case BarcodeType::QrCode: return 4;
    }
    return 0;
}

int LabelSymbol::quietRight() const
{
    return m_type == BarcodeType::Ean13 ? 7 : quietLeft();
}

core::Result<LabelSymbol> LabelSymbol::encode(BarcodeType type, const QString &rawData)
{
    const QString name = symbologyName(type);
    QString data = rawData;
    if (data.isEmpty())
        return core::Error::validation(Tr::tr("The %1 has no data to encode.").arg(name), name);
    std::unique_ptr<zint_symbol, SymbolDeleter> s(ZBarcode_Create());
    s->output_options |= BARCODE_NO_QUIET_ZONES;
    switch (type) {
    case BarcodeType::Code128: s->symbology = BARCODE_CODE128; s->input_mode = UNICODE_MODE; break;
    case BarcodeType::Ean13:
        if (!allDigits(data) || (data.size() != 12 && data.size() != 13))
            return core::Error::validation(Tr::tr("EAN-13 takes 12 or 13 digits: \"%1\".").arg(data), name);
        if (data.size() == 13 && !core::Gtin::isValid(data))
            return core::Error::validation(Tr::tr("The EAN-13 \"%1\" has a wrong check digit.").arg(data), name);
        if (data.size() == 12)
            data = core::Gtin::withCheckDigit(data);
        s->symbology = BARCODE_EANX;
        break;
    case BarcodeType::Interleaved2of5:
        if (!allDigits(data))
            return core::Error::validation(Tr::tr("Interleaved 2 of 5 takes digits only: \"%1\".").arg(data), name);
        if (data.size() % 2)
            data.prepend(u'0'); // ITF encodes pairs of digits
        s->symbology = BARCODE_C25INTER;
        break;
    case BarcodeType::DataMatrix:
        s->symbology = BARCODE_DATAMATRIX;
        s->input_mode = UNICODE_MODE;
        s->option_3 = DM_SQUARE;
        break;
    case BarcodeType::QrCode:
        s->symbology = BARCODE_QRCODE;
        s->input_mode = UNICODE_MODE;
        s->option_1 = 2; // level M
        break;
    }
    // zint takes the EAN-13 without its check digit and adds it.
    const QByteArray bytes = type == BarcodeType::Ean13 ? data.left(12).toLatin1() : data.toUtf8();
    const int rc = ZBarcode_Encode(s.get(), reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()));
    if (rc >= ZINT_ERROR) {
        return core::Error::validation(
            Tr::tr("Cannot encode \"%1\" as %2: %3").arg(data, name, QString::fromLatin1(s->errtxt)), name);
    }
    LabelSymbol out;
    out.m_type = type;
    out.m_data = data;
    out.m_text = data;
    out.m_columns = s->width;
    // Linear codes: zint may add rows for separators (not here); use the first row only.
    out.m_rows = isMatrixBarcode(type) ? s->rows : 1;
    for (int r = 0; r < out.m_rows; ++r) {
        int start = -1;
        for (int c = 0; c <= s->width; ++c) {
            const bool dark = c < s->width && ((s->encoded_data[r][c >> 3] >> (c & 7)) & 1);
            if (dark && start < 0)
                start = c;
            else if (!dark && start >= 0) {
                out.m_runs.append({r, start, c - start});
                start = -1;
            }
        }
    }
    return out;
}

} // namespace labels
