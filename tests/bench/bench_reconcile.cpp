// Benchmark: issue 5's reconciliation budget.
//   bench_reconcile [--boletos N] [--records M] [--spread] [--keep DIR] [--setup-cache DIR]
// A temporary SQLite database holds N (default 1,000,000) open Itaú boletos of one account; a
// CNAB 240 retorno of M (default 100,000) liquidações of some of them is reconciled against
// them: preview (parse, match every record by nosso número, classify) and apply (retorno file,
// records, payments, boleto statuses, outbox and audit in one transaction).
// Goal: preview + apply within 2 s. The boletos carry no orders, so no order workflow runs:
// with orders, each payment_confirmed adds that order's transition (~1 ms, see bench_orderlist).
// --setup-cache keeps a copy of the freshly set-up database there and starts from it next time
// (setting up a million boletos takes far longer than the reconciliation it measures).
// Then the cash view of the month, as a manager opens it after the import.
// Prints "name: value unit" lines.
#include "billing/data/cashview.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/data/reconciliationservice.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "billingtestaccount.h"
#include "retornobuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

void fail(const QString &what, const core::Error &error)
{
    qFatal("%s: %s %s", qPrintable(what), qPrintable(error.text()), qPrintable(error.detail));
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

int intArgument(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i > 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int boletoCount = intArgument(args, u"--boletos"_s, 1000000);
    const int recordCount = std::min(intArgument(args, u"--records"_s, 100000), boletoCount);
    QTemporaryDir tmp;
    QString dirPath = tmp.path();
    if (const qsizetype keep = args.indexOf(u"--keep"_s); keep > 0 && keep + 1 < args.size()) {
        dirPath = args.at(keep + 1);
        QDir().mkpath(dirPath);
    }
    const QString dbPath = QDir(dirPath).filePath(u"reconcile.sqlite"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(dbPath + suffix);
    QString cachedSetup;
    if (const qsizetype c = args.indexOf(u"--setup-cache"_s); c > 0 && c + 1 < args.size()) {
        QDir().mkpath(args.at(c + 1));
        cachedSetup = QDir(args.at(c + 1)).filePath(u"boletos-%1.sqlite"_s.arg(boletoCount));
    }
    const bool fromCache = !cachedSetup.isEmpty() && QFile::exists(cachedSetup);
    if (fromCache && !QFile::copy(cachedSetup, dbPath))
        qFatal("cannot copy %s", qPrintable(cachedSetup));
    if (fromCache)
        ::sync(); // the copy's dirty pages would otherwise be written back during the measurement
    auto opened = core::Database::openSqlite(dbPath);
    if (!opened)
        fail(u"open"_s, opened.error());
    core::Database &db = **opened;
    if (auto migrated = core::Migrator(db).migrate(); !migrated)
        fail(u"migrate"_s, migrated.error());
    const core::Session session = core::Session::commandLine();

    const billing::CollectionAccount a = testsupport::itauTestAccount(u"Itaú cobrança 109"_s);
    auto account = fromCache ? billing::CollectionAccountRepository(db).findByIdOrName(a.name)
                             : billing::CollectionAccountRepository(db).save(session, a);
    if (!account)
        fail(u"account"_s, account.error());

    // N open boletos, inserted in bulk: the codes are placeholders of the right length (the
    // reconciliation reads nosso número, amounts, dates and status only).
    QElapsedTimer timer;
    timer.start();
    const QDate due(2026, 11, 20);
    if (!fromCache) {
        core::Transaction tx(db);
        auto insert = db.prepare(u"INSERT INTO boletos (id, account_id, sequence, nosso_numero, nosso_numero_printed,"
                                 " nosso_numero_key, document_number, barcode, linha_digitavel, issue_date, due_date,"
                                 " amount_cents, fine_bp, payer_name, payer_document, status, pending_instruction,"
                                 " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-01', ?, ?, 200,"
                                 " 'PAGADOR', '52998224725', 'registrado', '', '2026-11-01T12:00:00Z', '2026-11-01T12:00:00Z')"_s);
        if (!insert)
            fail(u"prepare"_s, insert.error());
        const QString barcode(44, u'0');
        const QString linha(47, u'0');
        for (int i = 1; i <= boletoCount; ++i) {
            QSqlQuery &q = *insert;
            const QString nn = QString::number(i);
            q.bindValue(0, core::Uuid7::generate());
            q.bindValue(1, account->id);
            q.bindValue(2, i);
            q.bindValue(3, nn);
            q.bindValue(4, u"109/"_s + nn.rightJustified(8, u'0') + u"-0"_s);
            q.bindValue(5, nn.rightJustified(8, u'0'));
            q.bindValue(6, nn);
            q.bindValue(7, barcode);
            q.bindValue(8, linha);
            q.bindValue(9, due.addDays(i % 60).toString(Qt::ISODate));
            q.bindValue(10, 1000 + (i % 50000));
            if (!q.exec())
                fail(u"insert"_s, core::Database::errorFrom(q, u"boletos"_s));
        }
        if (auto committed = tx.commit(); !committed)
            fail(u"commit"_s, committed.error());
        (void)db.exec(u"ANALYZE"_s);
        if (!cachedSetup.isEmpty()) {
            (void)db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            QFile::copy(dbPath, cachedSetup);
        }
    }
    out << "setup_boletos_" << boletoCount << ": " << QString::number(msSince(timer) / 1000, 'f', 1) << " s" << Qt::endl;

    // M liquidações of the most recently issued boletos (boletos are paid within days of being
    // issued), some late with juros, some with a discount; --spread pays every (N/M)th boleto
    // instead, the worst case for the database's page cache.
    QList<testsupport::RetornoEntry> entries;
    entries.reserve(recordCount);
    const bool spread = args.contains(u"--spread"_s);
    const int step = spread ? boletoCount / recordCount : 1;
    const int first = spread ? 1 : boletoCount - recordCount + 1;
    for (int k = 0; k < recordCount; ++k) {
        const int i = first + k * step;
        testsupport::RetornoEntry e;
        e.nossoNumero = QString::number(i);
        e.titleCents = 1000 + (i % 50000);
        e.dueDate = due.addDays(i % 60);
        e.occurrenceDate = e.dueDate.addDays(k % 3 == 0 ? 4 : -1);
        e.creditDate = e.occurrenceDate.addDays(1);
        e.interestCents = k % 3 == 0 ? 250 : 0;
        e.discountCents = k % 7 == 0 ? 100 : 0;
        e.paidCents = e.titleCents + e.interestCents - e.discountCents;
        e.feeCents = 190;
        entries << e;
    }
    const QByteArray file = testsupport::itauRetorno240(u"1234"_s, u"12345"_s, entries, QDate(2026, 12, 2));

    billing::ReconciliationService service(db);
    timer.restart();
    auto preview = service.preview(session, file, u"CN021200.RET"_s, QString(), {});
    if (!preview)
        fail(u"preview"_s, preview.error());
    const double previewMs = msSince(timer);
    const auto totals = preview->totals();
    const int matched = totals.value(billing::ReconciliationOutcome::PaidInFull).count
                        + totals.value(billing::ReconciliationOutcome::PaidWithDifference).count;
    if (matched != recordCount)
        qFatal("expected %d payments, the preview matched %d", recordCount, matched);
    // Where apply's time goes: its progress counts the lines and the boletos as they are staged,
    // then one step per set-based statement (records, boletos, outbox), then orders, audit and
    // commit. Every line here pays a different boleto.
    const qint64 staged = preview->lines.size() * 2;
    QList<double> statementsDoneMs;
    timer.restart();
    auto applied = service.apply(session, *preview, {}, [&](qint64 done, qint64) {
        if (done > staged && statementsDoneMs.size() < 3)
            statementsDoneMs << msSince(timer);
        return true;
    });
    if (!applied)
        fail(u"apply"_s, applied.error());
    const double applyMs = msSince(timer);
    if (applied->payments != recordCount)
        qFatal("expected %d payments, applied %d", recordCount, applied->payments);

    const QString suffix = u"_%1_vs_%2"_s.arg(recordCount).arg(boletoCount);
    out << "reconcile_preview" << suffix << ": " << QString::number(previewMs, 'f', 0) << " ms" << Qt::endl;
    out << "reconcile_apply" << suffix << ": " << QString::number(applyMs, 'f', 0) << " ms" << Qt::endl;
    if (statementsDoneMs.size() == 3) {
        const QList<double> &t = statementsDoneMs;
        out << "reconcile_apply_stage_and_records" << suffix << ": " << QString::number(t[0], 'f', 0) << " ms" << Qt::endl;
        out << "reconcile_apply_boletos" << suffix << ": " << QString::number(t[1] - t[0], 'f', 0) << " ms" << Qt::endl;
        out << "reconcile_apply_outbox" << suffix << ": " << QString::number(t[2] - t[1], 'f', 0) << " ms" << Qt::endl;
        out << "reconcile_apply_commit" << suffix << ": " << QString::number(applyMs - t[2], 'f', 0) << " ms" << Qt::endl;
    }
    out << "reconcile_total" << suffix << ": " << QString::number((previewMs + applyMs) / 1000, 'f', 2) << " s" << Qt::endl;
    out << "goal_reconcile_total: 2 s" << Qt::endl;

    // The cash view of the month the payments fell in, on the million boletos and the records
    // just written: what a manager opens after the import.
    timer.restart();
    auto cash = billing::CashView::daily(db, session, QDate(2026, 11, 15), QDate(2026, 12, 14));
    if (!cash)
        fail(u"cash view"_s, cash.error());
    qint64 credited = 0;
    for (const billing::CashDay &day : *cash)
        credited += day.creditedCents;
    if (credited == 0)
        qFatal("the cash view of the month shows no credit");
    out << "cash_view_month" << suffix << ": " << QString::number(msSince(timer), 'f', 0) << " ms" << Qt::endl;
    return 0;
}
