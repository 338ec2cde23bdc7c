// Saved views of the order list: per user, replaced by name, and everything a view holds
// survives the trip through JSON and the database.

#include "orders/data/savedviewrepository.h"
#include "orders/domain/savedview.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QTest>

using namespace orders;

namespace {

SavedView fullView(const QString &name)
{
    SavedView view;
    view.name = name;
    view.filter.statuses = {QStringLiteral("pago"), QStringLiteral("em_separacao")};
    view.filter.channelIds = {QStringLiteral("0193a000-0000-7000-8000-00000000c001")};
    view.filter.paymentStatuses = {QStringLiteral("paid"), QStringLiteral("authorized")};
    view.filter.paymentMethods = {QStringLiteral("pix")};
    view.filter.carriers = {QStringLiteral("Correios"), QStringLiteral("Jadlog")};
    view.filter.placedFrom = QDate(2026, 11, 1);
    view.filter.placedTo = QDate(2026, 11, 20);
    view.filter.search = QStringLiteral("joão 123.456");
    view.filter.customerId = QStringLiteral("0193a000-0000-7000-8000-0000000c0511");
    view.sort = {OrderSortKey::Total, false};
    view.columns = {QStringLiteral("total"), QStringLiteral("number"), QStringLiteral("customer")};
    return view;
}

QStringList names(const QList<SavedView> &views)
{
    QStringList list;
    for (const SavedView &v : views)
        list << v.name;
    return list;
}

} // namespace

