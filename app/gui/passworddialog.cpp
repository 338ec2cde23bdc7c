#include "gui/passworddialog.h"

#include "core/data/userservice.h"
#include "core/domain/appcontext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace app {

PasswordDialog::PasswordDialog(core::AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_current(new QLineEdit(this)), m_new(new QLineEdit(this)),
      m_confirm(new QLineEdit(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Change my password"));
    for (QLineEdit *edit : {m_current, m_new, m_confirm})
        edit->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("C&onfirm new password:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

void PasswordDialog::save()
{
    if (m_new->text() != m_confirm->text()) {
        m_error->setText(tr("The two new passwords differ."));
        m_error->show();
        return;
    }
    const auto done = core::UserService(m_context.database())
                          .changeOwnPassword(m_context.session(), m_current->text(), m_new->text());
    if (!done) {
        m_error->setText(done.error().message);
        m_error->show();
        return;
    }
    QMessageBox::information(this, windowTitle(), tr("Your password was changed."));
    accept();
}

} // namespace app
