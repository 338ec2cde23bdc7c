// A retorno import killed in the middle of its transaction: after a restart nothing is
// half-applied, and importing the file again applies each payment exactly once.

#include "billing/data/boletoissuer.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/domain/checkdigits.h"
#include "core/data/database.h"
#include "billingtestaccount.h"
#include "retornobuilder.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace billing;
using namespace Qt::StringLiterals;

class tst_RetornoKill : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    QString m_file;
    int m_payments = 0;

    int count(const QString &sql)
    {
        auto v = m_t.db().scalar(sql);
        return v ? v->toInt() : -1;
    }
    QProcess *import(const QStringList &extraEnv = {})
    {
        auto *process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        for (const QString &kv : extraEnv)
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(RG_CLI_PATH), {u"--db"_s, m_t.path(), u"--json"_s, u"cnab"_s, u"import"_s, m_file});
        return process;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(200), qPrintable(m_t.error()));
        CollectionAccount a = testsupport::itauTestAccount(u"Itaú cobrança 109"_s);
        a.isDefault = true;
        QVERIFY(CollectionAccountRepository(m_t.db()).save(m_t.admin(), a));
        QList<testsupport::RetornoEntry> entries;
        auto q = m_t.db().exec(u"SELECT id FROM orders WHERE payment_method = 'boleto' ORDER BY number LIMIT 20"_s);
        QVERIFY(q);
        while (q->next()) {
            BoletoIssueRequest r;
            r.orderId = q->value(0).toString();
            auto issued = BoletoIssuer(m_t.db()).issue(m_t.admin(), r);
            QVERIFY2(issued, issued ? "" : qPrintable(issued.error().text()));
            testsupport::RetornoEntry e;
            e.nossoNumero = issued->first().nossoNumero;
            e.titleCents = issued->first().amount.cents();
            e.paidCents = e.titleCents;
            e.occurrenceDate = issued->first().dueDate;
            e.creditDate = e.occurrenceDate.addDays(1);
            entries << e;
            ++m_payments;
        }
        // Enough lines (bank fees of titles of another system) that the import is stopped
        // inside its transaction, after the payments were written.
        for (int i = 0; i < 4000; ++i) {
            testsupport::RetornoEntry fee;
            fee.nossoNumero = QString::number(50000000 + i);
            fee.occurrence = u"28"_s;
            fee.feeCents = 90;
            fee.occurrenceDate = QDate(2026, 12, 1);
            entries << fee;
        }
        m_file = m_t.dir() + u"/CN011200.RET"_s;
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(testsupport::itauRetorno400(u"1234"_s, u"12345"_s, entries, QDate(2026, 12, 1)));
    }

    void killedImportLeavesNothingThenAppliesOnce()
    {
        QProcess *stalled = import({u"RETAGUARDA_TEST_STALL_IMPORT_AT=2048"_s});
        QVERIFY(stalled->waitForStarted());
        // The CLI says "stalled" once it is inside the transaction with 2048 records written.
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += stalled->readAllStandardError()).contains("stalled") || stalled->state() == QProcess::NotRunning,
                                 30000);
        QVERIFY2(stalled->state() == QProcess::Running, said.constData());
        stalled->kill();
        QVERIFY(stalled->waitForFinished());

        // After the "restart" (a new connection to the file): nothing of the import is there.
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_files"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_records"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boletos WHERE status = 'pago'"_s), 0);

        QProcess *again = import();
        QVERIFY(again->waitForFinished(60000));
        QVERIFY2(again->exitCode() == 0, again->readAllStandardError().constData());
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments"_s), m_payments);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boletos WHERE status = 'pago'"_s), m_payments);
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_records"_s), m_payments + 4000);

        QProcess *third = import();
        QVERIFY(third->waitForFinished(60000));
        QCOMPARE(third->exitCode(), 0);
        QVERIFY(third->readAllStandardOutput().contains("\"already_imported\": true"));
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments"_s), m_payments);
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_files"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RetornoKill)
#include "tst_retornokill.moc"
