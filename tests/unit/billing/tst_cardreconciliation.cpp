#include "billing/workflow/orderpaymenthooks.h"
#include "billing/cli/retornocommands.h"
#include "billing/data/cashview.h"
#include "billing/data/reconciliationservice.h"
#include "billing/workflow/billingactions.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/ordersmodule.h"
#include "cliharness.h"
#include "stock/workflow/stockactions.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace billing;
using namespace Qt::StringLiterals;

namespace {

/// One row of a Mercado Pago release report, amounts in centavos (fees as the report gives them:
/// negative).
struct Row
{
    QString source;
    QString reference;
    QString description = u"payment"_s;
    qint64 grossCents = 0;
    qint64 feeCents = 0; ///< MP_FEE_AMOUNT, negative
    qint64 netCreditCents = 0;
    qint64 netDebitCents = 0;
    QString recordType = u"release"_s;
    QString date = u"2027-02-10T09:30:00.000-03:00"_s;
};

QString decimal(qint64 cents)
{
    const QString sign = cents < 0 ? u"-"_s : QString();
    cents = std::abs(cents);
    return sign + QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
}

QByteArray report(const QList<Row> &rows)
{
    QByteArray out = "DATE,SOURCE_ID,EXTERNAL_REFERENCE,RECORD_TYPE,DESCRIPTION,NET_CREDIT_AMOUNT,NET_DEBIT_AMOUNT,GROSS_AMOUNT,"
                     "MP_FEE_AMOUNT,FINANCING_FEE_AMOUNT,SHIPPING_FEE_AMOUNT,TAXES_AMOUNT,COUPON_AMOUNT,INSTALLMENTS,"
                     "PAYMENT_METHOD,TRANSACTION_APPROVAL_DATE\r\n";
    out += "2027-02-10T00:00:00.000-03:00,,,initial_available_balance,,1000.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0,,\r\n";
    for (const Row &r : rows) {
        const QStringList cells{r.date, r.source, r.reference, r.recordType, r.description, decimal(r.netCreditCents),
                                decimal(r.netDebitCents), decimal(r.grossCents), decimal(r.feeCents), u"0.00"_s, u"0.00"_s,
                                u"0.00"_s, u"0.00"_s, u"1"_s, u"visa"_s, u"2027-02-08T14:02:11.000-03:00"_s};
        out += cells.join(u',').toUtf8() + "\r\n";
    }
    return out;
}

Row payment(const QString &source, const QString &reference, qint64 grossCents, qint64 feeCents)
{
    Row r;
    r.source = source;
    r.reference = reference;
    r.grossCents = grossCents;
    r.feeCents = -feeCents;
    r.netCreditCents = grossCents - feeCents;
    return r;
}

} // namespace

