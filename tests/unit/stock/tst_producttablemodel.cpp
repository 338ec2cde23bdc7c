#include "core/domain/gtin.h"
#include "stock/models/producttablemodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace stock;

class tst_ProductTableModel : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.seed(200), qPrintable(m_t.error()));
    }

    void passesTheModelTesterAndLoadsEveryProductOnce()
    {
        ProductTableModel model{ProductRepository(m_t.db())};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        while (model.canFetchMore({}))
            model.fetchMore({});
        const int products = m_t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM products"))->toInt();
        QCOMPARE(model.rowCount(), products);
        QString previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString sku = model.index(row, ProductTableModel::Sku).data().toString();
            QVERIFY(sku > previous);
            previous = sku;
            QVERIFY(core::Gtin::isValid(model.index(row, ProductTableModel::Gtin).data().toString()));
            QVERIFY(model.index(row, ProductTableModel::SalePrice).data().toString().startsWith(QLatin1String("R$ ")));
        }
        QCOMPARE(model.rowOf(model.index(5, 0).data(ProductTableModel::ProductIdRole).toString()), 5);
    }

    void searchFindsBySkuEanAndName()
    {
        auto q = m_t.db().exec(QStringLiteral("SELECT id, sku, gtin, name FROM products LIMIT 1 OFFSET 17"));
        QVERIFY(q && q->next());
        const QString id = q->value(0).toString();
        ProductRepository repository(m_t.db());
        for (const QString &text : {q->value(1).toString(), q->value(1).toString().toLower(), q->value(2).toString(),
                                    q->value(3).toString().left(8)}) {
            auto hits = repository.search(text, 50);
            QVERIFY(hits);
            bool found = false;
            for (const ProductRow &p : *hits)
                found = found || p.id == id;
            QVERIFY2(found, qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(tst_ProductTableModel)
#include "tst_producttablemodel.moc"
