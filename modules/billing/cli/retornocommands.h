#pragma once

#include "core/domain/module.h"

namespace billing {

/// `cnab parse`, `cnab import`, `cnab history`, `cnab cash`.
QList<core::CliCommand> retornoCliCommands();

} // namespace billing
