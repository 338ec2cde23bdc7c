#pragma once

#include "core/domain/user.h"

#include <QDialog>

class QTreeWidget;

namespace core {
class AppContext;
}

namespace app {

/// Administrators manage users: list, create, change role, deactivate, reset a password.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(core::AppContext &context, QWidget *parent = nullptr);

private:
    void reload();
    void createUser();
    void editUser();
    void resetPassword();
    const core::User *current() const;

    core::AppContext &m_context;
    QList<core::User> m_users;
    QTreeWidget *m_list;
};

} // namespace app
