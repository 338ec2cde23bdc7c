#include "core/domain/businesscalendar.h"

#include <QTest>

#include <algorithm>

using core::BusinessCalendar;
using namespace Qt::StringLiterals;

namespace {

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

bool containsDate(const QList<BusinessCalendar::Holiday> &list, QDate date)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [date](const BusinessCalendar::Holiday &h) { return h.date == date; });
}

} // namespace

class tst_BusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void movingFeasts_data();
    void movingFeasts();
    void holidaysOf2025();
    void holidayCount_data();
    void holidayCount();
    void conscienciaNegraFrom2024_data();
    void conscienciaNegraFrom2024();
    void adjustToBusinessDay_data();
    void adjustToBusinessDay();
    void nextBusinessDay_data();
    void nextBusinessDay();
    void addBusinessDays_data();
    void addBusinessDays();
    void addBusinessDaysMatchesStepping_data();
    void addBusinessDaysMatchesStepping();
    void businessDaysBetween_data();
    void businessDaysBetween();
    void addHolidayChangesTheAnswers();
    void invalidDates();
};

void tst_BusinessCalendar::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");

    QTest::newRow("1583, first Gregorian Easter") << 1583 << d(1583, 4, 10);
    QTest::newRow("1818, earliest possible (03-22)") << 1818 << d(1818, 3, 22);
    QTest::newRow("2000") << 2000 << d(2000, 4, 23);
    QTest::newRow("2019") << 2019 << d(2019, 4, 21);
    QTest::newRow("2038, latest possible (04-25)") << 2038 << d(2038, 4, 25);
    QTest::newRow("2285, earliest possible (03-22)") << 2285 << d(2285, 3, 22);
    QTest::newRow("1582, before the Gregorian calendar") << 1582 << QDate();
}

void tst_BusinessCalendar::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(BusinessCalendar::easterSunday(year), easter);
}

void tst_BusinessCalendar::movingFeasts_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    QTest::addColumn<QDate>("carnivalMonday");
    QTest::addColumn<QDate>("carnivalTuesday");
    QTest::addColumn<QDate>("goodFriday");
    QTest::addColumn<QDate>("corpusChristi");

    // Cross-checked against python-dateutil's easter() and published Brazilian calendars.
    QTest::newRow("2024") << 2024 << d(2024, 3, 31) << d(2024, 2, 12) << d(2024, 2, 13)
                          << d(2024, 3, 29) << d(2024, 5, 30);
    QTest::newRow("2025") << 2025 << d(2025, 4, 20) << d(2025, 3, 3) << d(2025, 3, 4)
                          << d(2025, 4, 18) << d(2025, 6, 19);
    QTest::newRow("2026") << 2026 << d(2026, 4, 5) << d(2026, 2, 16) << d(2026, 2, 17)
                          << d(2026, 4, 3) << d(2026, 6, 4);
    QTest::newRow("2027") << 2027 << d(2027, 3, 28) << d(2027, 2, 8) << d(2027, 2, 9)
                          << d(2027, 3, 26) << d(2027, 5, 27);
    QTest::newRow("2028 (leap year)") << 2028 << d(2028, 4, 16) << d(2028, 2, 28)
                                      << d(2028, 2, 29) << d(2028, 4, 14) << d(2028, 6, 15);
    QTest::newRow("2029") << 2029 << d(2029, 4, 1) << d(2029, 2, 12) << d(2029, 2, 13)
                          << d(2029, 3, 30) << d(2029, 5, 31);
    QTest::newRow("2030") << 2030 << d(2030, 4, 21) << d(2030, 3, 4) << d(2030, 3, 5)
                          << d(2030, 4, 19) << d(2030, 6, 20);
}

void tst_BusinessCalendar::movingFeasts()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QFETCH(QDate, carnivalMonday);
    QFETCH(QDate, carnivalTuesday);
    QFETCH(QDate, goodFriday);
    QFETCH(QDate, corpusChristi);

    const BusinessCalendar calendar;
    QCOMPARE(BusinessCalendar::easterSunday(year), easter);
    const QList<BusinessCalendar::Holiday> list = calendar.holidays(year);
    for (const QDate &date : {carnivalMonday, carnivalTuesday, goodFriday, corpusChristi}) {
        QVERIFY2(containsDate(list, date), qPrintable(date.toString(Qt::ISODate)));
        QVERIFY(calendar.isHoliday(date));
        QVERIFY(!calendar.isBusinessDay(date));
    }
    // Ash Wednesday: banks open (at noon), so it is a business day.
    QVERIFY(calendar.isBusinessDay(carnivalTuesday.addDays(1)));
    QVERIFY(!calendar.isHoliday(carnivalMonday.addDays(-2))); // Carnival Saturday
}

