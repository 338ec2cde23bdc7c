#include "orders/domain/orderdraft.h"

#include "core/domain/cep.h"
#include "core/domain/cnpj.h"
#include "core/domain/cpf.h"
#include "orders/domain/orderstatus.h"

#include <QRegularExpression>

namespace orders {

namespace {


const QString kPerson = QStringLiteral("person");
const QString kCompany = QStringLiteral("company");
const QString kCreditCard = QStringLiteral("credit_card");

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

/// Area code + 8 or 9 digits; "+55" in front is tolerated.
bool isValidPhone(const QString &text)
{
    static const QRegularExpression allowed(QStringLiteral("^[0-9()+.\\-\\s]+$"));
    if (!allowed.match(text).hasMatch())
        return false;
    QString digits = digitsOf(text);
    if ((digits.size() == 12 || digits.size() == 13) && digits.startsWith(QLatin1String("55")))
        digits = digits.mid(2);
    return (digits.size() == 10 || digits.size() == 11) && digits.at(0) != u'0';
}

void validateCustomer(const NewCustomer &c, bool addressRequired, QList<FieldError> &errors)
{
    auto refuse = [&errors](const char *field, const QString &message) {
        errors.append({QLatin1String(field), message});
    };
    const QString kind = c.effectiveKind();
    if (!c.kind.isEmpty() && c.kind != kPerson && c.kind != kCompany)
        refuse("customer.kind", OrderDraft::tr("Choose whether the customer is a person or a company."));
    if (c.name.simplified().size() < 2)
        refuse("customer.name", OrderDraft::tr("Type the customer's name."));
    else if (c.name.simplified().size() > 150)
        refuse("customer.name", OrderDraft::tr("The name is too long (at most 150 characters)."));

    if (c.document.trimmed().isEmpty()) {
        refuse("customer.document", kind == kCompany ? OrderDraft::tr("Type the company's CNPJ.")
                                                     : OrderDraft::tr("Type the customer's CPF or CNPJ."));
    } else if (kind == kPerson) {
        if (auto cpf = core::Cpf::parse(c.document); !cpf) {
            refuse("customer.document", core::Cnpj::isValid(c.document)
                                            ? OrderDraft::tr("This is a CNPJ: a person has a CPF. Choose company for a CNPJ.")
                                            : cpf.error().message);
        }
    } else if (auto cnpj = core::Cnpj::parse(c.document); !cnpj) {
        refuse("customer.document", core::Cpf::isValid(c.document)
                                        ? OrderDraft::tr("This is a CPF: a company has a CNPJ. Choose person for a CPF.")
                                        : cnpj.error().message);
    }

    if (!c.email.trimmed().isEmpty() && !OrderDraft::isValidEmail(c.email.trimmed()))
        refuse("customer.email", OrderDraft::tr("Type an e-mail address like nome@exemplo.com.br."));
    if (!c.phone.trimmed().isEmpty() && !isValidPhone(c.phone.trimmed()))
        refuse("customer.phone", OrderDraft::tr("Type the phone with its area code, e.g. (11) 98765-4321."));

    const NewCustomer::Address &a = c.address;
    if (!addressRequired && a.isEmpty())
        return;
    const struct { const char *field; const QString &value; QString message; } required[] = {
        {"address.cep", a.cep, OrderDraft::tr("Type the CEP.")},
        {"address.street", a.street, OrderDraft::tr("Type the street.")},
        {"address.number", a.number, OrderDraft::tr("Type the number (or \"s/n\").")},
        {"address.district", a.district, OrderDraft::tr("Type the district (bairro).")},
        {"address.city", a.city, OrderDraft::tr("Type the city.")},
        {"address.state", a.state, OrderDraft::tr("Type the state (UF).")},
    };
    for (const auto &r : required) {
        if (r.value.trimmed().isEmpty())
            refuse(r.field, r.message);
    }
    const QString state = a.state.trimmed().toUpper();
    if (!state.isEmpty() && !core::Cep::states().contains(state))
        refuse("address.state", OrderDraft::tr("%1 is not a Brazilian state (UF).").arg(a.state.trimmed()));
    if (a.cep.trimmed().isEmpty())
        return;
    auto cep = core::Cep::parse(a.cep);
    if (!cep) {
        refuse("address.cep", cep.error().message);
        return;
    }
    const QString owner = core::Cep::stateForCep(*cep);
    if (owner.isEmpty())
        refuse("address.cep", OrderDraft::tr("No state has the CEP %1; please check it.").arg(core::Cep::format(*cep)));
    else if (core::Cep::states().contains(state) && owner != state)
        refuse("address.cep", OrderDraft::tr("The CEP %1 belongs to %2, not %3.").arg(core::Cep::format(*cep), owner, state));
}

void validateLine(const OrderLine &line, int index, QList<FieldError> &errors)
{
    const int n = index + 1;
    auto refuse = [&](QStringView what, const QString &message) {
        errors.append({OrderDraft::lineField(index, what), message});
    };
    if (line.productId.isEmpty())
        refuse(u"product", OrderDraft::tr("Line %1: choose a product.").arg(n));
    if (line.quantity < 1)
        refuse(u"quantity", OrderDraft::tr("Line %1: the quantity must be at least 1.").arg(n));
    else if (line.quantity > OrderDraft::kMaxQuantity)
        refuse(u"quantity", OrderDraft::tr("Line %1: the quantity cannot exceed %2.").arg(n).arg(OrderDraft::kMaxQuantity));
    if (line.unitPrice.isNegative())
        refuse(u"unit_price", OrderDraft::tr("Line %1: the price cannot be negative.").arg(n));
    if (line.discount.isNegative()) {
        refuse(u"discount", OrderDraft::tr("Line %1: the discount cannot be negative.").arg(n));
    } else if (line.quantity >= 1 && line.quantity <= OrderDraft::kMaxQuantity && !line.unitPrice.isNegative()
               && line.discount > line.gross()) {
        refuse(u"discount", OrderDraft::tr("Line %1: the discount (%2) cannot exceed the line's value (%3).")
                                .arg(n)
                                .arg(line.discount.format(), line.gross().format()));
    }
}

} // namespace

bool NewCustomer::Address::isEmpty() const
{
    for (const QString *field : {&street, &number, &complement, &district, &city, &state, &cep}) {
        if (!field->trimmed().isEmpty())
            return false;
    }
    return true;
}

QString NewCustomer::effectiveKind() const
{
    if (!kind.isEmpty())
        return kind;
    const QString normalized = core::Cnpj::normalize(document);
    bool hasLetter = false;
    for (const QChar c : normalized)
        hasLetter = hasLetter || c.isLetter();
    return normalized.size() > 11 || hasLetter ? kCompany : kPerson;
}

OrderTotals OrderDraft::totals() const
{
    OrderTotals t;
    for (const OrderLine &line : lines) {
        t.items += line.gross();
        t.discount += line.discount;
    }
    t.freight = freight;
    t.total = t.items - t.discount + t.freight;
    return t;
}

QList<FieldError> OrderDraft::validate() const
{
    QList<FieldError> errors;
    if (channelId.isEmpty()) {
        errors.append({QStringLiteral("channel"), tr("Choose the sales channel.")});
    } else if (!isEntryChannelKind(channelKind)) {
        errors.append({QStringLiteral("channel"),
                       tr("Orders of %1 channels come from their connectors; choose a store, representative, "
                          "franchise or telesales channel.")
                           .arg(OrderStatus::channelKindName(channelKind))});
    }

    if (newCustomer) // a store sale is picked up at the counter: no address needed
        validateCustomer(*newCustomer, channelKind != QLatin1String("store"), errors);
    else if (customerId.isEmpty())
        errors.append({QStringLiteral("customer"), tr("Choose a customer, or create a new one.")});

    if (lines.isEmpty())
        errors.append({QStringLiteral("lines"), tr("Add at least one product.")});
    for (int i = 0; i < lines.size(); ++i)
        validateLine(lines.at(i), i, errors);

    if (freight.isNegative())
        errors.append({QStringLiteral("freight"), tr("The freight cannot be negative.")});

    if (paymentMethod.isEmpty())
        errors.append({QStringLiteral("payment_method"), tr("Choose the payment method.")});
    else if (!paymentMethods().contains(paymentMethod))
        errors.append({QStringLiteral("payment_method"), tr("%1 is not a payment method.").arg(paymentMethod)});
    if (installments < 1 || installments > kMaxInstallments) {
        errors.append({QStringLiteral("installments"), tr("Installments go from 1 to %1.").arg(kMaxInstallments)});
    } else if (installments > 1 && paymentMethod != kCreditCard) {
        errors.append({QStringLiteral("installments"), tr("Only credit card payments can be split into installments.")});
    }
    if (notes.trimmed().size() > kMaxNotesLength)
        errors.append({QStringLiteral("notes"), tr("The notes are too long (at most %1 characters).").arg(kMaxNotesLength)});
    return errors;
}

OrderDraft OrderDraft::normalized() const
{
    OrderDraft d = *this;
    d.notes = notes.trimmed();
    for (OrderLine &line : d.lines) {
        line.sku = line.sku.trimmed();
        line.description = line.description.simplified();
    }
    if (d.newCustomer) {
        NewCustomer &c = *d.newCustomer;
        c.kind = c.effectiveKind();
        c.name = c.name.simplified();
        c.document = c.kind == kPerson ? core::Cpf::parse(c.document).valueOr(core::Cpf::normalize(c.document))
                                       : core::Cnpj::parse(c.document).valueOr(core::Cnpj::normalize(c.document));
        c.email = c.email.trimmed().toLower();
        c.phone = c.phone.simplified();
        NewCustomer::Address &a = c.address;
        for (QString *field : {&a.street, &a.number, &a.complement, &a.district, &a.city})
            *field = field->simplified();
        a.state = a.state.trimmed().toUpper();
        a.cep = core::Cep::parse(a.cep).valueOr(core::Cep::normalize(a.cep));
    }
    return d;
}

void OrderDraft::addProduct(const QString &productId, const QString &sku, const QString &description,
                            core::Money listPrice, core::Money salePrice, int quantity)
{
    for (OrderLine &line : lines) {
        if (line.productId == productId) {
            line.quantity += quantity;
            return;
        }
    }
    OrderLine line;
    line.productId = productId;
    line.sku = sku;
    line.description = description;
    line.quantity = quantity;
    line.listPrice = listPrice;
    line.unitPrice = salePrice;
    lines.append(line);
}

QString OrderDraft::lineField(int index, QStringView what)
{
    return QStringLiteral("lines.%1.%2").arg(index).arg(what);
}

QStringList OrderDraft::paymentMethods()
{
    return {QStringLiteral("pix"), QStringLiteral("boleto"), kCreditCard, QStringLiteral("debit_card"),
            QStringLiteral("cash")};
}

QStringList OrderDraft::entryChannelKinds()
{
    return {QStringLiteral("store"), QStringLiteral("representative"), QStringLiteral("franchise"),
            QStringLiteral("telesales")};
}

bool OrderDraft::isEntryChannelKind(const QString &kind)
{
    return entryChannelKinds().contains(kind);
}

bool OrderDraft::isValidEmail(const QString &email)
{
    // Shape only (local@domain.tld, no spaces); whether the mailbox exists is the mail's business.
    static const QRegularExpression shape(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}$"));
    return email.size() <= 254 && shape.match(email).hasMatch() && !email.contains(QLatin1String(".."));
}

} // namespace orders
