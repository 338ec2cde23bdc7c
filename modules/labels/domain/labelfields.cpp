#include "labels/domain/labelfields.h"

#include "core/domain/tr.h"

namespace labels {

using core::Tr;

namespace {

using Field = LabelFields::Field;

QList<Field> commonFields()
{
    return {
        {QStringLiteral("company.name"), Tr::tr("Sender: trade name (or legal name)"), QStringLiteral("Loja Exemplo")},
        {QStringLiteral("company.legal_name"), Tr::tr("Sender: legal name"), QStringLiteral("Comércio Exemplo Ltda")},
        {QStringLiteral("company.cnpj"), Tr::tr("Sender: CNPJ"), QStringLiteral("12.345.678/0001-95")},
        {QStringLiteral("company.street"), Tr::tr("Sender: street"), QStringLiteral("Rua das Flores")},
        {QStringLiteral("company.number"), Tr::tr("Sender: number"), QStringLiteral("100")},
        {QStringLiteral("company.complement"), Tr::tr("Sender: complement"), QStringLiteral("Galpão 2")},
        {QStringLiteral("company.district"), Tr::tr("Sender: district"), QStringLiteral("Centro")},
        {QStringLiteral("company.city"), Tr::tr("Sender: city"), QStringLiteral("São Paulo")},
        {QStringLiteral("company.state"), Tr::tr("Sender: state (UF)"), QStringLiteral("SP")},
        {QStringLiteral("company.cep"), Tr::tr("Sender: CEP as printed (01310-100)"), QStringLiteral("01310-100")},
        {QStringLiteral("company.cep_digits"), Tr::tr("Sender: CEP, 8 digits"), QStringLiteral("01310100")},
        {QStringLiteral("company.phone"), Tr::tr("Sender: phone"), QStringLiteral("(11) 3333-4444")},
        {QStringLiteral("company.address_line1"), Tr::tr("Sender: street, number and complement"), QStringLiteral("Rua das Flores, 100 - Galpão 2")},
        {QStringLiteral("company.address_line2"), Tr::tr("Sender: district, city/UF"), QStringLiteral("Centro - São Paulo/SP")},
        {QStringLiteral("label.date"), Tr::tr("Date of printing (dd/mm/yyyy)"), QStringLiteral("03/12/2026")},
        {QStringLiteral("label.printed_at"), Tr::tr("Date and time of printing"), QStringLiteral("03/12/2026 10:15")},
    };
}

QList<Field> productFields()
{
    return {
        {QStringLiteral("product.name"), Tr::tr("Product name"), QStringLiteral("Cafeteira Elétrica Inox 30 xícaras")},
        {QStringLiteral("product.sku"), Tr::tr("SKU"), QStringLiteral("CAF-10042")},
        {QStringLiteral("product.gtin"), Tr::tr("EAN-13 (GTIN)"), QStringLiteral("7891234567895")},
        {QStringLiteral("product.brand"), Tr::tr("Brand"), QStringLiteral("Exemplo")},
        {QStringLiteral("product.price"), Tr::tr("\"Preço por\" (sale price)"), QStringLiteral("R$ 249,90")},
        {QStringLiteral("product.list_price"), Tr::tr("\"Preço de\" (list price)"), QStringLiteral("R$ 299,90")},
        {QStringLiteral("product.anvisa_registration"), Tr::tr("ANVISA registration"), QStringLiteral("1.2345.6789.001-2")},
        {QStringLiteral("product.weight"), Tr::tr("Weight (kg)"), QStringLiteral("1,250 kg")},
        {QStringLiteral("product.unit"), Tr::tr("Unit"), QStringLiteral("UN")},
    };
}

QList<Field> orderFields()
{
    return {
        {QStringLiteral("order.number"), Tr::tr("Order number"), QStringLiteral("100042")},
        {QStringLiteral("order.date"), Tr::tr("Order date (dd/mm/yyyy)"), QStringLiteral("01/12/2026")},
        {QStringLiteral("order.channel"), Tr::tr("Sales channel"), QStringLiteral("Loja virtual")},
        {QStringLiteral("order.external_id"), Tr::tr("The channel's order id"), QStringLiteral("LV-100042")},
        {QStringLiteral("order.total"), Tr::tr("Order total"), QStringLiteral("R$ 349,80")},
        {QStringLiteral("order.items"), Tr::tr("Number of items"), QStringLiteral("3")},
        {QStringLiteral("order.carrier"), Tr::tr("Carrier with service, as on the order"), QStringLiteral("Correios SEDEX")},
        {QStringLiteral("order.tracking_code"), Tr::tr("Tracking code"), QStringLiteral("SX123456785BR")},
        {QStringLiteral("customer.name"), Tr::tr("Customer name"), QStringLiteral("Maria da Silva")},
        {QStringLiteral("customer.document"), Tr::tr("Customer CPF/CNPJ"), QStringLiteral("529.982.247-25")},
        {QStringLiteral("customer.phone"), Tr::tr("Customer phone"), QStringLiteral("(21) 99876-5432")},
        {QStringLiteral("customer.email"), Tr::tr("Customer e-mail"), QStringLiteral("maria@example.com")},
        {QStringLiteral("address.recipient"), Tr::tr("Recipient (the address's, or the customer)"), QStringLiteral("Maria da Silva")},
        {QStringLiteral("address.street"), Tr::tr("Recipient: street"), QStringLiteral("Avenida Atlântica")},
        {QStringLiteral("address.number"), Tr::tr("Recipient: number"), QStringLiteral("1702")},
        {QStringLiteral("address.complement"), Tr::tr("Recipient: complement"), QStringLiteral("Apto 801")},
        {QStringLiteral("address.district"), Tr::tr("Recipient: district"), QStringLiteral("Copacabana")},
        {QStringLiteral("address.city"), Tr::tr("Recipient: city"), QStringLiteral("Rio de Janeiro")},
        {QStringLiteral("address.state"), Tr::tr("Recipient: state (UF)"), QStringLiteral("RJ")},
        {QStringLiteral("address.cep"), Tr::tr("Recipient: CEP as printed (22021-001)"), QStringLiteral("22021-001")},
        {QStringLiteral("address.cep_digits"), Tr::tr("Recipient: CEP, 8 digits"), QStringLiteral("22021001")},
        {QStringLiteral("address.line1"), Tr::tr("Recipient: street, number and complement"), QStringLiteral("Avenida Atlântica, 1702 - Apto 801")},
        {QStringLiteral("address.line2"), Tr::tr("Recipient: district"), QStringLiteral("Copacabana")},
        {QStringLiteral("address.city_state"), Tr::tr("Recipient: city/UF"), QStringLiteral("Rio de Janeiro/RJ")},
        {QStringLiteral("shipment.carrier"), Tr::tr("Carrier (\"Correios\")"), QStringLiteral("Correios")},
        {QStringLiteral("shipment.service"), Tr::tr("Service (\"SEDEX\")"), QStringLiteral("SEDEX")},
        {QStringLiteral("shipment.tracking_code"), Tr::tr("Tracking code (or the order number when there is none yet)"), QStringLiteral("SX123456785BR")},
        {QStringLiteral("shipment.weight"), Tr::tr("Weight of this package (kg)"), QStringLiteral("1,250 kg")},
        {QStringLiteral("shipment.weight_grams"), Tr::tr("Weight of this package in grams"), QStringLiteral("1250")},
        {QStringLiteral("shipment.declared_value"), Tr::tr("Declared value (order total)"), QStringLiteral("R$ 349,80")},
        {QStringLiteral("shipment.datamatrix"), Tr::tr("Destination data for the 2D code (CEP, number, tracking, sender CEP, recipient)"),
         QStringLiteral("22021001|1702|SX123456785BR|01310100|100|Maria da Silva|Rio de Janeiro|RJ")},
        {QStringLiteral("package.number"), Tr::tr("This package's number (n)"), QStringLiteral("1")},
        {QStringLiteral("package.count"), Tr::tr("Packages of the order (m)"), QStringLiteral("2")},
        {QStringLiteral("package.label"), Tr::tr("\"Volume n/m\""), QStringLiteral("Volume 1/2")},
    };
}

QList<Field> locationFields()
{
    return {
        {QStringLiteral("location.code"), Tr::tr("Location address (A-01-02-03)"), QStringLiteral("A-01-02-03")},
        {QStringLiteral("location.aisle"), Tr::tr("Aisle"), QStringLiteral("A")},
        {QStringLiteral("location.rack"), Tr::tr("Rack"), QStringLiteral("01")},
        {QStringLiteral("location.level"), Tr::tr("Level"), QStringLiteral("02")},
        {QStringLiteral("location.position"), Tr::tr("Position"), QStringLiteral("03")},
        {QStringLiteral("location.zone"), Tr::tr("Zone"), QStringLiteral("PICK")},
        {QStringLiteral("location.kind"), Tr::tr("Kind (pick, reserve...)"), QStringLiteral("pick")},
        {QStringLiteral("warehouse.code"), Tr::tr("Warehouse code"), QStringLiteral("CD1")},
        {QStringLiteral("warehouse.name"), Tr::tr("Warehouse name"), QStringLiteral("Centro de distribuição")},
    };
}

QList<Field> lotFields()
{
    return {
        {QStringLiteral("lot.code"), Tr::tr("Lot code"), QStringLiteral("L2611A")},
        {QStringLiteral("lot.expiry"), Tr::tr("Expiry (dd/mm/yyyy)"), QStringLiteral("30/06/2027")},
        {QStringLiteral("lot.expiry_iso"), Tr::tr("Expiry (yyyy-mm-dd)"), QStringLiteral("2027-06-30")},
        {QStringLiteral("lot.manufactured"), Tr::tr("Manufacturing date (dd/mm/yyyy)"), QStringLiteral("01/12/2026")},
    };
}

QList<Field> build(LabelSubject subject)
{
    QList<Field> f = commonFields();
    switch (subject) {
    case LabelSubject::Order: f += orderFields(); break;
    case LabelSubject::Product: f += productFields(); break;
    case LabelSubject::Location: f += locationFields(); break;
    case LabelSubject::Lot: f += lotFields() + productFields(); break;
    }
    return f;
}

} // namespace

const QList<LabelFields::Field> &LabelFields::fields(LabelSubject subject)
{
    // Built once per subject: the descriptions are in the language in force at first use.
    static const QList<Field> order = build(LabelSubject::Order);
    static const QList<Field> product = build(LabelSubject::Product);
    static const QList<Field> location = build(LabelSubject::Location);
    static const QList<Field> lot = build(LabelSubject::Lot);
    switch (subject) {
    case LabelSubject::Order: return order;
    case LabelSubject::Product: return product;
    case LabelSubject::Location: return location;
    case LabelSubject::Lot: return lot;
    }
    return order;
}

bool LabelFields::isKnown(LabelSubject subject, const QString &name)
{
    for (const Field &f : fields(subject))
        if (f.name == name)
            return true;
    return false;
}

LabelData LabelFields::sample(LabelSubject subject)
{
    LabelData d;
    for (const Field &f : fields(subject))
        d.insert(f.name, f.sample);
    return d;
}

QStringList LabelFields::placeholders(const QString &text, bool *unclosed)
{
    QStringList names;
    if (unclosed)
        *unclosed = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            if (i + 1 < n && text.at(i + 1) == u'{') { ++i; continue; }
            const qsizetype end = text.indexOf(u'}', i + 1);
            if (end < 0) {
                if (unclosed) *unclosed = true;
                break;
            }
            names.append(text.mid(i + 1, end - i - 1).trimmed());
            i = end;
        } else if (c == u'}' && i + 1 < n && text.at(i + 1) == u'}') {
            ++i;
        }
    }
    return names;
}

QString LabelFields::expand(const QString &text, const LabelData &data)
{
    if (!text.contains(u'{') && !text.contains(u'}'))
        return text;
    QString out;
    out.reserve(text.size() + 32);
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            if (i + 1 < n && text.at(i + 1) == u'{') { out += u'{'; ++i; continue; }
            const qsizetype end = text.indexOf(u'}', i + 1);
            if (end < 0) { out += text.mid(i); break; }
            out += data.value(text.mid(i + 1, end - i - 1).trimmed());
            i = end;
        } else if (c == u'}' && i + 1 < n && text.at(i + 1) == u'}') {
            out += u'}';
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace labels
