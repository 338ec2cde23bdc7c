#pragma once

#include "core/domain/company.h"
#include "core/mail/smtpclient.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace core {
class AppContext;
class AppSettings;
}

namespace app {

/// Settings: language, database file, the company's data (razão social, CNPJ, address) and the
/// e-mail (SMTP) server of this workstation.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(core::AppContext &context, core::AppSettings &settings, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    QLabel *fieldError(const QString &name) const { return m_errors.value(name); }
    /// E-mail page: "url", "username", "password", "from", "caFile".
    QLineEdit *smtpField(const QString &name) const { return m_smtpFields.value(name); }
    QLabel *smtpFieldError(const QString &name) const { return m_smtpErrors.value(name); }
    QPushButton *testEmailButton() const { return m_testEmail; }
    QLabel *testEmailResult() const { return m_testEmailResult; }

public slots:
    void save();

private:
    QWidget *createGeneralPage();
    QWidget *createCompanyPage();
    QWidget *createEmailPage();
    void chooseDatabase();
    void chooseCaFile();
    bool smtpEditable() const;
    /// Whether every field of the e-mail page is empty (nothing to save, or "forget the server").
    bool smtpFormEmpty() const;
    core::SmtpSettings typedSmtpSettings() const;
    /// Shows `error` next to its field on the e-mail page; false when it names no field there.
    bool showSmtpError(const core::Error &error);
    /// Checks and saves the e-mail page; false (with the message shown) when it cannot.
    bool saveSmtp();
    void sendTestEmail();

    core::AppContext &m_context;
    core::AppSettings &m_settings;
    core::Company m_company;
    QComboBox *m_language;
    QLineEdit *m_databasePath;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, QLineEdit *> m_smtpFields;
    QHash<QString, QLabel *> m_smtpErrors;
    QPushButton *m_testEmail = nullptr;
    QLabel *m_testEmailResult = nullptr;
};

} // namespace app