void tst_BusinessCalendar::holidaysOf2025()
{
    // No translator is installed in the test, so names come out as their English sources.
    const QList<BusinessCalendar::Holiday> list = BusinessCalendar().holidays(2025);
    const QList<std::pair<QDate, QString>> expected = {
        {d(2025, 1, 1), u"New Year's Day"_s},
        {d(2025, 3, 3), u"Carnival Monday"_s},
        {d(2025, 3, 4), u"Carnival Tuesday"_s},
        {d(2025, 4, 18), u"Good Friday"_s},
        {d(2025, 4, 21), u"Tiradentes"_s},
        {d(2025, 5, 1), u"Labour Day"_s},
        {d(2025, 6, 19), u"Corpus Christi"_s},
        {d(2025, 9, 7), u"Independence Day"_s},
        {d(2025, 10, 12), u"Our Lady of Aparecida"_s},
        {d(2025, 11, 2), u"All Souls' Day"_s},
        {d(2025, 11, 15), u"Proclamation of the Republic"_s},
        {d(2025, 11, 20), u"Zumbi and Black Consciousness Day"_s},
        {d(2025, 12, 25), u"Christmas Day"_s},
    };
    QCOMPARE(list.size(), expected.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        QCOMPARE(list[i].date, expected[i].first);
        QCOMPARE(list[i].name, expected[i].second);
    }
}

void tst_BusinessCalendar::holidayCount_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("count");

    QTest::newRow("2023, before Consciência Negra") << 2023 << 12;
    for (int year = 2024; year <= 2030; ++year)
        QTest::addRow("%d", year) << year << 13;
    QTest::newRow("2150, outside the precomputed table") << 2150 << 13;
}

void tst_BusinessCalendar::holidayCount()
{
    QFETCH(int, year);
    QFETCH(int, count);

    const QList<BusinessCalendar::Holiday> list = BusinessCalendar().holidays(year);
    QCOMPARE(list.size(), qsizetype(count));
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY2(list[i - 1].date <= list[i].date, "holidays must be sorted by date");
    for (const BusinessCalendar::Holiday &h : list) {
        QCOMPARE(h.date.year(), year);
        QVERIFY(!h.name.isEmpty());
    }
}

void tst_BusinessCalendar::conscienciaNegraFrom2024_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");

    QTest::newRow("2019, Wednesday") << d(2019, 11, 20) << false;
    QTest::newRow("2023, Monday") << d(2023, 11, 20) << false;
    QTest::newRow("2024, Wednesday (Lei 14.759/2023)") << d(2024, 11, 20) << true;
    QTest::newRow("2025, Thursday") << d(2025, 11, 20) << true;
    QTest::newRow("2150, outside the table") << d(2150, 11, 20) << true;
}

void tst_BusinessCalendar::conscienciaNegraFrom2024()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);

    const BusinessCalendar calendar;
    QCOMPARE(calendar.isHoliday(date), holiday);
    QCOMPARE(calendar.isBusinessDay(date), !holiday); // all rows are weekdays
}

void tst_BusinessCalendar::adjustToBusinessDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Saturday before Independence Day Monday")
        << d(2026, 9, 5) << d(2026, 9, 8);
    QTest::newRow("Carnival Saturday to Ash Wednesday") << d(2025, 3, 1) << d(2025, 3, 5);
    QTest::newRow("Good Friday over Tiradentes Monday") << d(2025, 4, 18) << d(2025, 4, 22);
    QTest::newRow("Sunday to Monday") << d(2025, 3, 9) << d(2025, 3, 10);
    QTest::newRow("business day stays") << d(2025, 3, 5) << d(2025, 3, 5);
    QTest::newRow("New Year 2150, outside the table") << d(2150, 1, 1) << d(2150, 1, 2);
}

