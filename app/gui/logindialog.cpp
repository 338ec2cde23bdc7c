#include "gui/logindialog.h"

#include "core/data/userservice.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace app {

LoginDialog::LoginDialog(core::UserService &users, const QString &lastLogin, const QString &databaseLocation,
                         QWidget *parent)
    : QDialog(parent), m_users(users), m_login(new QLineEdit(lastLogin, this)),
      m_password(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Retaguarda — Log in"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/retaguarda.svg")));
    auto *header = new QLabel(this);
    header->setPixmap(QIcon(QStringLiteral(":/icons/retaguarda.svg")).pixmap(48, 48));
    auto *title = new QLabel(tr("<h2>Retaguarda</h2>Log in to continue."), this);
    auto *top = new QHBoxLayout;
    top->addWidget(header);
    top->addWidget(title, 1);

    m_password->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *database = new QLabel(tr("Database: %1").arg(QFileInfo(databaseLocation).fileName()), this);
    database->setToolTip(databaseLocation);
    database->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::tryLogin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(database);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    (lastLogin.isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::tryLogin()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto session = m_users.authenticate(m_login->text(), m_password->text());
    QApplication::restoreOverrideCursor();
    if (!session) {
        m_error->setText(session.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = *session;
    accept();
}

} // namespace app
