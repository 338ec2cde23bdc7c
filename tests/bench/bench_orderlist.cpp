// Benchmark: the Orders dock on a large database (issue 3's budgets).
//   bench_orderlist --db PATH [--runs N]
// Measures, on the real repository and model, the time a user waits for: the first page of the
// list (query + every cell formatted, as the view paints it), each sort's first page, search by
// CPF, by customer name prefix and by SKU, applying filters, and one workflow transition with its
// entry actions committed. Each figure is the median of N runs after one warm-up; the first, cold
// run is printed too.
#include "billing/workflow/billingactions.h"
#include "stock/workflow/stockactions.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "core/domain/session.h"
#include "orders/models/ordertablemodel.h"
#include "orders/ordersmodule.h"
#include "orders/workflow/orderworkflow.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace orders;

namespace {

QTextStream out(stdout);
int runs = 7;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Times `work` (in ms) cold once, then `runs` times; prints "name: median ms (cold: x ms)".
void measure(const QString &name, const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    const double cold = timer.nsecsElapsed() / 1e6;
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        timer.restart();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("%1: %2 ms (cold %3 ms)").arg(name).arg(median(times), 0, 'f', 2).arg(cold, 0, 'f', 2) << Qt::endl;
}

// What the view does for the first screen: load a page and format every cell of it.
void firstPage(OrderTableModel &model, const OrderFilter &filter, const OrderSort &sort)
{
    model.setQuery(filter, sort);
    model.fetchMore({});
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            (void)model.data(model.index(row, column));
    }
    if (model.rowCount() == 0)
        qFatal("the query returned nothing: %s", qPrintable(filter.search));
}

QString scalar(core::Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    return v ? v->toString() : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString path;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    if (path.isEmpty())
        qFatal("usage: bench_orderlist --db PATH [--runs N]");
    auto db = core::Database::openSqlite(path);
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    QElapsedTimer migration;
    migration.start();
    if (auto migrated = core::Migrator(**db).migrate(); !migrated)
        qFatal("%s", qPrintable(migrated.error().text()));
    out << QStringLiteral("migrate: %1 s").arg(migration.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    core::Database &d = **db;
    out << QStringLiteral("orders: %1").arg(scalar(d, QStringLiteral("SELECT COUNT(*) FROM orders"))) << Qt::endl;

    OrderTableModel model{OrderRepository(d)};
    measure(QStringLiteral("first page"), [&] { firstPage(model, {}, {}); });
    for (int column = 0; column < OrderTableModel::ColumnCount; ++column) {
        const OrderSortKey key = OrderTableModel::sortKeyForColumn(column);
        measure(QStringLiteral("first page sorted by %1").arg(OrderSort::keyName(key)),
                [&] { firstPage(model, {}, {key, false}); });
    }

    // Search: a customer's CPF as people type it, a common first name with the start of a
    // surname, and a SKU that sold often.
    const QString cpf = scalar(d, QStringLiteral("SELECT document FROM customers WHERE kind = 'person' LIMIT 1 OFFSET 123456"));
    OrderFilter byCpf;
    byCpf.search = QStringLiteral("%1.%2.%3-%4").arg(cpf.mid(0, 3), cpf.mid(3, 3), cpf.mid(6, 3), cpf.mid(9));
    measure(QStringLiteral("search by CPF"), [&] { firstPage(model, byCpf, {}); });
    OrderFilter byName;
    byName.search = QStringLiteral("maria sil");
    measure(QStringLiteral("search by customer name prefix"), [&] { firstPage(model, byName, {}); });
    OrderFilter byFirstName;
    byFirstName.search = QStringLiteral("mar");
    measure(QStringLiteral("search by a three-letter prefix"), [&] { firstPage(model, byFirstName, {}); });
    OrderFilter bySku;
    bySku.search = scalar(d, QStringLiteral("SELECT sku FROM order_items WHERE rowid = 777777"));
    measure(QStringLiteral("search by SKU"), [&] { firstPage(model, bySku, {}); });
    OrderFilter byTracking;
    byTracking.search = scalar(d, QStringLiteral("SELECT tracking_code FROM orders WHERE number = 600000"));
    measure(QStringLiteral("search by tracking code"), [&] { firstPage(model, byTracking, {}); });

    // Filters: a rare status, a common one sorted by total, a date range, several at once.
    OrderFilter awaiting;
    awaiting.statuses = {QStringLiteral("aguardando_pagamento")};
    measure(QStringLiteral("filter rare status"), [&] { firstPage(model, awaiting, {}); });
    OrderFilter delivered;
    delivered.statuses = {QStringLiteral("entregue"), QStringLiteral("cancelado")};
    measure(QStringLiteral("filter common statuses sorted by total"), [&] { firstPage(model, delivered, {OrderSortKey::Total, true}); });
    OrderFilter lastYear;
    lastYear.placedFrom = QDate(2025, 3, 1);
    lastYear.placedTo = QDate(2025, 3, 31);
    measure(QStringLiteral("filter date range (a month a year ago)"), [&] { firstPage(model, lastYear, {}); });
    OrderFilter combined = lastYear;
    combined.carriers = {scalar(d, QStringLiteral("SELECT carrier FROM orders WHERE carrier <> '' LIMIT 1"))};
    combined.paymentStatuses = {QStringLiteral("paid")};
    measure(QStringLiteral("filter carrier + payment + date range, by customer"),
            [&] { firstPage(model, combined, {OrderSortKey::Customer, false}); });
    OrderFilter rareSorted = awaiting;
    measure(QStringLiteral("filter rare status sorted by customer"), [&] { firstPage(model, rareSorted, {OrderSortKey::Customer, false}); });

    // A transition with its entry actions (status, event, audit, outbox, payment status, stamp,
    // e-mail queued, storefront notified), committed.
    core::DomainEvents events;
    core::AppContext context(d, events);
    context.setSession(core::Session::commandLine());
    OrdersModule module;
    billing::registerBillingActions(context.workflowActions());
    stock::registerStockActions(context.workflowActions()); // ... and reserves/releases stock
    if (auto ready = module.initialize(context); !ready)
        qFatal("%s", qPrintable(ready.error().text()));
    OrderWorkflow &workflow = *context.service<OrderWorkflow>();
    (void)workflow.chart();
    QList<double> transitions;
    auto candidates = d.exec(QStringLiteral("SELECT id FROM orders WHERE status = 'aguardando_pagamento' ORDER BY number LIMIT ?"),
                             {runs + 1});
    QStringList ids;
    while (candidates && candidates->next())
        ids << candidates->value(0).toString();
    for (const QString &id : std::as_const(ids)) {
        QElapsedTimer timer;
        timer.start();
        auto moved = workflow.advance(context.session(), id, QStringLiteral("payment_confirmed"), QStringLiteral("benchmark"));
        if (!moved)
            qFatal("%s", qPrintable(moved.error().text()));
        transitions << timer.nsecsElapsed() / 1e6;
    }
    if (!transitions.isEmpty()) {
        const double cold = transitions.takeFirst();
        out << QStringLiteral("status transition with actions: %1 ms (cold %2 ms)")
                   .arg(median(transitions), 0, 'f', 2)
                   .arg(cold, 0, 'f', 2)
            << Qt::endl;
    }
    return 0;
}
