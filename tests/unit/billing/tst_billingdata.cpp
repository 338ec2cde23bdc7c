#include "billing/data/boletoissuer.h"
#include "billing/data/boletoprintsource.h"
#include "billing/data/boletorepository.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/data/remessaservice.h"
#include "billing/domain/boletocode.h"
#include "billing/domain/checkdigits.h"
#include "billing/domain/linhadigitavel.h"
#include "billing/pix/brcode.h"
#include "billing/workflow/billingactions.h"
#include "stock/workflow/stockactions.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/businesscalendar.h"
#include "core/domain/domainevents.h"
#include "core/domain/searchkey.h"
#include "orders/ordersmodule.h"
#include "orders/workflow/orderworkflow.h"
#include "billingtestaccount.h"
#include "testdatabase.h"

#include <QFile>
#include <QTest>

using namespace billing;
using namespace Qt::StringLiterals;

namespace {

const QDate kIssue(2026, 11, 23); // a Monday

using testsupport::itauTestAccount;
const auto itauAccount = [](const QString &name, const QString &account = QStringLiteral("12345")) {
    return itauTestAccount(name, account);
};

/// What the bank's check digit of an Itaú carteira 109 nosso número is (DAC over agência,
/// conta, carteira and the 8-digit number), computed here from the manual's rule.
QString itauPrinted(const CollectionAccount &a, qint64 sequence)
{
    const QString nn = QString::number(sequence).rightJustified(8, u'0');
    return a.bank.carteira + u'/' + nn + u'-' + QString::number(mod10(QString(a.bank.agency + a.bank.account + a.bank.carteira + nn)));
}

/// The linha digitável as printed: "34191.09008 00003.712340 ..." (dots and spaces).
QString punctuated(const QString &l)
{
    return l.mid(0, 5) + u'.' + l.mid(5, 5) + u' ' + l.mid(10, 5) + u'.' + l.mid(15, 6) + u' ' + l.mid(21, 5) + u'.'
        + l.mid(26, 6) + u' ' + l.mid(32, 1) + u' ' + l.mid(33);
}

/// The records of a remessa file, each checked to be `width` characters followed by CR LF.
QList<QByteArray> records(const QByteArray &content, int width)
{
    QList<QByteArray> lines;
    if (!content.endsWith("\r\n"))
        return lines;
    for (const QByteArray &line : content.chopped(1).split('\n')) {
        if (!line.endsWith('\r') || line.size() != width + 1)
            return {};
        lines.append(line.chopped(1));
    }
    return lines;
}

} // namespace

