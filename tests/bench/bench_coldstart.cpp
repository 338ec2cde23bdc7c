// Benchmark: cold start of `retaguarda` to a usable main window.
//   bench_coldstart --db PATH [--runs N]
// Starts the real executable N times (a new process each time, offscreen unless DISPLAY is set),
// logging in through --login with the password on stdin, and measures the wall time from spawn
// until the window is shown with the first page of orders loaded (the app prints "ready"), and
// the process's memory at that moment (/proc/PID/status: VmRSS now, VmHWM peak so far).
// The login includes one Argon2id verification (~64 MiB, freed right after): VmHWM counts it.
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/userservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace {

qint64 statusKb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString path;
    int runs = 5;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db"))
            path = args[i + 1];
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
    }
    if (path.isEmpty())
        qFatal("usage: bench_coldstart --db PATH [--runs N]");

    const QString password = QStringLiteral("bench-password-1");
    {
        auto db = core::Database::openSqlite(path);
        if (!db || !core::Migrator(**db).migrate())
            qFatal("cannot open %s", qPrintable(path));
        core::UserService users(**db);
        if (users.needsFirstAdministrator().valueOr(false))
            (void)users.createFirstAdministrator({QStringLiteral("bench"), QStringLiteral("Benchmark"), core::Role::Administrator, password});
        if (!users.authenticate(QStringLiteral("bench"), password))
            qFatal("the database has users but no 'bench' user with the benchmark password");
        const qint64 orders = (*db)->scalar(QStringLiteral("SELECT COUNT(*) FROM orders"))->toLongLong();
        if (orders == 0) // a start on an empty database measures nothing worth reporting
            qFatal("%s has no orders: create them first (bench_demoseed --orders N --keep PATH)", qPrintable(path));
        out << "coldstart_database_orders: " << orders << " orders\n";
    }

    QList<double> wall;
    QList<qint64> rss;
    QList<qint64> peak;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("DISPLAY")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(RG_APP_PATH), {QStringLiteral("--db"), path, QStringLiteral("--login"), QStringLiteral("bench"),
                                                    QStringLiteral("--exit-when-ready")});
        process.write((password + u'\n').toUtf8());
        process.closeWriteChannel();
        bool ready = false;
        while (!ready && process.waitForReadyRead(30000))
            ready = process.readAllStandardOutput().contains("ready");
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!ready)
            qFatal("the app did not get ready: %s", process.readAllStandardError().constData());
        rss << statusKb(process.processId(), "VmRSS:");
        peak << statusKb(process.processId(), "VmHWM:");
        wall << ms;
        process.waitForFinished(30000);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(rss.begin(), rss.end());
    std::sort(peak.begin(), peak.end());
    out << "coldstart_runs: " << runs << " runs\n"
        << "coldstart_to_ready_median: " << QString::number(wall[runs / 2], 'f', 0) << " ms (goal <= 700)\n"
        << "coldstart_to_ready_min: " << QString::number(wall.first(), 'f', 0) << " ms\n"
        << "coldstart_rss_at_ready_median: " << rss[runs / 2] / 1024 << " MiB (goal <= 200)\n"
        << "coldstart_peak_rss_median: " << peak[runs / 2] / 1024 << " MiB\n"
        << Qt::flush;
    return 0;
}
