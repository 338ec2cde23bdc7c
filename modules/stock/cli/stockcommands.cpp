#include "stock/cli/stockcommands.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "core/domain/session.h"
#include "stock/data/countservice.h"
#include "stock/data/locationservice.h"
#include "stock/data/lotrepository.h"
#include "stock/data/receivingservice.h"
#include "stock/data/replenishmentservice.h"
#include "stock/data/stockdemo.h"
#include "stock/data/stockqueries.h"
#include "stock/data/stockservice.h"
#include "stock/domain/stocktr.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace stock {

namespace {

int fail(core::CliInvocation &call, const core::Error &error)
{
    call.err << error.text() << Qt::endl;
    return error.kind == core::Error::Kind::Validation || error.kind == core::Error::Kind::NotFound ? 2 : 1;
}

void printJson(core::CliInvocation &call, const QJsonValue &value)
{
    call.out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject())).toJson(QJsonDocument::Indented);
    call.out.flush();
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

bool allowed(core::CliInvocation &call, core::Permission p)
{
    if (auto ok = call.context.session().require(p); !ok) {
        call.err << ok.error().text() << Qt::endl;
        return false;
    }
    return true;
}

int show(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("code"), Tr::tr("SKU, EAN or lot"));
    const QString usage = Tr::tr("Usage: retaguarda-cli stock show SKU|EAN|LOT [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        call.err << usage << Qt::endl;
        return 2;
    }
    if (!allowed(call, core::Permission::StockView))
        return 1;
    StockService stock(call.context.database());
    auto id = stock.findProduct(parser.positionalArguments().constFirst());
    if (!id)
        return fail(call, id.error());
    auto pos = stock.position(*id);
    if (!pos)
        return fail(call, pos.error());
    if (call.json) {
        QJsonArray lines;
        for (const BalanceLine &l : pos->lines) {
            lines.append(QJsonObject{{QStringLiteral("location"), l.locationCode},
                                     {QStringLiteral("zone"), l.zone},
                                     {QStringLiteral("kind"), l.locationKind},
                                     {QStringLiteral("pick_sequence"), l.pickSequence},
                                     {QStringLiteral("location_blocked"), l.locationBlocked},
                                     {QStringLiteral("lot"), l.lotCode.isEmpty() ? QJsonValue() : QJsonValue(l.lotCode)},
                                     {QStringLiteral("expiry"), dateJson(l.expiryDate)},
                                     {QStringLiteral("lot_blocked"), l.lotBlocked},
                                     {QStringLiteral("on_hand"), l.onHand},
                                     {QStringLiteral("reserved"), l.reserved},
                                     {QStringLiteral("available"), l.available()}});
        }
        printJson(call, QJsonObject{{QStringLiteral("product_id"), pos->productId},
                                    {QStringLiteral("sku"), pos->sku},
                                    {QStringLiteral("gtin"), pos->gtin},
                                    {QStringLiteral("name"), pos->name},
                                    {QStringLiteral("unit"), pos->unit},
                                    {QStringLiteral("lot_controlled"), pos->lotControlled},
                                    {QStringLiteral("controls_expiry"), pos->controlsExpiry},
                                    {QStringLiteral("abc_class"), pos->abcClass},
                                    {QStringLiteral("on_hand"), pos->onHand},
                                    {QStringLiteral("reserved"), pos->reserved},
                                    {QStringLiteral("available"), pos->available()},
                                    {QStringLiteral("usable"), pos->usable},
                                    {QStringLiteral("locations"), lines}});
        return 0;
    }
    call.out << QStringLiteral("%1  %2  (%3)\n").arg(pos->sku, pos->name, pos->gtin);
    call.out << Tr::tr("On hand %1 %4 · reserved %2 · available %3").arg(pos->onHand).arg(pos->reserved).arg(pos->available()).arg(pos->unit)
             << '\n';
    for (const BalanceLine &l : pos->lines) {
        call.out << QStringLiteral("  %1  %2  %3  %4  %5/%6\n")
                        .arg(l.locationCode, -14)
                        .arg(l.zone, -8)
                        .arg(l.lotCode.isEmpty() ? QStringLiteral("-") : l.lotCode, -14)
                        .arg(l.expiryDate.isValid() ? l.expiryDate.toString(Qt::ISODate) : QStringLiteral("-"), -10)
                        .arg(l.onHand)
                        .arg(l.reserved);
    }
    call.out.flush();
    return 0;
}