class tst_SavedViews : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::Session m_ana;
    core::Session m_bruno;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        m_ana = m_t.createUser(QStringLiteral("ana"), core::Role::Office);
        m_bruno = m_t.createUser(QStringLiteral("bruno"), core::Role::Office);
        QVERIFY2(m_ana.isValid() && m_bruno.isValid(), qPrintable(m_t.error()));
    }

    void savesListsReplacesAndRemoves()
    {
        SavedViewRepository views(m_t.db(), m_ana);
        SavedView late = fullView(QStringLiteral("Pagos parados"));
        SavedView boletos;
        boletos.name = QStringLiteral("boletos");
        boletos.filter.paymentMethods = {QStringLiteral("boleto")};
        QVERIFY(views.save(late));
        QVERIFY(views.save(boletos));
        auto listed = views.list();
        QVERIFY(listed);
        QCOMPARE(names(*listed), (QStringList{QStringLiteral("boletos"), QStringLiteral("Pagos parados")}));

        // Saving under an existing name replaces that view, it does not add another.
        late.filter.statuses = {QStringLiteral("embalado")};
        late.columns = {QStringLiteral("status")};
        QVERIFY(views.save(late));
        listed = views.list();
        QCOMPARE(listed->size(), 2);
        auto found = views.find(QStringLiteral("Pagos parados"));
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->filter.statuses, QStringList{QStringLiteral("embalado")});
        QCOMPARE((*found)->columns, QStringList{QStringLiteral("status")});

        QVERIFY(views.remove(QStringLiteral("Pagos parados")));
        QCOMPARE(names(*views.list()), QStringList{QStringLiteral("boletos")});
        QVERIFY(views.remove(QStringLiteral("no such view"))); // nothing to do is not a failure
        QVERIFY(!views.find(QStringLiteral("Pagos parados"))->has_value());
    }

    void anotherUserNeitherSeesNorTouchesThem()
    {
        SavedViewRepository ana(m_t.db(), m_ana);
        SavedViewRepository bruno(m_t.db(), m_bruno);
        QVERIFY(ana.save(fullView(QStringLiteral("Minha fila"))));
        QVERIFY(!names(*bruno.list()).contains(QStringLiteral("Minha fila")));
        QVERIFY(!bruno.find(QStringLiteral("Minha fila"))->has_value());

        // The same name is free for each user, and removing is per user too.
        SavedView his;
        his.name = QStringLiteral("Minha fila");
        his.filter.search = QStringLiteral("bruno");
        QVERIFY(bruno.save(his));
        QVERIFY(bruno.remove(QStringLiteral("Minha fila")));
        auto hers = ana.find(QStringLiteral("Minha fila"));
        QVERIFY(hers && hers->has_value());
        QCOMPARE((*hers)->filter, fullView(QStringLiteral("x")).filter);
    }

    void refusesWithoutNameOrUser()
    {
        SavedViewRepository views(m_t.db(), m_ana);
        SavedView blank;
        blank.name = QStringLiteral("   ");
        auto saved = views.save(blank);
        QVERIFY(!saved);
        QCOMPARE(saved.error().kind, core::Error::Kind::Validation);

        SavedViewRepository nobody(m_t.db(), core::Session());
        QVERIFY(!nobody.list());
        QVERIFY(!nobody.save(fullView(QStringLiteral("x"))));
    }

    void everyFieldSurvivesJsonAndTheDatabase_data()
    {
        QTest::addColumn<int>("sortKey");
        QTest::addColumn<bool>("descending");
        for (int key = int(OrderSortKey::Number); key <= int(OrderSortKey::Tracking); ++key) {
            const QString name = OrderSort::keyName(OrderSortKey(key));
            QTest::newRow(qPrintable(name + QStringLiteral("-asc"))) << key << false;
            QTest::newRow(qPrintable(name + QStringLiteral("-desc"))) << key << true;
        }
    }

    void everyFieldSurvivesJsonAndTheDatabase()
    {
        QFETCH(int, sortKey);
        QFETCH(bool, descending);
        SavedView view = fullView(QStringLiteral("Ida e volta"));
        view.sort = {OrderSortKey(sortKey), descending};

        const QByteArray json = QJsonDocument(view.toJson()).toJson();
        const SavedView back = SavedView::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(back.filter.statuses, view.filter.statuses);
        QCOMPARE(back.filter.channelIds, view.filter.channelIds);
        QCOMPARE(back.filter.paymentStatuses, view.filter.paymentStatuses);
        QCOMPARE(back.filter.paymentMethods, view.filter.paymentMethods);
        QCOMPARE(back.filter.carriers, view.filter.carriers);
        QCOMPARE(back.filter.placedFrom, view.filter.placedFrom);
        QCOMPARE(back.filter.placedTo, view.filter.placedTo);
        QCOMPARE(back.filter.search, view.filter.search);
        QCOMPARE(back.filter.customerId, view.filter.customerId);
        QCOMPARE(back.sort.key, view.sort.key);
        QCOMPARE(back.sort.descending, view.sort.descending);
        QCOMPARE(back.columns, view.columns);
        QCOMPARE(back.name, view.name);
        QVERIFY(back == view);

        SavedViewRepository views(m_t.db(), m_ana);
        QVERIFY(views.save(view));
        auto stored = views.find(view.name);
        QVERIFY(stored && stored->has_value());
        QVERIFY(**stored == view);
    }

    void emptyFilterStaysEmpty()
    {
        SavedView view;
        view.name = QStringLiteral("tudo");
        const SavedView back = SavedView::fromJson(view.toJson());
        QVERIFY(back.filter.isEmpty());
        QVERIFY(!back.filter.placedFrom.isValid());
        QVERIFY(back.columns.isEmpty());
        QCOMPARE(back.sort, OrderSort());
    }

    void viewsFromAnotherVersionAreReadSafely()
    {
        // A newer version may know columns and sorts this one does not: drop them, keep the rest.
        const QJsonObject json = QJsonDocument::fromJson(R"({
            "name": "futura",
            "filter": {"statuses": ["pago"]},
            "sort": {"key": "margin", "descending": false},
            "columns": ["number", "margin", "number", "total"]
        })").object();
        const SavedView view = SavedView::fromJson(json);
        QCOMPARE(view.filter.statuses, QStringList{QStringLiteral("pago")});
        QCOMPARE(view.sort, OrderSort());
        QCOMPARE(view.columns, (QStringList{QStringLiteral("number"), QStringLiteral("total")}));
    }

    void internalViewsAreMarked()
    {
        QCOMPARE(SavedView::lastViewName(QStringLiteral("orders.list")), QStringLiteral("__last__"));
        SavedView queue;
        queue.name = SavedView::lastViewName(QStringLiteral("picking.queue"));
        QVERIFY(queue.isInternal());
        QVERIFY(queue.name != SavedView::lastViewName(QStringLiteral("orders.list")));
        QVERIFY(!fullView(QStringLiteral("Pagos")).isInternal());
        QCOMPARE(SavedView::allColumns().size(), 10);
        QCOMPARE(SavedView::columnIndex(u"document"), 4);
    }
};

QTEST_GUILESS_MAIN(tst_SavedViews)
#include "tst_savedviews.moc"
