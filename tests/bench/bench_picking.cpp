// Benchmark: issue 6's budget for picking waves.
//   bench_picking [--orders N] [--keep DIR]
// Seeds a temporary SQLite database with a warehouse of 20 aisles × 25 racks × 4 levels (2,000
// pick locations: aisles 3 m apart, racks 1.2 m wide; the walking line is the aisle's centre and
// the aisles are joined by a front and a back cross aisle), one product per location, and 5,000
// paid orders in separação with 20,000 lines (1-7 lines, 4 on average), each line reserved at its
// product's location (the contract tables of stock, as `stock demo` would leave them).
// Then builds one wave of every order into routed batch pick lists (24 totes / 100 lines per list,
// the default cart; a 12-tote cart is measured too) through WaveService::preview — reading the candidates with their reservations and locations,
// batching and routing (goal: at most 0.5 s) — and compares the serpentine route with the same
// picks walked in location-code order (goal: at least 20 % shorter). Finally stores the wave
// (lists, totes, tasks, outbox) through WaveService::create and reports that time too.
// Prints "name: value unit" lines; the build figure is the median of 5 runs after a warm-up.
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/transaction.h"
#include "core/domain/gtin.h"
#include "core/domain/rng.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "core/workflow/workflowactions.h"
#include "orders/workflow/orderworkflow.h"
#include "picking/data/pickingrepository.h"
#include "picking/data/waveservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void check(const core::Result<> &r, const char *what)
{
    if (!r)
        qFatal("%s: %s (%s)", what, qPrintable(r.error().text()), qPrintable(r.error().detail));
}

QSqlQuery prepare(core::Database &db, const QString &sql)
{
    auto q = db.prepare(sql);
    if (!q)
        qFatal("prepare: %s", qPrintable(q.error().text()));
    return std::move(*q);
}

void exec(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        qFatal("insert: %s", qPrintable(q.lastError().text()));
}

