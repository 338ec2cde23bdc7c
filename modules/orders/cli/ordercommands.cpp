#include "orders/cli/ordercommands.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/clisupport.h"
#include "core/domain/taxid.h"
#include "core/domain/tr.h"
#include "orders/data/orderdetailrepository.h"
#include "orders/data/orderrepository.h"
#include "orders/domain/customerprivacy.h"
#include "orders/domain/orderstatus.h"
#include "orders/workflow/orderworkflow.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

namespace orders {

using core::Tr;

namespace {

QJsonObject rowJson(const OrderRow &r)
{
    return {{QStringLiteral("number"), r.number},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("placed_at"), core::toDbTimestamp(r.placedAt)},
            {QStringLiteral("channel"), r.channelName},
            {QStringLiteral("customer"), r.customerName},
            {QStringLiteral("document"), r.customerDocument},
            {QStringLiteral("total_cents"), r.total.cents()},
            {QStringLiteral("payment_method"), r.paymentMethod},
            {QStringLiteral("payment_status"), r.paymentStatus},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("carrier"), r.carrier},
            {QStringLiteral("tracking_code"), r.trackingCode}};
}

QStringList listOption(const QCommandLineParser &parser, const QString &name)
{
    QStringList values;
    for (const QString &value : parser.values(name))
        values << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return values;
}

// Resolves the order number typed on the command line; prints the error and returns empty.
QString orderIdFor(core::CliInvocation &call, const QString &typed)
{
    bool ok = false;
    const qint64 number = typed.toLongLong(&ok);
    OrderRepository repository(call.context.database());
    auto id = ok ? repository.idForNumber(number) : core::Result<QString>(QString());
    if (!id) {
        call.err << id.error().text() << Qt::endl;
        return {};
    }
    if (id->isEmpty())
        call.err << Tr::tr("There is no order number %1.").arg(typed) << Qt::endl;
    return *id;
}

int listOrders(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("status"), Tr::tr("Only these statuses (codes, comma separated)"), QStringLiteral("S")},
                       {QStringLiteral("payment-status"), Tr::tr("Only these payment statuses"), QStringLiteral("S")},
                       {QStringLiteral("carrier"), Tr::tr("Only these carriers"), QStringLiteral("NAME")},
                       {QStringLiteral("from"), Tr::tr("Placed on or after this date (YYYY-MM-DD)"), QStringLiteral("DATE")},
                       {QStringLiteral("to"), Tr::tr("Placed on or before this date (YYYY-MM-DD)"), QStringLiteral("DATE")},
                       {QStringLiteral("search"), Tr::tr("Number, customer name, CPF/CNPJ, e-mail, SKU or tracking code"),
                        QStringLiteral("TEXT")},
                       {QStringLiteral("sort"), Tr::tr("Sort column[:asc|desc] (number, placed_at, channel, customer, "
                                                       "document, total, payment_status, status, carrier, tracking)"),
                        QStringLiteral("KEY")},
                       {QStringLiteral("limit"), Tr::tr("At most N orders (default 50)"), QStringLiteral("N"), QStringLiteral("50")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli orders list [--status S] [--search TEXT] [--from DATE] [--to DATE] "
                                 "[--sort KEY[:asc]] [--limit N] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;

    OrderFilter filter;
    filter.statuses = listOption(parser, QStringLiteral("status"));
    filter.paymentStatuses = listOption(parser, QStringLiteral("payment-status"));
    filter.carriers = listOption(parser, QStringLiteral("carrier"));
    filter.search = parser.value(QStringLiteral("search"));
    const QStringList known = OrderStatus::all();
    for (const QString &status : std::as_const(filter.statuses)) {
        if (!known.contains(status)) {
            call.err << Tr::tr("Unknown status \"%1\". Known: %2.").arg(status, known.join(QStringLiteral(", "))) << Qt::endl;
            return 2;
        }
    }
    for (const auto &[option, date] : {std::pair{QStringLiteral("from"), &filter.placedFrom},
                                       std::pair{QStringLiteral("to"), &filter.placedTo}}) {
        if (!parser.isSet(option))
            continue;
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date->isValid()) {
            call.err << Tr::tr("--%1 must be a date like 2026-11-23, not \"%2\".").arg(option, parser.value(option)) << Qt::endl;
            return 2;
        }
    }
    OrderSort sort;
    if (parser.isSet(QStringLiteral("sort"))) {
        const QStringList parts = parser.value(QStringLiteral("sort")).split(QLatin1Char(':'));
        const auto key = OrderSort::keyFromName(parts.constFirst());
        if (!key || (parts.size() > 1 && parts[1] != QLatin1String("asc") && parts[1] != QLatin1String("desc"))) {
            call.err << Tr::tr("Unknown sort \"%1\".").arg(parser.value(QStringLiteral("sort"))) << '\n' << usage << Qt::endl;
            return 2;
        }
        sort = {*key, parts.size() < 2 || parts[1] == QLatin1String("desc")};
    }
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        call.err << Tr::tr("--limit must be a positive number.") << Qt::endl;
        return 2;
    }

    OrderRepository repository(call.context.database());
    QList<OrderRow> rows;
    OrderCursor cursor;
    while (rows.size() < limit) {
        auto page = repository.page(filter, sort, cursor, std::min(limit - int(rows.size()), 500));
        if (!page) {
            call.err << page.error().text() << Qt::endl;
            return 1;
        }
        rows << *page;
        if (page->isEmpty() || rows.size() >= limit)
            break;
        cursor = OrderRepository::cursorAfter(rows.constLast(), sort);
    }
    if (call.json) {
        QJsonArray array;
        for (const OrderRow &r : std::as_const(rows))
            array.append(rowJson(r));
        call.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QLocale locale;
    for (const OrderRow &r : std::as_const(rows)) {
        call.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(r.number, 8)
                        .arg(locale.toString(core::CivilTime::toCivil(r.placedAt), QStringLiteral("dd/MM/yyyy HH:mm")),
                             r.customerName.left(32).leftJustified(32), r.total.format().rightJustified(14),
                             OrderStatus::displayName(r.status).leftJustified(22), r.trackingCode);
    }
    call.out << Tr::tr("%n order(s)", nullptr, int(rows.size())) << Qt::endl;
    return 0;
}

