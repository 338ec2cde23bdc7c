#pragma once

#include "core/domain/company.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace core {
class AppContext;
class AppSettings;
}

namespace app {

/// Settings: language, database file, and the company's data (razão social, CNPJ, address).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(core::AppContext &context, core::AppSettings &settings, QWidget *parent = nullptr);

    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    QLabel *fieldError(const QString &name) const { return m_errors.value(name); }

public slots:
    void save();

private:
    QWidget *createGeneralPage();
    QWidget *createCompanyPage();
    void chooseDatabase();

    core::AppContext &m_context;
    core::AppSettings &m_settings;
    core::Company m_company;
    QComboBox *m_language;
    QLineEdit *m_databasePath;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLabel *> m_errors;
};

} // namespace app
