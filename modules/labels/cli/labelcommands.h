#pragma once

#include "core/domain/module.h"

namespace labels {

/// `label render`, `label print`, `label templates list|import|export|validate`.
QList<core::CliCommand> labelCliCommands();

} // namespace labels
