#include "billing/ui/issueboletodialog.h"

#include "billing/data/boletoissuer.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/domain/installmentplan.h"
#include "core/domain/appcontext.h"
#include "billing/domain/businesscalendar.h"
#include "core/domain/civiltime.h"
#include "orders/data/orderrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace billing {

namespace {

} // namespace

IssueBoletoDialog::IssueBoletoDialog(core::AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_order(new QLineEdit(this)), m_orderInfo(new QLabel(this)),
      m_account(new QComboBox(this)), m_installments(new QSpinBox(this)), m_firstDue(new QDateEdit(this)),
      m_amount(new QLineEdit(this)), m_discount(new QLineEdit(this)), m_discountUntil(new QDateEdit(this)),
      m_plan(new QTableWidget(0, 3, this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("Issue boletos"));
    const QDate today = core::CivilTime::today();
    m_order->setPlaceholderText(tr("Order number"));
    m_orderInfo->setWordWrap(true);
    if (auto accounts = CollectionAccountRepository(context.database()).list(true)) {
        for (const CollectionAccount &a : *accounts) {
            m_account->addItem(QStringLiteral("%1 · %2").arg(a.bank.bankCode, a.name), a.id);
            if (a.isDefault)
                m_account->setCurrentIndex(m_account->count() - 1);
        }
    }
    m_installments->setRange(1, kMaxInstallments);
    m_firstDue->setCalendarPopup(true);
    m_firstDue->setMinimumDate(today);
    m_firstDue->setDate(today.addDays(BoletoIssuer::kDefaultDueDays));
    m_amount->setPlaceholderText(tr("the order's total"));
    m_discount->setPlaceholderText(tr("none"));
    m_discountUntil->setCalendarPopup(true);
    m_discountUntil->setDate(m_firstDue->date());
    m_plan->setHorizontalHeaderLabels({tr("Installment"), tr("Due date"), tr("Amount")});
    m_plan->verticalHeader()->hide();
    m_plan->horizontalHeader()->setStretchLastSection(true);
    m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plan->setMinimumHeight(140);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Order:"), m_order);
    form->addRow(QString(), m_orderInfo);
    form->addRow(tr("A&ccount:"), m_account);
    form->addRow(tr("&Installments:"), m_installments);
    form->addRow(tr("&First due date:"), m_firstDue);
    form->addRow(tr("A&mount:"), m_amount);
    form->addRow(tr("&Discount per boleto:"), m_discount);
    form->addRow(tr("Discount &until:"), m_discountUntil);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Issue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IssueBoletoDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueBoletoDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plan, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 560);

    connect(m_order, &QLineEdit::editingFinished, this, &IssueBoletoDialog::lookUpOrder);
    connect(m_installments, &QSpinBox::valueChanged, this, &IssueBoletoDialog::updatePlan);
    connect(m_firstDue, &QDateEdit::dateChanged, this, &IssueBoletoDialog::updatePlan);
    connect(m_amount, &QLineEdit::textChanged, this, &IssueBoletoDialog::updatePlan);
    if (m_account->count() == 0)
        m_error->setText(tr("No collection account is configured: add one under Accounts first."));
}

void IssueBoletoDialog::setOrderNumber(qint64 number)
{
    m_order->setText(QString::number(number));
    lookUpOrder();
}

void IssueBoletoDialog::lookUpOrder()
{
    m_orderId.clear();
    m_orderTotalCents = 0;
    bool ok = false;
    const qint64 number = m_order->text().trimmed().toLongLong(&ok);
    if (!ok) {
        m_orderInfo->setText(m_order->text().isEmpty() ? QString() : tr("Type the order number."));
        updatePlan();
        return;
    }
    orders::OrderRepository repository(m_context.database());
    auto id = repository.idForNumber(number);
    auto row = id && !id->isEmpty() ? repository.row(*id) : core::Result<orders::OrderRow>(core::Error::notFound(QString()));
    if (!row) {
        m_orderInfo->setText(tr("There is no order %1.").arg(number));
    } else {
        m_orderId = row->id;
        m_orderTotalCents = row->total.cents();
        m_orderInfo->setText(tr("%1 · %2").arg(row->customerName, row->total.format()));
    }
    updatePlan();
}

void IssueBoletoDialog::updatePlan()
{
    m_plan->setRowCount(0);
    core::Money total = core::Money::fromCents(m_orderTotalCents);
    if (!m_amount->text().trimmed().isEmpty()) {
        auto typed = core::Money::parse(m_amount->text());
        if (!typed) {
            m_error->setText(tr("The amount is not a number like 123,45."));
            return;
        }
        total = *typed;
    }
    if (total.cents() <= 0) {
        m_error->clear();
        return;
    }
    auto plan = planInstallments(total, m_installments->value(), m_firstDue->date(), 1, BusinessCalendar::national());
    if (!plan) {
        m_error->setText(plan.error().message);
        return;
    }
    m_error->clear();
    for (const Installment &i : *plan) {
        const int row = m_plan->rowCount();
        m_plan->insertRow(row);
        m_plan->setItem(row, 0, new QTableWidgetItem(tr("%1 of %2").arg(i.number).arg(plan->size())));
        auto *date = new QTableWidgetItem(QLocale().toString(i.dueDate, QLocale::ShortFormat));
        if (i.dueDate != m_firstDue->date().addMonths(i.number - 1))
            date->setToolTip(tr("Moved to the next business day"));
        m_plan->setItem(row, 1, date);
        auto *amount = new QTableWidgetItem(i.amount.format());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_plan->setItem(row, 2, amount);
    }
}

void IssueBoletoDialog::accept()
{
    if (m_orderId.isEmpty()) {
        lookUpOrder();
        if (m_orderId.isEmpty()) {
            m_error->setText(tr("Choose the order first."));
            m_order->setFocus();
            return;
        }
    }
    BoletoIssueRequest request;
    request.orderId = m_orderId;
    request.accountId = m_account->currentData().toString();
    request.installments = m_installments->value();
    request.firstDueDate = m_firstDue->date();
    if (!m_amount->text().trimmed().isEmpty()) {
        if (auto amount = core::Money::parse(m_amount->text()))
            request.amount = *amount;
    }
    if (!m_discount->text().trimmed().isEmpty()) {
        auto discount = core::Money::parse(m_discount->text());
        if (!discount || discount->isNegative()) {
            m_error->setText(tr("The discount is not a number like 5,00."));
            m_discount->setFocus();
            return;
        }
        request.discount = *discount;
        request.discountUntil = m_discountUntil->date();
    }
    auto issued = BoletoIssuer(m_context.database()).issue(m_context.session(), request);
    if (!issued) {
        m_error->setText(issued.error().message);
        return;
    }
    m_issuedIds.clear();
    for (const Boleto &b : *issued)
        m_issuedIds << b.id;
    QDialog::accept();
}

} // namespace billing
