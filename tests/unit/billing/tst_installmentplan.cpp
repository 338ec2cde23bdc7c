#include "billing/domain/installmentplan.h"

#include <QTest>

using billing::Installment;
using billing::planInstallments;
using core::Money;

class tst_InstallmentPlan : public QObject
{
    Q_OBJECT

private slots:
    void amountsAddBackExactly_data();
    void amountsAddBackExactly();
    void dueDates_data();
    void dueDates();
    void companyCalendarHoliday();
    void rejects_data();
    void rejects();
};

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Money cents(qint64 c)
{
    return Money::fromCents(c);
}

} // namespace

void tst_InstallmentPlan::amountsAddBackExactly_data()
{
    QTest::addColumn<Money>("total");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<Money>>("expected");
    QTest::newRow("100,00 / 3: odd centavo first")
        << cents(10000) << 3 << QList<Money>{cents(3334), cents(3333), cents(3333)};
    QTest::newRow("0,05 / 3") << cents(5) << 3 << QList<Money>{cents(2), cents(2), cents(1)};
    QTest::newRow("0,03 / 3") << cents(3) << 3 << QList<Money>{cents(1), cents(1), cents(1)};
    QTest::newRow("1.000,00 / 7")
        << cents(100000) << 7
        << QList<Money>{cents(14286), cents(14286), cents(14286), cents(14286), cents(14286),
                        cents(14285), cents(14285)};
    QTest::newRow("single") << cents(12345) << 1 << QList<Money>{cents(12345)};
    QTest::newRow("even") << cents(30000) << 3 << QList<Money>{cents(10000), cents(10000), cents(10000)};
}

void tst_InstallmentPlan::amountsAddBackExactly()
{
    QFETCH(Money, total);
    QFETCH(int, count);
    QFETCH(QList<Money>, expected);
    const auto plan = planInstallments(total, count, d(2026, 3, 10));
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().text()));
    QCOMPARE(plan->size(), count);
    Money sum;
    for (int i = 0; i < count; ++i) {
        QCOMPARE(plan->at(i).number, i + 1);
        QCOMPARE(plan->at(i).amount, expected.at(i));
        sum += plan->at(i).amount;
    }
    QCOMPARE(sum, total);
}

void tst_InstallmentPlan::dueDates_data()
{
    QTest::addColumn<QDate>("firstDue");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QList<QDate>>("expected");
    // 31/01/2025 Fri; 28/02/2025 Fri; 31/03/2025 Mon; 30/04/2025 Wed; 31/05/2025 Sat → 02/06 Mon.
    QTest::newRow("31st clamps to month end, not carried over")
        << d(2025, 1, 31) << 5 << 1
        << QList<QDate>{d(2025, 1, 31), d(2025, 2, 28), d(2025, 3, 31), d(2025, 4, 30),
                        d(2025, 6, 2)};
    // 2024 is a leap year: 31/01 Wed; 29/02 Thu; 31/03 Easter Sunday → 01/04 Mon.
    QTest::newRow("leap February") << d(2024, 1, 31) << 3 << 1
                                   << QList<QDate>{d(2024, 1, 31), d(2024, 2, 29), d(2024, 4, 1)};
    // 29/02/2028 is Carnival Tuesday (Easter 16/04/2028) → Ash Wednesday 01/03; 31/03/2028 Fri.
    QTest::newRow("leap day on Carnival") << d(2028, 1, 31) << 3 << 1
                                          << QList<QDate>{d(2028, 1, 31), d(2028, 3, 1), d(2028, 3, 31)};
    // 16/01/2026 Fri; 16/02/2026 Carnival Monday → 18/02 Wed (Ash Wednesday is a business day);
    // 16/03/2026 Mon.
    QTest::newRow("Carnival moves to Ash Wednesday")
        << d(2026, 1, 16) << 3 << 1 << QList<QDate>{d(2026, 1, 16), d(2026, 2, 18), d(2026, 3, 16)};
    // 20/10/2026 Tue; 20/11/2026 Consciência Negra (Fri) → 23/11 Mon; 20/12/2026 Sun → 21/12 Mon.
    QTest::newRow("Consciência Negra and a Sunday")
        << d(2026, 10, 20) << 3 << 1 << QList<QDate>{d(2026, 10, 20), d(2026, 11, 23), d(2026, 12, 21)};
    // The first due date itself is moved too: 04/06/2026 is Corpus Christi (Thu) → 05/06 Fri.
    QTest::newRow("first due date on a holiday")
        << d(2026, 6, 4) << 2 << 1 << QList<QDate>{d(2026, 6, 5), d(2026, 7, 6)};
    // Quarterly: 15/01/2027 Fri; 15/04/2027 Thu; 15/07/2027 Thu.
    QTest::newRow("every three months")
        << d(2027, 1, 15) << 3 << 3 << QList<QDate>{d(2027, 1, 15), d(2027, 4, 15), d(2027, 7, 15)};
}

void tst_InstallmentPlan::dueDates()
{
    QFETCH(QDate, firstDue);
    QFETCH(int, count);
    QFETCH(int, interval);
    QFETCH(QList<QDate>, expected);
    const auto plan = planInstallments(Money::fromCents(100000), count, firstDue, interval);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().text()));
    QList<QDate> actual;
    for (const Installment &i : *plan)
        actual.append(i.dueDate);
    QCOMPARE(actual, expected);
}

void tst_InstallmentPlan::companyCalendarHoliday()
{
    // São Paulo's anniversary (25/01) is a municipal holiday: a company calendar moves it.
    core::BusinessCalendar saoPaulo;
    saoPaulo.addHoliday(d(2027, 1, 25), QStringLiteral("Aniversário de São Paulo"));
    const auto plan = planInstallments(Money::fromCents(2000), 2, d(2027, 1, 25),
                                       1, saoPaulo);
    QVERIFY(plan.ok());
    QCOMPARE(plan->at(0).dueDate, d(2027, 1, 26));
    const auto national = planInstallments(Money::fromCents(2000), 2, d(2027, 1, 25));
    QVERIFY(national.ok());
    QCOMPARE(national->at(0).dueDate, d(2027, 1, 25));
}

void tst_InstallmentPlan::rejects_data()
{
    QTest::addColumn<Money>("total");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("firstDue");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QString>("where");
    const QDate ok = d(2026, 3, 10);
    QTest::newRow("zero installments") << cents(10000) << 0 << ok << 1 << "installment count";
    QTest::newRow("121 installments") << cents(100000) << 121 << ok << 1 << "installment count";
    QTest::newRow("zero total") << cents(0) << 3 << ok << 1 << "installment total";
    QTest::newRow("negative total") << cents(-10000) << 3 << ok << 1 << "installment total";
    QTest::newRow("0,02 / 3") << cents(2) << 3 << ok << 1 << "installment total";
    QTest::newRow("invalid date") << cents(10000) << 3 << QDate(2026, 2, 30) << 1 << "first due date";
    QTest::newRow("null date") << cents(10000) << 3 << QDate() << 1 << "first due date";
    QTest::newRow("zero interval") << cents(10000) << 3 << ok << 0 << "installment interval";
}

void tst_InstallmentPlan::rejects()
{
    QFETCH(Money, total);
    QFETCH(int, count);
    QFETCH(QDate, firstDue);
    QFETCH(int, interval);
    QFETCH(QString, where);
    const auto plan = planInstallments(total, count, firstDue, interval);
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().kind, core::Error::Kind::Validation);
    QCOMPARE(plan.error().where, where);
    QVERIFY(!plan.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(tst_InstallmentPlan)
#include "tst_installmentplan.moc"
