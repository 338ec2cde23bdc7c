#include "gui/settingsdialog.h"

#include "core/data/appsettings.h"
#include "core/data/companyservice.h"
#include "core/domain/appcontext.h"
#include "core/domain/cep.h"
#include "core/domain/cnpj.h"
#include "core/data/languagemanager.h"
#include "core/mail/smtpsettingsstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace app {

SettingsDialog::SettingsDialog(core::AppContext &context, core::AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_context(context), m_settings(settings), m_language(new QComboBox(this)),
      m_databasePath(new QLineEdit(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    m_company = core::CompanyService(context.database()).company().valueOr({});
    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->addTab(createGeneralPage(), tr("General"));
    tabs->addTab(createCompanyPage(), tr("Company"));
    tabs->addTab(createEmailPage(), tr("E-mail (SMTP)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(620, 560);
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    for (const QString &language : core::LanguageManager::available())
        m_language->addItem(core::LanguageManager::displayName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    m_databasePath->setText(m_settings.databasePath());
    auto *browse = new QPushButton(tr("Choose…"), page);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_databasePath, 1);
    pathRow->addWidget(browse);
    auto *note = new QLabel(tr("A new database file is used from the next start. It is created, with the "
                               "administrator asked for, when it does not exist."), page);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Database file:"), pathRow);
    form->addRow(QString(), note);
    return page;
}

QWidget *SettingsDialog::createCompanyPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const bool editable = m_context.session().can(core::Permission::CompanySettingsManage);
    const struct { const char *key; QString label; QString value; } rows[] = {
        {"legal_name", tr("Legal name (razão social):"), m_company.legalName},
        {"trade_name", tr("Trade name:"), m_company.tradeName},
        {"cnpj", tr("CNPJ:"), m_company.cnpj.isEmpty() ? QString() : core::Cnpj::format(m_company.cnpj)},
        {"state_registration", tr("State registration (IE):"), m_company.stateRegistration},
        {"cep", tr("CEP:"), m_company.cep.isEmpty() ? QString() : core::Cep::format(m_company.cep)},
        {"street", tr("Street:"), m_company.street},
        {"number", tr("Number:"), m_company.number},
        {"complement", tr("Complement:"), m_company.complement},
        {"district", tr("District:"), m_company.district},
        {"city", tr("City:"), m_company.city},
        {"state", tr("State (UF):"), m_company.state},
        {"phone", tr("Phone:"), m_company.phone},
        {"email", tr("E-mail:"), m_company.email},
    };
    for (const auto &row : rows) {
        const QString key = QLatin1String(row.key);
        auto *edit = new QLineEdit(row.value, page);
        edit->setReadOnly(!editable);
        auto *error = new QLabel(page);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(1);
        cell->addWidget(edit);
        cell->addWidget(error);
        form->addRow(row.label, cell);
        m_fields.insert(key, edit);
        m_errors.insert(key, error);
    }
    m_fields.value(QStringLiteral("cnpj"))->setPlaceholderText(QStringLiteral("00.000.000/0000-00"));
    m_fields.value(QStringLiteral("state"))->setMaxLength(2);
    if (!editable) {
        auto *note = new QLabel(tr("Only an administrator may change the company data."), page);
        form->addRow(QString(), note);
    }
    return page;
}

QWidget *SettingsDialog::createEmailPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const bool editable = smtpEditable();
    const core::SmtpSettings stored = core::SmtpSettingsStore(m_settings).stored();
    const struct { const char *key; QString label; QString value; QString placeholder; } rows[] = {
        {"url", tr("Server:"), stored.url, QStringLiteral("smtps://smtp.exemplo.com.br:465")},
        {"username", tr("User:"), stored.username, tr("empty when the server needs no login")},
        {"password", tr("Password:"), QString(),
         stored.username.isEmpty() ? QString() : tr("unchanged (kept in the keychain)")},
        {"from", tr("Sender:"), stored.from, QStringLiteral("Loja Exemplo <contato@exemplo.com.br>")},
        {"caFile", tr("CA certificate:"), stored.caFile, tr("only for a server with a private certificate")},
    };
    for (const auto &row : rows) {
        const QString key = QLatin1String(row.key);
        auto *edit = new QLineEdit(row.value, page);
        edit->setObjectName(QStringLiteral("smtp.") + key);
        edit->setPlaceholderText(row.placeholder);
        edit->setReadOnly(!editable);
        auto *error = new QLabel(page);
        error->setStyleSheet(QStringLiteral("color: #b00020;"));
        error->setWordWrap(true);
        error->hide();
        auto *cell = new QVBoxLayout;
        cell->setSpacing(1);
        if (key == u"caFile") {
            auto *browse = new QPushButton(tr("Choose…"), page);
            browse->setEnabled(editable);
            connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseCaFile);
            auto *line = new QHBoxLayout;
            line->addWidget(edit, 1);
            line->addWidget(browse);
            cell->addLayout(line);
        } else {
            cell->addWidget(edit);
        }
        cell->addWidget(error);
        form->addRow(row.label, cell);
        m_smtpFields.insert(key, edit);
        m_smtpErrors.insert(key, error);
    }
    m_smtpFields.value(QStringLiteral("password"))->setEchoMode(QLineEdit::Password);
    auto *note = new QLabel(tr("Customers get e-mails as their orders move on (order received, payment "
                               "confirmed, shipped...). TLS is always used and the server certificate always "
                               "checked: smtps:// (port 465) or smtp:// with STARTTLS (port 587). The password "
                               "is kept in the system keychain."), page);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), note);
    m_testEmail = new QPushButton(tr("Send test e-mail"), page);
    m_testEmail->setEnabled(editable);
    connect(m_testEmail, &QPushButton::clicked, this, &SettingsDialog::sendTestEmail);
    m_testEmailResult = new QLabel(page);
    m_testEmailResult->setWordWrap(true);
    m_testEmailResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testEmail, 0, Qt::AlignTop);
    testRow->addWidget(m_testEmailResult, 1);
    form->addRow(QString(), testRow);
    if (!editable)
        form->addRow(QString(), new QLabel(tr("Only an administrator may change the e-mail server."), page));
    return page;
}

