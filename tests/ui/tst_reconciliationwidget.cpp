// The Reconciliation dock as the office uses it in the morning: drop the bank's files, read what
// every line means, filter, confirm, and see the import in the history; the same file dropped
// again is recognised.

#include "billing/data/boletoissuer.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/domain/checkdigits.h"
#include "billing/ui/reconciliationtablemodel.h"
#include "billing/ui/reconciliationwidget.h"
#include "billing/workflow/billingactions.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "core/domain/money.h"
#include "orders/ordersmodule.h"
#include "billingtestaccount.h"
#include "retornobuilder.h"
#include "stock/workflow/stockactions.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace Qt::StringLiterals;

class tst_ReconciliationWidget : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    orders::OrdersModule m_module;
    QList<Boleto> m_boletos;
    QString m_file;

    core::Database &db() { return m_t.db(); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(200), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_module.initialize(*m_context).ok());
        registerBillingActions(m_context->workflowActions());
        stock::registerStockActions(m_context->workflowActions());
        CollectionAccount a = testsupport::itauTestAccount(u"Itaú cobrança 109"_s);
        a.isDefault = true;
        QVERIFY(CollectionAccountRepository(db()).save(m_t.admin(), a));
        auto q = db().exec(u"SELECT id FROM orders WHERE payment_method = 'boleto' ORDER BY number LIMIT 4"_s);
        QVERIFY(q);
        while (q->next()) {
            BoletoIssueRequest r;
            r.orderId = q->value(0).toString();
            auto issued = BoletoIssuer(db()).issue(m_t.admin(), r);
            QVERIFY2(issued, issued ? "" : qPrintable(issued.error().text()));
            m_boletos << issued->first();
            // Waiting for the payment, as generate_boleto would have left it.
            QVERIFY(db().exec(u"UPDATE orders SET status = 'aguardando_pagamento' WHERE id = ?"_s, {r.orderId}));
        }
        QCOMPARE(m_boletos.size(), 4);
        QList<testsupport::RetornoEntry> entries;
        for (int i = 0; i < 3; ++i) {
            testsupport::RetornoEntry e;
            e.nossoNumero = m_boletos.at(i).nossoNumero;
            e.titleCents = m_boletos.at(i).amount.cents();
            e.paidCents = e.titleCents + (i == 2 ? 150 : 0);
            e.interestCents = i == 2 ? 150 : 0;
            e.occurrenceDate = m_boletos.at(i).dueDate;
            e.creditDate = e.occurrenceDate.addDays(1);
            entries << e;
        }
        testsupport::RetornoEntry rejected;
        rejected.nossoNumero = m_boletos.at(3).nossoNumero;
        rejected.occurrence = u"03"_s;
        rejected.reasons = u"03"_s;
        rejected.occurrenceDate = QDate::currentDate();
        entries << rejected;
        testsupport::RetornoEntry unknown = entries.first();
        unknown.nossoNumero = u"77777777"_s;
        entries << unknown;
        m_file = m_t.dir() + u"/CN031200.RET"_s;
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(testsupport::itauRetorno400(u"1234"_s, u"12345"_s, entries, QDate::currentDate()));
    }

    void dropPreviewFilterConfirm()
    {
        ReconciliationWidget w(*m_context);
        w.resize(1250, 620);
        w.show();
        w.loadFiles({m_file});
        QCOMPARE(w.pending().size(), 1);
        QCOMPARE(w.model()->rowCount(), 5);
        QCOMPARE(w.model()->data(w.model()->index(0, ReconciliationTableModel::Outcome)).toString(), u"Paid in full"_s);
        QCOMPARE(w.model()->data(w.model()->index(4, ReconciliationTableModel::Outcome)).toString(), u"Unknown nosso número"_s);
        const QString totals = w.totalsLabel()->text();
        QVERIFY2(totals.contains(u"Paid in full: <b>2</b>"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"Rejected: <b>1</b>"_s), qPrintable(totals));
        QVERIFY2(totals.contains(u"3 order(s) will be confirmed"_s) || totals.contains(u"3 orders will be confirmed"_s),
                 qPrintable(totals));
        // RG_SCREENSHOT_DIR=folder keeps a picture of the dock to look at.
        if (const QString shots = qEnvironmentVariable("RG_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(shots + u"/reconciliation.png"_s);

        // Filter by outcome: only the rejected line, with its reason.
        w.outcomeFilter()->setCurrentIndex(w.outcomeFilter()->findData(int(ReconciliationOutcome::Rejected)));
        QCOMPARE(w.model()->rowCount(), 1);
        QVERIFY(w.model()->data(w.model()->index(0, ReconciliationTableModel::Note)).toString().startsWith(u"03"_s));
        w.outcomeFilter()->setCurrentIndex(0);
        QCOMPARE(w.model()->rowCount(), 5);

        w.confirmImport();
        QCOMPARE(w.pending().size(), 0);
        QCOMPARE(w.historyTable()->rowCount(), 1);
        QCOMPARE(w.historyTable()->item(0, 1)->text(), u"CN031200.RET"_s);
        QCOMPARE(db().scalar(u"SELECT COUNT(*) FROM boleto_payments"_s)->toInt(), 3);
        QVERIFY2(w.totalsLabel()->text().contains(u"Imported."_s), qPrintable(w.totalsLabel()->text()));

        // The cash tab: each payment on the day after it was paid, when the bank credited it.
        w.tabs()->setCurrentIndex(2);
        w.reloadCash();
        const QString creditDay = m_boletos.at(0).dueDate.addDays(1).toString(u"dd/MM/yyyy"_s);
        const QList<QTableWidgetItem *> onDay = w.cashTable()->findItems(creditDay, Qt::MatchExactly);
        QVERIFY2(!onDay.isEmpty(), qPrintable(creditDay));
        const QString credited = w.cashTable()->item(onDay.first()->row(), 3)->text();
        QVERIFY2(credited != core::Money::fromCents(0).format(), qPrintable(credited));
        const qint64 paid = db().scalar(u"SELECT SUM(paid_cents) FROM boleto_payments"_s)->toLongLong();
        QVERIFY2(w.cashTotalsLabel()->text().contains(u"credited <b>%1</b>"_s.arg(core::Money::fromCents(paid).format())),
                 qPrintable(w.cashTotalsLabel()->text()));
        if (const QString shots = qEnvironmentVariable("RG_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(shots + u"/reconciliation-cash.png"_s);
        w.tabs()->setCurrentIndex(0);

        // The same file again is recognised and cannot be applied twice.
        w.loadFiles({m_file});
        QCOMPARE(w.pending().size(), 1);
        QVERIFY(w.pending().first().alreadyImported());
        QVERIFY2(w.totalsLabel()->text().contains(u"already imported"_s), qPrintable(w.totalsLabel()->text()));
        w.confirmImport();
        QCOMPARE(db().scalar(u"SELECT COUNT(*) FROM boleto_payments"_s)->toInt(), 3);
    }

    // A watched folder: a file the bank's software saves there is previewed on its own.
    void watchedFolderPicksUpNewFiles()
    {
        QTemporaryDir folder;
        ReconciliationWidget w(*m_context);
        w.watchFolder(folder.path());
        QCOMPARE(w.pending().size(), 0);
        QVERIFY(QFile::copy(m_file, folder.filePath(u"CN041200.RET"_s)));
        QTRY_COMPARE(w.pending().size(), 0); // the same bytes were imported above: recognised, left out
        testsupport::RetornoEntry e;
        e.nossoNumero = m_boletos.at(3).nossoNumero;
        e.occurrence = u"02"_s;
        e.occurrenceDate = QDate::currentDate();
        QFile f(folder.filePath(u"CN051200.RET"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(testsupport::itauRetorno400(u"1234"_s, u"12345"_s, {e}, QDate::currentDate().addDays(1)));
        f.close();
        QTRY_COMPARE(w.pending().size(), 1);
        QCOMPARE(w.pending().first().fileName, u"CN051200.RET"_s);
        QCOMPARE(w.pending().first().lines.first().outcome, ReconciliationOutcome::Registered);
    }

    // A card acquirer's report in the same view: lines against orders, under the acquirer.
    void cardSettlementReportInTheSameView()
    {
        auto q = db().exec(u"SELECT o.number, o.total_cents, t.acquirer_reference, o.external_id FROM orders o"
                           " JOIN payment_transactions t ON t.order_id = o.id WHERE t.acquirer_reference <> ''"
                           " ORDER BY o.number LIMIT 1"_s);
        QVERIFY(q && q->next());
        const qint64 number = q->value(0).toLongLong();
        const qint64 total = q->value(1).toLongLong();
        const QString gross = QString::number(total / 100) + u'.' + QString::number(total % 100).rightJustified(2, u'0');
        const QString path = m_t.dir() + u"/liberacoes.csv"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("DATE,SOURCE_ID,EXTERNAL_REFERENCE,RECORD_TYPE,DESCRIPTION,NET_CREDIT_AMOUNT,NET_DEBIT_AMOUNT,GROSS_AMOUNT,"
                "MP_FEE_AMOUNT,PAYMENT_METHOD\n");
        f.write(u"2027-02-10T09:30:00.000-03:00,%1,%2,release,payment,%3,0.00,%3,-4.99,master\n"_s
                    .arg(q->value(2).toString(), q->value(3).toString(), gross)
                    .toUtf8());
        f.write("2027-02-10T09:31:00.000-03:00,77001,loja-999999,release,payment,50.00,0.00,50.00,0.00,visa\n"
                "2027-02-10T11:00:00.000-03:00,77002,,release,chargeback,0.00,80.00,-80.00,0.00,visa\n");
        f.close();
        ReconciliationWidget w(*m_context);
        w.resize(1250, 620);
        w.show();
        w.loadFiles({path});
        QCOMPARE(w.pending().size(), 1);
        QCOMPARE(w.model()->rowCount(), 3);
        QCOMPARE(w.model()->data(w.model()->index(0, ReconciliationTableModel::Order)).toLongLong(), number);
        QCOMPARE(w.model()->data(w.model()->index(0, ReconciliationTableModel::Outcome)).toString(), u"Paid in full"_s);
        QCOMPARE(w.model()->data(w.model()->index(1, ReconciliationTableModel::Outcome)).toString(), u"Unknown order reference"_s);
        QCOMPARE(w.model()->data(w.model()->index(2, ReconciliationTableModel::Outcome)).toString(), u"Refund or chargeback"_s);
        QVERIFY2(w.totalsLabel()->text().contains(u"Mercado Pago"_s), qPrintable(w.totalsLabel()->text()));
        if (const QString shots = qEnvironmentVariable("RG_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(shots + u"/reconciliation-card.png"_s);
        w.discard();
    }

    void malformedFileShowsItsLine()
    {
        const QString bad = m_t.dir() + u"/bad.ret"_s;
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a retorno file\r\n");
        f.close();
        ReconciliationWidget w(*m_context);
        w.loadFiles({bad});
        QCOMPARE(w.pending().size(), 0);
        QVERIFY2(w.totalsLabel()->text().contains(u"bad.ret"_s), qPrintable(w.totalsLabel()->text()));
        QVERIFY2(w.totalsLabel()->text().contains(u"line 1"_s), qPrintable(w.totalsLabel()->text()));
    }
};

QTEST_MAIN(tst_ReconciliationWidget)
#include "tst_reconciliationwidget.moc"
