#pragma once

#include "core/domain/user.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace core {
class AppContext;
}

namespace app {

/// Creates a user (name, login, role, password) or edits one (name, role, active).
class UserFormDialog : public QDialog
{
    Q_OBJECT
public:
    /// New user when `existing` is null.
    UserFormDialog(core::AppContext &context, const core::User *existing, QWidget *parent = nullptr);

private:
    void save();

    core::AppContext &m_context;
    std::optional<core::User> m_existing;
    QLineEdit *m_name;
    QLineEdit *m_login;
    QComboBox *m_role;
    QCheckBox *m_active;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
};

} // namespace app
