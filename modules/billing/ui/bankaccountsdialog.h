#pragma once

#include "billing/domain/collectionaccount.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QDoubleSpinBox;

namespace core {
class AppContext;
}

namespace billing {

/// The company's collection accounts (convênios): a list and the form of the chosen one. Saving
/// checks the account against its bank, so a wrong carteira or a convênio of the wrong length is
/// reported here and not when the first boleto is issued.
class BankAccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BankAccountsDialog(core::AppContext &context, QWidget *parent = nullptr);

private:
    void reload(const QString &selectId = {});
    void show(const CollectionAccount &account);
    void bankChanged();
    CollectionAccount fromForm() const;
    void save();

    core::AppContext &m_context;
    QList<CollectionAccount> m_accounts;
    CollectionAccount m_current;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_bank;
    QLineEdit *m_agency, *m_agencyDv, *m_account, *m_accountDv;
    QComboBox *m_carteira;
    QLineEdit *m_convenio, *m_convenioDv, *m_posto, *m_modality, *m_variation, *m_remessaCode;
    QComboBox *m_layout;
    QLineEdit *m_beneficiary, *m_document, *m_pixKey, *m_pixCity;
    QComboBox *m_pixKeyType;
    QDoubleSpinBox *m_interest, *m_fine;
    QPlainTextEdit *m_instructions;
    QSpinBox *m_nextSequence;
    QCheckBox *m_default, *m_active;
    QLabel *m_error;
};

} // namespace billing
