#include "gui/userformdialog.h"

#include "core/data/userservice.h"
#include "core/domain/appcontext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace app {

UserFormDialog::UserFormDialog(core::AppContext &context, const core::User *existing, QWidget *parent)
    : QDialog(parent), m_context(context), m_name(new QLineEdit(this)), m_login(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_active(new QCheckBox(tr("Active (may log in)"), this)),
      m_password(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_error(new QLabel(this))
{
    if (existing)
        m_existing = *existing;
    setWindowTitle(existing ? tr("Edit user %1").arg(existing->login) : tr("New user"));
    for (core::Role role : core::Roles::all())
        m_role->addItem(core::Roles::displayName(role), core::Roles::code(role));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Role:"), m_role);
    if (existing) {
        m_name->setText(existing->name);
        m_login->setText(existing->login);
        m_login->setReadOnly(true);
        m_role->setCurrentIndex(m_role->findData(core::Roles::code(existing->role)));
        m_active->setChecked(existing->active);
        form->addRow(QString(), m_active);
        m_password->hide();
        m_confirm->hide();
    } else {
        m_role->setCurrentIndex(m_role->findData(core::Roles::code(core::Role::Office)));
        form->addRow(tr("&Password:"), m_password);
        form->addRow(tr("&Confirm password:"), m_confirm);
        m_active->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void UserFormDialog::save()
{
    core::UserService users(m_context.database(), &m_context.events());
    const core::Role role = core::Roles::fromCode(m_role->currentData().toString()).value_or(core::Role::Office);
    core::Result<> done;
    if (m_existing) {
        core::User user = *m_existing;
        user.name = m_name->text().simplified();
        user.role = role;
        user.active = m_active->isChecked();
        done = users.updateUser(m_context.session(), user);
    } else if (m_password->text() != m_confirm->text()) {
        done = core::Error::validation(tr("The two passwords differ."), QStringLiteral("password"));
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto created = users.createUser(m_context.session(), {m_login->text(), m_name->text(), role, m_password->text()});
        QApplication::restoreOverrideCursor();
        if (!created)
            done = created.error();
    }
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    accept();
}

} // namespace app
