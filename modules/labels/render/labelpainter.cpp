#include "labels/render/labelpainter.h"

#include "core/domain/tr.h"
#include "labels/render/labelsymbol.h"

#include <QFile>
#include <QFontMetricsF>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace labels {

namespace {

Qt::Alignment horizontal(const QString &align)
{
    if (align == u"center") return Qt::AlignHCenter;
    if (align == u"right") return Qt::AlignRight;
    return Qt::AlignLeft;
}

/// Moves the painter so that the element's box, rotated by `rotation`, is `local` around (0, 0).
QRectF rotateInto(QPainter &p, const QRectF &box, int rotation)
{
    p.translate(box.center());
    if (rotation)
        p.rotate(rotation);
    const bool sideways = rotation == 90 || rotation == 270;
    const double w = sideways ? box.height() : box.width();
    const double h = sideways ? box.width() : box.height();
    return QRectF(-w / 2, -h / 2, w, h);
}

void paintText(QPainter &p, const LabelElement &e, const QString &text, const QRectF &box, double dpm)
{
    p.save();
    const QRectF local = rotateInto(p, box, e.rotation);
    QRectF area = local;
    if (e.inverse && text.isEmpty()) { // an empty header box would print as a black bar
        p.restore();
        return;
    }
    if (e.inverse) {
        p.fillRect(local, Qt::black);
        p.setPen(Qt::white);
        area = local.adjusted(dpm * 1.0, 0, -dpm * 1.0, 0);
    } else {
        p.setPen(Qt::black);
    }
    QFont font(e.font);
    font.setBold(e.bold);
    font.setPointSizeF(e.size);
    font.setStyleHint(QFont::SansSerif);
    if (!text.isEmpty()) {
        const Qt::Alignment align = horizontal(e.align);
        if (e.wrap) {
            int flags = int(align | Qt::AlignTop | Qt::TextWordWrap);
            for (int i = 0; i < 12; ++i) {
                QFontMetricsF fm(font, p.device());
                const QRectF need = fm.boundingRect(area, flags, text);
                if (need.height() <= area.height() + 0.5 && need.width() <= area.width() + 0.5)
                    break;
                font.setPointSizeF(std::max(4.0, font.pointSizeF() * 0.9));
                if (font.pointSizeF() <= 4.0)
                    break;
            }
            p.setFont(font);
            p.drawText(area, flags, text);
        } else {
            // One line, shrunk until it fits the box: a long street name never runs off the label.
            QFontMetricsF fm(font, p.device());
            const double width = fm.horizontalAdvance(text);
            double scale = 1.0;
            if (width > area.width())
                scale = area.width() / width;
            if (fm.height() * scale > area.height() * 1.15)
                scale = std::min(scale, area.height() * 1.15 / fm.height());
            if (scale < 1.0)
                font.setPointSizeF(std::max(4.0, e.size * scale * 0.98));
            p.setFont(font);
            p.drawText(area, int(align | Qt::AlignVCenter | Qt::TextSingleLine), text);
        }
    }
    p.restore();
}

void paintUnavailable(QPainter &p, const QRectF &box, double dpm)
{
    p.save();
    p.setPen(QPen(Qt::black, std::max(1.0, dpm * 0.2)));
    p.setBrush(QBrush(Qt::black, Qt::BDiagPattern));
    p.drawRect(box);
    p.restore();
}

void fillRuns(QPainter &p, const LabelSymbol &s, double x0, double y0, double moduleW, double moduleH, double barH,
              const QVector<QPair<int, int>> &longer = {}, double extra = 0)
{
    QVector<QRectF> rects;
    rects.reserve(s.runs().size());
    for (const LabelSymbol::Run &r : s.runs()) {
        double h = s.isMatrix() ? moduleH : barH;
        for (const auto &range : longer)
            if (r.column >= range.first && r.column < range.second)
                h += extra;
        rects.append(QRectF(x0 + r.column * moduleW, y0 + r.row * moduleH, r.length * moduleW, h));
    }
    p.drawRects(rects.constData(), int(rects.size()));
}

core::Result<> paintBarcode(QPainter &p, const LabelElement &e, const QString &data, const QRectF &box, double dpm)
{
    auto symbol = LabelSymbol::encode(e.symbology, data);
    if (!symbol) {
        paintUnavailable(p, box, dpm);
        return symbol.error();
    }
    const LabelSymbol &s = *symbol;
    p.save();
    const QRectF local = rotateInto(p, box, e.rotation);
    // Whole device pixels per module, so every bar has the same width on a 203 dpi print head.
    const QTransform t = p.worldTransform();
    const bool upright = e.rotation == 0;
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    if (s.isMatrix()) {
        const int total = s.columns() + s.quietLeft() + s.quietRight();
        const int totalRows = s.rows() + s.quietLeft() + s.quietRight();
        double m = std::min(local.width() / total, local.height() / totalRows);
        m = std::max(1.0, std::floor(m));
        const double w = s.columns() * m, h = s.rows() * m;
        double x0 = local.center().x() - w / 2, y0 = local.center().y() - h / 2;
        if (upright) { // snap to device pixels
            const QPointF dev = t.map(QPointF(x0, y0));
            x0 += std::round(dev.x()) - dev.x();
            y0 += std::round(dev.y()) - dev.y();
        }
        fillRuns(p, s, x0, y0, m, m, m);
        p.restore();
        return {};
    }
    const int total = s.columns() + s.quietLeft() + s.quietRight();
    double m = std::max(1.0, std::floor(local.width() / total));
    const double w = s.columns() * m;
    double x0 = local.center().x() - w / 2;
    double y0 = local.top();
    if (upright) {
        const QPointF dev = t.map(QPointF(x0, y0));
        x0 += std::round(dev.x()) - dev.x();
        y0 += std::round(dev.y()) - dev.y();
    }
    const bool ean = e.symbology == BarcodeType::Ean13;
    double textH = 0;
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    if (e.humanReadable) {
        // Text height in proportion to the module (EAN digits are about 7 modules tall).
        const double pxPerPt = p.device()->logicalDpiY() / 72.0;
        const double wanted = ean ? m * 9 : std::clamp(local.height() * 0.22, 2.6 * dpm, 4.2 * dpm);
        font.setPointSizeF(std::max(5.0, wanted / pxPerPt * 0.72));
        textH = QFontMetricsF(font, p.device()).height();
    }
    const double barH = std::max(m * 5, local.height() - textH);
    if (ean) {
        // Guard bars (start, centre, end) go half-way down into the digits, as on every retail pack.
        fillRuns(p, s, x0, y0, m, m, barH - textH * 0.55, {{0, 3}, {45, 50}, {92, 95}}, textH * 0.55);
    } else {
        fillRuns(p, s, x0, y0, m, m, barH);
    }
    if (e.humanReadable) {
        p.setPen(Qt::black);
        p.setFont(font);
        const QString text = s.humanText();
        if (ean && text.size() == 13) {
            const double ty = y0 + barH - textH * 0.55;
            const QRectF first(x0 - 9 * m, ty, 8 * m, textH);
            p.drawText(first, int(Qt::AlignRight | Qt::AlignTop), text.left(1));
            p.drawText(QRectF(x0 + 3 * m, ty, 42 * m, textH), int(Qt::AlignHCenter | Qt::AlignTop), text.mid(1, 6));
            p.drawText(QRectF(x0 + 50 * m, ty, 42 * m, textH), int(Qt::AlignHCenter | Qt::AlignTop), text.mid(7, 6));
        } else {
            QFontMetricsF fm(font, p.device());
            const double tw = fm.horizontalAdvance(text);
            if (tw > local.width()) {
                font.setPointSizeF(std::max(4.0, font.pointSizeF() * local.width() / tw));
                p.setFont(font);
            }
            p.drawText(QRectF(local.left(), y0 + barH, local.width(), textH), int(Qt::AlignHCenter | Qt::AlignTop), text);
        }
    }
    p.restore();
    return {};
}

} // namespace

