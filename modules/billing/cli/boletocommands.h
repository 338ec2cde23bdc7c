#pragma once

#include "core/domain/module.h"

namespace billing {

/// `boleto decode CODE [--reference-date YYYY-MM-DD]`.
QList<core::CliCommand> boletoCliCommands();

} // namespace billing
