// Benchmark: `demo seed` of N orders against a bare prepared-insert loop of the same rows.
//   bench_demoseed [--orders N] [--keep PATH]
// Prints `name: value unit` lines. The baseline generates every row first (not timed), then times
// only binding and inserting them with one prepared statement per table, into the same schema,
// in one transaction: the cheapest way to put those rows into that database through Qt. The
// ratio baseline/seed says how much the generator and the seeder's bookkeeping cost on top.
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "demo/demoseeder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <vector>

using namespace demo;

namespace {

class MemorySink : public RowSink
{
public:
    std::vector<std::pair<Table, std::vector<QVariant>>> rows;
    core::Result<> row(Table table, const QVariant *values, int count) override
    {
        rows.emplace_back(table, std::vector<QVariant>(values, values + count));
        return {};
    }
};

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

std::unique_ptr<core::Database> freshDatabase(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = core::Database::openSqlite(path);
    if (!db || !core::Migrator(**db).migrate())
        qFatal("cannot create %s", qPrintable(path));
    return std::move(*db);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 orders = 1000000;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--orders"))
            orders = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    QTemporaryDir dir;
    SeedOptions options;
    options.orders = orders;
    options.seed = 1;
    options.until = QDate(2026, 11, 20);

    // 1. The real thing: generate and insert, commit, ANALYZE, checkpoint.
    const QString seedPath = keep.isEmpty() ? dir.filePath(QStringLiteral("seed.sqlite")) : keep;
    double seedSeconds = 0;
    SeedCounts counts;
    {
        auto db = freshDatabase(seedPath);
        QElapsedTimer timer;
        timer.start();
        auto seeded = DemoSeeder(*db).seed(core::Session::commandLine(), options);
        seedSeconds = timer.nsecsElapsed() / 1e9;
        if (!seeded)
            qFatal("seed failed: %s", qPrintable(seeded.error().text()));
        counts = *seeded;
    }
    qint64 rows = 0;
    for (qint64 n : counts.rows)
        rows += n;
    out << "demo_seed_orders: " << orders << " orders\n"
        << "demo_seed_rows: " << rows << " rows\n"
        << "demo_seed_wall: " << QString::number(seedSeconds, 'f', 2) << " s\n"
        << "demo_seed_rate: " << qint64(rows / seedSeconds) << " rows/s\n"
        << "demo_seed_database_size: " << QString::number(fileSize(seedPath) / 1048576.0, 'f', 1) << " MiB\n"
        << Qt::flush;

    // 2. Baseline: the same rows, generated beforehand, inserted by a bare prepared loop.
    MemorySink memory;
    if (!DemoGenerator(options).generate(memory))
        qFatal("generation failed");
    const QString basePath = dir.filePath(QStringLiteral("baseline.sqlite"));
    double baseSeconds = 0;
    {
        auto db = freshDatabase(basePath);
        (void)db->exec(QStringLiteral("PRAGMA cache_size = -262144")); // as the seeder does
        QElapsedTimer timer;
        timer.start();
        core::Transaction tx(*db);
        DatabaseSink sink(*db);
        if (!sink.prepare())
            qFatal("prepare failed");
        for (const auto &[table, values] : memory.rows) {
            if (auto done = sink.row(table, values.data(), int(values.size())); !done)
                qFatal("insert failed: %s", qPrintable(done.error().text()));
        }
        if (!tx.commit())
            qFatal("commit failed");
        baseSeconds = timer.nsecsElapsed() / 1e9;
    }
    out << "bare_insert_wall: " << QString::number(baseSeconds, 'f', 2) << " s\n"
        << "ratio_bare_to_seed: " << QString::number(baseSeconds / seedSeconds, 'f', 2) << " (goal >= 0.5)\n"
        << Qt::flush;
    return 0;
}
