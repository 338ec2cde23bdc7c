#pragma once

#include "core/domain/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace core {
class UserService;
}

namespace app {

/// First start on a database without users: create the administrator (name, login, password).
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(core::UserService &users, QWidget *parent = nullptr);
    const core::Session &session() const { return m_session; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }

public slots:
    void create();

private:
    void showError(QLabel *label, const QString &text);

    core::UserService &m_users;
    core::Session m_session;
    QLineEdit *m_name;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_nameError;
    QLabel *m_loginError;
    QLabel *m_passwordError;
    QLabel *m_confirmError;
};

} // namespace app
