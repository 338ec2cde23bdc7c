#pragma once

#include "core/domain/module.h"

namespace billing {

/// `bank-account list|add|set`: the company's collection accounts (convênios).
QList<core::CliCommand> bankAccountCliCommands();

} // namespace billing
