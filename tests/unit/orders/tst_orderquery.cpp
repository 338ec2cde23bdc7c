#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/domainevents.h"
#include "core/domain/searchkey.h"
#include "orders/data/orderrepository.h"
#include "orders/data/ordersearchquery.h"
#include "orders/ordersmodule.h"
#include "testdatabase.h"

#include <QSet>
#include <QTest>

using namespace orders;

// The orders list's queries: every sort pages through keyset cursors to exactly the order a plain
// ORDER BY gives, filters keep what they say, and the search box finds an order by each field.
class tst_OrderQuery : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;

    // Walks every page of `size` rows.
    QList<OrderRow> all(const OrderFilter &filter, const OrderSort &sort, int size = 97)
    {
        OrderRepository repository(m_t.db());
        QList<OrderRow> rows;
        OrderCursor cursor;
        for (;;) {
            auto page = repository.page(filter, sort, cursor, size);
            if (!page) {
                qWarning() << page.error().text();
                return {};
            }
            rows << *page;
            if (page->size() < size)
                return rows;
            cursor = OrderRepository::cursorAfter(rows.constLast(), sort);
        }
    }

    QList<qint64> numbersBySql(const QString &where, const QString &orderBy)
    {
        QList<qint64> numbers;
        auto q = m_t.db().exec(QStringLiteral("SELECT o.number FROM orders o JOIN customers c ON c.id = o.customer_id"
                                              " JOIN channels ch ON ch.id = o.channel_id %1 ORDER BY %2")
                                   .arg(where, orderBy));
        while (q && q->next())
            numbers << q->value(0).toLongLong();
        return numbers;
    }

    static QList<qint64> numbersOf(const QList<OrderRow> &rows)
    {
        QList<qint64> numbers;
        for (const OrderRow &r : rows)
            numbers << r.number;
        return numbers;
    }

    QString firstValue(const QString &sql)
    {
        auto v = m_t.db().scalar(sql);
        return v ? v->toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(1200), qPrintable(m_t.error()));
    }

    void everySortPagesInTheOrderOfAPlainSort_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("number") << "number" << "o.number %1";
        QTest::newRow("placed_at") << "placed_at" << "o.placed_at %1, o.number %1";
        QTest::newRow("channel") << "channel" << "ch.name %1, o.number %1";
        QTest::newRow("customer") << "customer" << "c.name_key %1, c.id %1, o.number %1";
        QTest::newRow("document") << "document" << "c.document %1, o.number %1";
        QTest::newRow("total") << "total" << "o.total_cents %1, o.number %1";
        QTest::newRow("payment_status") << "payment_status" << "o.payment_status %1, o.number %1";
        QTest::newRow("status") << "status" << "o.status %1, o.number %1";
        QTest::newRow("carrier") << "carrier" << "o.carrier %1, o.number %1";
        QTest::newRow("tracking") << "tracking" << "o.tracking_code %1, o.number %1";
    }

    void everySortPagesInTheOrderOfAPlainSort()
    {
        QFETCH(QString, key);
        QFETCH(QString, orderBy);
        for (const bool descending : {true, false}) {
            const OrderSort sort{*OrderSort::keyFromName(key), descending};
            const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
            const QList<qint64> expected = numbersBySql({}, orderBy.arg(direction));
            QCOMPARE(expected.size(), 1200);
            QCOMPARE(numbersOf(all({}, sort)), expected);
            // With a broad filter (walks the sort index) and a narrow one (sorts what it kept).
            OrderFilter delivered;
            delivered.statuses = {QStringLiteral("entregue"), QStringLiteral("cancelado")};
            QCOMPARE(numbersOf(all(delivered, sort)),
                     numbersBySql(QStringLiteral("WHERE o.status IN ('entregue', 'cancelado')"), orderBy.arg(direction)));
            OrderFilter oneCustomer;
            oneCustomer.customerId = firstValue(QStringLiteral("SELECT customer_id FROM orders ORDER BY number LIMIT 1"));
            QCOMPARE(numbersOf(all(oneCustomer, sort, 2)),
                     numbersBySql(QStringLiteral("WHERE o.customer_id = '%1'").arg(oneCustomer.customerId), orderBy.arg(direction)));
        }
    }

    void filtersKeepWhatTheySay()
    {
        OrderFilter filter;
        filter.paymentStatuses = {QStringLiteral("paid")};
        filter.carriers = {firstValue(QStringLiteral("SELECT carrier FROM orders WHERE carrier <> '' LIMIT 1"))};
        filter.channelIds = {firstValue(QStringLiteral("SELECT channel_id FROM orders LIMIT 1"))};
        const QList<OrderRow> rows = all(filter, {});
        QVERIFY(!rows.isEmpty());
        for (const OrderRow &r : rows) {
            QCOMPARE(r.paymentStatus, QStringLiteral("paid"));
            QCOMPARE(r.carrier, filter.carriers.constFirst());
            QCOMPARE(r.channelId, filter.channelIds.constFirst());
        }
        QCOMPARE(rows.size(), numbersBySql(QStringLiteral("WHERE o.payment_status = 'paid' AND o.carrier = '%1' AND o.channel_id = '%2'")
                                               .arg(filter.carriers.constFirst(), filter.channelIds.constFirst()),
                                           QStringLiteral("o.number"))
                                  .size());
    }

    void dateRangeIsInclusiveInSaoPauloTime()
    {
        OrderFilter filter;
        filter.placedFrom = QDate(2026, 10, 1);
        filter.placedTo = QDate(2026, 10, 31);
        const QList<OrderRow> rows = all(filter, {OrderSortKey::Total, false});
        QVERIFY(rows.size() > 10);
        int inRange = 0;
        auto q = m_t.db().exec(QStringLiteral("SELECT placed_at FROM orders"));
        while (q && q->next()) {
            const QDate civil = core::CivilTime::toCivil(core::fromDbTimestamp(q->value(0))).date();
            inRange += civil >= filter.placedFrom && civil <= filter.placedTo;
        }
        QCOMPARE(rows.size(), inRange);
        for (const OrderRow &r : rows) {
            const QDate civil = core::CivilTime::toCivil(r.placedAt).date();
            QVERIFY2(civil >= filter.placedFrom && civil <= filter.placedTo, qPrintable(civil.toString()));
        }
    }

    void searchFindsAnOrderByEachField_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("where"); // which orders must be found
        const QString order = QStringLiteral("(SELECT id FROM orders WHERE tracking_code <> '' ORDER BY number LIMIT 1 OFFSET 7)");
        const QString sameCustomer = QStringLiteral("o.customer_id = (SELECT customer_id FROM orders WHERE id = ") + order + u')';
        QTest::newRow("number") << QStringLiteral("#%1") << QStringLiteral("o.id = ") + order;
        QTest::newRow("name prefix") << QStringLiteral("%2") << sameCustomer;
        QTest::newRow("cpf with punctuation") << QStringLiteral("%3") << sameCustomer;
        QTest::newRow("e-mail") << QStringLiteral("%4") << sameCustomer;
        QTest::newRow("sku") << QStringLiteral("%5") << QStringLiteral("o.id IN (SELECT order_id FROM order_items WHERE sku = '%5')");
        QTest::newRow("tracking code") << QStringLiteral("%6") << QStringLiteral("o.tracking_code = '%6'");
    }

    void searchFindsAnOrderByEachField()
    {
        QFETCH(QString, typed);
        QFETCH(QString, where);
        auto q = m_t.db().exec(QStringLiteral(
            "SELECT o.number, c.name, c.document, c.email, (SELECT sku FROM order_items WHERE order_id = o.id LIMIT 1),"
            " o.tracking_code FROM orders o JOIN customers c ON c.id = o.customer_id"
            " WHERE o.tracking_code <> '' ORDER BY o.number LIMIT 1 OFFSET 7"));
        QVERIFY(q && q->next());
        const QString name = q->value(1).toString();
        const QString document = q->value(2).toString();
        QVERIFY2(document.size() == 11, "the seeded customer is a person");
        const QString cpf = QStringLiteral("%1.%2.%3-%4").arg(document.mid(0, 3), document.mid(3, 3), document.mid(6, 3), document.mid(9));
        // First name and the start of the surname, accents folded: "Érica Sou" finds "Érica Souza".
        const QStringList words = name.split(QLatin1Char(' '));
        const QString namePrefix = words[0] + QLatin1Char(' ') + words.last().left(3);
        const QStringList values{q->value(0).toString(), namePrefix, cpf, q->value(3).toString(), q->value(4).toString(),
                                 q->value(5).toString()};
        for (int i = values.size(); i >= 1; --i) { // placeholders %1..%6, each row uses some
            typed.replace(QStringLiteral("%%1").arg(i), values[i - 1]);
            where.replace(QStringLiteral("%%1").arg(i), values[i - 1]);
        }

        OrderFilter filter;
        filter.search = typed;
        const QList<qint64> foundList = numbersOf(all(filter, {}));
        const QSet<qint64> found(foundList.begin(), foundList.end());
        const QList<qint64> expectedList = numbersBySql(QStringLiteral("WHERE ") + where, QStringLiteral("o.number"));
        QVERIFY2(!expectedList.isEmpty(), qPrintable(where));
        for (qint64 number : expectedList)
            QVERIFY2(found.contains(number), qPrintable(QStringLiteral("%1 not found by \"%2\"").arg(number).arg(typed)));
        QVERIFY(found.contains(q->value(0).toLongLong()));
    }

    void searchWithAccentsAndCaseFindsTheSame()
    {
        const QString name = firstValue(QStringLiteral("SELECT name FROM customers WHERE name GLOB '*[ÁÉÍÓÚáéíóúãõç]*' LIMIT 1"));
        QVERIFY(!name.isEmpty());
        OrderFilter exact;
        exact.search = name;
        OrderFilter folded;
        folded.search = core::SearchKey::fold(name).toUpper();
        QVERIFY(!all(exact, {}).isEmpty());
        QCOMPARE(numbersOf(all(folded, {})), numbersOf(all(exact, {})));
    }

    void searchCombinesWithFiltersAndSorts()
    {
        OrderFilter filter;
        filter.search = firstValue(QStringLiteral("SELECT sku FROM order_items GROUP BY sku ORDER BY COUNT(*) DESC LIMIT 1"));
        filter.statuses = {QStringLiteral("entregue")};
        const QList<OrderRow> byTotal = all(filter, {OrderSortKey::Total, true}, 5);
        QVERIFY(byTotal.size() > 1);
        for (int i = 1; i < byTotal.size(); ++i) {
            QCOMPARE(byTotal[i].status, QStringLiteral("entregue"));
            QVERIFY(byTotal[i].total.cents() <= byTotal[i - 1].total.cents());
        }
    }

    void typedTextBecomesASafeMatchExpression_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("match");
        QTest::newRow("words") << "maria sil" << "\"maria\"* AND \"sil\"*";
        QTest::newRow("cpf") << "123.456.789-09" << "\"12345678909\"*";
        QTest::newRow("cnpj") << "12.ABC.345/01DE-35" << "\"12ABC34501DE35\"*";
        QTest::newRow("order number") << "#104233" << "\"104233\"*";
        QTest::newRow("e-mail") << "ana.lima@x.com.br" << "\"ana\"* AND \"lima\"* AND \"com\"* AND \"br\"*";
        QTest::newRow("quotes are not syntax") << "a\"b OR c" << "\"OR\"*";
        QTest::newRow("nothing searchable") << "  - / " << "";
    }

    void typedTextBecomesASafeMatchExpression()
    {
        QFETCH(QString, typed);
        QFETCH(QString, match);
        QCOMPARE(orderSearchMatch(typed), match);
        OrderFilter filter;
        filter.search = typed;
        QVERIFY(OrderRepository(m_t.db()).page(filter, {}, {}, 10).ok()); // never an FTS syntax error
    }

    void commandPaletteFindsOrdersByTrackingCodeAndEmail()
    {
        core::DomainEvents events;
        core::AppContext context(m_t.db(), events);
        context.setSession(m_t.admin());
        auto q = m_t.db().exec(QStringLiteral("SELECT o.number, o.tracking_code, c.email FROM orders o JOIN customers c"
                                              " ON c.id = o.customer_id WHERE o.tracking_code GLOB '[A-Z][A-Z]*[A-Z]'"
                                              " AND c.email <> '' AND o.number = (SELECT MAX(number) FROM orders"
                                              " WHERE customer_id = c.id) LIMIT 1"));
        QVERIFY(q && q->next());
        const QString title = QStringLiteral("Order %1").arg(q->value(0).toLongLong());
        auto titles = [&](const QString &typed) {
            QStringList list;
            for (const core::SearchHit &hit : OrdersModule().search(context, typed, 20))
                list << hit.title;
            return list;
        };
        QVERIFY2(titles(q->value(1).toString()).contains(title), qPrintable(q->value(1).toString()));
        QVERIFY2(titles(q->value(2).toString()).contains(title), qPrintable(q->value(2).toString()));
        // Who may not see customers' data cannot look orders up by it either (LGPD).
        context.setSession(m_t.createUser(QStringLiteral("estoque"), core::Role::Warehouse));
        QVERIFY(!titles(q->value(2).toString()).contains(title));
    }

    void searchIndexFollowsChanges()
    {
        const QString id = firstValue(QStringLiteral("SELECT id FROM orders ORDER BY number LIMIT 1"));
        QVERIFY(m_t.db().exec(QStringLiteral("UPDATE orders SET tracking_code = 'QX123456789BR' WHERE id = ?"), {id}));
        OrderFilter filter;
        filter.search = QStringLiteral("qx123456789br");
        QList<OrderRow> rows = all(filter, {});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.constFirst().id, id);
        const QString customer = rows.constFirst().customerId;
        QVERIFY(m_t.db().exec(QStringLiteral("UPDATE customers SET name = 'Zuleica Quintanilha' WHERE id = ?"), {customer}));
        filter.search = QStringLiteral("zuleica quint");
        rows = all(filter, {});
        QVERIFY(!rows.isEmpty());
        for (const OrderRow &r : rows)
            QCOMPARE(r.customerId, customer);
    }
};

QTEST_GUILESS_MAIN(tst_OrderQuery)
#include "tst_orderquery.moc"
