#include "picking/domain/route.h"
#include "picking/domain/wavebuilder.h"

#include <QTest>
#include <QTimeZone>

using namespace picking;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(picking::PickLocation)

namespace {

// The hand-checkable layout: three aisles A, B, C with their walking lines at x = 0, 3 and 6 m;
// rack r of every aisle stands at y = r m (racks 1..10); the cross aisles are 1 m beyond the
// first and last racks (front y = 0, back y = 11); the depot is at the front of aisle A (0, 0).
PickLocation loc(const QString &aisle, int rack)
{
    PickLocation l;
    l.aisle = aisle;
    l.rack = rack;
    l.level = 1;
    l.position = 1;
    l.code = u"%1-%2-01-01"_s.arg(aisle).arg(rack, 2, 10, QLatin1Char('0'));
    l.id = l.code;
    l.xM = aisle == u"A" ? 0 : aisle == u"B" ? 3 : 6;
    l.yM = rack;
    l.pickSequence = (aisle.at(0).unicode() - 'A') * 100 + rack;
    return l;
}

RouteGeometry layout()
{
    QList<PickLocation> all;
    for (const QString &a : {u"A"_s, u"B"_s, u"C"_s})
        for (int r = 1; r <= 10; ++r)
            all.append(loc(a, r));
    return RouteGeometry::fromLocations(all, 1.0);
}

QStringList codes(const QList<PickLocation> &stops, const QList<int> &order)
{
    QStringList list;
    for (int i : order)
        list << stops.at(i).code;
    return list;
}

} // namespace

class tst_PickRoute : public QObject
{
    Q_OBJECT
private slots:
    void geometryOfTheLayout()
    {
        const RouteGeometry g = layout();
        QVERIFY(g.valid);
        QCOMPARE(g.frontY, 0.0);
        QCOMPARE(g.backY, 11.0);
        QCOMPARE(g.depotX, 0.0);
        QCOMPARE(g.aisleX.value(u"C"_s), 6.0);
    }

    void distances_data()
    {
        QTest::addColumn<PickLocation>("a");
        QTest::addColumn<PickLocation>("b");
        QTest::addColumn<double>("metres");
        // Same aisle: along it.
        QTest::newRow("same-aisle") << loc(u"A"_s, 2) << loc(u"A"_s, 8) << 6.0;
        // A-08 to B-05: out at the back (3 + 3 + 6 = 12) beats the front (8 + 3 + 5 = 16).
        QTest::newRow("next-aisle-via-back") << loc(u"A"_s, 8) << loc(u"B"_s, 5) << 12.0;
        // B-02 to C-03: out at the front (2 + 3 + 3 = 8).
        QTest::newRow("next-aisle-via-front") << loc(u"B"_s, 2) << loc(u"C"_s, 3) << 8.0;
    }
    void distances()
    {
        QFETCH(PickLocation, a);
        QFETCH(PickLocation, b);
        QFETCH(double, metres);
        QCOMPARE(Route::distance(a, b, layout()), metres);
        QCOMPARE(Route::distance(b, a, layout()), metres);
    }

    // Picks at, B-02, B-07, C-03, C-09, listed shuffled.
    void serpentineWalksAislesUpAndDown()
    {
        const QList<PickLocation> stops{loc(u"C"_s, 9), loc(u"B"_s, 2), loc(u"A"_s, 8), loc(u"C"_s, 3), loc(u"A"_s, 2),
                                        loc(u"B"_s, 7)};
        const RouteGeometry g = layout();
        const QList<int> order = Route::serpentineOrder(stops, g);
        // A up, B down, C up.
        QCOMPARE(codes(stops, order), (QStringList{u"A-02-01-01"_s, u"A-08-01-01"_s, u"B-07-01-01"_s, u"B-02-01-01"_s,
                                                   u"C-03-01-01"_s, u"C-09-01-01"_s}));
        // depot→A-02 2, A-02→A-08 6, A-08→B-07 via back 3+3+4 = 10, B-07→B-02 5,
        // B-02→C-03 via front 2+3+3 = 8, C-03→C-09 6, C-09→depot via front 9+6 = 15: 52 m.
        QCOMPARE(Route::length(stops, order, g), 52.0);

        // Code order walks B up as well, B-02, B-07, C-03, C-09.
        const QList<int> naive = Route::codeOrder(stops);
        QCOMPARE(codes(stops, naive), (QStringList{u"A-02-01-01"_s, u"A-08-01-01"_s, u"B-02-01-01"_s, u"B-07-01-01"_s,
                                                   u"C-03-01-01"_s, u"C-09-01-01"_s}));
        // 2 + 6 + (A-08→B-02: front 8+3+2 = 13) + 5 + (B-07→C-03: front 7+3+3 = 13) + 6 + 15 = 60 m.
        QCOMPARE(Route::length(stops, naive, g), 60.0);
    }

    void skippedAislesKeepAlternating()
    {
        // Picks only in A and C: A up, C down (the second aisle walked), not "C up" by parity.
        const QList<PickLocation> stops{loc(u"C"_s, 2), loc(u"A"_s, 5), loc(u"C"_s, 9)};
        const QList<int> order = Route::serpentineOrder(stops, layout());
        QCOMPARE(codes(stops, order), (QStringList{u"A-05-01-01"_s, u"C-09-01-01"_s, u"C-02-01-01"_s}));
        // 5 + (A-05→C-09 back: 6+6+2 = 14) + 7 + (C-02→depot: 2+6 = 8) = 34 m.
        QCOMPARE(Route::length(stops, order, layout()), 34.0);
    }

