#pragma once

#include "core/domain/module.h"

#include <QCoreApplication>

namespace app {

/// `users add` (password on stdin, never in the arguments) and `users list`, for provisioning
/// desktops from scripts. Both go through UserService, like the Users dialog.
class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)
public:
    static QList<core::CliCommand> commands();
};

} // namespace app
