#include "billing/ui/bankaccountsdialog.h"

#include "billing/banks/bankregistry.h"
#include "billing/cnab/remessawriter.h"
#include "billing/data/collectionaccountrepository.h"
#include "core/domain/appcontext.h"
#include "core/domain/tr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace billing {

BankAccountsDialog::BankAccountsDialog(core::AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_list(new QListWidget(this)), m_name(new QLineEdit), m_bank(new QComboBox),
      m_agency(new QLineEdit), m_agencyDv(new QLineEdit), m_account(new QLineEdit), m_accountDv(new QLineEdit),
      m_carteira(new QComboBox), m_convenio(new QLineEdit), m_convenioDv(new QLineEdit), m_posto(new QLineEdit),
      m_modality(new QLineEdit), m_variation(new QLineEdit), m_remessaCode(new QLineEdit), m_layout(new QComboBox),
      m_beneficiary(new QLineEdit), m_document(new QLineEdit), m_pixKey(new QLineEdit), m_pixCity(new QLineEdit),
      m_pixKeyType(new QComboBox), m_interest(new QDoubleSpinBox), m_fine(new QDoubleSpinBox), m_instructions(new QPlainTextEdit),
      m_nextSequence(new QSpinBox), m_default(new QCheckBox(tr("Issue order boletos from this account"))),
      m_active(new QCheckBox(tr("Active"))), m_error(new QLabel(this))
{
    setWindowTitle(tr("Collection accounts"));
    for (const Bank *bank : BankRegistry::all())
        m_bank->addItem(QStringLiteral("%1 · %2").arg(bank->code(), bank->name()), bank->code());
    m_carteira->setEditable(true);
    for (QLineEdit *dv : {m_agencyDv, m_accountDv, m_convenioDv})
        dv->setMaximumWidth(48);
    m_pixKeyType->addItem(tr("CNPJ"), QStringLiteral("cnpj"));
    m_pixKeyType->addItem(tr("CPF"), QStringLiteral("cpf"));
    m_pixKeyType->addItem(tr("E-mail"), QStringLiteral("email"));
    m_pixKeyType->addItem(tr("Phone"), QStringLiteral("phone"));
    m_pixKeyType->addItem(tr("Random key"), QStringLiteral("random"));
    for (QDoubleSpinBox *p : {m_interest, m_fine}) {
        p->setRange(0, 100);
        p->setDecimals(2);
        p->setSuffix(QStringLiteral(" %"));
    }
    m_interest->setToolTip(tr("Juros de mora per month; printed per day on the boleto"));
    m_nextSequence->setRange(1, std::numeric_limits<int>::max());
    m_nextSequence->setToolTip(tr("The next nosso número; only ever raise it (the bank refuses a number used before)"));
    m_instructions->setPlaceholderText(tr("Extra lines for the Instruções box, one per line"));
    m_instructions->setMaximumHeight(70);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));

    auto pair = [](QWidget *a, QWidget *b) {
        auto *w = new QWidget;
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(a, 1);
        l->addWidget(new QLabel(QStringLiteral("-")));
        l->addWidget(b);
        return w;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Bank:"), m_bank);
    form->addRow(tr("A&gency / DV:"), pair(m_agency, m_agencyDv));
    form->addRow(tr("Acc&ount / DV:"), pair(m_account, m_accountDv));
    form->addRow(tr("&Carteira:"), m_carteira);
    form->addRow(tr("Con&vênio / DV:"), pair(m_convenio, m_convenioDv));
    form->addRow(tr("Posto (Sicredi):"), m_posto);
    form->addRow(tr("Modalidade:"), m_modality);
    form->addRow(tr("Variação (BB):"), m_variation);
    form->addRow(tr("Remessa code:"), m_remessaCode);
    form->addRow(tr("Remessa &layout:"), m_layout);
    form->addRow(tr("Beneficiary &name:"), m_beneficiary);
    form->addRow(tr("Beneficiary CPF/CN&PJ:"), m_document);
    form->addRow(tr("PIX key (hybrid boleto):"), pair(m_pixKey, m_pixKeyType));
    form->addRow(tr("PIX city:"), m_pixCity);
    form->addRow(tr("&Interest per month:"), m_interest);
    form->addRow(tr("&Fine:"), m_fine);
    form->addRow(tr("Instructions:"), m_instructions);
    form->addRow(tr("Next nosso número:"), m_nextSequence);
    form->addRow(QString(), m_default);
    form->addRow(QString(), m_active);
    m_remessaCode->setToolTip(tr("Bradesco: código da empresa; Santander: código de transmissão"));

    auto *formWidget = new QWidget;
    auto *formLayout = new QVBoxLayout(formWidget);
    formLayout->addLayout(form);
    formLayout->addWidget(m_error);
    formLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *newButton = new QPushButton(tr("&New account"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(newButton);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(scroll, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(900, 680);

    connect(m_bank, &QComboBox::currentIndexChanged, this, &BankAccountsDialog::bankChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_accounts.size())
            show(m_accounts.at(row));
    });
    connect(newButton, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        CollectionAccount fresh;
        fresh.isDefault = m_accounts.isEmpty();
        show(fresh);
        m_name->setFocus();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &BankAccountsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &BankAccountsDialog::reject);
    reload();
    if (m_accounts.isEmpty())
        newButton->click();
}

void BankAccountsDialog::reload(const QString &selectId)
{
    m_list->clear();
    auto accounts = CollectionAccountRepository(m_context.database()).list();
    m_accounts = accounts ? *accounts : QList<CollectionAccount>();
    int select = 0;
    for (int i = 0; i < m_accounts.size(); ++i) {
        const CollectionAccount &a = m_accounts.at(i);
        m_list->addItem(QStringLiteral("%1 · %2%3").arg(a.bank.bankCode, a.name, a.isDefault ? tr(" (default)") : QString()));
        if (a.id == selectId)
            select = i;
    }
    if (!m_accounts.isEmpty())
        m_list->setCurrentRow(select);
}

void BankAccountsDialog::show(const CollectionAccount &a)
{
    m_current = a;
    m_error->clear();
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_name->setText(a.name);
    m_bank->setCurrentIndex(qMax(0, m_bank->findData(a.bank.bankCode)));
    bankChanged();
    m_agency->setText(a.bank.agency);
    m_agencyDv->setText(a.bank.agencyDv);
    m_account->setText(a.bank.account);
    m_accountDv->setText(a.bank.accountDv);
    m_carteira->setCurrentText(a.bank.carteira);
    m_convenio->setText(a.bank.convenio);
    m_convenioDv->setText(a.bank.convenioDv);
    m_posto->setText(a.bank.posto);
    m_modality->setText(a.bank.modality);
    m_variation->setText(a.bank.variation);
    m_remessaCode->setText(a.remessaCode);
    m_layout->setCurrentIndex(qMax(0, m_layout->findData(a.remessaLayout)));
    m_beneficiary->setText(a.bank.beneficiaryName);
    m_document->setText(a.bank.beneficiaryDocument);
    m_pixKey->setText(a.pixKey);
    m_pixKeyType->setCurrentIndex(qMax(0, m_pixKeyType->findData(a.pixKeyType)));
    m_pixCity->setText(a.pixCity);
    m_interest->setValue(a.interestMonthlyBp / 100.0);
    m_fine->setValue(a.fineBp / 100.0);
    m_instructions->setPlainText(a.instructions);
    m_nextSequence->setValue(int(qMin<qint64>(a.nextSequence, std::numeric_limits<int>::max())));
    m_default->setChecked(a.isDefault);
    m_active->setChecked(a.active);
}

void BankAccountsDialog::bankChanged()
{
    const QString code = m_bank->currentData().toString();
    const Bank *bank = BankRegistry::find(code);
    const QString carteira = m_carteira->currentText();
    m_carteira->clear();
    if (bank) {
        for (const Carteira &c : bank->carteiras())
            m_carteira->addItem(QStringLiteral("%1").arg(c.code), c.code);
    }
    m_carteira->setCurrentText(carteira);
    const QString layout = m_layout->currentData().toString();
    m_layout->clear();
    for (const QString &l : RemessaWriter::layouts(code))
        m_layout->addItem(l.toUpper(), l);
    if (m_layout->count() == 0)
        m_layout->addItem(tr("none (the bank registers through its API)"), QStringLiteral("cnab400"));
    m_layout->setCurrentIndex(qMax(0, m_layout->findData(layout)));
}

CollectionAccount BankAccountsDialog::fromForm() const
{
    CollectionAccount a = m_current;
    a.name = m_name->text();
    a.bank.bankCode = m_bank->currentData().toString();
    a.bank.agency = m_agency->text().trimmed();
    a.bank.agencyDv = m_agencyDv->text().trimmed();
    a.bank.account = m_account->text().trimmed();
    a.bank.accountDv = m_accountDv->text().trimmed();
    a.bank.carteira = m_carteira->currentText().trimmed();
    a.bank.convenio = m_convenio->text().trimmed();
    a.bank.convenioDv = m_convenioDv->text().trimmed();
    a.bank.posto = m_posto->text().trimmed();
    a.bank.modality = m_modality->text().trimmed();
    a.bank.variation = m_variation->text().trimmed();
    a.remessaCode = m_remessaCode->text().trimmed();
    a.remessaLayout = m_layout->currentData().toString();
    a.bank.beneficiaryName = m_beneficiary->text().trimmed();
    a.bank.beneficiaryDocument = m_document->text().trimmed();
    a.pixKey = m_pixKey->text().trimmed();
    a.pixKeyType = a.pixKey.isEmpty() ? QString() : m_pixKeyType->currentData().toString();
    a.pixCity = m_pixCity->text().trimmed();
    a.interestMonthlyBp = qRound(m_interest->value() * 100);
    a.fineBp = qRound(m_fine->value() * 100);
    a.instructions = m_instructions->toPlainText().trimmed();
    a.nextSequence = m_nextSequence->value();
    a.isDefault = m_default->isChecked();
    a.active = m_active->isChecked();
    return a;
}

void BankAccountsDialog::save()
{
    auto saved = CollectionAccountRepository(m_context.database()).save(m_context.session(), fromForm());
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    reload(saved->id);
    m_error->setText(tr("Saved."));
    m_error->setStyleSheet(QStringLiteral("color: #1b7a34;"));
}

} // namespace billing
