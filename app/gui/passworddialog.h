#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace core {
class AppContext;
}

namespace app {

/// The logged-in user changes their own password (current one required).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PasswordDialog(core::AppContext &context, QWidget *parent = nullptr);

private:
    void save();

    core::AppContext &m_context;
    QLineEdit *m_current;
    QLineEdit *m_new;
    QLineEdit *m_confirm;
    QLabel *m_error;
};

} // namespace app
