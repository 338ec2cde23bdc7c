#include "billing/domain/businesscalendar.h"

#include <QTest>

#include <thread>
#include <vector>

using billing::BusinessCalendar;
using billing::Holiday;

// The bank holidays published for 2025–2027 (FEBRABAN calendar: national holidays plus Carnival
// Monday/Tuesday and Corpus Christi, when banks close). The rules themselves are tested in
// tests/unit/core/tst_businesscalendar.cpp; this checks what boleto code sees through the shared
// national calendar.
class tst_BillingCalendar : public QObject
{
    Q_OBJECT

private slots:
    void concurrentFirstUseAgrees(); // first: no other slot may have built the calendar yet
    void publishedBankHolidays_data();
    void publishedBankHolidays();
    void isBusinessDay_data();
    void isBusinessDay();
    void nextBusinessDay_data();
    void nextBusinessDay();
    void holidayName();
};

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QList<QDate> fixed(int year)
{
    return {d(year, 1, 1), d(year, 4, 21), d(year, 5, 1), d(year, 9, 7), d(year, 10, 12),
            d(year, 11, 2), d(year, 11, 15), d(year, 11, 20), d(year, 12, 25)};
}

} // namespace

void tst_BillingCalendar::concurrentFirstUseAgrees()
{
    // Boletos are issued from worker threads, and the very first call may come from several at
    // once: each must see the complete calendar.
    const QDate start = d(2025, 1, 1);
    constexpr int days = 3 * 365;
    std::vector<QList<QDate>> results(4);
    std::vector<std::thread> threads;
    for (auto &out : results) {
        threads.emplace_back([&out, start] {
            for (int i = 0; i < days; ++i)
                out.append(BusinessCalendar::nextBusinessDay(start.addDays(i)));
        });
    }
    for (std::thread &t : threads)
        t.join();

    // Expected by stepping day by day with isBusinessDay, a different path through the calendar.
    QList<QDate> expected;
    for (int i = 0; i < days; ++i) {
        QDate day = start.addDays(i);
        while (!BusinessCalendar::isBusinessDay(day))
            day = day.addDays(1);
        expected.append(day);
    }
    for (const QList<QDate> &r : results)
        QCOMPARE(r, expected);
    QCOMPARE(results.front().at(d(2026, 11, 20).toJulianDay() - start.toJulianDay()),
             d(2026, 11, 23));
}

void tst_BillingCalendar::publishedBankHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("movable"); // Carnival Mon, Tue, Good Friday, Corpus Christi
    QTest::newRow("2025") << 2025 << QList<QDate>{d(2025, 3, 3), d(2025, 3, 4), d(2025, 4, 18),
                                                  d(2025, 6, 19)};
    QTest::newRow("2026") << 2026 << QList<QDate>{d(2026, 2, 16), d(2026, 2, 17), d(2026, 4, 3),
                                                  d(2026, 6, 4)};
    QTest::newRow("2027") << 2027 << QList<QDate>{d(2027, 2, 8), d(2027, 2, 9), d(2027, 3, 26),
                                                  d(2027, 5, 27)};
}

void tst_BillingCalendar::publishedBankHolidays()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, movable);
    QList<QDate> expected = fixed(year) + movable;
    std::sort(expected.begin(), expected.end());

    QList<QDate> actual;
    for (const Holiday &h : BusinessCalendar::nationalHolidays(year)) {
        QVERIFY2(!h.name.isEmpty(), qPrintable(h.date.toString(Qt::ISODate)));
        actual.append(h.date);
    }
    QCOMPARE(actual, expected);
    for (const QDate &date : expected) {
        QVERIFY2(!BusinessCalendar::holidayName(date).isEmpty(),
                 qPrintable(date.toString(Qt::ISODate)));
        // A holiday on a weekday closes the banks.
        if (date.dayOfWeek() < Qt::Saturday)
            QVERIFY2(!BusinessCalendar::isBusinessDay(date), qPrintable(date.toString(Qt::ISODate)));
    }
}

void tst_BillingCalendar::isBusinessDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("business");
    QTest::newRow("Saturday") << d(2026, 3, 7) << false;
    QTest::newRow("Sunday") << d(2026, 3, 8) << false;
    QTest::newRow("Monday") << d(2026, 3, 9) << true;
    QTest::newRow("Ash Wednesday 2026 (banks open at noon)") << d(2026, 2, 18) << true;
    QTest::newRow("Consciência Negra 2026, Friday") << d(2026, 11, 20) << false;
    QTest::newRow("Christmas Eve 2026, Thursday") << d(2026, 12, 24) << true;
    QTest::newRow("invalid") << QDate() << false;
}

void tst_BillingCalendar::isBusinessDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, business);
    QCOMPARE(BusinessCalendar::isBusinessDay(date), business);
}

void tst_BillingCalendar::nextBusinessDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("business day is itself") << d(2026, 3, 9) << d(2026, 3, 9);
    QTest::newRow("Consciência Negra Friday to Monday") << d(2026, 11, 20) << d(2026, 11, 23);
    QTest::newRow("Carnival Saturday 2026 to Ash Wednesday") << d(2026, 2, 14) << d(2026, 2, 18);
    QTest::newRow("Good Friday 2027 to Monday") << d(2027, 3, 26) << d(2027, 3, 29);
    QTest::newRow("Corpus Christi 2025 to Friday") << d(2025, 6, 19) << d(2025, 6, 20);
    QTest::newRow("New Year 2027, Friday, to Monday") << d(2027, 1, 1) << d(2027, 1, 4);
    QTest::newRow("invalid") << QDate() << QDate();
}

void tst_BillingCalendar::nextBusinessDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(BusinessCalendar::nextBusinessDay(date), expected);
}

void tst_BillingCalendar::holidayName()
{
    QCOMPARE(BusinessCalendar::holidayName(d(2026, 4, 3)), QStringLiteral("Good Friday"));
    QCOMPARE(BusinessCalendar::holidayName(d(2026, 2, 16)), QStringLiteral("Carnival Monday"));
    QVERIFY(BusinessCalendar::holidayName(d(2026, 3, 7)).isEmpty()); // a plain Saturday
    QVERIFY(BusinessCalendar::holidayName(d(2026, 3, 9)).isEmpty());
    QVERIFY(BusinessCalendar::holidayName(QDate()).isEmpty());
    // Consciência Negra became national only in 2024 (Lei 14.759/2023).
    QVERIFY(BusinessCalendar::holidayName(d(2023, 11, 20)).isEmpty());
    QVERIFY(!BusinessCalendar::holidayName(d(2024, 11, 20)).isEmpty());
}

QTEST_APPLESS_MAIN(tst_BillingCalendar)
#include "tst_billingcalendar.moc"
