#include "orders/cli/ordercreatecommand.h"

#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "core/domain/cnpj.h"
#include "core/domain/cpf.h"
#include "core/domain/taxid.h"
#include "orders/data/orderentryrepository.h"
#include "orders/data/productlookup.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace orders {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderCreateCommand)
};

/// Invalid input: "field: message" on stderr, exit code 2.
int refuse(core::CliInvocation &call, const QString &field, const QString &message)
{
    call.err << field << ": " << message << Qt::endl;
    return 2;
}

/// The stored form of a CPF or CNPJ, or the error of the one it looks like.
core::Result<QString> parseDocument(const QString &text)
{
    if (auto cpf = core::Cpf::parse(text))
        return cpf;
    auto cnpj = core::Cnpj::parse(text);
    if (cnpj)
        return cnpj;
    return core::Cnpj::normalize(text).size() > 11 ? cnpj.error() : core::Cpf::parse(text).error();
}

int createOrder(core::CliInvocation &call, const OrderEntryServiceFactory &makeService)
{
    QCommandLineParser parser;
    auto option = [&parser](const char *name, const QString &description, const char *valueName) {
        QCommandLineOption o(QLatin1String(name), description, QLatin1String(valueName));
        parser.addOption(o);
        return o;
    };
    const auto channel = option("channel", Tr::tr("Channel code (a store, representative, franchise or telesales channel)."), "CODE");
    const auto customer = option("customer", Tr::tr("The customer's CPF or CNPJ."), "CPF_OR_CNPJ");
    const auto newName = option("new-customer-name", Tr::tr("Creates the customer with this name when the document is not registered."), "NAME");
    const auto email = option("email", Tr::tr("New customer's e-mail."), "EMAIL");
    const auto phone = option("phone", Tr::tr("New customer's phone with area code."), "PHONE");
    const auto cep = option("cep", Tr::tr("New customer's CEP."), "CEP");
    const auto street = option("street", Tr::tr("New customer's street."), "STREET");
    const auto number = option("number", Tr::tr("New customer's house number."), "NUMBER");
    const auto complement = option("complement", Tr::tr("New customer's address complement."), "TEXT");
    const auto district = option("district", Tr::tr("New customer's district (bairro)."), "DISTRICT");
    const auto city = option("city", Tr::tr("New customer's city."), "CITY");
    const auto state = option("state", Tr::tr("New customer's state (UF)."), "UF");
    const auto item = option("item", Tr::tr("A product by SKU or EAN, the quantity and optionally the unit price (repeatable)."), "SKU:QTY[:PRICE]");
    const auto payment = option("payment", Tr::tr("Payment method: pix, boleto, credit_card, debit_card or cash."), "METHOD");
    const auto installments = option("installments", Tr::tr("Credit card installments (1 to 12)."), "N");
    const auto freight = option("freight", Tr::tr("Freight, e.g. 12,50."), "AMOUNT");
    const auto notes = option("notes", Tr::tr("Notes on the order."), "TEXT");
    const QString usage = Tr::tr("Usage: retaguarda-cli orders create --channel CODE --customer CPF_OR_CNPJ "
                                 "[--new-customer-name NAME --email E --phone P --cep C --street S --number N "
                                 "--district D --city C --state UF] --item SKU:QTY[:PRICE] ... "
                                 "--payment pix|boleto|credit_card|debit_card|cash [--installments N] "
                                 "[--freight 12,50] [--notes TEXT] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        call.err << usage << Qt::endl;
        return 2;
    }
    for (const auto &required : {channel, customer, item, payment}) {
        if (!parser.isSet(required))
            return refuse(call, QStringLiteral("--") + required.names().constFirst(), Tr::tr("This option is required.\n%1").arg(usage));
    }

    core::Database &db = call.context.database();
    auto made = makeService(call.context);
    if (!made) {
        call.err << made.error().text() << Qt::endl;
        return 1;
    }
    OrderEntryService &service = *made;
    OrderDraft draft;

    auto found = service.channelByCode(parser.value(channel));
    if (!found) {
        call.err << found.error().text() << Qt::endl;
        return 1;
    }
    if (!found->has_value())
        return refuse(call, QStringLiteral("channel"), Tr::tr("There is no channel with the code %1.").arg(parser.value(channel)));
    draft.channelId = (*found)->id;

    auto document = parseDocument(parser.value(customer));
    if (!document)
        return refuse(call, QStringLiteral("customer.document"), document.error().message);
    auto existing = OrderEntryRepository(db).customerByDocument(*document);
    if (!existing) {
        call.err << existing.error().text() << Qt::endl;
        return 1;
    }
    if (existing->has_value()) {
        draft.customerId = (*existing)->first;
        if (parser.isSet(newName))
            call.err << Tr::tr("%1 is already registered, as %2: the order goes to that customer and the new customer "
                               "options are ignored.").arg(core::TaxId::format(*document), (*existing)->second)
                     << Qt::endl;
    } else if (parser.isSet(newName)) {
        NewCustomer c;
        c.name = parser.value(newName);
        c.document = *document;
        c.email = parser.value(email);
        c.phone = parser.value(phone);
        c.address = {parser.value(street), parser.value(number), parser.value(complement), parser.value(district),
                     parser.value(city), parser.value(state), parser.value(cep)};
        draft.newCustomer = c;
    } else {
        return refuse(call, QStringLiteral("customer"),
                      Tr::tr("No customer has the document %1; pass --new-customer-name and the address to create one.")
                          .arg(core::TaxId::format(*document)));
    }

    ProductLookup products(db);
    for (const QString &spec : parser.values(item)) {
        const QStringList parts = spec.split(u':');
        const QString field = QStringLiteral("--item %1").arg(spec);
        bool quantityOk = false;
        const int quantity = parts.value(1).toInt(&quantityOk);
        if (parts.size() < 2 || parts.size() > 3 || parts.constFirst().trimmed().isEmpty() || !quantityOk)
            return refuse(call, field, Tr::tr("Write an item as SKU:QUANTITY or SKU:QUANTITY:PRICE, e.g. SUP-10001:2:19,90."));
        auto product = products.byCode(parts.constFirst());
        if (!product) {
            call.err << product.error().text() << Qt::endl;
            return 1;
        }
        if (!product->has_value())
            return refuse(call, field, Tr::tr("No product on sale has the SKU or EAN %1.").arg(parts.constFirst()));
        const ProductHit &p = **product;
        OrderLine line;
        line.productId = p.id;
        line.sku = p.sku;
        line.description = p.name;
        line.quantity = quantity;
        line.listPrice = p.listPrice;
        line.unitPrice = p.salePrice;
        if (parts.size() == 3) {
            auto price = core::Money::parse(parts.at(2));
            if (!price)
                return refuse(call, field, price.error().message);
            line.unitPrice = *price;
            line.unitPriceOverridden = true;
        }
        draft.lines.append(line);
    }

    draft.paymentMethod = parser.value(payment).trimmed();
    if (parser.isSet(installments)) {
        bool ok = false;
        draft.installments = parser.value(installments).toInt(&ok);
        if (!ok)
            return refuse(call, QStringLiteral("installments"), Tr::tr("Installments go from 1 to %1.").arg(OrderDraft::kMaxInstallments));
    }
    if (parser.isSet(freight)) {
        auto amount = core::Money::parse(parser.value(freight));
        if (!amount)
            return refuse(call, QStringLiteral("freight"), amount.error().message);
        draft.freight = *amount;
    }
    draft.notes = parser.value(notes);

    auto created = service.create(call.context.session(), draft);
    if (!created) {
        const core::Error &e = created.error();
        if (e.kind == core::Error::Kind::Validation && !e.where.isEmpty())
            return refuse(call, e.where, e.message);
        call.err << e.text() << Qt::endl;
        return e.kind == core::Error::Kind::Validation ? 2 : 1;
    }
    if (call.json) {
        const QJsonObject o{{QStringLiteral("number"), created->number},
                            {QStringLiteral("id"), created->id},
                            {QStringLiteral("total_cents"), created->total.cents()}};
        call.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        call.out << Tr::tr("Order %1 created, total %2.").arg(created->number).arg(created->total.format()) << Qt::endl;
    }
    return 0;
}

} // namespace

core::CliCommand orderCreateCommand(OrderEntryServiceFactory makeService)
{
    return {{QStringLiteral("orders"), QStringLiteral("create")},
            [] { return Tr::tr("Enter an order for a store, representative, franchise or telesales channel"); },
            [makeService = std::move(makeService)](core::CliInvocation &call) { return createOrder(call, makeService); }};
}

} // namespace orders
