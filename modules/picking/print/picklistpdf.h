#pragma once

#include "core/domain/result.h"
#include "picking/data/pickingrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace picking {

/// What one printed pick list shows: the list, its totes (orders) and its tasks in walking order.
struct PickListPrint
{
    PickListRow list;
    QList<ToteRow> totes;
    QList<PickTaskRow> tasks;
    QDateTime printedAt;
};

/// Pick lists as PDF: A4 (a table, several pages when long) or an 80 mm thermal roll (one long
/// page per list). Every location, product and tote carries a Code 128 barcode to scan, and the
/// list its own (W12-03) to open it on the scan screen.
class PickListPdf
{
    Q_DECLARE_TR_FUNCTIONS(PickListPdf)
public:
    enum class Format { A4, Thermal80 };

    static core::Result<> write(const QList<PickListPrint> &lists, Format format, QIODevice *out);
    /// Paints on any paged device (a QPrinter: the thermal printer, or a laser on A4). Begins
    /// `painter` on `device`; the caller ends it.
    static core::Result<> paint(const QList<PickListPrint> &lists, Format format, QPagedPaintDevice &device, QPainter &painter);
    static core::Result<> write(const QList<PickListPrint> &lists, Format format, const QString &path);
    /// Loads what `write` needs for these lists.
    static core::Result<QList<PickListPrint>> load(const PickingRepository &repository, const QList<PickListRow> &lists);
};

} // namespace picking
