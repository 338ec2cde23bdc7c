#include "labels/ui/labelsettings.h"

#include <QSettings>

namespace labels {

namespace {
QString group(const QString &templateName)
{
    return QStringLiteral("labels/templates/") + templateName;
}
} // namespace

LabelStationSettings LabelStationSettings::load(const QString &templateName)
{
    QSettings s;
    s.beginGroup(group(templateName));
    LabelStationSettings out;
    out.printerName = s.value(QStringLiteral("printer")).toString();
    out.pageSizeMm = s.value(QStringLiteral("pageSizeMm")).toSizeF();
    out.thermalTarget = s.value(QStringLiteral("thermal")).toString();
    out.dpi = s.value(QStringLiteral("dpi"), 203).toInt();
    if (out.dpi != 203 && out.dpi != 300)
        out.dpi = 203;
    return out;
}

void LabelStationSettings::save(const QString &templateName) const
{
    QSettings s;
    s.beginGroup(group(templateName));
    s.setValue(QStringLiteral("printer"), printerName);
    s.setValue(QStringLiteral("pageSizeMm"), pageSizeMm);
    s.setValue(QStringLiteral("thermal"), thermalTarget);
    s.setValue(QStringLiteral("dpi"), dpi);
}

} // namespace labels
