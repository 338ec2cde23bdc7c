#pragma once

#include "core/domain/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace core {
class UserService;
}

namespace app {

/// "Entrar": login and password, checked by UserService. Stays open on a wrong password.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(core::UserService &users, const QString &lastLogin, const QString &databaseLocation,
                QWidget *parent = nullptr);
    const core::Session &session() const { return m_session; }

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLabel *errorLabel() const { return m_error; }

public slots:
    void tryLogin();

private:
    core::UserService &m_users;
    core::Session m_session;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLabel *m_error;
};

} // namespace app
