#pragma once

#include "core/domain/module.h"

namespace orders {

/// `workflow check|show|install|reset` and `workflow rules list|add|remove`.
QList<core::CliCommand> workflowCliCommands();

} // namespace orders
