#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringView>

class QPainter;

namespace picking {

/// A Code 128 barcode as zint's vector output: bars in module units (narrow bar = 1), without
/// quiet zones or text. Drawn as rectangles it stays sharp on a PDF and on a thermal printer.
class Code128
{
public:
    static core::Result<Code128> encode(QStringView text);
    /// Width in modules (a 10-module quiet zone is needed on each side when placing it).
    qreal modules() const { return m_modules; }
    bool isNull() const { return m_bars.isEmpty(); }
    /// Fills `target`, bars scaled to its width and height.
    void draw(QPainter &p, const QRectF &target) const;

private:
    QList<QRectF> m_bars; ///< x and width in modules, y 0..1
    qreal m_modules = 0;
};

} // namespace picking
