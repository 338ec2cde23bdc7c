#pragma once

#include "core/domain/result.h"
#include "labels/domain/labelfields.h"
#include "labels/domain/labeltemplate.h"

#include <QImage>
#include <QPointF>

class QPainter;

namespace labels {

/// Draws a label with QPainter: the screen preview, PNG, PDF (QPdfWriter) and any printer
/// (QPrinter). Coordinates are millimetres converted with the device's dots per millimetre;
/// barcode modules are snapped to whole device pixels so thermal and laser prints scan.
class LabelPainter
{
public:
    /// Paints one label whose top-left corner is `originPx` (device pixels). `dotsPerMm` is the
    /// device's resolution. Every element is drawn; when a barcode cannot be encoded (an EAN-13
    /// without 13 digits...) a hatched box takes its place and the first such error is returned.
    static core::Result<> paint(QPainter &p, const LabelTemplate &t, const LabelData &data, const QPointF &originPx,
                                double dotsPerMm);

    /// The label as a white image at `dpi` (203, 300, or the screen's), with the image's
    /// resolution set so the PNG opens at its real size. `error` receives paint()'s error.
    static QImage image(const LabelTemplate &t, const LabelData &data, int dpi, core::Error *error = nullptr);

    /// Thermal printers' real resolutions: 203 dpi is 8 dots/mm, 300 dpi 12 dots/mm (Zebra's
    /// figures); any other value is taken as dots per inch.
    static double dotsPerMm(int dpi);

    /// Loads an image element's source ("qrc:/labels/x.png", a file, or a data: URL), cached.
    static QImage loadImage(const QString &source);
};

} // namespace labels
