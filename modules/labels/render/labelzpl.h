#pragma once

#include "core/domain/result.h"
#include "labels/domain/labelfields.h"
#include "labels/domain/labeltemplate.h"

#include <QByteArray>
#include <QHash>

namespace labels {

/// Writes labels as ZPL II for Zebra-compatible thermal printers, from the same layout the
/// QPainter back end draws: text as scalable font 0 (^A0, shrunk to fit like on paper, UTF-8 by
/// ^CI28), boxes and lines as ^GB/^GD, images as ^GFA, and barcodes as the printer's own
/// commands — Code 128 ^BC, EAN-13 ^BE, Interleaved 2 of 5 ^B2, Data Matrix ^BX, QR ^BQ — with
/// module widths chosen so the symbol fits its box at the printer's resolution.
class LabelZpl
{
public:
    /// Prepares a template for `dpi` (203 or 300; others are accepted): images are converted
    /// to 1-bit once here, not per label.
    LabelZpl(const LabelTemplate &t, int dpi);

    /// One label, ^XA ... ^XZ. Fails when a barcode's data cannot be encoded (naming it).
    core::Result<QByteArray> label(const LabelData &data, int copies = 1) const;
    /// Appends one label to `out` (the batch path: no intermediate buffers).
    core::Result<> append(QByteArray &out, const LabelData &data, int copies = 1) const;

    double dotsPerMm() const { return m_dpm; }

    /// `text` escaped for ^FH\ field data (\, ^ and ~ as hex escapes).
    static QByteArray fieldData(const QString &text);

private:
    int dots(double mm) const { return int(std::lround(mm * m_dpm)); }

    LabelTemplate m_template;
    int m_dpi;
    double m_dpm;
    QByteArray m_header;
    QHash<int, QByteArray> m_images; ///< element index → ^FO...^GFA...^FS
};

} // namespace labels
