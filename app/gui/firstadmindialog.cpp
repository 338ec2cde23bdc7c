#include "gui/firstadmindialog.h"

#include "core/data/userservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

namespace {
QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

FirstAdminDialog::FirstAdminDialog(core::UserService &users, QWidget *parent)
    : QDialog(parent), m_users(users), m_name(new QLineEdit(this)), m_login(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_nameError(errorLabel(this)),
      m_loginError(errorLabel(this)), m_passwordError(errorLabel(this)), m_confirmError(errorLabel(this))
{
    setWindowTitle(tr("Retaguarda — Create the administrator"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/retaguarda.svg")));
    auto *intro = new QLabel(tr("<h2>Welcome to Retaguarda</h2><p>This database has no users yet. Create the "
                                "administrator: this person will create the other users and give them roles.</p>"),
                             this);
    intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_login->setPlaceholderText(tr("e.g. maria.silva"));
    m_password->setPlaceholderText(tr("at least 8 characters"));

    auto *form = new QFormLayout;
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(QString(), m_loginError);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_passwordError);
    form->addRow(tr("&Confirm password:"), m_confirm);
    form->addRow(QString(), m_confirmError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create administrator"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void FirstAdminDialog::showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void FirstAdminDialog::create()
{
    const auto nameCheck = core::UserService::validateName(m_name->text());
    const auto loginCheck = core::UserService::validateLogin(m_login->text().trimmed().toLower());
    const auto passwordCheck = core::UserService::validatePassword(m_password->text());
    showError(m_nameError, nameCheck ? QString() : nameCheck.error().message);
    showError(m_loginError, loginCheck ? QString() : loginCheck.error().message);
    showError(m_passwordError, passwordCheck ? QString() : passwordCheck.error().message);
    const bool same = m_password->text() == m_confirm->text();
    showError(m_confirmError, same ? QString() : tr("The two passwords differ."));
    if (!nameCheck || !loginCheck || !passwordCheck || !same)
        return;

    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto session = m_users.createFirstAdministrator({m_login->text(), m_name->text(), core::Role::Administrator,
                                                           m_password->text()});
    QApplication::restoreOverrideCursor();
    if (!session) {
        QMessageBox::warning(this, windowTitle(), session.error().text());
        return;
    }
    m_session = *session;
    accept();
}

} // namespace app
