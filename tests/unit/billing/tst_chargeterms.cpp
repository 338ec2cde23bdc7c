#include "billing/domain/chargeterms.h"

#include <QTest>

using billing::ChargeTerms;
using core::Money;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(billing::ChargeTerms)

class tst_ChargeTerms : public QObject
{
    Q_OBJECT

private slots:
    void interestPerDay_data();
    void interestPerDay();
    void amountDue_data();
    void amountDue();
    void companyCalendarExtendsGrace();
    void instructionLines_data();
    void instructionLines();
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

/// 2 % fine, 1 % a.m. interest: the terms most Brazilian stores print.
ChargeTerms usual()
{
    ChargeTerms t;
    t.fineKind = ChargeTerms::FineKind::Percent;
    t.finePercentBasisPoints = 200;
    t.interestMonthlyBasisPoints = 100;
    return t;
}

} // namespace

void tst_ChargeTerms::interestPerDay_data()
{
    QTest::addColumn<ChargeTerms>("terms");
    QTest::addColumn<Money>("amount");
    QTest::addColumn<Money>("perDay");
    ChargeTerms monthly1;
    monthly1.interestMonthlyBasisPoints = 100;
    ChargeTerms monthly2;
    monthly2.interestMonthlyBasisPoints = 200;
    ChargeTerms fixed = monthly2;
    fixed.interestPerDay = cents(50);
    // 1 % of 1.000,00 = 10,00 a month = 0,3333 a day.
    QTest::newRow("1 % a.m. on 1.000,00") << monthly1 << cents(100000) << cents(33);
    // 2 % of 1.000,00 = 20,00 a month = 0,6667 a day: rounds up.
    QTest::newRow("2 % a.m. on 1.000,00") << monthly2 << cents(100000) << cents(67);
    // 1 % of 15,00 = 0,15 a month = exactly half a centavo a day: half-up.
    QTest::newRow("exact half rounds up") << monthly1 << cents(1500) << cents(1);
    QTest::newRow("just below half") << monthly1 << cents(1499) << cents(0);
    // 1 % of 12.345.678,90 a month / 30 = 4.115,2263.
    QTest::newRow("large amount") << monthly1 << cents(1234567890) << cents(411523);
    QTest::newRow("explicit per-day amount wins") << fixed << cents(100000) << cents(50);
    QTest::newRow("no interest") << ChargeTerms() << cents(100000) << cents(0);
}

void tst_ChargeTerms::interestPerDay()
{
    QFETCH(ChargeTerms, terms);
    QFETCH(Money, amount);
    QFETCH(Money, perDay);
    QCOMPARE(terms.interestPerDayFor(amount), perDay);
}

