#include "dashboards/dashboardsmodule.h"

#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/clisupport.h"
#include "dashboards/data/kpirepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace dashboards {

namespace {
int salesCommand(core::CliInvocation &call)
{
    QCommandLineParser parser;
    QCommandLineOption daysOption(QStringLiteral("days"), DashboardsModule::tr("Number of days (default 30)."),
                                  QStringLiteral("N"), QStringLiteral("30"));
    parser.addOption(daysOption);
    if (auto exit = core::parseCommandLine(parser, call, DashboardsModule::tr("Usage: retaguarda-cli dashboards sales [--days N]")))
        return *exit;
    if (auto allowed = call.context.session().require(core::Permission::DashboardsView); !allowed) {
        call.err << allowed.error().text() << Qt::endl;
        return 1;
    }
    bool ok = false;
    const int days = parser.value(daysOption).toInt(&ok);
    if (!ok || days < 1 || days > 3660) {
        call.err << DashboardsModule::tr("--days must be a number from 1 to 3660.") << Qt::endl;
        return 2;
    }
    const QDate today = core::CivilTime::today();
    auto summary = KpiRepository(call.context.database()).sales(today, days);
    if (!summary) {
        call.err << summary.error().text() << Qt::endl;
        return 1;
    }
    if (call.json) {
        QJsonArray perDay;
        for (const DailySales &d : summary->days) {
            qint64 orders = 0;
            for (qint64 n : d.ordersByChannelKind)
                orders += n;
            perDay.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)},
                                      {QStringLiteral("orders"), orders},
                                      {QStringLiteral("revenue_cents"), d.revenue.cents()}});
        }
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("orders"), summary->orders},
                                              {QStringLiteral("cancelled"), summary->cancelled},
                                              {QStringLiteral("revenue_cents"), summary->revenue.cents()},
                                              {QStringLiteral("average_ticket_cents"), summary->averageTicket.cents()},
                                              {QStringLiteral("awaiting_payment"), summary->awaitingPayment},
                                              {QStringLiteral("to_pick"), summary->toPick},
                                              {QStringLiteral("days"), perDay}})
                        .toJson(QJsonDocument::Indented);
        return 0;
    }
    call.out << DashboardsModule::tr("Last %1 days: %2 orders, revenue %3, average ticket %4")
                    .arg(days).arg(summary->orders).arg(summary->revenue.format(), summary->averageTicket.format())
             << '\n'
             << DashboardsModule::tr("Awaiting payment: %1 · to pick: %2").arg(summary->awaitingPayment).arg(summary->toPick)
             << Qt::endl;
    return 0;
}
} // namespace

QList<core::CliCommand> DashboardsModule::cliCommands() const
{
    return {{{QStringLiteral("dashboards"), QStringLiteral("sales")},
             [] { return tr("Sales KPIs of the last days (--days N)"); },
             salesCommand}};
}

} // namespace dashboards