int showOrder(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("number"), Tr::tr("Order number"));
    const QString usage = Tr::tr("Usage: retaguarda-cli orders show NUMBER [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    const QString id = orderIdFor(call, parser.positionalArguments().constFirst());
    if (id.isEmpty())
        return 1;
    auto detail = OrderDetailRepository(call.context.database()).load(id);
    if (!detail) {
        call.err << detail.error().text() << Qt::endl;
        return 1;
    }
    auto row = OrderRepository(call.context.database()).row(id);
    if (!row) {
        call.err << row.error().text() << Qt::endl;
        return 1;
    }
    // CPF/CNPJ, e-mail and address are personal data: only for roles that serve customers.
    const bool personal = canSeeCustomerDocument(call.context.session());
    const OrderDetailData &d = *detail;
    if (call.json) {
        QJsonArray items;
        for (const auto &line : d.items) {
            items.append(QJsonObject{{QStringLiteral("sku"), line.sku}, {QStringLiteral("description"), line.description},
                                     {QStringLiteral("quantity"), line.quantity},
                                     {QStringLiteral("list_price_cents"), line.listPrice.cents()},
                                     {QStringLiteral("unit_price_cents"), line.unitPrice.cents()},
                                     {QStringLiteral("discount_cents"), line.discount.cents()},
                                     {QStringLiteral("total_cents"), line.total.cents()}});
        }
        QJsonArray payments;
        for (const auto &p : d.payments) {
            payments.append(QJsonObject{{QStringLiteral("at"), core::toDbTimestamp(p.at)}, {QStringLiteral("method"), p.method},
                                        {QStringLiteral("status"), p.status}, {QStringLiteral("amount_cents"), p.amount.cents()},
                                        {QStringLiteral("card_brand"), p.cardBrand}, {QStringLiteral("card_last4"), p.cardLast4},
                                        {QStringLiteral("nsu"), p.nsu}, {QStringLiteral("pix_txid"), p.pixTxid}});
        }
        QJsonArray timeline;
        for (const auto &event : d.timeline) {
            timeline.append(QJsonObject{{QStringLiteral("at"), core::toDbTimestamp(event.at)},
                                        {QStringLiteral("kind"), event.kind},
                                        {QStringLiteral("from"), event.fromStatus},
                                        {QStringLiteral("to"), event.toStatus},
                                        {QStringLiteral("reason"), event.reason},
                                        {QStringLiteral("user"), event.userName}});
        }
        QJsonObject o = rowJson(*row);
        if (!personal)
            o.remove(QStringLiteral("document"));
        o.insert(QStringLiteral("items"), items);
        o.insert(QStringLiteral("payments"), payments);
        o.insert(QStringLiteral("timeline"), timeline);
        o.insert(QStringLiteral("items_cents"), d.header.items.cents());
        o.insert(QStringLiteral("freight_cents"), d.header.freight.cents());
        o.insert(QStringLiteral("discount_cents"), d.header.discount.cents());
        call.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const OrderRow &r = *row;
    call.out << Tr::tr("Order %1 · %2 · %3").arg(r.number).arg(r.channelName, OrderStatus::displayName(r.status)) << '\n'
             << (personal ? Tr::tr("Customer: %1 (%2)").arg(r.customerName, core::TaxId::format(r.customerDocument))
                          : Tr::tr("Customer: %1").arg(r.customerName))
             << '\n';
    for (const auto &line : d.items)
        call.out << QStringLiteral("  %1 × %2  %3  %4\n").arg(line.quantity).arg(line.sku, line.description, line.total.format());
    call.out << Tr::tr("Total: %1").arg(r.total.format()) << '\n';
    const QLocale locale;
    for (const auto &event : d.timeline) {
        const QString what = event.kind == QLatin1String("status_changed")
                                 ? QStringLiteral("%1 → %2").arg(OrderStatus::displayName(event.fromStatus),
                                                                 OrderStatus::displayName(event.toStatus))
                                 : event.kind;
        call.out << QStringLiteral("  %1  %2  %3  %4\n")
                        .arg(locale.toString(core::CivilTime::toCivil(event.at), QStringLiteral("dd/MM/yyyy HH:mm")), what,
                             event.reason, event.userName);
    }
    call.out.flush();
    return 0;
}

int advanceOrder(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("number"), Tr::tr("Order number"));
    parser.addOptions({{QStringLiteral("to"), Tr::tr("Target state or event (pago, payment_confirmed ...)"), QStringLiteral("STATE")},
                       {QStringLiteral("reason"), Tr::tr("Why (recorded on the timeline)"), QStringLiteral("TEXT")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli orders advance NUMBER --to STATE [--reason TEXT]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("to"))) {
        call.err << usage << Qt::endl;
        return 2;
    }
    auto *workflow = call.context.service<OrderWorkflow>();
    if (!workflow) {
        call.err << Tr::tr("The orders workflow is not available.") << Qt::endl;
        return 1;
    }
    const QString id = orderIdFor(call, parser.positionalArguments().constFirst());
    if (id.isEmpty())
        return 1;
    auto state = workflow->advance(call.context.session(), id, parser.value(QStringLiteral("to")),
                                   parser.value(QStringLiteral("reason")));
    if (!state) {
        call.err << state.error().text() << Qt::endl;
        return 1;
    }
    if (call.json) {
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("number"), parser.positionalArguments().constFirst().toLongLong()},
                                              {QStringLiteral("status"), *state}})
                        .toJson(QJsonDocument::Compact)
                 << Qt::endl;
    } else {
        call.out << Tr::tr("Order %1 is now \"%2\".").arg(parser.positionalArguments().constFirst(), OrderStatus::displayName(*state))
                 << Qt::endl;
    }
    return 0;
}

} // namespace

QList<core::CliCommand> orderCliCommands()
{
    return {{{QStringLiteral("orders"), QStringLiteral("list")},
             [] { return Tr::tr("List orders with filters, search and sort (orders list --search TEXT)"); },
             listOrders},
            {{QStringLiteral("orders"), QStringLiteral("show")},
             [] { return Tr::tr("Show one order with its items and timeline (orders show NUMBER)"); },
             showOrder},
            {{QStringLiteral("orders"), QStringLiteral("advance")},
             [] { return Tr::tr("Move an order through the workflow (orders advance NUMBER --to STATE)"); },
             advanceOrder}};
}

} // namespace orders