// The billing data layer as a user meets it: collection accounts, boletos issued for orders (by
// hand and by the order workflow), the billing list's filters and the CNAB remessa files.
class tst_BillingData : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    orders::OrdersModule m_module;
    CollectionAccount m_account; // the default one
    qint64 m_lastNumber = 0;

    core::Database &db() { return m_t.db(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }
    int count(const QString &sql, const QVariantList &bindings = {}) { return value(sql, bindings).toInt(); }

    /// A demo order paid with `method`, not used by an earlier test, put back in 'novo'.
    QString freshOrder(const QString &method = u"boleto"_s)
    {
        const QString id = value(u"SELECT o.id FROM orders o WHERE o.payment_method = ? AND o.number > ? AND o.total_cents > 100"
                                 " ORDER BY o.number LIMIT 1"_s,
                                 {method, m_lastNumber})
                               .toString();
        m_lastNumber = value(u"SELECT number FROM orders WHERE id = ?"_s, {id}).toLongLong();
        (void)db().exec(u"UPDATE orders SET status = 'novo', installments = 1 WHERE id = ?"_s, {id});
        return id;
    }
    qint64 numberOf(const QString &orderId) { return value(u"SELECT number FROM orders WHERE id = ?"_s, {orderId}).toLongLong(); }
    core::Money totalOf(const QString &orderId)
    {
        return core::Money::fromCents(value(u"SELECT total_cents FROM orders WHERE id = ?"_s, {orderId}).toLongLong());
    }

    core::Result<QList<Boleto>> issue(const QString &orderId, int installments = 1, const QDate &due = kIssue.addDays(10),
                                      const QString &account = {})
    {
        BoletoIssueRequest r;
        r.orderId = orderId;
        r.installments = installments;
        r.issueDate = kIssue;
        r.firstDueDate = due;
        r.accountId = account;
        return BoletoIssuer(db()).issue(m_t.admin(), r);
    }
    orders::OrderWorkflow &workflow() { return *m_context->service<orders::OrderWorkflow>(); }
    QList<Boleto> boletosOf(const QString &orderId)
    {
        auto list = BoletoRepository(db()).forOrder(orderId);
        return list ? *list : QList<Boleto>();
    }
    QStringList idsFound(const BoletoFilter &filter, const QDate &today = kIssue)
    {
        QStringList ids;
        auto rows = BoletoRepository(db()).list(m_t.admin(), filter, today);
        if (rows) {
            for (const BoletoRow &r : *rows)
                ids << r.boleto.id;
        }
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(300), qPrintable(m_t.error()));
        // Every issuing test takes an order of its own.
        QVERIFY(count(u"SELECT COUNT(*) FROM orders WHERE payment_method = 'boleto' AND total_cents > 100"_s) >= 25);
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(m_t.admin());
        QVERIFY(m_module.initialize(*m_context).ok());
        registerBillingActions(m_context->workflowActions());
        stock::registerStockActions(m_context->workflowActions()); // ... and reserves/releases stock
    }

    // --- accounts ---------------------------------------------------------------------------

    void accountIsValidatedAgainstItsBank_data()
    {
        QTest::addColumn<CollectionAccount>("account");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        CollectionAccount a = itauAccount(u"Ruim"_s);
        a.bank.carteira = u"999"_s;
        QTest::newRow("unknown carteira") << a << u"carteira"_s << u"999"_s;
        a = itauAccount(u"Ruim"_s);
        a.bank.agency = u"12A4"_s;
        QTest::newRow("letter in agency") << a << u"agency"_s << u"'A'"_s;
        a = itauAccount(u"Ruim"_s);
        a.bank.agency = u"123456"_s;
        QTest::newRow("agency too long") << a << u"agency"_s << u"123456"_s;
        a = itauAccount(u"Ruim"_s);
        a.bank.accountDv = QString::number((a.bank.accountDv.toInt() + 1) % 10);
        QTest::newRow("wrong account DV") << a << u"account check digit"_s << a.bank.accountDv;
        a = itauAccount(u"Ruim"_s);
        a.bank.beneficiaryDocument = u"123"_s;
        QTest::newRow("short CNPJ") << a << u"beneficiary_document"_s << u"123"_s;
    }
    void accountIsValidatedAgainstItsBank()
    {
        QFETCH(CollectionAccount, account);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        testsupport::TestDatabase t;
        QVERIFY(t.isValid());
        auto saved = CollectionAccountRepository(t.db()).save(t.admin(), account);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, core::Error::Kind::Validation);
        QCOMPARE(saved.error().where, field);
        QVERIFY2(saved.error().message.contains(mentions), qPrintable(saved.error().message));
        QCOMPARE(t.db().scalar(u"SELECT COUNT(*) FROM bank_accounts"_s)->toInt(), 0);
    }

    void defaultAccountIsTheMarkedOrTheOnlyActiveOne()
    {
        testsupport::TestDatabase t;
        QVERIFY(t.isValid());
        CollectionAccountRepository repo(t.db());
        auto none = repo.defaultAccount();
        QVERIFY(!none);
        QCOMPARE(none.error().kind, core::Error::Kind::NotFound);
        QVERIFY2(none.error().message.contains(u"No collection account is configured"_s), qPrintable(none.error().message));

        auto first = repo.save(t.admin(), itauAccount(u"Itaú A"_s));
        QVERIFY2(first, first ? "" : qPrintable(first.error().text()));
        QCOMPARE(first->bank.beneficiaryDocument, u"12345678000195"_s); // stored as digits
        QCOMPARE(repo.defaultAccount()->id, first->id); // the only active one

        auto second = repo.save(t.admin(), itauAccount(u"Itaú B"_s, u"54321"_s));
        QVERIFY2(second, second ? "" : qPrintable(second.error().text()));
        auto ambiguous = repo.defaultAccount();
        QVERIFY(!ambiguous);
        QVERIFY2(ambiguous.error().message.contains(u"none is the default"_s), qPrintable(ambiguous.error().message));

        CollectionAccount b = *second;
        b.isDefault = true;
        QVERIFY(repo.save(t.admin(), b));
        QCOMPARE(repo.defaultAccount()->id, second->id);
        CollectionAccount a = *repo.find(first->id);
        a.isDefault = true;
        QVERIFY(repo.save(t.admin(), a)); // marking A unmarks B
        QCOMPARE(repo.defaultAccount()->id, first->id);
        QCOMPARE(repo.find(second->id)->isDefault, false);

        // Only B active and not marked: it is the one.
        a = *repo.find(first->id);
        a.active = false;
        a.isDefault = false;
        QVERIFY(repo.save(t.admin(), a));
        QCOMPARE(repo.defaultAccount()->id, second->id);
        QCOMPARE(t.db().scalar(u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'billing.account_%'"_s)->toInt(), 5);
    }

    void staleAccountUpdateIsRefused()
    {
        testsupport::TestDatabase t;
        QVERIFY(t.isValid());
        CollectionAccountRepository repo(t.db());
        auto saved = repo.save(t.admin(), itauAccount(u"Itaú"_s));
        QVERIFY(saved);
        CollectionAccount mine = *saved;
        CollectionAccount theirs = *saved;
        theirs.fineBp = 100;
        QVERIFY(repo.save(t.admin(), theirs));
        mine.name = u"Itaú renomeada"_s;
        auto stale = repo.save(t.admin(), mine);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, core::Error::Kind::Conflict);
        QCOMPARE(repo.find(saved->id)->name, u"Itaú"_s);
        QCOMPARE(repo.find(saved->id)->fineBp, 100);
    }

    // --- issuing ----------------------------------------------------------------------------

    void setUpDefaultAccount()
    {
        CollectionAccount a = itauAccount(u"Itaú cobrança 109"_s);
        a.isDefault = true;
        auto saved = CollectionAccountRepository(db()).save(m_t.admin(), a);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().text()));
        m_account = *saved;
    }

    void issuedBoletoCarriesTheBanksCodes()
    {
        const QString order = freshOrder();
        const qint64 sequence = m_account.nextSequence;
        auto issued = issue(order, 1, QDate(2026, 12, 4));
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().text()));
        QCOMPARE(issued->size(), 1);
        const Boleto b = issued->first();
        QCOMPARE(b.sequence, sequence);
        QCOMPARE(b.nossoNumeroPrinted, itauPrinted(m_account, sequence));
        QCOMPARE(b.amount, totalOf(order));
        QCOMPARE(b.dueDate, QDate(2026, 12, 4));
        for (const QString &code : {b.barcode, b.linhaDigitavel, punctuated(b.linhaDigitavel)}) {
            auto decoded = BoletoCode::decode(code, kIssue);
            QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().text()));
            QCOMPARE(decoded->bank, u"341"_s);
            QCOMPARE(decoded->amount, b.amount);
            QCOMPARE(decoded->dueDate, std::optional<QDate>(b.dueDate));
            QCOMPARE(decoded->barcode, b.barcode);
        }
        // Juros: 1 % a month over 30 days, half-up; multa 2 %.
        QCOMPARE(b.interestPerDay.cents(), (b.amount.cents() * 100 + 150000) / 300000);
        QCOMPARE(b.fineBp, 200);
        // Hybrid boleto: the QR pays the account's key exactly this amount.
        auto pix = BrCode::decode(b.pixPayload);
        QVERIFY2(pix, pix ? "" : qPrintable(pix.error().text()));
        QCOMPARE(pix->key, m_account.pixKey);
        QCOMPARE(pix->amount, std::optional<core::Money>(b.amount));
        // Stored as returned, with the payer's snapshot.
        auto stored = BoletoRepository(db()).find(b.id);
        QVERIFY(stored);
        QCOMPARE(stored->linhaDigitavel, b.linhaDigitavel);
        QCOMPARE(stored->status, u"emitido"_s);
        QCOMPARE(stored->pendingInstruction, u"entrada"_s);
        QVERIFY(!stored->payerCep.isEmpty());
        QCOMPARE(stored->orderNumber, numberOf(order));
        // The order's timeline and the audit log say so.
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'boleto_issued'"_s, {order}), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'billing.boletos_issued' AND entity_id = ?"_s, {order}), 1);
        QCOMPARE(CollectionAccountRepository(db()).find(m_account.id)->nextSequence, sequence + 1);
    }

    void installmentsAddUpAndFallOnBusinessDays()
    {
        const QString order = freshOrder();
        const qint64 sequence = CollectionAccountRepository(db()).find(m_account.id)->nextSequence;
        const QDate first(2027, 1, 16); // a Saturday
        auto issued = issue(order, 3, first);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().text()));
        QCOMPARE(issued->size(), 3);
        const core::BusinessCalendar calendar;
        core::Money sum;
        QSet<QString> nossos;
        for (int i = 0; i < 3; ++i) {
            const Boleto &b = issued->at(i);
            sum += b.amount;
            QCOMPARE(b.installment, i + 1);
            QCOMPARE(b.installments, 3);
            QCOMPARE(b.sequence, sequence + i); // consecutive
            QVERIFY(calendar.isBusinessDay(b.dueDate));
            QCOMPARE(b.dueDate, calendar.adjustToBusinessDay(first.addMonths(i)));
            QVERIFY(qAbs(b.amount.cents() - issued->first().amount.cents()) <= 1);
            QCOMPARE(BoletoCode::decode(b.barcode, kIssue)->amount, b.amount);
            QCOMPARE(BrCode::decode(b.pixPayload)->amount, std::optional<core::Money>(b.amount));
            nossos.insert(b.nossoNumeroPrinted);
        }
        QCOMPARE(sum, totalOf(order));
        QCOMPARE(nossos.size(), 3);
        QCOMPARE(issued->first().dueDate, QDate(2027, 1, 18)); // Saturday → Monday

        // The next order continues the sequence: no nosso número is ever handed out twice.
        auto next = issue(freshOrder(), 1);
        QVERIFY(next);
        QCOMPARE(next->first().sequence, sequence + 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boletos WHERE account_id = ?"_s, {m_account.id}),
                 count(u"SELECT COUNT(DISTINCT nosso_numero) FROM boletos WHERE account_id = ?"_s, {m_account.id}));
    }

    void dueDateOnAHolidayMovesToTheNextBusinessDay_data()
    {
        QTest::addColumn<QDate>("asked");
        QTest::addColumn<QDate>("due");
        QTest::newRow("Christmas, a Friday") << QDate(2026, 12, 25) << QDate(2026, 12, 28);
        QTest::newRow("Sunday") << QDate(2026, 12, 6) << QDate(2026, 12, 7);
        QTest::newRow("Tiradentes, a Wednesday") << QDate(2027, 4, 21) << QDate(2027, 4, 22);
        QTest::newRow("business day stays") << QDate(2026, 12, 2) << QDate(2026, 12, 2);
    }
    void dueDateOnAHolidayMovesToTheNextBusinessDay()
    {
        QFETCH(QDate, asked);
        QFETCH(QDate, due);
        auto issued = issue(freshOrder(), 1, asked);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().text()));
        QCOMPARE(issued->first().dueDate, due);
        QCOMPARE(BoletoCode::decode(issued->first().barcode, kIssue)->dueDate, std::optional<QDate>(due));
    }

    void issuingTwiceForAnOrderIsRefused()
    {
        const QString order = freshOrder();
        QVERIFY(issue(order));
        const int before = count(u"SELECT COUNT(*) FROM boletos"_s);
        const qint64 next = CollectionAccountRepository(db()).find(m_account.id)->nextSequence;
        auto again = issue(order);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, core::Error::Kind::Conflict);
        QVERIFY2(again.error().message.contains(QString::number(numberOf(order))), qPrintable(again.error().message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM boletos"_s), before);
        QCOMPARE(CollectionAccountRepository(db()).find(m_account.id)->nextSequence, next);
    }

    void orderWithoutCepIsRefusedAndNothingWritten()
    {
        const QString order = freshOrder();
        const QString address = value(u"SELECT COALESCE(o.shipping_address_id, (SELECT d.id FROM customer_addresses d WHERE"
                                        " d.customer_id = o.customer_id ORDER BY d.is_default DESC, d.id LIMIT 1))"
                                        " FROM orders o WHERE o.id = ?"_s,
                                        {order})
                                      .toString();
        QVERIFY(!address.isEmpty());
        const QString cep = value(u"SELECT cep FROM customer_addresses WHERE id = ?"_s, {address}).toString();
        QVERIFY(db().exec(u"UPDATE customer_addresses SET cep = '' WHERE id = ?"_s, {address}));
        const int boletos = count(u"SELECT COUNT(*) FROM boletos"_s);
        const int events = count(u"SELECT COUNT(*) FROM order_events WHERE order_id = ?"_s, {order});
        const qint64 next = CollectionAccountRepository(db()).find(m_account.id)->nextSequence;
        auto refused = issue(order);
        (void)db().exec(u"UPDATE customer_addresses SET cep = ? WHERE id = ?"_s, {cep, address});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, core::Error::Kind::Validation);
        QVERIFY2(refused.error().message.contains(u"CEP"_s) && refused.error().message.contains(QString::number(numberOf(order))),
                 qPrintable(refused.error().message));
        QCOMPARE(count(u"SELECT COUNT(*) FROM boletos"_s), boletos);
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_events WHERE order_id = ?"_s, {order}), events);
        QCOMPARE(CollectionAccountRepository(db()).find(m_account.id)->nextSequence, next);
    }

    void issuingOutdatesAnOpenAccountForm()
    {
        // Someone has the account open while boletos are issued: saving it must not rewind the
        // sequence, or the next boleto would repeat a nosso número the bank already knows.
        const CollectionAccount open = *CollectionAccountRepository(db()).find(m_account.id);
        auto issued = issue(freshOrder());
        QVERIFY(issued);
        CollectionAccount edited = open;
        edited.instructions = u"Não receber após 30 dias."_s;
        auto stale = CollectionAccountRepository(db()).save(m_t.admin(), edited);
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, core::Error::Kind::Conflict);
        QCOMPARE(CollectionAccountRepository(db()).find(m_account.id)->nextSequence, issued->first().sequence + 1);

        // Typing a next sequence that was already used is the same mistake, made by hand.
        CollectionAccount rewound = *CollectionAccountRepository(db()).find(m_account.id);
        const qint64 next = rewound.nextSequence;
        rewound.nextSequence = issued->first().sequence;
        auto saved = CollectionAccountRepository(db()).save(m_t.admin(), rewound);
        if (saved) { // put it back for the tests that follow
            CollectionAccount restored = *saved;
            restored.nextSequence = next;
            QVERIFY(CollectionAccountRepository(db()).save(m_t.admin(), restored));
        }
        QVERIFY(!saved);
    }

    void printSourceKeepsTheAskedOrder()
    {
        auto issued = issue(freshOrder(), 2);
        QVERIFY(issued);
        auto data = BoletoPrintSource(db()).forBoletos({issued->at(1).id, issued->at(0).id});
        QVERIFY2(data, data ? "" : qPrintable(data.error().text()));
        QCOMPARE(data->size(), 2);
        QCOMPARE(data->at(0).barcode, issued->at(1).barcode);
        QCOMPARE(data->at(1).linhaDigitavel, issued->at(0).linhaDigitavel);
        QCOMPARE(data->at(0).nossoNumero, issued->at(1).nossoNumeroPrinted);
        QCOMPARE(data->at(0).amount, issued->at(1).amount);
        QCOMPARE(data->at(0).pixCopiaECola, issued->at(1).pixPayload);
        QCOMPARE(data->at(0).beneficiaryName, m_account.bank.beneficiaryName);
    }

    // --- workflow ---------------------------------------------------------------------------

    void boletoOrderAwaitingPaymentGetsItsBoletos()
    {
        const QString order = freshOrder();
        (void)db().exec(u"UPDATE orders SET installments = 2 WHERE id = ?"_s, {order});
        auto moved = workflow().advance(m_t.admin(), order, u"await_payment"_s, {});
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().text()));
        QCOMPARE(*moved, u"aguardando_pagamento"_s);
        const QList<Boleto> boletos = boletosOf(order);
        QCOMPARE(boletos.size(), 2); // the order's installments
        QCOMPARE(boletos[0].amount + boletos[1].amount, totalOf(order));
        QCOMPARE(boletos[0].accountId, m_account.id);

        const QString pix = freshOrder(u"pix"_s);
        QVERIFY(workflow().advance(m_t.admin(), pix, u"await_payment"_s, {}));
        QVERIFY(boletosOf(pix).isEmpty());
    }

    void withoutAccountTheOrderStillMoves()
    {
        QVERIFY(db().exec(u"UPDATE bank_accounts SET active = 0"_s));
        const QString order = freshOrder();
        auto moved = workflow().advance(m_t.admin(), order, u"await_payment"_s, {});
        QVERIFY(db().exec(u"UPDATE bank_accounts SET active = 1"_s));
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().text()));
        QCOMPARE(value(u"SELECT status FROM orders WHERE id = ?"_s, {order}).toString(), u"aguardando_pagamento"_s);
        QVERIFY(boletosOf(order).isEmpty());
        const QString reason = value(u"SELECT reason FROM order_events WHERE order_id = ? AND kind = 'boleto_not_issued'"_s, {order}).toString();
        QVERIFY2(reason.contains(u"No collection account is configured"_s), qPrintable(reason));
    }

    void cancellingTheOrderCancelsItsOpenBoletos()
    {
        const QString order = freshOrder();
        (void)db().exec(u"UPDATE orders SET installments = 3 WHERE id = ?"_s, {order});
        QVERIFY(workflow().advance(m_t.admin(), order, u"await_payment"_s, {}));
        QList<Boleto> boletos = boletosOf(order);
        QCOMPARE(boletos.size(), 3);
        // The first went to the bank already; the third is paid (setup writes the rows).
        QVERIFY(db().exec(u"UPDATE boletos SET status = 'registrado', pending_instruction = '' WHERE id = ?"_s, {boletos[0].id}));
        QVERIFY(db().exec(u"UPDATE boletos SET status = 'pago', pending_instruction = '' WHERE id = ?"_s, {boletos[2].id}));
        auto moved = workflow().advance(m_t.admin(), order, u"cancel"_s, u"cliente desistiu"_s);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().text()));
        QCOMPARE(*moved, u"cancelado"_s);
        boletos = boletosOf(order);
        QCOMPARE(boletos[0].status, u"cancelado"_s);
        QCOMPARE(boletos[0].pendingInstruction, u"baixa"_s); // pedido de baixa in the next remessa
        QCOMPARE(boletos[1].status, u"cancelado"_s);
        QCOMPARE(boletos[1].pendingInstruction, QString()); // the bank never heard of it
        QCOMPARE(boletos[2].status, u"pago"_s);             // a payment is not undone by cancelling
        QCOMPARE(count(u"SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'boleto_cancelled'"_s, {order}), 2);
    }

    // --- list and search --------------------------------------------------------------------

    void listFiltersAndSearches()
    {
        const QString order = freshOrder();
        auto issued = issue(order, 2, QDate(2026, 12, 10));
        QVERIFY(issued);
        const Boleto first = issued->at(0);  // due 2026-12-10
        const Boleto second = issued->at(1); // due 2027-01-11
        BoletoFilter byOrder;
        byOrder.search = QString::number(numberOf(order));
        const QStringList ofOrder = idsFound(byOrder);
        QCOMPARE(QSet<QString>(ofOrder.begin(), ofOrder.end()), (QSet<QString>{first.id, second.id}));

        // Vencido is computed from the due date and the day the list is seen.
        BoletoFilter overdue = byOrder;
        overdue.statuses = QStringList{u"vencido"_s};
        QCOMPARE(idsFound(overdue, QDate(2026, 12, 10)), QStringList());
        QCOMPARE(idsFound(overdue, QDate(2026, 12, 11)), QStringList{first.id});
        QCOMPARE(idsFound(overdue, QDate(2027, 2, 1)).size(), 2);
        BoletoFilter issuedOnly = byOrder;
        issuedOnly.statuses = QStringList{u"emitido"_s};
        QCOMPARE(idsFound(issuedOnly, QDate(2026, 12, 11)), QStringList{second.id});
        auto rows = BoletoRepository(db()).list(m_t.admin(), byOrder, QDate(2026, 12, 11));
        QVERIFY(rows);
        for (const BoletoRow &r : *rows)
            QCOMPARE(r.effectiveStatus, r.boleto.id == first.id ? u"vencido"_s : u"emitido"_s);

        // Codes as people paste them.
        const QString printed = first.nossoNumeroPrinted; // "109/00000012-3"
        const QString eight = printed.section(u'/', 1).section(u'-', 0, 0);
        BoletoFilter search;
        for (const QString &text : {printed, first.linhaDigitavel, punctuated(first.linhaDigitavel), first.barcode}) {
            search.search = text;
            QCOMPARE(idsFound(search), QStringList{first.id});
        }
        // As printed without the carteira, with and without the DV.
        search.search = printed.section(u'/', 1);
        QCOMPARE(idsFound(search), QStringList{first.id});
        search.search = eight;
        QCOMPARE(idsFound(search), QStringList{first.id});

        QVERIFY(BoletoRepository(db()).findByReference(printed.section(u'/', 1)));

        // The start of the payer's name, in any case and without accents.
        const QString prefix = core::SearchKey::fold(first.payerName).left(4).toUpper();
        search.search = prefix;
        auto byName = BoletoRepository(db()).list(m_t.admin(), search, kIssue);
        QVERIFY(byName);
        QStringList names;
        for (const BoletoRow &r : *byName) {
            QVERIFY2(core::SearchKey::fold(r.boleto.payerName).startsWith(prefix.toLower()), qPrintable(r.boleto.payerName));
            names << r.boleto.id;
        }
        QVERIFY(names.contains(first.id) && names.contains(second.id));
    }

    // --- remessa ----------------------------------------------------------------------------

    void remessaRegistersTheTitlesAndNeverReusesAnNsa()
    {
        CollectionAccount a = itauAccount(u"Itaú remessa 400"_s, u"11111"_s);
        a.nextSequence = 5000;
        auto account = CollectionAccountRepository(db()).save(m_t.admin(), a);
        QVERIFY2(account, account ? "" : qPrintable(account.error().text()));
        auto one = issue(freshOrder(), 1, kIssue.addDays(10), account->name);
        auto two = issue(freshOrder(), 2, kIssue.addDays(10), account->id);
        QVERIFY(one && two);

        RemessaService service(db());
        auto plan = service.plan(m_t.admin(), account->name);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().text()));
        QCOMPARE(plan->nsa, 1);
        QCOMPARE(plan->layout, u"cnab400"_s);
        QCOMPARE(plan->entries.size(), 3);
        QCOMPARE(plan->writeOffs.size(), 0);
        QCOMPARE(plan->total, one->first().amount + two->at(0).amount + two->at(1).amount);
        QCOMPARE(CollectionAccountRepository(db()).find(account->id)->bank.lastNsa, 0); // a plan takes nothing

        // A failure halfway spends the number: the bank must never see two files with one NSA.
        const QString bad = m_t.dir() + u"/no-such-folder/remessa.rem"_s;
        auto failed = service.generate(m_t.admin(), account->id, {}, bad);
        QVERIFY(!failed);
        QCOMPARE(value(u"SELECT status FROM remessa_files WHERE account_id = ? AND nsa = 1"_s, {account->id}).toString(), u"failed"_s);
        QVERIFY(!value(u"SELECT error FROM remessa_files WHERE account_id = ? AND nsa = 1"_s, {account->id}).toString().isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM boletos WHERE account_id = ? AND status = 'emitido'"_s, {account->id}), 3);

        const QString path = m_t.dir() + u"/itau.rem"_s;
        auto generated = service.generate(m_t.admin(), account->id, {}, path);
        QVERIFY2(generated, generated ? "" : qPrintable(generated.error().text()));
        QCOMPARE(generated->nsa, 2);
        QCOMPARE(generated->titleCount, 3);
        QCOMPARE(value(u"SELECT status FROM remessa_files WHERE id = ?"_s, {generated->remessaId}).toString(), u"written"_s);
        QCOMPARE(value(u"SELECT status FROM remessa_files WHERE account_id = ? AND nsa = 1"_s, {account->id}).toString(), u"failed"_s);
        QCOMPARE(CollectionAccountRepository(db()).find(account->id)->bank.lastNsa, 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = records(file.readAll(), 400);
        QVERIFY2(!lines.isEmpty(), "every record is 400 characters + CRLF");
        QVERIFY(lines.first().startsWith('0') && lines.last().startsWith('9'));
        QStringList sent;
        for (const QByteArray &line : lines) {
            if (line.startsWith('1')) {
                QCOMPARE(line.mid(108, 2), QByteArray("01")); // entrada
                sent << QString::fromLatin1(line.mid(62, 8));  // nosso número
            }
        }
        // In nosso número order, as the bank lists them back.
        QCOMPARE(sent, (QStringList{one->first().nossoNumeroPrinted.mid(4, 8), two->at(0).nossoNumeroPrinted.mid(4, 8),
                                    two->at(1).nossoNumeroPrinted.mid(4, 8)}));
        QCOMPARE(count(u"SELECT COUNT(*) FROM boletos WHERE account_id = ? AND status = 'registrado' AND pending_instruction = ''"_s,
                       {account->id}),
                 3);
        QCOMPARE(count(u"SELECT COUNT(*) FROM remessa_titles WHERE remessa_id = ?"_s, {generated->remessaId}), 3);

        // Nothing pending: a clear message and no number spent.
        auto nothing = service.generate(m_t.admin(), account->id, {}, m_t.dir() + u"/empty.rem"_s);
        QVERIFY(!nothing);
        QVERIFY2(nothing.error().message.contains(u"waits for a remessa"_s), qPrintable(nothing.error().message));
        QCOMPARE(CollectionAccountRepository(db()).find(account->id)->bank.lastNsa, 2);
        QVERIFY(!QFile::exists(m_t.dir() + u"/empty.rem"_s));

        // A cancelled registered boleto goes out as pedido de baixa (02), in the next number.
        auto cancelled = BoletoRepository(db()).cancel(m_t.admin(), one->first().id, u"cliente pagou por PIX"_s);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->pendingInstruction, u"baixa"_s);
        plan = service.plan(m_t.admin(), account->id);
        QVERIFY(plan);
        QCOMPARE(plan->entries.size(), 0);
        QCOMPARE(plan->writeOffs.size(), 1);
        QCOMPARE(plan->nsa, 3);
        auto baixa = service.generate(m_t.admin(), account->id, {}, m_t.dir() + u"/baixa.rem"_s);
        QVERIFY2(baixa, baixa ? "" : qPrintable(baixa.error().text()));
        QCOMPARE(baixa->nsa, 3);
        QFile baixaFile(baixa->path);
        QVERIFY(baixaFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> baixaLines = records(baixaFile.readAll(), 400);
        QVERIFY(baixaLines.size() >= 3);
        QCOMPARE(baixaLines.at(1).left(1), QByteArray("1"));
        QCOMPARE(baixaLines.at(1).mid(108, 2), QByteArray("02"));
        QCOMPARE(baixaLines.at(1).mid(62, 8), one->first().nossoNumeroPrinted.section(u'/', 1).left(8).toLatin1());
        QCOMPARE(BoletoRepository(db()).find(one->first().id)->status, u"cancelado"_s);
        QCOMPARE(BoletoRepository(db()).find(one->first().id)->pendingInstruction, QString());
        QCOMPARE(value(u"SELECT instruction FROM remessa_titles WHERE remessa_id = ?"_s, {baixa->remessaId}).toString(), u"baixa"_s);
    }

    void cnab240HeaderCarriesTheNsa()
    {
        CollectionAccount a = itauAccount(u"Itaú remessa 240"_s, u"22222"_s);
        a.remessaLayout = u"cnab240"_s;
        a.nextSequence = 9000;
        auto account = CollectionAccountRepository(db()).save(m_t.admin(), a);
        QVERIFY2(account, account ? "" : qPrintable(account.error().text()));
        QVERIFY(db().exec(u"UPDATE bank_accounts SET last_nsa = 41 WHERE id = ?"_s, {account->id}));
        auto issued = issue(freshOrder(), 2, kIssue.addDays(10), account->id);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().text()));
        auto generated = RemessaService(db()).generate(m_t.admin(), account->id, {}, m_t.dir() + u"/itau240.rem"_s);
        QVERIFY2(generated, generated ? "" : qPrintable(generated.error().text()));
        QCOMPARE(generated->nsa, 42);
        QFile file(generated->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = records(file.readAll(), 240);
        QVERIFY2(lines.size() >= 8, "every record is 240 characters + CRLF"); // headers, P+Q per title, trailers
        QCOMPARE(lines[0].mid(157, 6), QByteArray("000042"));
    }

    void santanderRemessaRegistersTheHybridBoletosPix()
    {
        CollectionAccount a;
        a.name = u"Santander 101"_s;
        a.bank.bankCode = u"033"_s;
        a.bank.agency = u"8888"_s;
        a.bank.account = u"000002997"_s;
        a.bank.accountDv = u"8"_s;
        a.bank.convenio = u"1234567"_s;
        a.bank.carteira = u"101"_s;
        a.bank.beneficiaryName = u"Comércio Exemplo Ltda"_s;
        a.bank.beneficiaryDocument = u"12.345.678/0001-95"_s;
        a.remessaCode = u"17777751042700080112"_s;
        a.pixKey = u"12345678000195"_s;
        a.pixKeyType = u"cnpj"_s;
        a.nextSequence = 500;
        auto account = CollectionAccountRepository(db()).save(m_t.admin(), a);
        QVERIFY2(account, account ? "" : qPrintable(account.error().text()));
        auto issued = issue(freshOrder(), 1, kIssue.addDays(10), account->id);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().text()));
        auto generated = RemessaService(db()).generate(m_t.admin(), account->id, {}, m_t.dir() + u"/santander.rem"_s);
        QVERIFY2(generated, generated ? "" : qPrintable(generated.error().text()));
        QFile file(generated->path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = records(file.readAll(), 400);
        QCOMPARE(lines.size(), 4); // header, detail, PIX record 8, trailer
        QCOMPARE(lines[2].left(1), QByteArray("8"));
        QVERIFY2(lines[2].contains("12345678000195"), lines[2].constData());
        // The txid the bank registers is the one printed in the boleto's QR code.
        const QString txid = BrCode::decode(issued->first().pixPayload)->txid;
        QVERIFY2(lines[2].contains(txid.toLatin1()), qPrintable(txid));
    }
};

QTEST_GUILESS_MAIN(tst_BillingData)
#include "tst_billingdata.moc"
