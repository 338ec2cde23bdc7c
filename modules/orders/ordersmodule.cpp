#include "orders/ordersmodule.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "core/domain/taxid.h"
#include "orders/data/customerrepository.h"
#include "orders/data/orderrepository.h"
#include "orders/domain/orderstatus.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace orders {

namespace {

int showOrder(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("number"), OrdersModule::tr("Order number"));
    const QString usage = OrdersModule::tr("Usage: retaguarda-cli orders show NUMBER");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    bool ok = false;
    const qint64 number = parser.positionalArguments().constFirst().toLongLong(&ok);
    OrderRepository repository(call.context.database());
    auto id = ok ? repository.idForNumber(number) : core::Result<QString>(QString());
    if (!id) {
        call.err << id.error().text() << Qt::endl;
        return 1;
    }
    if (id->isEmpty()) {
        call.err << OrdersModule::tr("There is no order number %1.").arg(parser.positionalArguments().constFirst()) << Qt::endl;
        return 1;
    }
    auto detail = repository.detail(*id);
    if (!detail) {
        call.err << detail.error().text() << Qt::endl;
        return 1;
    }
    const OrderRow &r = detail->row;
    if (call.json) {
        QJsonArray items;
        for (const auto &line : detail->lines) {
            items.append(QJsonObject{{QStringLiteral("sku"), line.sku}, {QStringLiteral("description"), line.description},
                                     {QStringLiteral("quantity"), line.quantity},
                                     {QStringLiteral("unit_price_cents"), line.unitPrice.cents()},
                                     {QStringLiteral("total_cents"), line.total.cents()}});
        }
        QJsonObject o{{QStringLiteral("number"), r.number}, {QStringLiteral("id"), r.id},
                      {QStringLiteral("placed_at"), core::toDbTimestamp(r.placedAt)},
                      {QStringLiteral("channel"), r.channelName}, {QStringLiteral("customer"), r.customerName},
                      {QStringLiteral("document"), r.customerDocument}, {QStringLiteral("status"), r.status},
                      {QStringLiteral("payment_method"), r.paymentMethod},
                      {QStringLiteral("payment_status"), r.paymentStatus},
                      {QStringLiteral("total_cents"), r.total.cents()}, {QStringLiteral("items"), items},
                      {QStringLiteral("carrier"), r.carrier}, {QStringLiteral("tracking_code"), r.trackingCode}};
        call.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    call.out << OrdersModule::tr("Order %1 · %2 · %3").arg(r.number).arg(r.channelName, OrderStatus::displayName(r.status)) << '\n'
             << OrdersModule::tr("Customer: %1 (%2)").arg(r.customerName, core::TaxId::format(r.customerDocument)) << '\n';
    for (const auto &line : detail->lines)
        call.out << QStringLiteral("  %1 × %2  %3  %4\n").arg(line.quantity).arg(line.sku, line.description, line.total.format());
    call.out << OrdersModule::tr("Total: %1").arg(r.total.format()) << Qt::endl;
    return 0;
}

} // namespace

QString OrdersModule::title() const
{
    return tr("Orders");
}

QList<core::CliCommand> OrdersModule::cliCommands() const
{
    return {{{QStringLiteral("orders"), QStringLiteral("show")},
             [] { return tr("Show one order with its items (orders show NUMBER)"); },
             showOrder}};
}

QList<core::SearchHit> OrdersModule::search(core::AppContext &context, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    const QString trimmed = text.trimmed();
    bool isNumber = false;
    const qint64 number = trimmed.toLongLong(&isNumber);
    if (isNumber && trimmed.size() <= 10) {
        OrderRepository orders(context.database());
        if (auto id = orders.idForNumber(number); id && !id->isEmpty()) {
            if (auto detail = orders.detail(*id)) {
                hits.append({QStringLiteral("order"), *id, tr("Order %1").arg(number),
                             QStringLiteral("%1 · %2 · %3").arg(detail->row.customerName, detail->row.total.format(),
                                                               OrderStatus::displayName(detail->row.status))});
            }
        }
    }
    // Customers' documents and addresses are personal data (LGPD): only for roles that serve
    // customers, not for everyone who may see an order number.
    const core::Session &session = context.session();
    if (!session.can(core::Permission::SacView) && !session.can(core::Permission::OrdersManage))
        return hits;
    CustomerRepository customers(context.database());
    if (auto found = customers.search(trimmed, limit)) {
        for (const CustomerSummary &c : *found) {
            hits.append({QStringLiteral("customer"), c.id, c.name,
                         QStringLiteral("%1 · %2/%3").arg(core::TaxId::format(c.document), c.city, c.state)});
        }
    }
    return hits.mid(0, limit);
}

} // namespace orders