QImage LabelPainter::loadImage(const QString &source)
{
    static QMutex mutex;
    static QHash<QString, QImage> cache;
    QMutexLocker lock(&mutex);
    const auto it = cache.constFind(source);
    if (it != cache.constEnd())
        return *it;
    QImage image;
    if (source.startsWith(u"data:")) {
        const qsizetype comma = source.indexOf(u',');
        if (comma > 0)
            image.loadFromData(QByteArray::fromBase64(source.mid(comma + 1).toLatin1()));
    } else {
        QString path = source;
        if (path.startsWith(u"qrc:"))
            path = path.mid(3);
        image.load(path);
    }
    if (cache.size() > 64)
        cache.clear();
    cache.insert(source, image);
    return image;
}

core::Result<> LabelPainter::paint(QPainter &p, const LabelTemplate &t, const LabelData &data, const QPointF &originPx,
                                   double dotsPerMm)
{
    core::Result<> result;
    const double d = dotsPerMm;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const LabelElement &e : t.elements) {
        const QRectF box(originPx.x() + e.x * d, originPx.y() + e.y * d, e.w * d, e.h * d);
        switch (e.type) {
        case ElementType::Text:
            paintText(p, e, LabelFields::expand(e.text, data), box, d);
            break;
        case ElementType::Box: {
            const double pen = std::max(1.0, e.thickness * d);
            if (e.filled) {
                p.fillRect(box, Qt::black);
            } else {
                p.setPen(QPen(Qt::black, pen, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
                p.setBrush(Qt::NoBrush);
                p.drawRect(box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
            }
            break;
        }
        case ElementType::Line: {
            const double pen = std::max(1.0, e.thickness * d);
            p.setPen(QPen(Qt::black, pen, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QLineF(box.topLeft(), box.topLeft() + QPointF(e.w * d, e.h * d)));
            break;
        }
        case ElementType::Image: {
            const QImage image = loadImage(e.source);
            if (image.isNull()) {
                paintUnavailable(p, box, d);
                if (result)
                    result = core::Error::io(core::Tr::tr("The image \"%1\" cannot be read.").arg(e.source), e.id);
                break;
            }
            const QSizeF fit = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
            const QRectF target(box.center() - QPointF(fit.width() / 2, fit.height() / 2), fit);
            p.drawImage(target, image);
            break;
        }
        case ElementType::Barcode: {
            auto drawn = paintBarcode(p, e, LabelFields::expand(e.data, data), box, d);
            if (!drawn && result) {
                core::Error err = drawn.error();
                err.where = e.id.isEmpty() ? err.where : e.id;
                result = err;
            }
            break;
        }
        }
    }
    p.restore();
    return result;
}

double LabelPainter::dotsPerMm(int dpi)
{
    if (dpi == 203)
        return 8.0;
    if (dpi == 300)
        return 12.0;
    return dpi / 25.4;
}

QImage LabelPainter::image(const LabelTemplate &t, const LabelData &data, int dpi, core::Error *error)
{
    const double dpm = dotsPerMm(dpi);
    QImage image(qMax(1, qRound(t.widthMm * dpm)), qMax(1, qRound(t.heightMm * dpm)), QImage::Format_RGB32);
    image.setDotsPerMeterX(qRound(dpm * 1000));
    image.setDotsPerMeterY(qRound(dpm * 1000));
    image.fill(Qt::white);
    QPainter p(&image);
    auto painted = paint(p, t, data, QPointF(0, 0), dpm);
    p.end();
    if (!painted && error)
        *error = painted.error();
    return image;
}

} // namespace labels
