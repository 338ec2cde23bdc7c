#include "orders/data/customerrepository.h"
#include "orders/models/ordertablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace orders;

class tst_OrderTableModel : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;

    static void loadAll(OrderTableModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(1500), qPrintable(m_t.error()));
        // Two orders at the very same instant: the keyset cursor must not lose or repeat either.
        QVERIFY(m_t.db().exec(QStringLiteral(
            "UPDATE orders SET placed_at = (SELECT placed_at FROM orders WHERE number = 100700) WHERE number = 100701")));
    }

    void passesTheModelTester()
    {
        OrderTableModel model{OrderRepository(m_t.db())};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        model.fetchMore({});
        QVERIFY(model.rowCount() > 0);
        model.setFilter({});
        loadAll(model);
        QCOMPARE(model.rowCount(), 1500);
    }

    void pagesCoverEveryOrderOnceNewestFirst()
    {
        OrderTableModel model{OrderRepository(m_t.db())};
        model.fetchMore({});
        QCOMPARE(model.rowCount(), OrderTableModel::kPageSize); // one page at a time, not the table
        loadAll(model);
        QSet<qint64> numbers;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const OrderRow *r = model.rowAt(row);
            QVERIFY(r);
            QVERIFY2(!numbers.contains(r->number), qPrintable(QString::number(r->number)));
            numbers.insert(r->number);
            if (previous.isValid())
                QVERIFY(r->placedAt <= previous);
            previous = r->placedAt;
        }
        QCOMPARE(numbers.size(), 1500);
        QVERIFY(numbers.contains(100700) && numbers.contains(100701));
    }

    void filtersByStatusAndCustomer()
    {
        OrderTableModel model{OrderRepository(m_t.db())};
        OrderFilter filter;
        filter.statuses = {QStringLiteral("cancelado")};
        model.setFilter(filter);
        loadAll(model);
        const qint64 expected = m_t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE status = 'cancelado'"))->toLongLong();
        QVERIFY(expected > 0);
        QCOMPARE(model.rowCount(), int(expected));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(OrderTableModel::StatusCodeRole).toString(), QStringLiteral("cancelado"));

        const QString customer = m_t.db().scalar(QStringLiteral(
            "SELECT customer_id FROM orders GROUP BY customer_id ORDER BY COUNT(*) DESC LIMIT 1"))->toString();
        filter = {};
        filter.customerId = customer;
        model.setFilter(filter);
        loadAll(model);
        QCOMPARE(model.rowCount(), m_t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = ?"), {customer})->toInt());
        QVERIFY(model.rowCount() > 1);
    }

    void sortingAndSearchingKeepTheModelConsistent()
    {
        // The tester checks every signal while the view sorts by each column and the user searches.
        OrderTableModel model{OrderRepository(m_t.db())};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        for (int column = 0; column < OrderTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QCOMPARE(model.currentSort().key, OrderTableModel::sortKeyForColumn(column));
                QCOMPARE(model.currentSort().descending, order == Qt::DescendingOrder);
                model.fetchMore({});
                model.fetchMore({});
                QCOMPARE(model.rowCount(), 2 * OrderTableModel::kPageSize);
            }
        }
        model.sort(OrderTableModel::Total, Qt::AscendingOrder);
        loadAll(model);
        QCOMPARE(model.rowCount(), 1500);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.rowAt(row - 1)->total.cents() <= model.rowAt(row)->total.cents());
        OrderFilter search;
        search.search = model.rowAt(0)->customerName;
        model.setFilter(search);
        loadAll(model);
        QVERIFY(model.rowCount() >= 1);
        QCOMPARE(model.currentSort().key, OrderSortKey::Total); // a search keeps the user's sort
        for (int column = 0; column < OrderTableModel::ColumnCount; ++column)
            QCOMPARE(OrderTableModel::columnFromKey(OrderTableModel::columnKey(column)), column);
    }

    void formatsMoneyAndDocuments()
    {
        OrderTableModel model{OrderRepository(m_t.db())};
        model.fetchMore({});
        const QString total = model.index(0, OrderTableModel::Total).data().toString();
        QVERIFY2(total.startsWith(QLatin1String("R$ ")), qPrintable(total));
        QVERIFY(total.contains(u','));
        const QString document = model.index(0, OrderTableModel::Document).data().toString();
        QVERIFY2(document.contains(u'.') && document.contains(u'-'), qPrintable(document));
    }

    void databaseErrorIsReported()
    {
        testsupport::TestDatabase broken;
        QVERIFY(broken.db().exec(QStringLiteral("DROP TABLE order_events")));
        QVERIFY(broken.db().exec(QStringLiteral("DROP TABLE order_items")));
        QVERIFY(broken.db().exec(QStringLiteral("DROP TABLE orders")));
        OrderTableModel model{OrderRepository(broken.db())};
        QSignalSpy failed(&model, &OrderTableModel::loadFailed);
        model.fetchMore({});
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("orders")));
        QVERIFY(!model.canFetchMore({}));
    }

    void customerSearchByNameAndDocument()
    {
        CustomerRepository customers(m_t.db());
        auto q = m_t.db().exec(QStringLiteral("SELECT name, document FROM customers WHERE kind = 'person' LIMIT 1"));
        QVERIFY(q && q->next());
        const QString name = q->value(0).toString();
        const QString document = q->value(1).toString();
        const QString formatted = document.left(3) + u'.' + document.mid(3, 3) + u'.' + document.mid(6, 3) + u'-' + document.right(2);
        for (const QString &text : {name.left(6).toLower(), document, formatted, document.left(6)}) {
            auto hits = customers.search(text, 50);
            QVERIFY(hits);
            bool found = false;
            for (const auto &c : *hits)
                found = found || c.document == document;
            QVERIFY2(found, qPrintable(text));
        }
        // Typed wildcards are text, not patterns: they do not list every customer.
        QVERIFY(customers.search(QStringLiteral("%"), 10)->isEmpty());
        QVERIFY(customers.search(QStringLiteral("_"), 10)->isEmpty());
        QVERIFY(customers.search(QStringLiteral("Zzzzzz Nobody"), 10)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_OrderTableModel)
#include "tst_ordertablemodel.moc"
