#pragma once

#include "core/domain/module.h"

namespace picking {

/// `picking wave create|list|show`, `picking list`, `picking tasks`, `picking scan`, `picking pack`.
QList<core::CliCommand> pickingCliCommands();

} // namespace picking
