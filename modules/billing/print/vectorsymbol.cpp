#include "billing/print/vectorsymbol.h"

#include "core/domain/tr.h"

#include <QPainter>

#include <zint.h>

#include <memory>

namespace billing {

namespace {

struct SymbolDeleter
{
    void operator()(zint_symbol *s) const { ZBarcode_Delete(s); }
};
using SymbolPtr = std::unique_ptr<zint_symbol, SymbolDeleter>;

core::Result<VectorSymbol> encode(zint_symbol *symbol, const QByteArray &data, const QString &what)
{
    const int rc = ZBarcode_Encode_and_Buffer_Vector(
        symbol, reinterpret_cast<const unsigned char *>(data.constData()), int(data.size()), 0);
    if (rc >= ZINT_ERROR || !symbol->vector) {
        return core::Error::validation(
            core::Tr::tr("Cannot draw the %1: %2").arg(what, QString::fromLatin1(symbol->errtxt)),
            what);
    }
    return VectorSymbol{};
}

} // namespace

// zint's vector units depend on its scale and version; normalising by the bounding box and the
// symbol's width in modules makes the result independent of both.
static void collect(const zint_symbol *symbol, QList<QRectF> &bars, QSizeF &size)
{
    qreal x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    int count = 0;
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next) {
        if (r->colour > 0 && r->colour != 7) // only foreground (or explicit black) rectangles
            continue;
        x0 = qMin<qreal>(x0, r->x);
        y0 = qMin<qreal>(y0, r->y);
        x1 = qMax<qreal>(x1, r->x + r->width);
        y1 = qMax<qreal>(y1, r->y + r->height);
        ++count;
    }
    if (count == 0)
        return;
    const qreal unitX = (x1 - x0) / qMax(1, symbol->width);
    const qreal unitY = symbol->rows > 1 ? (y1 - y0) / symbol->rows : (y1 - y0);
    bars.reserve(count);
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next) {
        if (r->colour > 0 && r->colour != 7)
            continue;
        bars.append(QRectF((r->x - x0) / unitX, (r->y - y0) / unitY, r->width / unitX,
                           r->height / unitY));
    }
    size = QSizeF((x1 - x0) / unitX, (y1 - y0) / unitY);
}

core::Result<VectorSymbol> VectorSymbol::interleaved2of5(QStringView digits)
{
    SymbolPtr symbol(ZBarcode_Create());
    symbol->symbology = BARCODE_C25INTER;
    symbol->show_hrt = 0;
    symbol->height = 50;
    symbol->output_options |= BARCODE_NO_QUIET_ZONES;
    const QString what = core::Tr::tr("Interleaved 2 of 5 barcode");
    auto r = encode(symbol.get(), digits.toLatin1(), what);
    if (!r)
        return r;
    collect(symbol.get(), r->m_bars, r->m_size);
    return r;
}

core::Result<VectorSymbol> VectorSymbol::qrCode(QStringView text)
{
    SymbolPtr symbol(ZBarcode_Create());
    symbol->symbology = BARCODE_QRCODE;
    symbol->input_mode = UNICODE_MODE;
    symbol->option_1 = 2; // ECC level M, what PIX apps print
    symbol->output_options |= BARCODE_NO_QUIET_ZONES;
    const QString what = core::Tr::tr("QR code");
    auto r = encode(symbol.get(), text.toUtf8(), what);
    if (!r)
        return r;
    collect(symbol.get(), r->m_bars, r->m_size);
    return r;
}

void VectorSymbol::draw(QPainter &p, const QRectF &target) const
{
    if (m_bars.isEmpty())
        return;
    const qreal sx = target.width() / m_size.width();
    const qreal sy = target.height() / m_size.height();
    QList<QRectF> mapped;
    mapped.reserve(m_bars.size());
    for (const QRectF &b : m_bars) {
        mapped.append(QRectF(target.x() + b.x() * sx, target.y() + b.y() * sy, b.width() * sx,
                             b.height() * sy));
    }
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    p.drawRects(mapped.constData(), int(mapped.size()));
    p.restore();
}

} // namespace billing
