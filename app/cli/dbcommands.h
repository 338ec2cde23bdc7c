#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace app {

/// Commands about the database itself: `db info`, `db migrate`, `audit list`.
class DbCommands
{
    Q_DECLARE_TR_FUNCTIONS(DbCommands)
public:
    static QList<core::CliCommand> commands();
};

} // namespace app
