#include "picking/pickingmodule.h"

#include "picking/cli/pickingcommands.h"

namespace picking {

QString PickingModule::title() const
{
    return tr("Picking");
}

QList<core::CliCommand> PickingModule::cliCommands() const
{
    return pickingCliCommands();
}

} // namespace picking
