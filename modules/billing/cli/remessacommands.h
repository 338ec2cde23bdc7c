#pragma once

#include "core/domain/module.h"

namespace billing {

/// `cnab remessa`: the remessa file of a collection account.
QList<core::CliCommand> remessaCliCommands();

} // namespace billing