core::Result<QString> locationId(core::Database &db, const QString &code)
{
    if (code.isEmpty())
        return QString();
    auto l = LocationService(db).find(code);
    if (!l)
        return l.error();
    return l->id;
}

int move(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sku"), Tr::tr("Product SKU or EAN"), QStringLiteral("SKU")});
    parser.addOption({QStringLiteral("qty"), Tr::tr("Quantity (> 0)"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("from"), Tr::tr("Location code to take from"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("to"), Tr::tr("Location code to put into"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("lot"), Tr::tr("Lot code (lot-controlled products)"), QStringLiteral("LOT")});
    parser.addOption({QStringLiteral("kind"), Tr::tr("transfer, adjustment, write_off, return, putaway, receipt ..."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why (kept with the movement)"), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("document"), Tr::tr("Document reference"), QStringLiteral("DOC")});
    const QString usage = Tr::tr("Usage: retaguarda-cli stock move --sku S --qty N [--from CODE] [--to CODE] [--lot L] --kind K"
                                 " [--reason R] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    bool ok = false;
    const qint64 qty = parser.value(QStringLiteral("qty")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("sku")) || !ok || !parser.isSet(QStringLiteral("kind"))) {
        call.err << usage << Qt::endl;
        return 2;
    }
    core::Database &db = call.context.database();
    StockService stock(db);
    auto product = stock.findProduct(parser.value(QStringLiteral("sku")));
    if (!product)
        return fail(call, product.error());
    Movement m;
    m.kind = parser.value(QStringLiteral("kind")).trimmed().toLower();
    m.productId = *product;
    m.quantity = qty;
    m.reason = parser.value(QStringLiteral("reason"));
    m.document = parser.value(QStringLiteral("document"));
    auto from = locationId(db, parser.value(QStringLiteral("from")));
    if (!from)
        return fail(call, from.error());
    auto to = locationId(db, parser.value(QStringLiteral("to")));
    if (!to)
        return fail(call, to.error());
    m.fromLocationId = *from;
    m.toLocationId = *to;
    if (parser.isSet(QStringLiteral("lot"))) {
        auto lot = LotRepository(db).find(m.productId, parser.value(QStringLiteral("lot")));
        if (!lot)
            return fail(call, lot.error());
        m.lotId = lot->id;
    }
    auto moved = stock.move(call.context.session(), m);
    if (!moved)
        return fail(call, moved.error());
    if (call.json)
        printJson(call, QJsonObject{{QStringLiteral("movement_id"), *moved}});
    else
        call.out << Tr::tr("Movement %1 posted.").arg(*moved) << Qt::endl;
    return 0;
}

int receive(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sku"), Tr::tr("Product GTIN (as scanned) or SKU"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("qty"), Tr::tr("Quantity received"), QStringLiteral("N")});
    parser.addOption({QStringLiteral("lot"), Tr::tr("Lot code"), QStringLiteral("LOT")});
    parser.addOption({QStringLiteral("expiry"), Tr::tr("Expiry date YYYY-MM-DD"), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("receipt"), Tr::tr("Receipt id (default: a new receipt expecting just this)"), QStringLiteral("ID")});
    parser.addOption({QStringLiteral("document"), Tr::tr("Supplier invoice / purchase order"), QStringLiteral("DOC")});
    parser.addOption({QStringLiteral("to"), Tr::tr("Put away into this location (default: the suggestion)"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("no-putaway"), Tr::tr("Leave the goods at the receiving dock")});
    const QString usage = Tr::tr("Usage: retaguarda-cli stock receive --sku GTIN --qty N [--lot L --expiry YYYY-MM-DD] [--receipt ID]"
                                 " [--to CODE | --no-putaway] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    bool ok = false;
    const qint64 qty = parser.value(QStringLiteral("qty")).toLongLong(&ok);
    if (!parser.isSet(QStringLiteral("sku")) || !ok) {
        call.err << usage << Qt::endl;
        return 2;
    }
    QDate expiry;
    if (parser.isSet(QStringLiteral("expiry"))) {
        expiry = QDate::fromString(parser.value(QStringLiteral("expiry")), Qt::ISODate);
        if (!expiry.isValid()) {
            call.err << Tr::tr("The expiry date must be YYYY-MM-DD, e.g. 2027-06-30.") << Qt::endl;
            return 2;
        }
    }
    core::Database &db = call.context.database();
    const core::Session &session = call.context.session();
    auto warehouse = LocationService(db).defaultWarehouse();
    if (!warehouse)
        return fail(call, warehouse.error());
    ReceivingService receiving(db);
    QString receiptId = parser.value(QStringLiteral("receipt"));
    if (receiptId.isEmpty()) {
        auto product = StockService(db).findProduct(parser.value(QStringLiteral("sku")));
        if (!product)
            return fail(call, product.error());
        auto created = receiving.createReceipt(session, warehouse->id, parser.value(QStringLiteral("document")), {}, {{*product, qty}});
        if (!created)
            return fail(call, created.error());
        receiptId = *created;
    }
    auto received = receiving.receive(session, {receiptId, parser.value(QStringLiteral("sku")), parser.value(QStringLiteral("lot")), expiry, qty});
    if (!received)
        return fail(call, received.error());
    QString putInto;
    if (!parser.isSet(QStringLiteral("no-putaway"))) {
        putInto = parser.isSet(QStringLiteral("to")) ? parser.value(QStringLiteral("to")) : received->suggestion.locationCode;
        if (!putInto.isEmpty()) {
            auto put = receiving.putaway(session, warehouse->id, received->productId, received->lotId, qty, putInto,
                                         QStringLiteral("receipt:%1").arg(receiptId));
            if (!put)
                return fail(call, put.error());
        }
    }
    if (call.json) {
        printJson(call, QJsonObject{{QStringLiteral("receipt_id"), receiptId},
                                    {QStringLiteral("movement_id"), received->movementId},
                                    {QStringLiteral("sku"), received->sku},
                                    {QStringLiteral("received"), received->receivedSoFar},
                                    {QStringLiteral("expected"), received->expected},
                                    {QStringLiteral("suggested_location"), received->suggestion.locationCode},
                                    {QStringLiteral("suggestion_reason"), received->suggestion.why},
                                    {QStringLiteral("put_away_to"), putInto.isEmpty() ? QJsonValue() : QJsonValue(putInto.toUpper())}});
    } else {
        call.out << Tr::tr("Received %1 × %2 (%3 of %4).").arg(qty).arg(received->sku).arg(received->receivedSoFar).arg(received->expected)
                 << '\n';
        if (!putInto.isEmpty())
            call.out << Tr::tr("Put away into %1.").arg(putInto.toUpper()) << '\n';
        else if (!received->suggestion.locationCode.isEmpty())
            call.out << Tr::tr("Suggested location: %1 (%2).").arg(received->suggestion.locationCode, received->suggestion.why) << '\n';
        call.out.flush();
    }
    return 0;
}

QJsonObject expiryJson(const ExpiryLine &e)
{
    return {{QStringLiteral("sku"), e.sku},           {QStringLiteral("name"), e.name},
            {QStringLiteral("lot"), e.lotCode},       {QStringLiteral("expiry"), dateJson(e.expiryDate)},
            {QStringLiteral("days_left"), e.daysLeft}, {QStringLiteral("expired"), e.daysLeft < 0},
            {QStringLiteral("lot_blocked"), e.lotBlocked}, {QStringLiteral("location"), e.locationCode},
            {QStringLiteral("on_hand"), e.onHand},    {QStringLiteral("reserved"), e.reserved}};
}

int expiring(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("days"), Tr::tr("Near-expiry window in days (default %1)").arg(StockQueries::kDefaultNearExpiryDays),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("expired"), Tr::tr("Only lots already expired")});
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli stock expiring [--days N] [--expired] [--json]")))
        return *exit;
    if (!allowed(call, core::Permission::StockView))
        return 1;
    const int days = parser.isSet(QStringLiteral("days")) ? parser.value(QStringLiteral("days")).toInt() : StockQueries::kDefaultNearExpiryDays;
    StockQueries queries(call.context.database());
    auto lines = parser.isSet(QStringLiteral("expired")) ? queries.expired() : queries.expiring(days);
    if (!lines)
        return fail(call, lines.error());
    if (call.json) {
        QJsonArray a;
        for (const ExpiryLine &e : *lines)
            a.append(expiryJson(e));
        printJson(call, a);
        return 0;
    }
    for (const ExpiryLine &e : *lines) {
        call.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(e.expiryDate.toString(Qt::ISODate))
                        .arg(e.daysLeft < 0 ? Tr::tr("expired %1 d ago").arg(-e.daysLeft) : Tr::tr("%1 d left").arg(e.daysLeft), -16)
                        .arg(e.sku, -12)
                        .arg(e.lotCode, -14)
                        .arg(e.locationCode, -12)
                        .arg(e.onHand);
    }
    call.out.flush();
    return 0;
}

int recall(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("lot"), Tr::tr("Lot code"), QStringLiteral("LOT")});
    parser.addOption({QStringLiteral("sku"), Tr::tr("Only this product's lot"), QStringLiteral("SKU")});
    const QString usage = Tr::tr("Usage: retaguarda-cli stock recall --lot L [--sku S] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (!parser.isSet(QStringLiteral("lot"))) {
        call.err << usage << Qt::endl;
        return 2;
    }
    if (!allowed(call, core::Permission::StockView))
        return 1;
    auto lines = StockQueries(call.context.database()).recall(parser.value(QStringLiteral("lot")), parser.value(QStringLiteral("sku")));
    if (!lines)
        return fail(call, lines.error());
    if (call.json) {
        QJsonArray a;
        for (const RecallLine &r : *lines) {
            a.append(QJsonObject{{QStringLiteral("lot"), r.lotCode},
                                 {QStringLiteral("sku"), r.sku},
                                 {QStringLiteral("expiry"), dateJson(r.expiryDate)},
                                 {QStringLiteral("order"), r.orderNumber},
                                 {QStringLiteral("order_status"), r.orderStatus},
                                 {QStringLiteral("customer"), r.customerName},
                                 {QStringLiteral("document"), r.customerDocument},
                                 {QStringLiteral("email"), r.customerEmail},
                                 {QStringLiteral("phone"), r.customerPhone},
                                 {QStringLiteral("city"), r.city},
                                 {QStringLiteral("state"), r.state},
                                 {QStringLiteral("quantity"), r.quantity},
                                 {QStringLiteral("picked_at"), r.pickedAt}});
        }
        printJson(call, a);
        return 0;
    }
    if (lines->isEmpty())
        call.out << Tr::tr("No order received lot %1.").arg(parser.value(QStringLiteral("lot")).toUpper()) << '\n';
    for (const RecallLine &r : *lines)
        call.out << QStringLiteral("%1  %2  %3  %4  %5  %6/%7  %8\n")
                        .arg(r.orderNumber)
                        .arg(r.sku, r.lotCode, r.customerName, r.customerDocument, r.city, r.state)
                        .arg(r.quantity);
    call.out.flush();
    return 0;
}

int count(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("start, scan, review, post, list"));
    parser.addPositionalArgument(QStringLiteral("count"), Tr::tr("Count id (scan, review, post)"));
    parser.addOption({QStringLiteral("scope"), Tr::tr("full, zone or abc"), QStringLiteral("SCOPE")});
    parser.addOption({QStringLiteral("value"), Tr::tr("The zone or the ABC class"), QStringLiteral("VALUE")});
    parser.addOption({QStringLiteral("location"), Tr::tr("Location code scanned"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("product"), Tr::tr("GTIN or SKU scanned"), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("lot"), Tr::tr("Lot scanned"), QStringLiteral("LOT")});
    parser.addOption({QStringLiteral("qty"), Tr::tr("Units (default 1 per scan)"), QStringLiteral("N")});
    const QString usage = Tr::tr("Usage: retaguarda-cli stock count start --scope full|zone|abc [--value V]\n"
                                 "       retaguarda-cli stock count scan COUNT --location CODE --product GTIN [--lot L] [--qty N]\n"
                                 "       retaguarda-cli stock count review|post COUNT [--json]\n"
                                 "       retaguarda-cli stock count list [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        call.err << usage << Qt::endl;
        return 2;
    }
    core::Database &db = call.context.database();
    const core::Session &session = call.context.session();
    CountService counts(db);
    const QString action = args.constFirst();
    if (action == u"start") {
        auto warehouse = LocationService(db).defaultWarehouse();
        if (!warehouse)
            return fail(call, warehouse.error());
        auto id = counts.start(session, warehouse->id, parser.value(QStringLiteral("scope")).isEmpty() ? QStringLiteral("full")
                                                                                                   : parser.value(QStringLiteral("scope")),
                               parser.value(QStringLiteral("value")));
        if (!id)
            return fail(call, id.error());
        if (call.json)
            printJson(call, QJsonObject{{QStringLiteral("count_id"), *id}});
        else
            call.out << *id << Qt::endl;
        return 0;
    }
    if (action == u"list") {
        auto list = counts.counts(false);
        if (!list)
            return fail(call, list.error());
        QJsonArray a;
        for (const CountRow &c : *list) {
            if (call.json)
                a.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("scope"), c.scope}, {QStringLiteral("value"), c.scopeValue},
                                     {QStringLiteral("status"), c.status}, {QStringLiteral("lines"), c.lines},
                                     {QStringLiteral("counted"), c.countedLines}});
            else
                call.out << QStringLiteral("%1  %2 %3  %4  %5/%6\n").arg(c.id, c.scope, c.scopeValue, c.status).arg(c.countedLines).arg(c.lines);
        }
        if (call.json)
            printJson(call, a);
        call.out.flush();
        return 0;
    }
    if (args.size() < 2) {
        call.err << usage << Qt::endl;
        return 2;
    }
    const QString countId = args.at(1);
    if (action == u"scan") {
        const qint64 qty = parser.isSet(QStringLiteral("qty")) ? parser.value(QStringLiteral("qty")).toLongLong() : 1;
        auto line = counts.scan(session, countId, parser.value(QStringLiteral("location")), parser.value(QStringLiteral("product")),
                                parser.value(QStringLiteral("lot")), qty);
        if (!line)
            return fail(call, line.error());
        call.out << Tr::tr("Counted.") << Qt::endl;
        return 0;
    }
    if (action == u"review") {
        auto lines = counts.review(countId);
        if (!lines)
            return fail(call, lines.error());
        QJsonArray a;
        for (const CountLine &l : *lines) {
            if (call.json)
                a.append(QJsonObject{{QStringLiteral("location"), l.locationCode}, {QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("lot"), l.lotCode.isEmpty() ? QJsonValue() : QJsonValue(l.lotCode)},
                                     {QStringLiteral("expected"), l.expected},
                                     {QStringLiteral("counted"), l.counted ? QJsonValue(l.countedQty) : QJsonValue()},
                                     {QStringLiteral("on_hand_now"), l.onHandNow}, {QStringLiteral("difference"), l.difference()}});
            else
                call.out << QStringLiteral("%1  %2  %3  %4 → %5  (%6)\n")
                                .arg(l.locationCode, -12)
                                .arg(l.sku, -12)
                                .arg(l.lotCode, -12)
                                .arg(l.onHandNow)
                                .arg(l.counted ? QString::number(l.countedQty) : QStringLiteral("-"))
                                .arg(l.difference());
        }
        if (call.json)
            printJson(call, a);
        call.out.flush();
        return 0;
    }
    if (action == u"post") {
        auto posted = counts.post(session, countId);
        if (!posted)
            return fail(call, posted.error());
        if (call.json)
            printJson(call, QJsonObject{{QStringLiteral("movements"), *posted}});
        else
            call.out << Tr::tr("%1 differences posted.").arg(*posted) << Qt::endl;
        return 0;
    }
    call.err << usage << Qt::endl;
    return 2;
}

int replenishment(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli stock replenishment [--json]")))
        return *exit;
    if (!allowed(call, core::Permission::StockView))
        return 1;
    auto lines = ReplenishmentService(call.context.database()).suggestions();
    if (!lines)
        return fail(call, lines.error());
    QJsonArray a;
    for (const ReplenishmentLine &r : *lines) {
        const bool refill = r.kind == ReplenishmentLine::Kind::Refill;
        if (call.json) {
            a.append(QJsonObject{{QStringLiteral("kind"), refill ? QStringLiteral("refill") : QStringLiteral("purchase")},
                                 {QStringLiteral("sku"), r.sku},
                                 {QStringLiteral("lot"), r.lotCode.isEmpty() ? QJsonValue() : QJsonValue(r.lotCode)},
                                 {QStringLiteral("from"), r.fromCode.isEmpty() ? QJsonValue() : QJsonValue(r.fromCode)},
                                 {QStringLiteral("to"), r.toCode.isEmpty() ? QJsonValue() : QJsonValue(r.toCode)},
                                 {QStringLiteral("current"), r.current},
                                 {QStringLiteral("min"), r.minimum},
                                 {QStringLiteral("max"), r.maximum},
                                 {QStringLiteral("quantity"), r.quantity}});
        } else if (refill) {
            call.out << Tr::tr("refill   %1  %2 × from %3 (lot %4) to %5  (has %6, min %7)")
                            .arg(r.sku)
                            .arg(r.quantity)
                            .arg(r.fromCode, r.lotCode.isEmpty() ? QStringLiteral("-") : r.lotCode, r.toCode)
                            .arg(r.current)
                            .arg(r.minimum)
                     << '\n';
        } else {
            call.out << Tr::tr("purchase %1  %2  (available %3, min %4, max %5)").arg(r.sku).arg(r.quantity).arg(r.current).arg(r.minimum).arg(r.maximum)
                     << '\n';
        }
    }
    if (call.json)
        printJson(call, a);
    call.out.flush();
    return 0;
}

int demo(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli stock demo [--json]")))
        return *exit;
    QElapsedTimer timer;
    timer.start();
    auto made = StockDemo(call.context.database()).create(call.context.session());
    if (!made)
        return fail(call, made.error());
    if (call.json) {
        printJson(call, QJsonObject{{QStringLiteral("created"), made->created},
                                    {QStringLiteral("locations"), made->locations},
                                    {QStringLiteral("products"), made->products},
                                    {QStringLiteral("lots"), made->lots},
                                    {QStringLiteral("movements"), made->movements},
                                    {QStringLiteral("reserved_orders"), made->reservedOrders},
                                    {QStringLiteral("short_orders"), made->shortOrders},
                                    {QStringLiteral("ms"), timer.elapsed()}});
        return 0;
    }
    if (!made->created)
        call.out << Tr::tr("A warehouse exists already: the stock demo was not created again.") << Qt::endl;
    else
        call.out << Tr::tr("Demo warehouse CD1: %1 locations, %2 products, %3 lots, %4 movements; %5 orders reserved (%6 short) in %7 ms.")
                        .arg(made->locations)
                        .arg(made->products)
                        .arg(made->lots)
                        .arg(made->movements)
                        .arg(made->reservedOrders)
                        .arg(made->shortOrders)
                        .arg(timer.elapsed())
                 << Qt::endl;
    return 0;
}

} // namespace

QList<core::CliCommand> stockCliCommands()
{
    const QString s = QStringLiteral("stock");
    return {
        {{s, QStringLiteral("show")}, [] { return Tr::tr("On hand, reserved and available of a product per location and lot"); }, show},
        {{s, QStringLiteral("move")}, [] { return Tr::tr("Post a stock movement (transfer, adjustment, write-off ...)"); }, move},
        {{s, QStringLiteral("receive")}, [] { return Tr::tr("Receive goods (lot, expiry) and put them away"); }, receive},
        {{s, QStringLiteral("expiring")}, [] { return Tr::tr("Lots near expiry or expired"); }, expiring},
        {{s, QStringLiteral("recall")}, [] { return Tr::tr("Every order and customer that received a lot"); }, recall},
        {{s, QStringLiteral("count")}, [] { return Tr::tr("Inventory counts: start, scan, review, post"); }, count},
        {{s, QStringLiteral("replenishment")}, [] { return Tr::tr("Pick faces to refill and products to buy"); }, replenishment},
        {{s, QStringLiteral("demo")}, [] { return Tr::tr("Create the demo warehouse, stock and reservations (once)"); }, demo},
    };
}

} // namespace stock
