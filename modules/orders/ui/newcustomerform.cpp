#include "orders/ui/newcustomerform.h"

#include "core/domain/cep.h"
#include "core/domain/taxid.h"
#include "orders/ui/fielderror.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace orders {

NewCustomerForm::NewCustomerForm(QWidget *parent) : QGroupBox(tr("New customer"), parent)
{
    setObjectName(QStringLiteral("customer.form"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("customer.kind"));
    m_kind->addItem(tr("Person (CPF)"), QStringLiteral("person"));
    m_kind->addItem(tr("Company (CNPJ)"), QStringLiteral("company"));
    m_kind->setMaximumWidth(320);
    connect(m_kind, &QComboBox::activated, this, [this] {
        m_kindChosenByUser = true;
        emit fieldEdited(QStringLiteral("customer.document")); // the document's message may change
    });
    m_addressNote = new QLabel(this);
    m_addressNote->setStyleSheet(QStringLiteral("color: palette(mid);"));

    const struct { const char *key; QString label; QString placeholder; } rows[] = {
        {"customer.document", tr("CP&F/CNPJ:"), QStringLiteral("000.000.000-00")},
        {"customer.kind", tr("&Kind:"), QString()},
        {"customer.name", tr("&Name:"), QString()},
        {"customer.email", tr("E-&mail:"), QStringLiteral("nome@exemplo.com.br")},
        {"customer.phone", tr("P&hone:"), QStringLiteral("(11) 98765-4321")},
        {"address.cep", tr("C&EP:"), QStringLiteral("00000-000")},
        {"address.street", tr("&Street:"), QString()},
        {"address.number", tr("Num&ber:"), QString()},
        {"address.complement", tr("Comp&lement:"), QString()},
        {"address.district", tr("&District:"), QString()},
        {"address.city", tr("Ci&ty:"), QString()},
        {"address.state", tr("St&ate (UF):"), QStringLiteral("SP")},
    };
    for (const auto &row : rows) {
        const QString key = QLatin1String(row.key);
        if (key == QLatin1String("address.cep"))
            form->addRow(QString(), m_addressNote);
        QWidget *field = m_kind;
        if (key != QLatin1String("customer.kind")) {
            auto *line = new QLineEdit(this);
            line->setObjectName(key);
            line->setPlaceholderText(row.placeholder);
            connect(line, &QLineEdit::editingFinished, this, [this, key] { emit fieldFinished(key); });
            if (key != QLatin1String("customer.document")) // documentEdited() says it, after the kind
                connect(line, &QLineEdit::textEdited, this, [this, key] { emit fieldEdited(key); });
            field = line;
        }
        m_fields.insert(key, field);
        m_order.append(field);
        form->addRow(row.label, withFieldError(field, key, m_errors));
    }
    edit("address.state")->setMaxLength(2);
    connect(edit("customer.document"), &QLineEdit::textEdited, this, &NewCustomerForm::documentEdited);
    connect(edit("address.cep"), &QLineEdit::editingFinished, this, &NewCustomerForm::cepFinished);
    setPickup(false);
}

QLineEdit *NewCustomerForm::edit(const char *key) const
{
    return static_cast<QLineEdit *>(m_fields.value(QLatin1String(key)));
}

NewCustomer NewCustomerForm::customer() const
{
    NewCustomer c;
    c.kind = m_kind->currentData().toString();
    c.name = edit("customer.name")->text();
    c.document = edit("customer.document")->text();
    c.email = edit("customer.email")->text();
    c.phone = edit("customer.phone")->text();
    c.address = {edit("address.street")->text(), edit("address.number")->text(), edit("address.complement")->text(),
                 edit("address.district")->text(), edit("address.city")->text(), edit("address.state")->text(),
                 edit("address.cep")->text()};
    return c;
}

void NewCustomerForm::start(const QString &document, const QString &name)
{
    if (!document.isEmpty()) {
        edit("customer.document")->setText(core::TaxId::format(document));
        documentEdited(edit("customer.document")->text());
    }
    if (!name.isEmpty())
        edit("customer.name")->setText(name);
    for (QWidget *field : std::as_const(m_order)) {
        auto *line = qobject_cast<QLineEdit *>(field);
        if (line && line->text().trimmed().isEmpty()) {
            line->setFocus();
            return;
        }
    }
}

void NewCustomerForm::setPickup(bool pickup)
{
    m_addressNote->setText(pickup ? tr("A store sale is picked up at the counter: the address is optional.")
                                  : tr("The order is delivered to this address."));
}

void NewCustomerForm::documentEdited(const QString &text)
{
    if (!m_kindChosenByUser) {
        NewCustomer probe;
        probe.document = text;
        m_kind->setCurrentIndex(m_kind->findData(probe.effectiveKind()));
    }
    emit fieldEdited(QStringLiteral("customer.document"));
}

void NewCustomerForm::cepFinished()
{
    // The CEP says the state: fill it in while it is empty (one field less to type).
    QLineEdit *cep = edit("address.cep");
    QLineEdit *state = edit("address.state");
    if (cep->text().trimmed().isEmpty())
        return;
    if (auto parsed = core::Cep::parse(cep->text())) {
        cep->setText(core::Cep::format(*parsed));
        if (state->text().trimmed().isEmpty())
            state->setText(core::Cep::stateForCep(*parsed));
    }
}

} // namespace orders