bool SettingsDialog::smtpEditable() const
{
    return m_context.session().can(core::Permission::CompanySettingsManage);
}

bool SettingsDialog::smtpFormEmpty() const
{
    for (const QLineEdit *edit : std::as_const(m_smtpFields)) {
        if (!edit->text().trimmed().isEmpty())
            return false;
    }
    return true;
}

core::SmtpSettings SettingsDialog::typedSmtpSettings() const
{
    core::SmtpSettings s = core::SmtpSettingsStore(m_settings).stored(); // keeps the time-out
    auto text = [this](const char *key) { return m_smtpFields.value(QLatin1String(key))->text().trimmed(); };
    s.url = text("url");
    s.username = text("username");
    s.from = text("from");
    s.caFile = text("caFile");
    return s;
}

bool SettingsDialog::showSmtpError(const core::Error &error)
{
    QLabel *label = m_smtpErrors.value(error.where);
    if (!label)
        return false;
    m_tabs->setCurrentIndex(2); // the e-mail page
    label->setText(error.message);
    label->show();
    m_smtpFields.value(error.where)->setFocus();
    return true;
}

bool SettingsDialog::saveSmtp()
{
    if (!smtpEditable())
        return true;
    core::SmtpSettingsStore store(m_settings);
    if (smtpFormEmpty()) {
        // Emptied by the user: this workstation stops sending e-mail.
        if (!store.isConfigured() && store.stored().username.isEmpty())
            return true;
        if (auto cleared = store.clear(); !cleared) {
            QMessageBox::warning(this, windowTitle(), cleared.error().text());
            return false;
        }
        return true;
    }
    QLineEdit *passwordEdit = m_smtpFields.value(QStringLiteral("password"));
    const QString password = passwordEdit->text();
    auto saved = store.save(typedSmtpSettings(), password.isEmpty() ? std::nullopt : std::optional<QString>(password));
    if (!saved) {
        if (!showSmtpError(saved.error()))
            QMessageBox::warning(this, windowTitle(), saved.error().text());
        return false;
    }
    passwordEdit->clear();
    return true;
}

