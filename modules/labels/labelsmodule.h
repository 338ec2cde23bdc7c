#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace labels {

/// Label templates and printing: shipping, product, location and lot labels from JSON templates,
/// drawn by QPainter (preview, PDF, printers, PNG) or written as ZPL II for thermal printers.
class LabelsModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(LabelsModule)
public:
    QString id() const override { return QStringLiteral("labels"); }
    QString title() const override;
    core::Permission requiredPermission() const override { return core::Permission::LabelsPrint; }
    QList<core::CliCommand> cliCommands() const override;
};

} // namespace labels
