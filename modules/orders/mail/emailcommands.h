#pragma once

#include "core/domain/module.h"

namespace orders {

/// retaguarda-cli email send | list | settings | test: the e-mail outbox from scripts and cron.
QList<core::CliCommand> emailCliCommands();

} // namespace orders
