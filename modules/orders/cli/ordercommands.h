#pragma once

#include "core/domain/module.h"

namespace orders {

/// `orders list`, `orders show` and `orders advance` (the workflow comes from the AppContext).
QList<core::CliCommand> orderCliCommands();

} // namespace orders
