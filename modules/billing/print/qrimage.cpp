#include "billing/print/qrimage.h"

#include "billing/print/vectorsymbol.h"
#include "core/domain/tr.h"

#include <QPainter>
#include <QSaveFile>

namespace billing {

namespace {
constexpr int kQuietZoneModules = 4;
}

core::Result<QImage> qrImage(const QString &text, int modulePixels)
{
    auto symbol = VectorSymbol::qrCode(text);
    if (!symbol)
        return symbol.error();
    const QSize modules = symbol->size().toSize();
    QImage image((modules + QSize(2 * kQuietZoneModules, 2 * kQuietZoneModules)) * modulePixels, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    symbol->draw(painter, QRectF(QPointF(kQuietZoneModules, kQuietZoneModules) * modulePixels, QSizeF(modules * modulePixels)));
    painter.end();
    return image;
}

core::Result<void> writeQrPng(const QString &text, const QString &path, int modulePixels)
{
    auto image = qrImage(text, modulePixels);
    if (!image)
        return image.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image->save(&file, "PNG") || !file.commit())
        return core::Error::io(core::Tr::tr("Could not write the QR code to %1: %2").arg(path, file.errorString()), path);
    return {};
}

} // namespace billing
