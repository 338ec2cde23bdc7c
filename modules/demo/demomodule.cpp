#include "demo/demomodule.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "demo/demoseeder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace demo {

namespace {
int seedCommand(core::CliInvocation &call)
{
    QCommandLineParser parser;
    const QCommandLineOption orders(QStringLiteral("orders"), DemoModule::tr("How many orders to create (two years of history)."),
                                    QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), DemoModule::tr("Seed of the generator: the same seed gives the same data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption until(QStringLiteral("until"), DemoModule::tr("Last day of the history, YYYY-MM-DD (default: today)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), DemoModule::tr("Do not print progress."));
    const QCommandLineOption ifEmpty(QStringLiteral("if-empty"), DemoModule::tr("Do nothing (and succeed) when the database already has data."));
    parser.addOptions({orders, seed, until, quiet, ifEmpty});
    if (auto exit = core::parseCommandLine(parser, call, DemoModule::tr("Usage: retaguarda-cli demo seed --orders N [--seed S] [--until YYYY-MM-DD] [--if-empty]")))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        call.err << DemoModule::tr("Unexpected argument: %1").arg(parser.positionalArguments().join(u' ')) << Qt::endl;
        return 2;
    }
    SeedOptions options;
    bool ok = false;
    options.orders = parser.value(orders).toLongLong(&ok);
    if (!ok || options.orders < 0 || options.orders > 50'000'000) {
        call.err << DemoModule::tr("--orders must be a whole number from 0 to 50000000, not \"%1\".").arg(parser.value(orders)) << Qt::endl;
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        call.err << DemoModule::tr("--seed must be a whole number, not \"%1\".").arg(parser.value(seed)) << Qt::endl;
        return 2;
    }
    if (parser.isSet(until)) {
        options.until = QDate::fromString(parser.value(until), Qt::ISODate);
        if (!options.until.isValid()) {
            call.err << DemoModule::tr("--until must be a date like 2026-11-23, not \"%1\".").arg(parser.value(until)) << Qt::endl;
            return 2;
        }
    }
    const bool showProgress = !parser.isSet(quiet) && !call.json;
    QElapsedTimer timer;
    timer.start();
    int shownPercent = -1;
    auto counts = DemoSeeder(call.context.database()).seed(call.context.session(), options, [&](int permille) {
        if (showProgress && permille / 10 != shownPercent) {
            shownPercent = permille / 10;
            call.err << '\r' << DemoModule::tr("Creating demo data… %1%").arg(shownPercent) << Qt::flush;
        }
        return true;
    });
    if (showProgress)
        call.err << '\n';
    if (!counts && parser.isSet(ifEmpty) && counts.error().kind == core::Error::Kind::Conflict) {
        call.err << DemoModule::tr("The database already has data; no demo data was added.") << Qt::endl;
        return 0;
    }
    if (!counts) {
        call.err << counts.error().text() << Qt::endl;
        return 1;
    }
    const qint64 ms = timer.elapsed();
    QJsonObject result;
    for (int t = 0; t < kTableCount; ++t)
        result.insert(DemoGenerator::tableName(Table(t)), (*counts).rows[t]);
    result.insert(QStringLiteral("seconds"), double(ms) / 1000.0);
    result.insert(QStringLiteral("database"), call.context.database().location());
    if (call.json) {
        call.out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        call.out << DemoModule::tr("Created %1 orders (%2 items, %3 events), %4 customers and %5 products in %6 s.")
                        .arg((*counts)[Table::Orders]).arg((*counts)[Table::Items]).arg((*counts)[Table::Events])
                        .arg((*counts)[Table::Customers]).arg((*counts)[Table::Products]).arg(double(ms) / 1000.0, 0, 'f', 1)
                 << Qt::endl;
    }
    return 0;
}
} // namespace

QList<core::CliCommand> DemoModule::cliCommands() const
{
    return {{{QStringLiteral("demo"), QStringLiteral("seed")},
             [] { return tr("Fill an empty database with realistic demo data (--orders N --seed S)"); },
             seedCommand}};
}

} // namespace demo
