#pragma once

#include "core/domain/result.h"
#include "labels/domain/labeltemplate.h"

#include <QList>
#include <QString>
#include <QVector>

namespace labels {

/// A barcode encoded by zint as its modules: for a linear code one row of bars (each bar a run
/// of dark modules), for Data Matrix and QR a grid. Both back ends draw from it: QPainter as
/// rectangles snapped to device pixels, ZPL to choose the module width of the native command.
class LabelSymbol
{
public:
    struct Run { int row; int column; int length; }; ///< dark modules [column, column + length)

    /// Encodes `data`. Errors are Validation errors naming the symbology and the data
    /// ("EAN-13 takes 12 or 13 digits: ..."). EAN-13 takes 12 digits (the check digit is
    /// added) or 13 with the right check digit.
    static core::Result<LabelSymbol> encode(BarcodeType type, const QString &data);

    BarcodeType type() const { return m_type; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }        ///< 1 for linear codes
    bool isMatrix() const { return isMatrixBarcode(m_type); }
    const QVector<Run> &runs() const { return m_runs; }
    /// The text under a linear code (EAN-13 with its check digit).
    QString humanText() const { return m_text; }
    /// The data as encoded (EAN-13: 13 digits; others unchanged).
    QString data() const { return m_data; }
    /// Quiet zone each side, in modules, that scanners need (EAN 11/7, Code 128 and ITF 10, 2D 1–4).
    int quietLeft() const;
    int quietRight() const;

private:
    BarcodeType m_type = BarcodeType::Code128;
    int m_columns = 0, m_rows = 0;
    QVector<Run> m_runs;
    QString m_text, m_data;
};

} // namespace labels
