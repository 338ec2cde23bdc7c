#include "core/domain/civiltime.h"

#include <QTest>

using namespace core;

class tst_CivilTime : public QObject
{
    Q_OBJECT
private slots:
    void businessDayIsSaoPaulos_data()
    {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QDate>("civilDate");
        QTest::addColumn<int>("civilHour");
        QTest::newRow("late-evening-is-still-yesterday") << QDateTime(QDate(2026, 11, 24), QTime(2, 30), Qt::UTC) << QDate(2026, 11, 23) << 23;
        QTest::newRow("midday") << QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC) << QDate(2026, 11, 23) << 12;
        // Brazil ended daylight saving time in 2019: January is UTC−3 as well.
        QTest::newRow("summer-no-dst") << QDateTime(QDate(2027, 1, 15), QTime(3, 0), Qt::UTC) << QDate(2027, 1, 15) << 0;
    }

    void businessDayIsSaoPaulos()
    {
        QFETCH(QDateTime, utc);
        QFETCH(QDate, civilDate);
        QFETCH(int, civilHour);
        const QDateTime civil = CivilTime::toCivil(utc);
        QCOMPARE(civil.date(), civilDate);
        QCOMPARE(civil.time().hour(), civilHour);
        QCOMPARE(civil.toUTC(), utc); // the same instant
    }
};

QTEST_GUILESS_MAIN(tst_CivilTime)
#include "tst_civiltime.moc"
