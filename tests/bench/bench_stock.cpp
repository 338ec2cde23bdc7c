// Benchmark: issue 6's budget for stock.
//   bench_stock
// One lot-controlled SKU stored in 1,000 locations (three lots spread over them) of a 1,000-location
// warehouse on a temporary SQLite database with demo orders; StockService::position() — what the
// product card and `stock show` read — is timed (median of 21 runs after a warm-up; goal ≤ 20 ms).
// Also: putting the stock there (1,000 receipt movements, one transaction) and a FEFO reservation
// of one order line drawing from that SKU.
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/transaction.h"
#include "core/domain/civiltime.h"
#include "core/domain/session.h"
#include "demo/demoseeder.h"
#include "stock/data/locationservice.h"
#include "stock/data/lotrepository.h"
#include "stock/data/reservationservice.h"
#include "stock/data/stockservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void fail(const QString &what, const core::Error &error)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(error.text()));
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto opened = core::Database::openSqlite(dir.filePath(u"stock.sqlite"_s));
    if (!opened)
        fail(u"open"_s, opened.error());
    core::Database &db = **opened;
    if (auto migrated = core::Migrator(db).migrate(); !migrated)
        fail(u"migrate"_s, migrated.error());
    const core::Session session = core::Session::commandLine();
    demo::SeedOptions options;
    options.orders = 5000;
    options.until = QDate(2026, 11, 20);
    if (auto seeded = demo::DemoSeeder(db).seed(session, options); !seeded)
        fail(u"seed"_s, seeded.error());

    stock::LocationService locations(db);
    auto warehouse = locations.createWarehouse(session, u"B1"_s, u"Bench"_s);
    if (!warehouse)
        fail(u"warehouse"_s, warehouse.error());
    stock::LayoutSpec spec;
    spec.aisles = 10;
    spec.racks = 25;
    spec.levels = 4;
    spec.kindFor = [](int, int level) { return level <= 2 ? stock::LocationKind::Pick : stock::LocationKind::Reserve; };
    QElapsedTimer timer;
    timer.start();
    auto made = locations.createLayout(session, *warehouse, spec);
    if (!made)
        fail(u"layout"_s, made.error());
    out << "create_layout_1000_locations: " << QString::number(msSince(timer), 'f', 1) << " ms" << Qt::endl;

    const QString productId = db.scalar(u"SELECT id FROM products WHERE lot_controlled = 1 ORDER BY sku LIMIT 1"_s)->toString();
    const QDate today = core::CivilTime::today();
    QStringList lots;
    for (int i = 0; i < 3; ++i) {
        auto lot = stock::LotRepository(db).findOrCreate(session, productId, u"BENCH%1"_s.arg(i), today.addDays(30 + 90 * i));
        if (!lot)
            fail(u"lot"_s, lot.error());
        lots << lot->id;
    }
    auto all = locations.list(*warehouse);
    if (!all || all->size() < 1000)
        fail(u"locations"_s, core::Error::validation(u"fewer than 1,000 locations"_s));
    timer.restart();
    {
        core::Transaction tx(db);
        stock::StockService stockService(db);
        for (int i = 0; i < 1000; ++i) {
            stock::Movement m;
            m.kind = stock::MovementKind::Receipt;
            m.productId = productId;
            m.lotId = lots.at(i % 3);
            m.toLocationId = all->at(i).id;
            m.quantity = 10 + i % 7;
            if (auto moved = stockService.move(session, m); !moved)
                fail(u"move"_s, moved.error());
        }
        if (auto c = tx.commit(); !c)
            fail(u"commit"_s, c.error());
    }
    out << "receipt_movements_1000: " << QString::number(msSince(timer), 'f', 1) << " ms" << Qt::endl;

    stock::StockService stockService(db);
    (void)stockService.position(productId); // warm-up
    QList<double> runs;
    int lines = 0;
    for (int i = 0; i < 21; ++i) {
        timer.restart();
        auto pos = stockService.position(productId);
        runs << msSince(timer);
        if (!pos)
            fail(u"position"_s, pos.error());
        lines = int(pos->lines.size());
    }
    std::sort(runs.begin(), runs.end());
    out << "stock_position_lines: " << lines << Qt::endl;
    out << "stock_position_1000_locations: " << QString::number(runs.at(runs.size() / 2), 'f', 2) << " ms" << Qt::endl;

    // One order line of 500 units of that SKU, reserved by FEFO across the locations.
    const QString orderId = db.scalar(u"SELECT order_id FROM order_items GROUP BY order_id HAVING COUNT(*) = 1 LIMIT 1"_s)->toString();
    (void)db.exec(u"UPDATE order_items SET product_id = ?, quantity = 500 WHERE order_id = ?"_s, {productId, orderId});
    timer.restart();
    auto reserved = stock::ReservationService(db).reserveOrder(session, orderId, today);
    if (!reserved)
        fail(u"reserve"_s, reserved.error());
    out << "fefo_reserve_500_units_over_" << reserved->lines.size() << "_locations: " << QString::number(msSince(timer), 'f', 1)
        << " ms" << Qt::endl;
    return 0;
}
