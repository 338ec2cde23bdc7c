#pragma once

#include "billing/reconciliation/reconciliationline.h"
#include "core/domain/result.h"

#include <QList>
#include <QString>

namespace billing {

/// One line to export, with the file it came from.
struct ExportedLine
{
    QString fileName;
    const ReconciliationLine *line = nullptr;
};

/// Writes reconciliation lines to an XLSX workbook (libxlsxwriter): a sheet with every line
/// (amounts as R$ numbers, dates as dates) and a sheet with the totals per outcome.
core::Result<> exportReconciliationXlsx(const QString &path, const QList<ExportedLine> &lines);

} // namespace billing