// A card acquirer's settlement report (Mercado Pago's release report) reconciled in the same
// view as the banks' files, against the orders: what each release means, what confirming writes
// (records, the cash view under the acquirer, the order moving on) and that an overlapping report
// applies nothing twice.
class tst_CardReconciliation : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    orders::OrdersModule m_module;

    struct Order
    {
        QString id;
        qint64 number = 0;
        qint64 totalCents = 0;
        QString externalId;
        QString acquirerReference;
    };
    Order m_byPayment, m_byReference, m_byNumber;

    core::Database &db() { return m_t.db(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }
    Order order(const QString &sql)
    {
        auto q = db().exec(sql);
        Order o;
        if (q && q->next())
            o = {q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toString(),
                 q->value(4).toString()};
        return o;
    }
    core::Result<ReconciliationPreview> preview(const QByteArray &content, const QString &name)
    {
        return ReconciliationService(db()).preview(m_t.admin(), content, name, QString(), orderPaymentHooks(*m_context).awaitsPayment);
    }
    core::Result<ReconciliationApplied> apply(const ReconciliationPreview &p)
    {
        return ReconciliationService(db()).apply(m_t.admin(), p, orderPaymentHooks(*m_context).confirmPayment);
    }
    static const ReconciliationLine *lineOf(const ReconciliationPreview &p, const QString &source, const QString &description)
    {
        for (const ReconciliationLine &l : p.lines) {
            if (l.movement.nossoNumeroField == source && l.movement.occurrenceCode == description)
                return &l;
        }
        return nullptr;
    }
    QList<Row> morning() const
    {
        Row refund;
        refund.source = m_byPayment.acquirerReference;
        refund.reference = m_byPayment.externalId;
        refund.description = u"refund"_s;
        refund.grossCents = -2500;
        refund.netDebitCents = 2500;
        Row fee;
        fee.source = u"FEE-889"_s;
        fee.description = u"fee-release-in-advance"_s;
        fee.netDebitCents = 390;
        fee.feeCents = -390;
        Row payout;
        payout.source = u"PAYOUT-12"_s;
        payout.description = u"withdrawal"_s;
        payout.netDebitCents = 50000;
        return {payment(m_byPayment.acquirerReference, m_byPayment.externalId, m_byPayment.totalCents, 499),
                payment(u"MP-7781"_s, m_byReference.externalId, m_byReference.totalCents - 500, 300),
                payment(u"MP-7782"_s, QString::number(m_byNumber.number), m_byNumber.totalCents, 410),
                payment(u"MP-7783"_s, u"nobody-knows"_s, 9900, 200),
                refund,
                fee,
                payout};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(300), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_module.initialize(*m_context).ok());
        registerBillingActions(m_context->workflowActions());
        stock::registerStockActions(m_context->workflowActions());
        m_byPayment = order(u"SELECT o.id, o.number, o.total_cents, o.external_id, t.acquirer_reference FROM orders o"
                            " JOIN payment_transactions t ON t.order_id = o.id WHERE t.acquirer_reference <> ''"
                            " AND o.external_id IS NOT NULL ORDER BY o.number LIMIT 1"_s);
        m_byReference = order(u"SELECT id, number, total_cents, external_id, '' FROM orders WHERE external_id IS NOT NULL"
                              " AND id <> '%1' AND NOT EXISTS (SELECT 1 FROM payment_transactions t WHERE t.order_id = orders.id)"
                              " ORDER BY number LIMIT 1"_s.arg(m_byPayment.id));
        m_byNumber = order(u"SELECT id, number, total_cents, external_id, '' FROM orders WHERE id NOT IN ('%1', '%2')"
                           " AND payment_method = 'credit_card' ORDER BY number DESC LIMIT 1"_s.arg(m_byPayment.id, m_byReference.id));
        QVERIFY(!m_byPayment.id.isEmpty() && !m_byPayment.acquirerReference.isEmpty());
        QVERIFY(!m_byReference.id.isEmpty() && !m_byNumber.id.isEmpty());
        // This one still waits for its payment: the settlement confirms it.
        QVERIFY(db().exec(u"UPDATE orders SET status = 'aguardando_pagamento' WHERE id = ?"_s, {m_byNumber.id}));
    }

    void releasesAreMatchedToOrders()
    {
        auto p = preview(report(morning()), u"liberacoes-2027-02-10.csv"_s);
        QVERIFY2(p, p ? "" : qPrintable(p.error().text() + u' ' + p.error().where));
        QVERIFY(p->isCardSettlement());
        QCOMPARE(p->accountName(), u"Mercado Pago"_s);
        QCOMPARE(p->lines.size(), 7); // the balance row is not a release

        const ReconciliationLine *a = lineOf(*p, m_byPayment.acquirerReference, u"payment"_s);
        QVERIFY(a);
        QCOMPARE(a->outcome, ReconciliationOutcome::PaidInFull);
        QCOMPARE(a->orderNumber(), m_byPayment.number);
        QCOMPARE(a->movement.feeCents, qint64(499));

        const ReconciliationLine *b = lineOf(*p, u"MP-7781"_s, u"payment"_s);
        QVERIFY(b);
        QCOMPARE(b->outcome, ReconciliationOutcome::PaidWithDifference);
        QCOMPARE(b->orderId(), m_byReference.id);
        QCOMPARE(b->differenceCents, qint64(-500));

        const ReconciliationLine *c = lineOf(*p, u"MP-7782"_s, u"payment"_s);
        QVERIFY(c);
        QCOMPARE(c->outcome, ReconciliationOutcome::PaidInFull);
        QCOMPARE(c->orderNumber(), m_byNumber.number);
        QVERIFY(c->confirmsOrder);
        QVERIFY(!a->confirmsOrder); // already past waiting for its payment

        QCOMPARE(lineOf(*p, u"MP-7783"_s, u"payment"_s)->outcome, ReconciliationOutcome::Unknown);
        const ReconciliationLine *refund = lineOf(*p, m_byPayment.acquirerReference, u"refund"_s);
        QVERIFY(refund);
        QCOMPARE(refund->outcome, ReconciliationOutcome::Refunded);
        QCOMPARE(refund->orderNumber(), m_byPayment.number);
        QVERIFY2(refund->note.contains(QString::number(m_byPayment.number)), qPrintable(refund->note));
        QCOMPARE(lineOf(*p, u"FEE-889"_s, u"fee-release-in-advance"_s)->outcome, ReconciliationOutcome::Fee);
        QCOMPARE(lineOf(*p, u"PAYOUT-12"_s, u"withdrawal"_s)->outcome, ReconciliationOutcome::Other);
        QCOMPARE(p->ordersToConfirm(), 1);
    }

    // Money settled for an order that was cancelled is money to give back: the line says so.
    void settlementOfACancelledOrderIsFlagged()
    {
        const Order cancelled = order(u"SELECT id, number, total_cents, external_id, '' FROM orders WHERE status = 'cancelado'"
                                      " AND external_id IS NOT NULL ORDER BY number LIMIT 1"_s);
        QVERIFY(!cancelled.id.isEmpty());
        auto p = preview(report({payment(u"MP-9001"_s, cancelled.externalId, cancelled.totalCents, 100)}), u"cancelado.csv"_s);
        QVERIFY(p);
        QCOMPARE(p->lines.first().orderNumber(), cancelled.number);
        QVERIFY(!p->lines.first().confirmsOrder);
        QVERIFY2(p->lines.first().note.contains(u"cancelled"_s), qPrintable(p->lines.first().note));
    }

    void confirmingRecordsTheReportAndMovesTheOrder()
    {
        const int boletoPayments = value(u"SELECT COUNT(*) FROM boleto_payments"_s).toInt();
        auto p = preview(report(morning()), u"liberacoes-2027-02-10.csv"_s);
        QVERIFY(p);
        auto applied = apply(*p);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().text() + u' ' + applied.error().detail));
        QCOMPARE(applied->records, 7);
        QCOMPARE(applied->payments, 3);
        QCOMPARE(applied->ordersConfirmed, 1);
        QVERIFY(value(u"SELECT status FROM orders WHERE id = ?"_s, {m_byNumber.id}).toString() != u"aguardando_pagamento"_s);

        QCOMPARE(value(u"SELECT layout || '|' || provider || '|' || COALESCE(account_id, 'none') FROM retorno_files WHERE id = ?"_s,
                       {applied->fileId})
                     .toString(),
                 u"card|Mercado Pago|none"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM retorno_records WHERE file_id = ? AND order_id = ?"_s, {applied->fileId, m_byPayment.id})
                     .toInt(),
                 2); // its payment and its refund
        QCOMPARE(value(u"SELECT COUNT(*) FROM boleto_payments"_s).toInt(), boletoPayments); // orders, not boletos

        auto history = ReconciliationService(db()).history(5);
        QVERIFY(history && !history->isEmpty());
        QCOMPARE(history->first().accountName, u"Mercado Pago"_s);
        QCOMPARE(history->first().layout, u"card"_s);

        // The cash view: the acquirer's day, payments less the refund, and every fee.
        auto days = CashView::daily(db(), m_t.admin(), QDate(2027, 2, 10), QDate(2027, 2, 10));
        QVERIFY(days);
        const CashDay *mp = nullptr;
        for (const CashDay &d : *days)
            mp = d.accountName == u"Mercado Pago"_s ? &d : mp;
        QVERIFY(mp);
        QVERIFY(mp->accountId.isEmpty());
        QCOMPARE(mp->creditedCents, m_byPayment.totalCents + (m_byReference.totalCents - 500) + m_byNumber.totalCents - 2500);
        QCOMPARE(mp->feeCents, qint64(499 + 300 + 410 + 200 + 390));
    }

    // Reports of overlapping days repeat rows whole: those are recognised, the new ones apply.
    void overlappingReportAppliesOnlyWhatIsNew()
    {
        QList<Row> rows = morning();
        rows << payment(u"MP-7790"_s, m_byReference.externalId, 1234, 60);
        auto p = preview(report(rows), u"liberacoes-2027-02-09-a-11.csv"_s);
        QVERIFY(p);
        QVERIFY(!p->alreadyImported()); // other bytes
        QCOMPARE(lineOf(*p, m_byPayment.acquirerReference, u"payment"_s)->outcome, ReconciliationOutcome::AlreadyApplied);
        QCOMPARE(lineOf(*p, m_byPayment.acquirerReference, u"refund"_s)->outcome, ReconciliationOutcome::AlreadyApplied);
        QCOMPARE(lineOf(*p, u"FEE-889"_s, u"fee-release-in-advance"_s)->outcome, ReconciliationOutcome::AlreadyApplied);
        QCOMPARE(lineOf(*p, u"MP-7790"_s, u"payment"_s)->outcome, ReconciliationOutcome::PaidWithDifference);
        QCOMPARE(p->ordersToConfirm(), 0);

        // The very same report again is refused whole.
        auto again = preview(report(morning()), u"copia.csv"_s);
        QVERIFY(again && again->alreadyImported());
        QVERIFY(!apply(*again));
    }

    // The CLI reads the report like a retorno: `cnab parse` and `cnab import --dry-run --json`.
    void cliParsesAndPreviewsTheReport()
    {
        const QString path = m_t.dir() + u"/liberacoes.csv"_s;
        QList<Row> rows = morning();
        rows << payment(u"MP-7801"_s, u"ninguem"_s, 500, 20);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(report(rows));
        f.close();
        const QList<core::CliCommand> commands = retornoCliCommands();
        auto parsed = testsupport::runCliCommand(commands, *m_context, {u"cnab"_s, u"parse"_s}, {path}, true);
        QCOMPARE(parsed.code, 0);
        const QJsonObject file = QJsonDocument::fromJson(parsed.out.toUtf8()).object();
        QCOMPARE(file.value(u"layout"_s).toString(), u"card"_s);
        QCOMPARE(file.value(u"bank"_s).toString(), u"323"_s);
        QCOMPARE(file.value(u"records"_s).toArray().size(), 8);
        QCOMPARE(file.value(u"records"_s).toArray().at(6).toObject().value(u"kind"_s).toString(), u"outro"_s);

        auto imported = testsupport::runCliCommand(commands, *m_context, {u"cnab"_s, u"import"_s}, {path, u"--dry-run"_s}, true);
        QCOMPARE(imported.code, 0);
        const QJsonObject summary =
            QJsonDocument::fromJson(imported.out.toUtf8()).object().value(u"files"_s).toArray().first().toObject();
        QCOMPARE(summary.value(u"layout"_s).toString(), u"card"_s);
        QVERIFY2(summary.value(u"account"_s).toString() == u"Mercado Pago"_s, qPrintable(imported.out.left(400)));
        QVERIFY2(imported.out.contains(u"\"refunded\""_s), qPrintable(imported.out.left(400)));
        QVERIFY2(imported.out.contains(u"ninguem"_s), qPrintable(imported.out.left(400))); // listed as unknown
    }
};

QTEST_MAIN(tst_CardReconciliation)
#include "tst_cardreconciliation.moc"
