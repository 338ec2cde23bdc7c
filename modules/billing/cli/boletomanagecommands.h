#pragma once

#include "core/domain/module.h"

namespace billing {

/// `boleto issue|list|show|cancel|pdf`: boletos stored in the database.
QList<core::CliCommand> boletoManageCliCommands();

} // namespace billing
