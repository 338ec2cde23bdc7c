#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringView>

class QPainter;

namespace billing {

/// A barcode as zint's vector output: dark rectangles in module units (one narrow bar or one QR
/// module = 1), without quiet zones or human-readable text. Drawn as rectangles, it stays crisp at
/// any scale, on a PDF as on a printer.
class VectorSymbol
{
public:
    /// Interleaved 2 of 5 with wide bars 3 times the narrow ones, no check digit (the boleto
    /// barcode carries its own DV). `digits` must be an even number of ASCII digits.
    static core::Result<VectorSymbol> interleaved2of5(QStringView digits);
    /// QR code, error correction level M, text encoded as UTF-8/ISO 8859-1 by zint.
    static core::Result<VectorSymbol> qrCode(QStringView text);

    /// Width and height in modules.
    QSizeF size() const { return m_size; }
    bool isNull() const { return m_bars.isEmpty(); }

    /// Fills `target` (painter coordinates): x is scaled to target.width() / size().width(),
    /// y to target.height() / size().height().
    void draw(QPainter &p, const QRectF &target) const;

private:
    QList<QRectF> m_bars;
    QSizeF m_size;
};

} // namespace billing
