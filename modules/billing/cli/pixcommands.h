#pragma once

#include "core/domain/module.h"

namespace billing {

/// `pix encode` (writes a static or dynamic BR Code) and `pix decode` (reads and checks one).
/// Neither touches the database.
QList<core::CliCommand> pixCliCommands();

} // namespace billing
