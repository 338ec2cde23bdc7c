#include "picking/print/code128.h"

#include "picking/domain/pickingtr.h"

#include <QPainter>

#include <zint.h>

#include <memory>

namespace picking {

namespace {
struct SymbolDeleter
{
    void operator()(zint_symbol *s) const { ZBarcode_Delete(s); }
};
} // namespace

core::Result<Code128> Code128::encode(QStringView text)
{
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    symbol->symbology = BARCODE_CODE128;
    symbol->input_mode = UNICODE_MODE;
    symbol->show_hrt = 0;
    symbol->height = 20;
    symbol->output_options |= BARCODE_NO_QUIET_ZONES;
    const QByteArray data = text.toUtf8();
    const int rc = ZBarcode_Encode_and_Buffer_Vector(symbol.get(), reinterpret_cast<const unsigned char *>(data.constData()),
                                                     int(data.size()), 0);
    if (rc >= ZINT_ERROR || !symbol->vector)
        return core::Error::validation(Tr::tr("Cannot draw the barcode of \"%1\": %2").arg(text, QString::fromLatin1(symbol->errtxt)),
                                       text.toString());
    Code128 c;
    qreal x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next) {
        x0 = qMin<qreal>(x0, r->x);
        x1 = qMax<qreal>(x1, r->x + r->width);
        y0 = qMin<qreal>(y0, r->y);
        y1 = qMax<qreal>(y1, r->y + r->height);
    }
    if (x1 <= x0 || y1 <= y0)
        return core::Error::validation(Tr::tr("Cannot draw the barcode of \"%1\".").arg(text), text.toString());
    const qreal unit = (x1 - x0) / qMax(1, symbol->width);
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next)
        c.m_bars.append(QRectF((r->x - x0) / unit, 0, r->width / unit, 1));
    c.m_modules = (x1 - x0) / unit;
    return c;
}

void Code128::draw(QPainter &p, const QRectF &target) const
{
    if (m_bars.isEmpty())
        return;
    const qreal sx = target.width() / m_modules;
    QList<QRectF> mapped;
    mapped.reserve(m_bars.size());
    for (const QRectF &b : m_bars)
        mapped.append(QRectF(target.x() + b.x() * sx, target.y(), b.width() * sx, target.height()));
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    p.drawRects(mapped.constData(), int(mapped.size()));
    p.restore();
}

} // namespace picking