void tst_ChargeTerms::amountDue_data()
{
    QTest::addColumn<ChargeTerms>("terms");
    QTest::addColumn<QDate>("dueDate");
    QTest::addColumn<QDate>("paidOn");
    QTest::addColumn<Money>("due");
    const Money amount = cents(100000); // every row: a boleto of R$ 1.000,00
    // usual(): fine 20,00, interest 0,33 a day.
    const QDate tue = d(2026, 3, 10);
    QTest::newRow("on the due date") << usual() << tue << tue << amount;
    QTest::newRow("early") << usual() << tue << d(2026, 3, 2) << amount;
    QTest::newRow("one day late: fine + 1 day")
        << usual() << tue << d(2026, 3, 11) << cents(100000 + 2000 + 33);
    QTest::newRow("three days late: fine once + 3 days")
        << usual() << tue << d(2026, 3, 13) << cents(100000 + 2000 + 3 * 33);
    QTest::newRow("31 days late") << usual() << tue << d(2026, 4, 10) << cents(100000 + 2000 + 31 * 33);

    // Due on Saturday 07/03/2026: Monday is still on time; Tuesday is late and the interest
    // counts from the Saturday (3 days).
    const QDate sat = d(2026, 3, 7);
    QTest::newRow("Saturday due, paid Monday") << usual() << sat << d(2026, 3, 9) << amount;
    QTest::newRow("Saturday due, paid Tuesday")
        << usual() << sat << d(2026, 3, 10) << cents(100000 + 2000 + 3 * 33);
    // Due on Consciência Negra (Friday 20/11/2026): Monday 23/11 is on time.
    QTest::newRow("holiday due, paid next business day")
        << usual() << d(2026, 11, 20) << d(2026, 11, 23) << amount;
    QTest::newRow("holiday due, paid a day after that")
        << usual() << d(2026, 11, 20) << d(2026, 11, 24) << cents(100000 + 2000 + 4 * 33);

    ChargeTerms grace = usual();
    grace.fineGraceDays = 5; // fine from 15/03/2026, a Sunday: charged from Tuesday 17/03
    QTest::newRow("within fine grace: interest only")
        << grace << tue << d(2026, 3, 13) << cents(100000 + 3 * 33);
    QTest::newRow("fine grace ends on Sunday, paid Monday: interest only")
        << grace << tue << d(2026, 3, 16) << cents(100000 + 6 * 33);
    QTest::newRow("after fine grace") << grace << tue << d(2026, 3, 17) << cents(100000 + 2000 + 7 * 33);

    ChargeTerms fixedFine;
    fixedFine.fineKind = ChargeTerms::FineKind::Amount;
    fixedFine.fineAmount = cents(1500);
    fixedFine.interestPerDay = cents(10);
    QTest::newRow("fixed fine and per-day interest")
        << fixedFine << tue << d(2026, 3, 20) << cents(100000 + 1500 + 10 * 10);

    ChargeTerms discount = usual();
    discount.discount = cents(5000);
    discount.discountUntil = d(2026, 3, 5);
    QTest::newRow("discount on its last day") << discount << tue << d(2026, 3, 5) << cents(95000);
    QTest::newRow("discount before") << discount << tue << d(2026, 2, 20) << cents(95000);
    QTest::newRow("discount over, not late") << discount << tue << d(2026, 3, 6) << amount;
    QTest::newRow("discount over, late") << discount << tue << d(2026, 3, 11) << cents(100000 + 2000 + 33);
    ChargeTerms huge;
    huge.discount = cents(200000);
    huge.discountUntil = tue;
    QTest::newRow("discount never below zero") << huge << tue << tue << cents(0);

    QTest::newRow("no terms, late") << ChargeTerms() << tue << d(2026, 4, 30) << amount;
    QTest::newRow("invalid paid date") << usual() << tue << QDate() << amount;
}

void tst_ChargeTerms::amountDue()
{
    QFETCH(ChargeTerms, terms);
    QFETCH(QDate, dueDate);
    QFETCH(QDate, paidOn);
    QFETCH(Money, due);
    QCOMPARE(terms.amountDue(cents(100000), dueDate, paidOn), due);
}

void tst_ChargeTerms::companyCalendarExtendsGrace()
{
    // Due on a municipal holiday (25/01/2027, São Paulo, a Monday): with the company calendar
    // Tuesday is still on time; with the national one it is a day late.
    core::BusinessCalendar saoPaulo;
    saoPaulo.addHoliday(d(2027, 1, 25), u"Aniversário de São Paulo"_s);
    const ChargeTerms terms = usual();
    QCOMPARE(terms.amountDue(cents(100000), d(2027, 1, 25), d(2027, 1, 26), saoPaulo), cents(100000));
    QCOMPARE(terms.amountDue(cents(100000), d(2027, 1, 25), d(2027, 1, 26)), cents(100000 + 2000 + 33));
}

void tst_ChargeTerms::instructionLines_data()
{
    QTest::addColumn<ChargeTerms>("terms");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("none") << ChargeTerms() << QStringList();
    QTest::newRow("percent fine and monthly interest")
        << usual()
        << QStringList{u"After 10/03/2026 charge a fine of 2,00 % (R$ 20,00)."_s,
                       u"After 10/03/2026 charge interest of R$ 0,33 per day (1,00 % a month)."_s};
    ChargeTerms all;
    all.discount = cents(123456);
    all.discountUntil = d(2026, 3, 1);
    all.fineKind = ChargeTerms::FineKind::Amount;
    all.fineAmount = cents(1550);
    all.fineGraceDays = 5;
    all.interestPerDay = cents(7);
    QTest::newRow("discount, fixed fine after grace, per-day interest")
        << all
        << QStringList{u"Until 01/03/2026 grant a discount of R$ 1.234,56."_s,
                       u"After 15/03/2026 charge a fine of R$ 15,50."_s,
                       u"After 10/03/2026 charge interest of R$ 0,07 per day."_s};
}

void tst_ChargeTerms::instructionLines()
{
    QFETCH(ChargeTerms, terms);
    QFETCH(QStringList, lines);
    QCOMPARE(terms.instructionLines(cents(100000), d(2026, 3, 10)), lines);
}

QTEST_APPLESS_MAIN(tst_ChargeTerms)
#include "tst_chargeterms.moc"
