#include "labels/labelsmodule.h"

#include "labels/cli/labelcommands.h"

namespace labels {

QString LabelsModule::title() const
{
    return tr("Labels");
}

QList<core::CliCommand> LabelsModule::cliCommands() const
{
    return labelCliCommands();
}

} // namespace labels