    void withoutCoordinatesFollowsPickSequence()
    {
        QList<PickLocation> stops{loc(u"B"_s, 3), loc(u"A"_s, 9), loc(u"A"_s, 1)};
        for (PickLocation &l : stops)
            l.xM = l.yM = 0;
        RouteGeometry g = RouteGeometry::fromLocations(stops);
        QVERIFY(!g.valid);
        QCOMPARE(codes(stops, Route::serpentineOrder(stops, g)),
                 (QStringList{u"A-01-01-01"_s, u"A-09-01-01"_s, u"B-03-01-01"_s}));
    }

    void waveFiltersAndBatches()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), QTimeZone::utc());
        auto order = [&](qint64 number, const QString &carrier, const QString &channel, int hoursAgo,
                         QList<PickLocation> where) {
            WaveOrder o;
            o.id = u"o%1"_s.arg(number);
            o.number = number;
            o.status = u"pago"_s;
            o.carrier = carrier;
            o.channel = channel;
            o.paidAt = now.addSecs(-3600 * hoursAgo);
            o.placedAt = o.paidAt;
            o.priority = WaveBuilder::priorityOf(carrier, o.paidAt, now);
            for (const PickLocation &l : where) {
                PickLine line;
                line.orderId = o.id;
                line.orderItemId = o.id + l.code;
                line.location = l;
                line.quantity = 1;
                line.sku = l.code;
                o.lines.append(line);
            }
            o.orderedUnits = int(where.size());
            return o;
        };
        QList<WaveOrder> candidates{
            order(1, u"Correios PAC"_s, u"loja"_s, 5, {loc(u"A"_s, 1), loc(u"C"_s, 9)}),
            order(2, u"Correios SEDEX"_s, u"loja"_s, 1, {loc(u"B"_s, 4)}),
            order(3, u"Jadlog"_s, u"mercadolivre"_s, 72, {loc(u"A"_s, 3)}),
            order(4, u"Correios PAC"_s, u"loja"_s, 30, {loc(u"B"_s, 9), loc(u"A"_s, 7)}),
            order(5, u"Correios PAC"_s, u"loja"_s, 2, {loc(u"C"_s, 1)}),
        };
        candidates[4].orderedUnits = 2; // only half reserved: skipped

        // Priorities: SEDEX 2, paid 72 h ago 1, others 0.
        QCOMPARE(candidates.at(1).priority, 2);
        QCOMPARE(candidates.at(2).priority, 1);
        QCOMPARE(candidates.at(0).priority, 0);

        WaveFilter pac;
        pac.carriers = {u"correios pac"_s};
        WavePlan plan = WaveBuilder::build(candidates, pac, {}, layout());
        QCOMPARE(plan.orders.size(), 2);
        QCOMPARE(plan.orders.at(0).number, 4); // older first within the same priority
        QCOMPARE(plan.orders.at(1).number, 1);
        QCOMPARE(plan.skipped.size(), 1);
        QCOMPARE(plan.skipped.constFirst().number, 5);
        QCOMPARE(plan.lists.size(), 1);
        QCOMPARE(plan.lineCount, 4);

        WaveFilter top2;
        top2.maxOrders = 2;
        plan = WaveBuilder::build(candidates, top2, {}, layout());
        QCOMPARE(plan.orders.size(), 2);
        QCOMPARE(plan.orders.at(0).number, 2); // SEDEX
        QCOMPARE(plan.orders.at(1).number, 3); // waiting 72 h

        WaveFilter channel;
        channel.channels = {u"mercadolivre"_s};
        QCOMPARE(WaveBuilder::build(candidates, channel, {}, layout()).orders.size(), 1);

        WaveFilter cutOff;
        cutOff.cutOff = now.addSecs(-3600 * 4); // paid before 08:00
        plan = WaveBuilder::build(candidates, cutOff, {}, layout());
        QCOMPARE(plan.orders.size(), 3); // 1 (5 h), 3 (72 h), 4 (30 h)

        WaveFilter urgent;
        urgent.minPriority = 1;
        QCOMPARE(WaveBuilder::build(candidates, urgent, {}, layout()).orders.size(), 2);

        // Two totes per list: four complete orders make two lists, each routed, totes 1 and 2.
        BatchLimits two;
        two.maxTotes = 2;
        plan = WaveBuilder::build(candidates, {}, two, layout());
        QCOMPARE(plan.orders.size(), 4);
        QCOMPARE(plan.lists.size(), 2);
        for (const PlannedList &list : plan.lists) {
            QVERIFY(list.orderIds.size() <= 2);
            for (qsizetype i = 0; i < list.tasks.size(); ++i) {
                QCOMPARE(list.tasks.at(i).seq, int(i + 1));
                QCOMPARE(list.orderIds.at(list.tasks.at(i).tote - 1), list.tasks.at(i).line.orderId);
            }
            QVERIFY(list.routeLengthM <= list.naiveRouteLengthM);
        }
        // The max-lines limit: one line per list at most puts every order on its own list
        // (an order with more lines than the limit is not split).
        BatchLimits oneLine;
        oneLine.maxLines = 1;
        plan = WaveBuilder::build(candidates, {}, oneLine, layout());
        QCOMPARE(plan.lists.size(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_PickRoute)
#include "tst_pickroute.moc"