void tst_BusinessCalendar::adjustToBusinessDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(BusinessCalendar().adjustToBusinessDay(date), expected);
}

void tst_BusinessCalendar::nextBusinessDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Wednesday to Thursday") << d(2025, 3, 5) << d(2025, 3, 6);
    QTest::newRow("Friday over Carnival") << d(2025, 2, 28) << d(2025, 3, 5);
    QTest::newRow("Saturday to Monday") << d(2025, 3, 8) << d(2025, 3, 10);
    QTest::newRow("Christmas Eve 2025 (Wednesday)") << d(2025, 12, 24) << d(2025, 12, 26);
}

void tst_BusinessCalendar::nextBusinessDay()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);
    QCOMPARE(BusinessCalendar().nextBusinessDay(date), expected);
}

void tst_BusinessCalendar::addBusinessDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Friday +1 over weekend and Carnival") << d(2025, 2, 28) << 1 << d(2025, 3, 5);
    QTest::newRow("Friday +2 over weekend and Carnival") << d(2025, 2, 28) << 2 << d(2025, 3, 6);
    QTest::newRow("Ash Wednesday -1 back to Friday") << d(2025, 3, 5) << -1 << d(2025, 2, 28);
    QTest::newRow("Ash Wednesday -2") << d(2025, 3, 5) << -2 << d(2025, 2, 27);
    QTest::newRow("Saturday +1 is Monday") << d(2025, 3, 8) << 1 << d(2025, 3, 10);
    QTest::newRow("Monday -1 is Friday") << d(2025, 3, 10) << -1 << d(2025, 3, 7);
    QTest::newRow("n = 0 on a business day") << d(2025, 3, 10) << 0 << d(2025, 3, 10);
    QTest::newRow("n = 0 on Carnival Monday") << d(2025, 3, 3) << 0 << d(2025, 3, 5);
    QTest::newRow("Thursday +1 over Good Friday and Tiradentes")
        << d(2025, 4, 17) << 1 << d(2025, 4, 22);
    QTest::newRow("Christmas Eve +5 over New Year") << d(2025, 12, 24) << 5 << d(2026, 1, 2);
    QTest::newRow("January 2 -1 over New Year") << d(2026, 1, 2) << -1 << d(2025, 12, 31);
    QTest::newRow("+250 within 2025") << d(2025, 1, 2) << 250 << d(2025, 12, 30);
    QTest::newRow("2150 +10, outside the table") << d(2150, 1, 1) << 10 << d(2150, 1, 15);
    QTest::newRow("2150 -30, outside the table") << d(2150, 3, 1) << -30 << d(2150, 1, 15);
    QTest::newRow("1960 +10, outside the table") << d(1960, 12, 20) << 10 << d(1961, 1, 3);
    QTest::newRow("leaving the table backwards") << d(1970, 1, 5) << -5 << d(1969, 12, 26);
    QTest::newRow("leaving the table forwards") << d(2100, 12, 28) << 5 << d(2101, 1, 4);
}

void tst_BusinessCalendar::addBusinessDays()
{
    QFETCH(QDate, date);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    QCOMPARE(BusinessCalendar().addBusinessDays(date, n), expected);
}

void tst_BusinessCalendar::addBusinessDaysMatchesStepping_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("2024-2030") << d(2024, 1, 1) << d(2030, 12, 31);
    QTest::newRow("start of the table") << d(1969, 11, 1) << d(1970, 2, 28);
    QTest::newRow("end of the table") << d(2100, 11, 1) << d(2101, 2, 28);
}

void tst_BusinessCalendar::addBusinessDaysMatchesStepping()
{
    // The precomputed fast path must agree with walking day by day via isBusinessDay(), and
    // businessDaysBetween() must invert addBusinessDays() from a business day.
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const BusinessCalendar calendar;
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        for (int n = -15; n <= 15; ++n) {
            if (n == 0)
                continue;
            QDate walked = date;
            for (int remaining = qAbs(n); remaining > 0;) {
                walked = walked.addDays(n > 0 ? 1 : -1);
                if (calendar.isBusinessDay(walked))
                    --remaining;
            }
            const QDate result = calendar.addBusinessDays(date, n);
            const QString where = u"%1 %2"_s.arg(date.toString(Qt::ISODate)).arg(n);
            QVERIFY2(result == walked, qPrintable(where));
            if (calendar.isBusinessDay(date))
                QCOMPARE(calendar.businessDaysBetween(date, result), n);
        }
    }
}

