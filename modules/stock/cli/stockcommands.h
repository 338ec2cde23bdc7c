#pragma once

#include "core/domain/module.h"

namespace stock {

/// `retaguarda-cli stock ...`: show, move, receive, expiring, recall, count, replenishment, demo.
QList<core::CliCommand> stockCliCommands();

} // namespace stock