void SettingsDialog::sendTestEmail()
{
    for (QLabel *error : std::as_const(m_smtpErrors))
        error->hide();
    core::SmtpSettings settings = typedSmtpSettings();
    if (auto valid = core::SmtpSettingsStore::validate(settings); !valid) {
        showSmtpError(valid.error());
        return;
    }
    settings.password = m_smtpFields.value(QStringLiteral("password"))->text();
    const bool storedPassword = settings.password.isEmpty() && !settings.username.isEmpty();
    const core::MailMessage message{settings.from, settings.from, tr("Retaguarda: test e-mail"),
                                    tr("This message confirms that Retaguarda can send e-mail through %1.\n\n"
                                       "Customers get their order e-mails from this address.").arg(settings.url)};
    m_testEmail->setEnabled(false);
    m_testEmailResult->setStyleSheet(QString());
    m_testEmailResult->setText(tr("Sending a test e-mail to %1…").arg(core::MailMessage::addressOf(settings.from)));
    // SMTP may take up to its time-out: the dialog stays responsive meanwhile.
    auto error = std::make_shared<QString>();
    QThread *worker = QThread::create([settings, storedPassword, message, error]() mutable {
        if (storedPassword) {
            auto password = core::SecretStore().read(core::SmtpSettingsStore::secretKey());
            if (!password) {
                *error = password.error().kind == core::Error::Kind::NotFound
                             ? tr("Enter the password: none is stored for %1 yet.").arg(settings.username)
                             : password.error().text();
                return;
            }
            settings.password = *password;
        }
        if (auto sent = core::SmtpClient::send(settings, message); !sent)
            *error = sent.error().text();
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, error, to = core::MailMessage::addressOf(settings.from)] {
        m_testEmail->setEnabled(true);
        m_testEmailResult->setStyleSheet(error->isEmpty() ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b00020;"));
        m_testEmailResult->setText(error->isEmpty() ? tr("Test e-mail sent to %1. Check that it arrived.").arg(to) : *error);
    });
    worker->start();
}

void SettingsDialog::chooseCaFile()
{
    QLineEdit *edit = m_smtpFields.value(QStringLiteral("caFile"));
    const QString path = QFileDialog::getOpenFileName(this, tr("CA certificate of the e-mail server"), edit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty())
        edit->setText(path);
}

void SettingsDialog::chooseDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_databasePath->text(),
                                                      tr("Retaguarda database (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_databasePath->setText(path);
}

void SettingsDialog::save()
{
    for (QLabel *error : std::as_const(m_errors))
        error->hide();
    for (QLabel *error : std::as_const(m_smtpErrors))
        error->hide();
    // The e-mail page is checked before anything is written, so a typo there saves nothing.
    if (smtpEditable() && !smtpFormEmpty()) {
        if (auto valid = core::SmtpSettingsStore::validate(typedSmtpSettings()); !valid) {
            showSmtpError(valid.error());
            return;
        }
    }
    if (m_context.session().can(core::Permission::CompanySettingsManage)) {
        core::Company company = m_company;
        auto text = [this](const char *key) { return m_fields.value(QLatin1String(key))->text().trimmed(); };
        company.legalName = text("legal_name");
        company.tradeName = text("trade_name");
        company.cnpj = text("cnpj");
        company.stateRegistration = text("state_registration");
        company.cep = text("cep");
        company.street = text("street");
        company.number = text("number");
        company.complement = text("complement");
        company.district = text("district");
        company.city = text("city");
        company.state = text("state");
        company.phone = text("phone");
        company.email = text("email");
        // Nothing to save only when every company field is empty; a partly filled form goes to
        // validation, which names the missing field instead of silently dropping the rest.
        bool allEmpty = true;
        for (const QLineEdit *edit : std::as_const(m_fields))
            allEmpty = allEmpty && edit->text().trimmed().isEmpty();
        const bool untouched = m_company.rowVersion == 0 && allEmpty;
        if (!untouched) {
            const auto saved = core::CompanyService(m_context.database(), &m_context.events()).save(m_context.session(), company);
            if (!saved) {
                if (QLabel *error = m_errors.value(saved.error().where)) {
                    findChild<QTabWidget *>()->setCurrentIndex(1); // the company page
                    error->setText(saved.error().message);
                    error->show();
                    m_fields.value(saved.error().where)->setFocus();
                } else {
                    QMessageBox::warning(this, windowTitle(), saved.error().text());
                }
                return;
            }
            m_company = *saved;
        }
    }
    if (!saveSmtp())
        return;
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setDatabasePath(m_databasePath->text().trimmed());
    accept();
}

} // namespace app