void tst_BusinessCalendar::businessDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("same day") << d(2025, 3, 10) << d(2025, 3, 10) << 0;
    QTest::newRow("Monday to Friday") << d(2025, 3, 10) << d(2025, 3, 14) << 4;
    QTest::newRow("Monday to next Monday") << d(2025, 3, 10) << d(2025, 3, 17) << 5;
    QTest::newRow("Friday to Ash Wednesday") << d(2025, 2, 28) << d(2025, 3, 5) << 1;
    QTest::newRow("reversed is negative") << d(2025, 3, 5) << d(2025, 2, 28) << -1;
    QTest::newRow("Saturday to Monday") << d(2025, 3, 8) << d(2025, 3, 10) << 0;
    QTest::newRow("whole of 2025") << d(2025, 1, 1) << d(2026, 1, 1) << 252;
    QTest::newRow("2024 through 2030") << d(2024, 1, 1) << d(2031, 1, 1) << 1754;
    QTest::newRow("whole of 2150, outside the table") << d(2150, 1, 1) << d(2151, 1, 1) << 249;
    QTest::newRow("1960-1970, crossing into the table")
        << d(1960, 6, 1) << d(1970, 6, 1) << 2509;
}

void tst_BusinessCalendar::businessDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(BusinessCalendar().businessDaysBetween(from, to), expected);
}

void tst_BusinessCalendar::addHolidayChangesTheAnswers()
{
    BusinessCalendar calendar;
    const QDate saoPauloAnniversary = d(2027, 1, 25); // a Monday
    QVERIFY(calendar.isBusinessDay(saoPauloAnniversary));
    const int before = calendar.businessDaysBetween(d(2027, 1, 1), d(2028, 1, 1));

    calendar.addHoliday(saoPauloAnniversary, u"São Paulo anniversary"_s);
    QVERIFY(calendar.isHoliday(saoPauloAnniversary));
    QVERIFY(!calendar.isBusinessDay(saoPauloAnniversary));
    QCOMPARE(calendar.addBusinessDays(d(2027, 1, 22), 1), d(2027, 1, 26));
    QCOMPARE(calendar.addBusinessDays(d(2027, 1, 26), -1), d(2027, 1, 22));
    QCOMPARE(calendar.businessDaysBetween(d(2027, 1, 1), d(2028, 1, 1)), before - 1);
    QCOMPARE(calendar.holidays(2027).size(), qsizetype(14));
    QCOMPARE(calendar.holidays(2027).at(1).name, u"São Paulo anniversary"_s);
    QCOMPARE(calendar.holidays(2026).size(), qsizetype(13)); // one date, not every year

    // Adding a holiday on a weekend or on an existing holiday changes no count.
    calendar.addHoliday(d(2027, 1, 23), u"Saturday event"_s);
    calendar.addHoliday(d(2027, 12, 25), u"Company Christmas"_s);
    QCOMPARE(calendar.businessDaysBetween(d(2027, 1, 1), d(2028, 1, 1)), before - 1);

    const QDate farFuture = d(2150, 1, 2); // a Friday outside the precomputed table
    QVERIFY(calendar.isBusinessDay(farFuture));
    calendar.addHoliday(farFuture, u"Bridge day"_s);
    QVERIFY(!calendar.isBusinessDay(farFuture));
    QCOMPARE(calendar.adjustToBusinessDay(d(2150, 1, 1)), d(2150, 1, 5));
}

void tst_BusinessCalendar::invalidDates()
{
    const BusinessCalendar calendar;
    QVERIFY(!calendar.isHoliday(QDate()));
    QVERIFY(!calendar.isBusinessDay(QDate()));
    QVERIFY(!calendar.adjustToBusinessDay(QDate()).isValid());
    QVERIFY(!calendar.nextBusinessDay(QDate()).isValid());
    QVERIFY(!calendar.addBusinessDays(QDate(), 3).isValid());
    QCOMPARE(calendar.businessDaysBetween(QDate(), d(2025, 1, 1)), 0);
}

QTEST_GUILESS_MAIN(tst_BusinessCalendar)
#include "tst_businesscalendar.moc"
