#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace labels {

/// Label templates and printing. For now: the queue of orders packed and waiting for labels.
class LabelsModule : public core::Module
{
    Q_DECLARE_TR_FUNCTIONS(LabelsModule)
public:
    QString id() const override { return QStringLiteral("labels"); }
    QString title() const override;
    core::Permission requiredPermission() const override { return core::Permission::LabelsPrint; }
};

} // namespace labels
