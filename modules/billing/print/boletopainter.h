#pragma once

#include "billing/print/boletoprintdata.h"
#include "billing/print/vectorsymbol.h"
#include "core/domain/result.h"

#include <QPointF>
#include <QSizeF>

class QPainter;

namespace billing {

/// The drawn symbols of one boleto, encoded once (and validated) before painting.
struct BoletoSymbols
{
    VectorSymbol barcode; ///< Interleaved 2 of 5 of the 44 digits
    VectorSymbol pix;     ///< QR code of the PIX copia e cola; null when there is none

    /// Checks the barcode (44 digits, general DV) and that the linha digitável is the same
    /// boleto, then encodes the symbols. The error names the boleto by its document number.
    static core::Result<BoletoSymbols> make(const BoletoPrintData &b);
};

/// Paints boletos in the FEBRABAN layout with QPainter, in millimetres measured on the painter's
/// device (its logical DPI), so a PDF writer, a printer and a print preview get the same sizes.
/// The barcode is drawn at the FEBRABAN dimensions: narrow bar 0.254 mm, wide 3:1, 13 mm high.
class BoletoPainter
{
public:
    static constexpr qreal kPageWidthMm = 210;
    static constexpr qreal kPageHeightMm = 297;
    /// A carnê page holds three slips, one above the other.
    static constexpr qreal kCarneSlipHeightMm = 99;
    static constexpr int kCarneSlipsPerPage = 3;

    /// A whole A4 page (recibo do pagador, cut line, ficha de compensação) whose top-left corner
    /// is `originMm` millimetres from the painter's origin.
    static void paintA4(QPainter &p, const QPointF &originMm, const BoletoPrintData &b,
                        const BoletoSymbols &symbols);
    /// One carnê slip (canhoto + ficha), 210 x 99 mm, top-left corner at `originMm`.
    static void paintCarneSlip(QPainter &p, const QPointF &originMm, const BoletoPrintData &b,
                               const BoletoSymbols &symbols);
    /// The dashed lines that separate carnê slips, for a page holding `slips` slips.
    static void paintCarneCutLines(QPainter &p, const QPointF &originMm, int slips);

    /// Convenience for previews: encodes the symbols first; when that fails, the boleto is painted
    /// without them and the error is returned.
    static core::Result<void> paintA4(QPainter &p, const QPointF &originMm, const BoletoPrintData &b);
    static core::Result<void> paintCarneSlip(QPainter &p, const QPointF &originMm,
                                             const BoletoPrintData &b);
};

} // namespace billing
