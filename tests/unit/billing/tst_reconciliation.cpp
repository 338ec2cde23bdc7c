#include "billing/workflow/orderpaymenthooks.h"
#include "billing/data/boletorepository.h"
#include "billing/data/cashview.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/data/reconciliationservice.h"
#include "billing/domain/checkdigits.h"
#include "billing/reconciliation/reconciliationexport.h"
#include "billing/workflow/billingactions.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/domain/money.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "orders/ordersmodule.h"
#include "orders/workflow/orderworkflow.h"
#include "billingtestaccount.h"
#include "retornobuilder.h"
#include "stock/workflow/stockactions.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace billing;
using namespace Qt::StringLiterals;
using testsupport::RetornoEntry;

namespace {

/// The tests' Itaú account, default for generate_boleto.
CollectionAccount itauAccount(const QString &name, const QString &account = u"12345"_s)
{
    CollectionAccount a = testsupport::itauTestAccount(name, account);
    a.isDefault = true;
    return a;
}

} // namespace

// Reconciling the bank's retorno files with the boletos, as the office does every morning:
// what the preview says each record means, what confirming writes (payments, statuses, the
// order moving on), and that nothing is ever applied twice or half.
class tst_Reconciliation : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    orders::OrdersModule m_module;
    CollectionAccount m_account;
    qint64 m_lastNumber = 0;

    core::Database &db() { return m_t.db(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }
    int count(const QString &sql, const QVariantList &bindings = {}) { return value(sql, bindings).toInt(); }

    /// A boleto order not used before, moved to aguardando_pagamento: generate_boleto issues its
    /// boleto from the default account.
    Boleto awaitingOrder()
    {
        const QString id = value(u"SELECT id FROM orders WHERE payment_method = 'boleto' AND number > ? AND total_cents > 1000"
                                 " ORDER BY number LIMIT 1"_s,
                                 {m_lastNumber})
                               .toString();
        m_lastNumber = value(u"SELECT number FROM orders WHERE id = ?"_s, {id}).toLongLong();
        (void)db().exec(u"UPDATE orders SET status = 'novo', installments = 1 WHERE id = ?"_s, {id});
        auto moved = m_context->service<orders::OrderWorkflow>()->advance(m_t.admin(), id, u"await_payment"_s, QString());
        if (!moved)
            qWarning() << moved.error().text();
        auto boletos = BoletoRepository(db()).forOrder(id);
        return boletos && !boletos->isEmpty() ? boletos->first() : Boleto{};
    }
    QString orderStatus(const Boleto &b) { return value(u"SELECT status FROM orders WHERE id = ?"_s, {b.orderId}).toString(); }
    QString boletoStatus(const Boleto &b) { return value(u"SELECT status FROM boletos WHERE id = ?"_s, {b.id}).toString(); }

    static RetornoEntry paid(const Boleto &b, qint64 paidCents, const QDate &on)
    {
        RetornoEntry e;
        e.nossoNumero = b.nossoNumero;
        e.titleCents = b.amount.cents();
        e.paidCents = paidCents;
        e.dueDate = b.dueDate;
        e.occurrenceDate = on;
        e.creditDate = on.addDays(1);
        return e;
    }
    static RetornoEntry occurrence(const Boleto &b, const QString &code, const QDate &on, const QString &reasons = {})
    {
        RetornoEntry e;
        e.nossoNumero = b.nossoNumero;
        e.occurrence = code;
        e.titleCents = b.amount.cents();
        e.dueDate = b.dueDate;
        e.occurrenceDate = on;
        e.reasons = reasons;
        return e;
    }
    QByteArray file(const QList<RetornoEntry> &entries, const QDate &generatedOn = QDate(2026, 12, 2))
    {
        return testsupport::itauRetorno400(m_account.bank.agency, m_account.bank.account, entries, generatedOn);
    }
    core::Result<ReconciliationPreview> preview(const QByteArray &content, const QString &name = u"CN021200.RET"_s)
    {
        return ReconciliationService(db()).preview(m_t.admin(), content, name, QString(),
                                                   orderPaymentHooks(*m_context).awaitsPayment);
    }
    core::Result<ReconciliationApplied> apply(const ReconciliationPreview &p, const ReconciliationService::Progress &progress = {})
    {
        return ReconciliationService(db()).apply(m_t.admin(), p, orderPaymentHooks(*m_context).confirmPayment, progress);
    }
    static const ReconciliationLine *lineFor(const ReconciliationPreview &p, const Boleto &b, const QString &code)
    {
        for (const ReconciliationLine &l : p.lines) {
            if (l.boleto && l.boleto->id == b.id && l.movement.occurrenceCode == code)
                return &l;
        }
        return nullptr;
    }

private slots:
    /// Migration 0008 folds the payments into the retorno records that brought them: a database
    /// with payments from before keeps every one, with its split, date and duplicate flag.
    void paymentsRecordedBeforeSurviveTheMigration()
    {
        QTemporaryDir dir;
        auto opened = core::Database::openSqlite(dir.filePath(u"old.sqlite"_s));
        QVERIFY(opened);
        core::Database &old = **opened;
        QVERIFY(core::Migrator(old).migrate(7));
        const QStringList statements = {
            u"INSERT INTO bank_accounts (id, name, bank_code, agency, account, carteira, beneficiary_name, beneficiary_document,"
            " updated_at) VALUES ('a1', 'Itaú', '341', '1234', '12345', '109', 'Loja', '12345678000195', 'now')"_s,
            u"INSERT INTO boletos (id, account_id, sequence, nosso_numero, nosso_numero_printed, nosso_numero_key, document_number,"
            " barcode, linha_digitavel, issue_date, due_date, amount_cents, payer_name, payer_document, status, created_at,"
            " updated_at) VALUES ('b1', 'a1', 1, '1', '109/00000001-0', '00000001', '1', printf('%044d', 0), printf('%047d', 0),"
            " '2026-11-01', '2026-11-20', 10000, 'Pagador', '52998224725', 'pago', 'now', 'now')"_s,
            u"INSERT INTO retorno_files (id, account_id, bank_code, layout, file_name, content_hash, record_count, imported_at,"
            " imported_by, updated_at) VALUES ('f1', 'a1', '341', 'cnab400', 'CN.RET', 'h', 2, 'now', NULL, 'now')"_s,
            u"INSERT INTO retorno_records (id, file_id, line, boleto_id, nosso_numero, occurrence_code, kind, outcome, paid_cents,"
            " credit_date, created_at) VALUES ('r1', 'f1', 2, 'b1', '1', '06', 'liquidacao', 'paid_with_difference', 10450,"
            " '2026-11-25', 'now')"_s,
            u"INSERT INTO retorno_records (id, file_id, line, boleto_id, nosso_numero, occurrence_code, kind, outcome, created_at)"
            " VALUES ('r2', 'f1', 3, 'b1', '1', '02', 'entrada_confirmada', 'registered', 'now')"_s,
            u"INSERT INTO boleto_payments (id, boleto_id, source, retorno_record_id, paid_cents, interest_cents, fine_cents,"
            " paid_on, credit_date, duplicate, created_at) VALUES ('p1', 'b1', 'cnab', 'r1', 10450, 250, 200, '2026-11-24',"
            " '2026-11-25', 0, 'now')"_s};
        for (const QString &sql : statements)
            QVERIFY2(old.exec(sql), qPrintable(sql));
        QVERIFY(core::Migrator(old).migrate());
        auto row = old.exec(u"SELECT id, boleto_id, source, paid_cents, interest_cents, fine_cents, paid_on, credit_date, duplicate"
                            " FROM boleto_payments"_s);
        QVERIFY(row && row->next());
        QCOMPARE(row->value(0).toString(), u"r1"_s);
        QCOMPARE(row->value(1).toString(), u"b1"_s);
        QCOMPARE(row->value(2).toString(), u"cnab"_s);
        QCOMPARE(row->value(3).toLongLong(), 10450);
        QCOMPARE(row->value(4).toLongLong(), 250);
        QCOMPARE(row->value(5).toLongLong(), 200);
        QCOMPARE(row->value(6).toString(), u"2026-11-24"_s);
        QCOMPARE(row->value(7).toString(), u"2026-11-25"_s);
        QCOMPARE(row->value(8).toInt(), 0);
        QVERIFY(!row->next()); // the entrada confirmada paid nothing
        QVERIFY(!old.exec(u"UPDATE retorno_records SET paid_cents = 1"_s)); // still append-only
        // Migration 0010 rebuilt retorno_files with foreign keys off: they are back on, the
        // records still point to their file and the file keeps its account.
        QCOMPARE(old.scalar(u"PRAGMA foreign_keys"_s)->toInt(), 1);
        QCOMPARE(old.scalar(u"SELECT f.account_id FROM retorno_records r JOIN retorno_files f ON f.id = r.file_id"
                            " WHERE r.id = 'r2'"_s)
                     ->toString(),
                 u"a1"_s);
        QVERIFY(!old.exec(u"INSERT INTO retorno_records (id, file_id, line, nosso_numero, occurrence_code, kind, outcome,"
                          " created_at) VALUES ('r3', 'no-such-file', 4, '1', '02', 'outro', 'other', 'now')"_s));
        QVERIFY(!old.exec(u"INSERT INTO retorno_files (id, account_id, bank_code, layout, file_name, content_hash, record_count,"
                          " imported_at, updated_at) VALUES ('f2', NULL, '341', 'cnab400', 'X.RET', 'h2', 0, 'now', 'now')"_s));
    }

    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(300), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_module.initialize(*m_context).ok());
        registerBillingActions(m_context->workflowActions());
        stock::registerStockActions(m_context->workflowActions());
        auto saved = CollectionAccountRepository(db()).save(m_t.admin(), itauAccount(u"Itaú cobrança 109"_s));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().text()));
        m_account = *saved;
    }

    // A morning's file: registrations, payments exact / late / with discount, a rejection, a
    // write-off and a nosso número nobody issued. The preview says what each means; confirming
    // writes payments, moves boletos and orders on, all at once.
    void previewThenApplyAFile()
    {
        const Boleto exact = awaitingOrder();
        const Boleto late = awaitingOrder();
        const Boleto discounted = awaitingOrder();
        const Boleto rejected = awaitingOrder();
        const Boleto writtenOff = awaitingOrder();
        QVERIFY(!exact.id.isEmpty() && !writtenOff.id.isEmpty());
        QCOMPARE(orderStatus(exact), u"aguardando_pagamento"_s);

        const QDate onTime = exact.dueDate.addDays(-1);
        const QDate afterDue = late.dueDate.addDays(5);
        const qint64 fine = (late.amount.cents() * 200 + 5000) / 10000;
        RetornoEntry e1 = paid(exact, exact.amount.cents() - 210, onTime); // Itaú credits net of its fee
        e1.feeCents = 210;
        RetornoEntry e2 = paid(late, late.amount.cents() + fine + 123, afterDue);
        e2.interestCents = fine + 123;
        RetornoEntry e3 = paid(discounted, discounted.amount.cents() - 500, onTime);
        e3.discountCents = 500;
        RetornoEntry unknown = paid(exact, 4200, onTime);
        unknown.nossoNumero = u"99999999"_s;
        const QByteArray content = file({occurrence(exact, u"02"_s, onTime.addDays(-5)), e1, e2, e3,
                                         occurrence(rejected, u"03"_s, onTime, u"03"_s), occurrence(writtenOff, u"09"_s, onTime),
                                         unknown});

        auto p = preview(content);
        QVERIFY2(p, p ? "" : qPrintable(p.error().text()));
        QCOMPARE(p->account.id, m_account.id); // found from the bank code: the only Itaú account
        QCOMPARE(p->lines.size(), 7);
        QVERIFY(!p->alreadyImported());
        QCOMPARE(lineFor(*p, exact, u"02"_s)->outcome, ReconciliationOutcome::Registered);
        const ReconciliationLine *full = lineFor(*p, exact, u"06"_s);
        QVERIFY(full);
        QCOMPARE(full->outcome, ReconciliationOutcome::PaidInFull); // the fee the bank kept is not a difference
        QVERIFY(full->confirmsOrder);
        const ReconciliationLine *withInterest = lineFor(*p, late, u"06"_s);
        QCOMPARE(withInterest->outcome, ReconciliationOutcome::PaidWithDifference);
        QCOMPARE(withInterest->differenceCents, fine + 123);
        QCOMPARE(withInterest->fineCents, fine); // the boleto's 2 % multa ...
        QCOMPARE(withInterest->interestCents, 123); // ... and the rest is juros
        QCOMPARE(withInterest->unexplainedCents, 0);
        const ReconciliationLine *less = lineFor(*p, discounted, u"06"_s);
        QCOMPARE(less->outcome, ReconciliationOutcome::PaidWithDifference);
        QCOMPARE(less->differenceCents, -500);
        QCOMPARE(less->discountCents, 500);
        QCOMPARE(less->unexplainedCents, 0);
        const ReconciliationLine *refused = lineFor(*p, rejected, u"03"_s);
        QCOMPARE(refused->outcome, ReconciliationOutcome::Rejected);
        QVERIFY2(refused->note.startsWith(u"03"_s), qPrintable(refused->note)); // the reason, with the bank's meaning
        QCOMPARE(lineFor(*p, writtenOff, u"09"_s)->outcome, ReconciliationOutcome::WrittenOff);
        QCOMPARE(p->lines.last().outcome, ReconciliationOutcome::Unknown);
        QVERIFY(p->lines.last().note.contains(u"99999999"_s));
        const auto totals = p->totals();
        QCOMPARE(totals.value(ReconciliationOutcome::PaidWithDifference).count, 2);
        QCOMPARE(p->paidCents(), e1.paidCents + e2.paidCents + e3.paidCents);
        QCOMPARE(p->ordersToConfirm(), 3);

        // Nothing is written by a preview.
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments"_s), 0);
        QCOMPARE(boletoStatus(exact), u"emitido"_s);

        const int eventsBefore = count(u"SELECT COUNT(*) FROM order_events WHERE order_id = ?"_s, {exact.orderId});
        auto applied = apply(*p);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().text()));
        QCOMPARE(applied->records, 7);
        QCOMPARE(applied->payments, 3);
        QCOMPARE(applied->ordersConfirmed, 3);
        QCOMPARE(boletoStatus(exact), u"pago"_s);
        QCOMPARE(boletoStatus(late), u"pago"_s);
        QCOMPARE(boletoStatus(rejected), u"emitido"_s);
        QCOMPARE(boletoStatus(writtenOff), u"baixado"_s);
        QCOMPARE(value(u"SELECT paid_cents FROM boletos WHERE id = ?"_s, {late.id}).toLongLong(), e2.paidCents);
        QCOMPARE(value(u"SELECT paid_on FROM boletos WHERE id = ?"_s, {late.id}).toString(), afterDue.toString(Qt::ISODate));
        QCOMPARE(value(u"SELECT fine_cents FROM boleto_payments WHERE boleto_id = ?"_s, {late.id}).toLongLong(), fine);
        // payment_confirmed went to each order's workflow, which moved it to pago with its actions.
        QCOMPARE(orderStatus(exact), u"pago"_s);
        QCOMPARE(orderStatus(late), u"pago"_s);
        QCOMPARE(orderStatus(rejected), u"aguardando_pagamento"_s);
        QVERIFY(count(u"SELECT COUNT(*) FROM order_events WHERE order_id = ?"_s, {exact.orderId}) > eventsBefore);
        QCOMPARE(value(u"SELECT payment_status FROM orders WHERE id = ?"_s, {exact.orderId}).toString(), u"paid"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_records WHERE file_id = ?"_s, {applied->fileId}), 7);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'billing.retorno_imported'"_s), 1);
        // The central database gets the file (its records and payments travel with it) and every
        // boleto that changed.
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox WHERE table_name = 'retorno_files' AND row_id = ?"_s, {applied->fileId}), 1);
        QVERIFY(count(u"SELECT COUNT(*) FROM outbox WHERE table_name = 'boletos' AND row_id = ? AND operation = 'update'"_s, {late.id}) >= 1);

        // The same file again: recognised by its bytes, nothing applied.
        auto again = preview(content);
        QVERIFY(again);
        QVERIFY(again->alreadyImported());
        auto refusedAgain = apply(*again);
        QVERIFY(!refusedAgain);
        QCOMPARE(refusedAgain.error().kind, core::Error::Kind::Conflict);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments"_s), 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_files"_s), 1);

        // The bank sends the same payment in another file (other bytes), and a second payment of
        // a paid boleto: the first is recognised, the second is money to give back.
        RetornoEntry secondPayment = paid(late, late.amount.cents(), afterDue.addDays(3));
        const QByteArray next = file({e1, secondPayment}, QDate(2026, 12, 3));
        auto p2 = preview(next, u"CN031200.RET"_s);
        QVERIFY(p2);
        QVERIFY(!p2->alreadyImported());
        QCOMPARE(p2->lines.at(0).outcome, ReconciliationOutcome::AlreadyApplied);
        QCOMPARE(p2->lines.at(1).outcome, ReconciliationOutcome::DuplicatePayment);
        QVERIFY(!p2->lines.at(1).confirmsOrder);
        auto applied2 = apply(*p2);
        QVERIFY2(applied2, applied2 ? "" : qPrintable(applied2.error().text()));
        QCOMPARE(applied2->payments, 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments WHERE boleto_id = ?"_s, {late.id}), 2);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments WHERE boleto_id = ? AND duplicate = 1"_s, {late.id}), 1);
        QCOMPARE(value(u"SELECT paid_cents FROM boletos WHERE id = ?"_s, {late.id}).toLongLong(), e2.paidCents);

        // The history lists both files with their result.
        auto history = ReconciliationService(db()).history();
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).fileName, u"CN031200.RET"_s);
        QCOMPARE(history->at(1).paidCount, 3);
    }

    // PIX received for hybrid boletos (the bank's statement export) reconcile in the same view:
    // the txid printed in the boleto's QR names the boleto.
    void pixStatementPaysHybridBoletos()
    {
        const Boleto b = awaitingOrder();
        const QByteArray csv = "Data;Horario;Valor;E2EID;TXID;Pagador\r\n"
                               + QByteArray("03/12/2026;10:41:07;") + core::Money::fromCents(b.amount.cents()).format().remove(u"R$ "_s).toUtf8()
                               + ";E60701190202612031041DY5J8Z3XQ1A;BOL341" + b.nossoNumero.toUtf8() + ";MARIA\r\n"
                               + "03/12/2026;11:02:00;50,00;E00000000202612031102ABCDEFGH;OUTRA-COBRANCA;JOAO\r\n";
        auto p = preview(csv, u"pix-20261203.csv"_s);
        QVERIFY2(p, p ? "" : qPrintable(p.error().text()));
        QCOMPARE(p->file.layout, u"pix"_s);
        QCOMPARE(p->lines.size(), 2);
        QCOMPARE(p->lines.at(0).outcome, ReconciliationOutcome::PaidInFull);
        QCOMPARE(p->lines.at(0).movement.documentNumber, u"E60701190202612031041DY5J8Z3XQ1A"_s);
        QCOMPARE(p->lines.at(1).outcome, ReconciliationOutcome::Unknown);
        QVERIFY(p->lines.at(0).confirmsOrder);
        auto applied = apply(*p);
        QVERIFY2(applied, applied ? "" : qPrintable(applied.error().text()));
        QCOMPARE(value(u"SELECT source FROM boleto_payments WHERE boleto_id = ?"_s, {b.id}).toString(), u"pix"_s);
        QCOMPARE(boletoStatus(b), u"pago"_s);
        QCOMPARE(orderStatus(b), u"pago"_s);

        const QByteArray bad = "Data;Valor;E2EID;TXID\r\n03/12/2026;doze reais;E1;BOL3411\r\n";
        auto refused = preview(bad, u"bad.csv"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().where.contains(u"line 2, column 2"_s), qPrintable(refused.error().where));
    }

    // Payments are a ledger: the database refuses to change or delete one.
    void ledgersAreAppendOnly()
    {
        QVERIFY(count(u"SELECT COUNT(*) FROM boleto_payments"_s) > 0);
        QVERIFY(!db().exec(u"UPDATE boleto_payments SET paid_cents = 1"_s));
        QVERIFY(!db().exec(u"DELETE FROM boleto_payments"_s));
        QVERIFY(!db().exec(u"DELETE FROM retorno_records"_s));
    }

    // Paid twice in the same file, or paid after the bank wrote the title off: both shown.
    void sameFileCarriesTwoPaymentsOfOneBoleto()
    {
        const Boleto b = awaitingOrder();
        const Boleto off = awaitingOrder();
        QVERIFY(db().exec(u"UPDATE boletos SET status = 'baixado' WHERE id = ?"_s, {off.id}));
        const QDate on = b.dueDate;
        auto p = preview(file({paid(b, b.amount.cents(), on), paid(b, b.amount.cents(), on.addDays(1)), paid(off, off.amount.cents(), on)},
                              QDate(2026, 12, 4)),
                         u"twice.ret"_s);
        QVERIFY(p);
        QCOMPARE(p->lines.at(0).outcome, ReconciliationOutcome::PaidInFull);
        QCOMPARE(p->lines.at(1).outcome, ReconciliationOutcome::DuplicatePayment);
        // Each line shows the boleto as the lines before it left it.
        QVERIFY(p->lines.at(0).boleto->status != u"pago"_s);
        QCOMPARE(p->lines.at(1).boleto->status, u"pago"_s);
        QCOMPARE(p->lines.at(1).boleto->paidOn, on);
        QCOMPARE(p->lines.at(2).outcome, ReconciliationOutcome::PaidAfterWriteOff);
        QCOMPARE(p->lines.at(2).newStatus, u"pago"_s);
        QCOMPARE(p->ordersToConfirm(), 2);
        QVERIFY(apply(*p));
        QCOMPARE(boletoStatus(off), u"pago"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments WHERE boleto_id = ?"_s, {b.id}), 2);
    }

    // A boleto changed by someone else between preview and confirmation: nothing is written.
    void changedSincePreviewAppliesNothing()
    {
        const Boleto b = awaitingOrder();
        auto p = preview(file({paid(b, b.amount.cents(), b.dueDate)}, QDate(2026, 12, 5)), u"changed.ret"_s);
        QVERIFY(p);
        QVERIFY(db().exec(u"UPDATE boletos SET row_version = row_version + 1 WHERE id = ?"_s, {b.id}));
        const int files = count(u"SELECT COUNT(*) FROM retorno_files"_s);
        auto applied = apply(*p);
        QVERIFY(!applied);
        QCOMPARE(applied.error().kind, core::Error::Kind::Conflict);
        QVERIFY2(applied.error().message.contains(u"preview the file again"_s), qPrintable(applied.error().message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_files"_s), files);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boleto_payments WHERE boleto_id = ?"_s, {b.id}), 0);
        QCOMPARE(orderStatus(b), u"aguardando_pagamento"_s);
    }

    // Cancelling a long import from its progress dialog rolls everything back.
    void cancelledImportWritesNothing()
    {
        QList<RetornoEntry> entries;
        for (int i = 0; i < 5000; ++i) {
            RetornoEntry e;
            e.nossoNumero = QString::number(90000000 + i);
            e.titleCents = 1000;
            e.paidCents = 1000;
            e.occurrenceDate = QDate(2026, 12, 1);
            entries << e;
        }
        auto p = preview(file(entries, QDate(2026, 12, 6)), u"big.ret"_s);
        QVERIFY(p);
        QCOMPARE(p->totals().value(ReconciliationOutcome::Unknown).count, 5000);
        const int records = count(u"SELECT COUNT(*) FROM retorno_records"_s);
        auto applied = apply(*p, [](qint64 done, qint64) { return done < 4000; });
        QVERIFY(!applied);
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_records"_s), records);
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_files WHERE file_name = 'big.ret'"_s), 0);
    }

    // A malformed file is refused with its name, line and field; nothing is written.
    void malformedFileIsRefusedWithItsLine()
    {
        const Boleto b = awaitingOrder();
        QByteArray content = file({paid(b, b.amount.cents(), b.dueDate)}, QDate(2026, 12, 7));
        content[402 + 152] = 'X'; // valor do título of line 2
        auto p = preview(content, u"bad.ret"_s);
        QVERIFY(!p);
        QVERIFY2(p.error().where.contains(u"bad.ret"_s), qPrintable(p.error().where));
        QVERIFY2(p.error().where.contains(u"line 2"_s), qPrintable(p.error().where));
        QCOMPARE(count(u"SELECT COUNT(*) FROM retorno_files WHERE file_name = 'bad.ret'"_s), 0);
    }

    // With two accounts at the bank, the file's header agency/account decides; else the user does.
    void accountFromTheHeader()
    {
        testsupport::TestDatabase t;
        QVERIFY(t.isValid());
        CollectionAccountRepository repo(t.db());
        auto a = repo.save(t.admin(), itauAccount(u"Itaú A"_s, u"12345"_s));
        CollectionAccount second = itauAccount(u"Itaú B"_s, u"54321"_s);
        second.isDefault = false;
        auto b = repo.save(t.admin(), second);
        QVERIFY(a && b);
        ReconciliationService service(t.db());
        const QByteArray forB = testsupport::itauRetorno400(u"1234"_s, u"54321"_s, {}, QDate(2026, 12, 1));
        auto p = service.preview(t.admin(), forB, u"b.ret"_s, QString(), {});
        QVERIFY2(p, p ? "" : qPrintable(p.error().text()));
        QCOMPARE(p->account.id, b->id);
        const QByteArray other = testsupport::itauRetorno400(u"9999"_s, u"11111"_s, {}, QDate(2026, 12, 1));
        auto ambiguous = service.preview(t.admin(), other, u"x.ret"_s, QString(), {});
        QVERIFY(!ambiguous);
        QVERIFY2(ambiguous.error().message.contains(u"Itaú A"_s), qPrintable(ambiguous.error().message));
        QVERIFY(service.preview(t.admin(), other, u"x.ret"_s, u"Itaú A"_s, {}));
    }

    // Fees and credits by credit date against what was due, per day and account.
    void cashViewComparesExpectedAndCredited()
    {
        auto days = CashView::daily(db(), m_t.admin(), QDate(2020, 1, 1), QDate(2030, 1, 1));
        QVERIFY(days);
        qint64 credited = 0;
        qint64 fees = 0;
        qint64 expected = 0;
        for (const CashDay &d : *days) {
            credited += d.creditedCents;
            fees += d.feeCents;
            expected += d.expectedCents;
        }
        QCOMPARE(credited, value(u"SELECT SUM(paid_cents) FROM boleto_payments"_s).toLongLong());
        QCOMPARE(fees, value(u"SELECT SUM(fee_cents) FROM retorno_records"_s).toLongLong());
        QCOMPARE(expected, value(u"SELECT SUM(amount_cents) FROM boletos WHERE status <> 'cancelado'"_s).toLongLong());
    }

    // Each payment counts on the day the bank credited it, each fee on its movement's day, and
    // only in its account: a day range or another account leaves them out.
    void cashViewPlacesMoneyOnItsCreditDay()
    {
        const Boleto b = awaitingOrder();
        RetornoEntry pay = paid(b, b.amount.cents(), QDate(2027, 3, 9)); // credited 10/03
        pay.feeCents = 180;
        RetornoEntry fee = occurrence(b, u"02"_s, QDate(2027, 3, 8)); // entrada confirmada, with its fee
        fee.feeCents = 95;
        auto p = preview(file({fee, pay}, QDate(2027, 3, 10)), u"CN100300.RET"_s);
        QVERIFY(p);
        QVERIFY(apply(*p));

        auto day = [&](const QDate &d, const QString &account = {}) {
            CashDay sum;
            auto days = CashView::daily(db(), m_t.admin(), d, d, account);
            if (!days)
                qWarning() << days.error().text();
            for (const CashDay &c : days ? *days : QList<CashDay>{}) {
                sum.creditedCents += c.creditedCents;
                sum.feeCents += c.feeCents;
            }
            return sum;
        };
        QCOMPARE(day(QDate(2027, 3, 10)).creditedCents, b.amount.cents());
        QCOMPARE(day(QDate(2027, 3, 10)).feeCents, qint64(180));
        QCOMPARE(day(QDate(2027, 3, 10), b.accountId).creditedCents, b.amount.cents());
        QCOMPARE(day(QDate(2027, 3, 9)).creditedCents, qint64(0)); // paid that day, credited the next
        QCOMPARE(day(QDate(2027, 3, 8)).feeCents, qint64(95));    // no credit date: the occurrence's
        const QString otherAccount = value(u"SELECT id FROM bank_accounts WHERE id <> ? LIMIT 1"_s, {b.accountId}).toString();
        if (!otherAccount.isEmpty())
            QCOMPARE(day(QDate(2027, 3, 10), otherAccount).creditedCents, qint64(0));
    }

    // The preview exports to a workbook Excel opens (a zip with the sheets).
    void previewExportsToXlsx()
    {
        const Boleto b = awaitingOrder();
        auto p = preview(file({paid(b, b.amount.cents(), b.dueDate)}, QDate(2026, 12, 8)), u"x.ret"_s);
        QVERIFY(p);
        const QString path = m_t.dir() + u"/preview.xlsx"_s;
        QVERIFY(exportReconciliationXlsx(path, {{p->fileName, &p->lines.first()}}));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(2) == "PK");
        if (!QStandardPaths::findExecutable(u"unzip"_s).isEmpty()) {
            QProcess unzip;
            unzip.start(u"unzip"_s, {u"-p"_s, path}); // every part: constant-memory mode writes strings inline
            QVERIFY(unzip.waitForFinished());
            const QByteArray strings = unzip.readAllStandardOutput();
            QVERIFY(strings.contains(b.nossoNumeroPrinted.toUtf8()));
            QVERIFY(strings.contains("Paid in full"));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Reconciliation)
#include "tst_reconciliation.moc"
