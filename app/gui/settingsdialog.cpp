#include "gui/settingsdialog.h"

#include "core/data/appsettings.h"
#include "core/data/companyservice.h"
#include "core/domain/appcontext.h"
#include "core/domain/cep.h"
#include "core/domain/cnpj.h"
#include "core/data/languagemanager.h"

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
    tabs->addTab(createGeneralPage(), tr("General"));
    tabs->addTab(createCompanyPage(), tr("Company"));
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
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setDatabasePath(m_databasePath->text().trimmed());
    accept();
}

} // namespace app
