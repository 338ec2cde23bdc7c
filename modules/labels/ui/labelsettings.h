#pragma once

#include <QSizeF>
#include <QString>

namespace labels {

/// What a workstation remembers per label template (QSettings, not the database: printers are
/// this machine's): the office printer and page size, the thermal printer, the resolution.
struct LabelStationSettings
{
    QString printerName;
    QSizeF pageSizeMm;      ///< empty: the label's own size
    QString thermalTarget;  ///< "host:port" or "cups:QUEUE"
    int dpi = 203;

    static LabelStationSettings load(const QString &templateName);
    void save(const QString &templateName) const;
};

} // namespace labels
