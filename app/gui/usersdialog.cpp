#include "gui/usersdialog.h"

#include "core/data/userservice.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "gui/userformdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace app {

UsersDialog::UsersDialog(core::AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Users"));
    resize(720, 420);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Login"), tr("Role"), tr("Active"), tr("Last login")});
    m_list->setColumnWidth(0, 200);
    m_list->setColumnWidth(1, 120);
    m_list->setColumnWidth(2, 170);
    m_list->setColumnWidth(3, 60);
    auto *newButton = new QPushButton(tr("&New…"), this);
    auto *editButton = new QPushButton(tr("&Edit…"), this);
    auto *resetButton = new QPushButton(tr("&Reset password…"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(newButton);
    row->addWidget(editButton);
    row->addWidget(resetButton);
    row->addStretch();
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(row);
    connect(newButton, &QPushButton::clicked, this, &UsersDialog::createUser);
    connect(editButton, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(m_list, &QTreeWidget::itemActivated, this, &UsersDialog::editUser);
    connect(resetButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void UsersDialog::reload()
{
    m_list->clear();
    const auto users = core::UserService(m_context.database()).users(m_context.session());
    if (!users) {
        QMessageBox::warning(this, windowTitle(), users.error().text());
        return;
    }
    m_users = *users;
    const QLocale locale;
    for (const core::User &u : std::as_const(m_users)) {
        new QTreeWidgetItem(m_list, {u.name, u.login, core::Roles::displayName(u.role), u.active ? tr("yes") : tr("no"),
                                     u.lastLoginAt.isValid() ? locale.toString(core::CivilTime::toCivil(u.lastLoginAt), QLocale::ShortFormat)
                                                             : tr("never")});
    }
}

const core::User *UsersDialog::current() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

void UsersDialog::createUser()
{
    UserFormDialog form(m_context, nullptr, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::editUser()
{
    const core::User *user = current();
    if (!user)
        return;
    UserFormDialog form(m_context, user, this);
    if (form.exec() == QDialog::Accepted)
        reload();
}

void UsersDialog::resetPassword()
{
    const core::User *user = current();
    if (!user)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(this, tr("Reset password"),
                                                   tr("New password for %1 (at least 8 characters):").arg(user->login),
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    const auto done = core::UserService(m_context.database()).resetPassword(m_context.session(), user->id, password);
    if (!done)
        QMessageBox::warning(this, tr("Reset password"), done.error().text());
    else
        QMessageBox::information(this, tr("Reset password"), tr("The password of %1 was changed.").arg(user->login));
}

} // namespace app