void seed(core::Database &db, int orderCount)
{
    core::Rng rng(6);
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    core::Transaction tx(db);
    check(tx.begun(), "begin");
    const QString wh = core::Uuid7::generate();
    check(db.exec(u"INSERT INTO warehouses (id, code, name, updated_at) VALUES (?, 'CD1', 'CD', ?)"_s, {wh, now}).ok()
              ? core::Result<>() : core::Result<>(core::Error::database(u"warehouse"_s)),
          "warehouse");
    auto loc = prepare(db, u"INSERT INTO locations (id, warehouse_id, code, aisle, rack, level, position, zone, kind, pick_sequence,"
                           " x_m, y_m, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, 'PICK', 'pick', ?, ?, ?, ?)"_s);
    auto product = prepare(db, u"INSERT INTO products (id, sku, gtin, name, name_key, list_price_cents, sale_price_cents, updated_at)"
                               " VALUES (?, ?, ?, ?, ?, 1000, 900, ?)"_s);
    auto balance = prepare(db, u"INSERT INTO stock_balances (product_id, lot_key, location_id, on_hand, reserved, updated_at)"
                               " VALUES (?, '', ?, 1000, ?, ?)"_s);
    struct Slot { QString location; QString product; QString sku; int reserved = 0; };
    QList<Slot> places;
    int seq = 0;
    for (int a = 0; a < 20; ++a) {
        const QString aisle = QString(QChar(u'A' + a));
        for (int rack = 1; rack <= 25; ++rack) {
            for (int level = 1; level <= 4; ++level) {
                const int walkRack = a % 2 == 0 ? rack : 26 - rack;
                Q_UNUSED(walkRack);
                const QString code = u"%1-%2-%3-01"_s.arg(aisle).arg(rack, 2, 10, QLatin1Char('0')).arg(level, 2, 10, QLatin1Char('0'));
                Slot s;
                s.location = core::Uuid7::generate();
                s.product = core::Uuid7::generate();
                s.sku = u"SKU-%1"_s.arg(places.size() + 1, 5, 10, QLatin1Char('0'));
                const int sequence = a * 100 + (a % 2 == 0 ? rack : 26 - rack) * 4 + level;
                exec(loc, {s.location, wh, code, aisle, rack, level, sequence, a * 3.0, 1.0 + (rack - 1) * 1.2, now});
                exec(product, {s.product, s.sku, core::Gtin::withCheckDigit(u"789%1"_s.arg(places.size() + 1, 9, 10, QLatin1Char('0'))),
                               u"Produto "_s + s.sku, s.sku.toLower(), now});
                places.append(s);
                ++seq;
            }
        }
    }
    const QString channel = core::Uuid7::generate();
    const QString customer = core::Uuid7::generate();
    check(db.exec(u"INSERT INTO channels (id, code, name, kind, updated_at) VALUES (?, 'loja', 'Loja', 'storefront', ?)"_s, {channel, now})
              ? core::Result<>() : core::Result<>(core::Error::database(u"channel"_s)), "channel");
    check(db.exec(u"INSERT INTO customers (id, kind, name, name_key, document, created_at, updated_at)"
                  " VALUES (?, 'person', 'Cliente', 'cliente', '52998224725', ?, ?)"_s,
                  {customer, now, now})
              ? core::Result<>() : core::Result<>(core::Error::database(u"customer"_s)), "customer");
    auto order = prepare(db, u"INSERT INTO orders (id, number, channel_id, customer_id, status, payment_method, payment_status,"
                             " placed_at, paid_at, items_cents, total_cents, carrier, updated_at)"
                             " VALUES (?, ?, ?, ?, 'em_separacao', 'pix', 'paid', ?, ?, ?, ?, ?, ?)"_s);
    auto item = prepare(db, u"INSERT INTO order_items (id, order_id, line_no, product_id, sku, description, quantity,"
                            " list_price_cents, unit_price_cents, total_cents, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1000, 900, ?, ?)"_s);
    auto reservation = prepare(db, u"INSERT INTO stock_reservations (id, order_id, order_item_id, product_id, location_id, quantity,"
                                   " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)"_s);
    const QStringList carriers{u"Correios PAC"_s, u"Correios SEDEX"_s, u"Jadlog"_s, u"Total Express"_s};
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1);
    int lines = 0;
    for (int n = 0; n < orderCount; ++n) {
        const QString id = core::Uuid7::generate();
        const int count = int(std::min<qint64>(7, std::max<qint64>(1, rng.between(1, 4) + rng.between(0, 3)))); // 1..7, 4 on average
        const QString paid = core::toDbTimestamp(start.addSecs(n * 10));
        QList<int> used;
        int items = 0;
        QList<std::pair<int, int>> chosen;
        while (chosen.size() < count) {
            const int s = rng.index(places.size());
            if (used.contains(s))
                continue;
            used.append(s);
            chosen.append({s, int(rng.between(1, 3))});
            items += chosen.last().second * 900;
        }
        exec(order, {id, 500000 + n, channel, customer, paid, paid, items, items, carriers.at(rng.index(carriers.size())), now});
        int lineNo = 0;
        for (const auto &[s, qty] : chosen) {
            const QString itemId = core::Uuid7::generate();
            exec(item, {itemId, id, ++lineNo, places[s].product, places[s].sku, u"Produto "_s + places[s].sku, qty, qty * 900, now});
            exec(reservation, {core::Uuid7::generate(), id, itemId, places[s].product, places[s].location, qty, now, now});
            places[s].reserved += qty;
            ++lines;
        }
    }
    for (const Slot &s : std::as_const(places))
        exec(balance, {s.product, s.location, s.reserved, now});
    check(tx.commit(), "commit");
    out << "seeded_orders: " << orderCount << Qt::endl << "seeded_lines: " << lines << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int orders = 5000;
    if (const qsizetype i = args.indexOf(u"--orders"_s); i >= 0 && i + 1 < args.size())
        orders = args.at(i + 1).toInt();
    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype i = args.indexOf(u"--keep"_s); i >= 0 && i + 1 < args.size()) {
        dir = args.at(i + 1);
        tmp.setAutoRemove(true);
    }
    auto db = core::Database::openSqlite(dir + u"/bench-picking.sqlite"_s);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().text()));
    if (auto m = core::Migrator(**db).migrate(); !m)
        qFatal("migrate: %s", qPrintable(m.error().text()));
    QElapsedTimer seedTimer;
    seedTimer.start();
    seed(**db, orders);
    out << "seed: " << seedTimer.elapsed() << " ms" << Qt::endl;
    (void)(*db)->exec(u"ANALYZE"_s);

    core::WorkflowActions actions; // the wave's orders are in separação already: no transition runs
    orders::OrderWorkflow workflow(**db, actions, {});
    const core::Session session = core::Session::commandLine();
    picking::BatchLimits limits; // the default cart: 24 totes, 100 lines per list

    {
        picking::PickingRepository repository(**db);
        for (int i = 0; i < 2; ++i) {
            QElapsedTimer w;
            w.start();
            auto waiting = repository.waiting();
            const qint64 waitingMs = w.elapsed();
            QElapsedTimer t;
            t.start();
            auto c = repository.candidates(QDateTime::currentDateTimeUtc());
            const qint64 read = t.restart();
            auto layout = repository.layout();
            const qint64 layoutMs = t.restart();
            auto g = picking::RouteGeometry::fromLocations(*layout);
            auto p = picking::WaveBuilder::build(*c, {}, limits, g);
            const qint64 buildMs = t.elapsed();
            if (i == 1)
                out << "waiting_summary: " << waitingMs << " ms" << Qt::endl << "part_read_candidates: " << read << " ms" << Qt::endl
                    << "part_read_layout: " << layoutMs << " ms" << Qt::endl << "part_batch_and_route: " << buildMs << " ms" << Qt::endl;
        }
    }
    QList<double> runs;
    picking::WavePlan plan;
    for (int run = 0; run < 6; ++run) {
        picking::WaveService service(**db, &workflow); // a fresh service: the layout is read every run
        QElapsedTimer t;
        t.start();
        auto p = service.preview(session, {}, limits);
        const double ms = t.nsecsElapsed() / 1e6;
        if (!p)
            qFatal("preview: %s", qPrintable(p.error().text()));
        if (run > 0)
            runs.append(ms);
        plan = *p;
    }
    std::sort(runs.begin(), runs.end());
    const double median = runs.at(runs.size() / 2);
    out << "wave_" << orders << "_orders: " << QString::number(median, 'f', 1) << " ms" << Qt::endl;
    out << "wave_orders: " << plan.orders.size() << Qt::endl;
    out << "wave_lines: " << plan.lineCount << Qt::endl;
    out << "pick_lists: " << plan.lists.size() << Qt::endl;
    out << "route_length_m: " << QString::number(plan.routeLengthM, 'f', 1) << Qt::endl;
    out << "naive_route_length_m: " << QString::number(plan.naiveRouteLengthM, 'f', 1) << Qt::endl;
    out << "route_ratio: " << QString::number(plan.routeLengthM / plan.naiveRouteLengthM, 'f', 3) << Qt::endl;

    {
        picking::BatchLimits small{12, 60};
        auto p = picking::WaveService(**db, &workflow).preview(session, {}, small);
        out << "pick_lists_12_totes: " << p->lists.size() << Qt::endl;
        out << "route_length_m_12_totes: " << QString::number(p->routeLengthM, 'f', 1) << Qt::endl;
        out << "naive_route_length_m_12_totes: " << QString::number(p->naiveRouteLengthM, 'f', 1) << Qt::endl;
        out << "route_ratio_12_totes: " << QString::number(p->routeLengthM / p->naiveRouteLengthM, 'f', 3) << Qt::endl;
    }
    picking::WaveService service(**db, &workflow);
    QElapsedTimer t;
    t.start();
    auto created = service.create(session, {}, limits);
    if (!created)
        qFatal("create: %s", qPrintable(created.error().text()));
    out << "wave_create_total: " << t.elapsed() << " ms" << Qt::endl;
    out << "wave_create_build: " << created->buildMs << " ms" << Qt::endl;
    out << "wave_create_save: " << created->saveMs << " ms" << Qt::endl;
    return 0;
}
