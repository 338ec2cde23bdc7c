#include "core/domain/money.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

#include <limits>
#include <numeric>

namespace core {
// Lets QCOMPARE print "R$ 1,00" instead of an opaque object when a comparison fails.
char *toString(const Money &money)
{
    return QTest::toString(money.format());
}
} // namespace core

using core::Money;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

QList<qint64> centsOf(const QList<Money> &list)
{
    QList<qint64> out;
    for (const Money &m : list)
        out.append(m.cents());
    return out;
}

qint64 sumOf(const QList<Money> &list)
{
    qint64 total = 0;
    for (const Money &m : list)
        total += m.cents();
    return total;
}

} // namespace

class tst_Money : public QObject
{
    Q_OBJECT

private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRejects_data();
    void parseRejects();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
    void roundTripRandomAmounts();
    void formatAndParseIgnoreTheLocale();
    void arithmeticAndComparison();
    void percentOf_data();
    void percentOf();
    void split_data();
    void split();
    void splitAlwaysAddsUpToTheTotal();
    void allocate_data();
    void allocate();
    void allocateHugeAmountsStaysExact();
};

void tst_Money::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("R$ with space and thousands") << u"R$ 1.234,56"_s << qint64(123456);
    QTest::newRow("R$ without space") << u"R$1.234,56"_s << qint64(123456);
    QTest::newRow("R$ followed by U+00A0") << u"R$\u00A01.234,56"_s << qint64(123456);
    QTest::newRow("R$ followed by U+202F") << u"R$\u202F7,00"_s << qint64(700);
    QTest::newRow("plain with decimal comma") << u"1234,56"_s << qint64(123456);
    QTest::newRow("thousands, no decimals") << u"1.234"_s << qint64(123400);
    QTest::newRow("millions") << u"1.234.567,89"_s << qint64(123456789);
    QTest::newRow("integer without separators") << u"1234567"_s << qint64(123456700);
    QTest::newRow("one decimal 0,5 is fifty centavos") << u"0,5"_s << qint64(50);
    QTest::newRow("one decimal 12,3") << u"12,3"_s << qint64(1230);
    QTest::newRow("one centavo") << u"0,01"_s << qint64(1);
    QTest::newRow("minus before R$") << u"-R$ 5,00"_s << qint64(-500);
    QTest::newRow("minus after R$") << u"R$ -5,00"_s << qint64(-500);
    QTest::newRow("minus without symbol") << u"-1.234,56"_s << qint64(-123456);
    QTest::newRow("surrounding whitespace") << u"  R$ 10,00 \t"_s << qint64(1000);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("negative zero") << u"-0,00"_s << qint64(0);
    QTest::newRow("leading zeros") << u"007,00"_s << qint64(700);
    QTest::newRow("INT64_MAX") << u"R$ 92.233.720.368.547.758,07"_s << kMax;
    QTest::newRow("INT64_MAX plain") << u"92233720368547758,07"_s << kMax;
    QTest::newRow("INT64_MIN") << u"-R$ 92.233.720.368.547.758,08"_s << kMin;
}

void tst_Money::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);

    const core::Result<Money> result = Money::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
    QCOMPARE(result->cents(), cents);
}

void tst_Money::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position"); // 1-based, as shown to the user
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << 1 << u"empty"_s;
    QTest::newRow("only spaces") << u"   "_s << 1 << u"empty"_s;
    QTest::newRow("group of two digits 1.23,00") << u"1.23,00"_s << 2 << u"thousands"_s;
    QTest::newRow("first group of four digits") << u"1234.567"_s << 5 << u"thousands"_s;
    QTest::newRow("dot used as decimal point") << u"R$ 5.00"_s << 5 << u"thousands"_s;
    QTest::newRow("trailing dot") << u"1."_s << 2 << u"thousands"_s;
    QTest::newRow("two dots in a row") << u"1..234"_s << 2 << u"thousands"_s;
    QTest::newRow("second group short") << u"1.234.56"_s << 6 << u"thousands"_s;
    QTest::newRow("three decimals") << u"1,234"_s << 5 << u"two decimal places"_s;
    QTest::newRow("three decimals after R$") << u"R$ 10,001"_s << 9 << u"two decimal places"_s;
    QTest::newRow("comma without decimals") << u"5,"_s << 2 << u"decimal comma"_s;
    QTest::newRow("leading comma") << u",50"_s << 1 << u"Expected a digit"_s;
    QTest::newRow("letters") << u"abc"_s << 1 << u"Expected a digit"_s;
    QTest::newRow("plus sign") << u"+5"_s << 1 << u"Expected a digit"_s;
    QTest::newRow("Arabic-Indic digit") << u"\u0661"_s << 1 << u"Expected a digit"_s;
    QTest::newRow("symbol only") << u"R$"_s << 3 << u"no digits"_s;
    QTest::newRow("minus only") << u"-"_s << 2 << u"no digits"_s;
    QTest::newRow("minus before and after R$") << u"-R$ -5,00"_s << 5 << u"minus"_s;
    QTest::newRow("double minus") << u"--5"_s << 2 << u"minus"_s;
    QTest::newRow("text after the amount") << u"R$ 5,00 x"_s << 8 << u"Unexpected space"_s;
    QTest::newRow("letter right after the amount") << u"R$ 5,00x"_s << 8 << u"'x'"_s;
    QTest::newRow("space as thousands separator") << u"1 234,56"_s << 2 << u"Unexpected space"_s;
    QTest::newRow("letter after digits") << u"12a"_s << 3 << u"Unexpected"_s;
    QTest::newRow("INT64_MAX + 1 centavo")
        << u"R$ 92.233.720.368.547.758,08"_s << 27 << u"too large"_s;
    QTest::newRow("INT64_MIN - 1 centavo")
        << u"-92.233.720.368.547.758,09"_s << 25 << u"too large"_s;
    QTest::newRow("twenty digits") << u"99999999999999999999"_s << 17 << u"too large"_s;
}

void tst_Money::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, messagePart);

    const core::Result<Money> result = Money::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, core::Error::Kind::Parse);
    QCOMPARE(result.error().where, u"position %1"_s.arg(position));
    QVERIFY2(result.error().message.contains(messagePart, Qt::CaseInsensitive),
             qPrintable(result.error().message));
}

void tst_Money::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("plain");

    QTest::newRow("zero") << qint64(0) << u"R$ 0,00"_s << u"0,00"_s;
    QTest::newRow("five centavos") << qint64(5) << u"R$ 0,05"_s << u"0,05"_s;
    QTest::newRow("99 centavos") << qint64(99) << u"R$ 0,99"_s << u"0,99"_s;
    QTest::newRow("one real") << qint64(100) << u"R$ 1,00"_s << u"1,00"_s;
    QTest::newRow("999,99 no separator") << qint64(99999) << u"R$ 999,99"_s << u"999,99"_s;
    QTest::newRow("1.000,00") << qint64(100000) << u"R$ 1.000,00"_s << u"1.000,00"_s;
    QTest::newRow("1.234,56") << qint64(123456) << u"R$ 1.234,56"_s << u"1.234,56"_s;
    QTest::newRow("999.999,99") << qint64(99999999) << u"R$ 999.999,99"_s << u"999.999,99"_s;
    QTest::newRow("one million") << qint64(100000000) << u"R$ 1.000.000,00"_s
                                 << u"1.000.000,00"_s;
    QTest::newRow("negative centavos") << qint64(-5) << u"-R$ 0,05"_s << u"-0,05"_s;
    QTest::newRow("negative thousands") << qint64(-123456) << u"-R$ 1.234,56"_s
                                        << u"-1.234,56"_s;
    QTest::newRow("INT64_MAX") << kMax << u"R$ 92.233.720.368.547.758,07"_s
                               << u"92.233.720.368.547.758,07"_s;
    QTest::newRow("INT64_MIN") << kMin << u"-R$ 92.233.720.368.547.758,08"_s
                               << u"-92.233.720.368.547.758,08"_s;
}

void tst_Money::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, formatted);
    QFETCH(QString, plain);

    QCOMPARE(Money::fromCents(cents).format(), formatted);
    QCOMPARE(Money::fromCents(cents).formatPlain(), plain);
}

void tst_Money::roundTrip_data()
{
    QTest::addColumn<qint64>("cents");
    for (const qint64 c : {qint64(0), qint64(1), qint64(-1), qint64(10), qint64(100), qint64(-99),
                           qint64(123456789), qint64(-100000), kMax, kMin, kMax - 1, kMin + 1})
        QTest::newRow(qPrintable(QString::number(c))) << c;
}

void tst_Money::roundTrip()
{
    QFETCH(qint64, cents);
    const Money money = Money::fromCents(cents);
    QCOMPARE(Money::parse(money.format()).valueOr(Money::fromCents(42)), money);
    QCOMPARE(Money::parse(money.formatPlain()).valueOr(Money::fromCents(42)), money);
}

void tst_Money::roundTripRandomAmounts()
{
    QRandomGenerator rng(20240601); // fixed seed: a failure must be reproducible
    for (int i = 0; i < 20000; ++i) {
        // Vary the magnitude too, or nearly every value would have 19 digits.
        const qint64 cents = qint64(rng.generate64()) >> rng.bounded(64);
        const Money money = Money::fromCents(cents);
        const core::Result<Money> parsed = Money::parse(money.format());
        QVERIFY2(parsed.ok(), qPrintable(money.format()));
        QCOMPARE(*parsed, money);
    }
}

void tst_Money::formatAndParseIgnoreTheLocale()
{
    // A back office installed on an English Windows must still print and read "1.234,56".
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString formatted = Money::fromCents(123456).format();
    const qint64 parsed = Money::parse(u"1.234,56"_s).valueOr(Money()).cents();
    QLocale::setDefault(saved);
    QCOMPARE(formatted, u"R$ 1.234,56"_s);
    QCOMPARE(parsed, qint64(123456));
}

void tst_Money::arithmeticAndComparison()
{
    const Money a = Money::fromCents(1050);
    const Money b = Money::fromCents(-250);
    QCOMPARE((a + b).cents(), qint64(800));
    QCOMPARE((a - b).cents(), qint64(1300));
    QCOMPARE((-a).cents(), qint64(-1050));
    QCOMPARE((a * 3).cents(), qint64(3150));
    QCOMPARE((3 * b).cents(), qint64(-750));
    Money c = a;
    c += b;
    c -= Money::fromCents(100);
    QCOMPARE(c.cents(), qint64(700));
    QVERIFY(b < a);
    QVERIFY(a > b);
    QVERIFY(a >= Money::fromCents(1050));
    QVERIFY(a == Money::fromCents(1050));
    QVERIFY(a != b);
    QVERIFY(Money().isZero());
    QVERIFY(!a.isZero());
    QVERIFY(b.isNegative());
    QVERIFY(!a.isNegative());
    static_assert(Money::fromCents(7).cents() == 7, "fromCents must be usable in constants");
}

void tst_Money::percentOf_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("basisPoints");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("2,50 % of R$ 100,00") << qint64(10000) << 250 << qint64(250);
    QTest::newRow("half centavo rounds up") << qint64(1) << 5000 << qint64(1);
    QTest::newRow("negative half rounds away from zero") << qint64(-1) << 5000 << qint64(-1);
    QTest::newRow("just below half rounds down") << qint64(1) << 4999 << qint64(0);
    QTest::newRow("1,5 centavo rounds to 2") << qint64(3) << 5000 << qint64(2);
    QTest::newRow("-1,5 centavo rounds to -2") << qint64(-3) << 5000 << qint64(-2);
    QTest::newRow("18 % ICMS of R$ 33,33") << qint64(3333) << 1800 << qint64(600);
    QTest::newRow("7,65 % of R$ 19,90") << qint64(1990) << 765 << qint64(152);
    QTest::newRow("100 %") << qint64(123456) << 10000 << qint64(123456);
    QTest::newRow("0 %") << qint64(123456) << 0 << qint64(0);
    QTest::newRow("negative rate") << qint64(10000) << -250 << qint64(-250);
    QTest::newRow("150 % of INT64_MAX / 2, no overflow")
        << qint64(4611686018427387903) << 15000 << qint64(6917529027641081855);
    QTest::newRow("33,33 % of INT64_MAX") << kMax << 3333 << qint64(3074149899883696776);
    QTest::newRow("50 % of INT64_MIN") << kMin << 5000 << qint64(-4611686018427387904);
    QTest::newRow("100 % of INT64_MIN") << kMin << 10000 << kMin;
}

void tst_Money::percentOf()
{
    QFETCH(qint64, cents);
    QFETCH(int, basisPoints);
    QFETCH(qint64, expected);

    QCOMPARE(Money::fromCents(cents).percentOf(basisPoints).cents(), expected);
}

void tst_Money::split_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<int>("n");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("R$ 100,00 / 3") << qint64(10000) << 3 << QList<qint64>{3334, 3333, 3333};
    QTest::newRow("R$ 0,01 / 3") << qint64(1) << 3 << QList<qint64>{1, 0, 0};
    QTest::newRow("R$ 1,00 / 7") << qint64(100) << 7
                                 << QList<qint64>{15, 15, 14, 14, 14, 14, 14};
    QTest::newRow("exact R$ 90,00 / 3") << qint64(9000) << 3 << QList<qint64>{3000, 3000, 3000};
    QTest::newRow("-R$ 100,00 / 3") << qint64(-10000) << 3 << QList<qint64>{-3334, -3333, -3333};
    QTest::newRow("-R$ 0,01 / 3") << qint64(-1) << 3 << QList<qint64>{-1, 0, 0};
    QTest::newRow("one installment") << qint64(12345) << 1 << QList<qint64>{12345};
    QTest::newRow("zero / 2") << qint64(0) << 2 << QList<qint64>{0, 0};
    QTest::newRow("n = 0 gives nothing") << qint64(10000) << 0 << QList<qint64>{};
    QTest::newRow("negative n gives nothing") << qint64(10000) << -3 << QList<qint64>{};
    QTest::newRow("INT64_MAX / 2") << kMax << 2
                                   << QList<qint64>{4611686018427387904, 4611686018427387903};
    QTest::newRow("INT64_MIN / 2") << kMin << 2
                                   << QList<qint64>{-4611686018427387904, -4611686018427387904};
}

void tst_Money::split()
{
    QFETCH(qint64, cents);
    QFETCH(int, n);
    QFETCH(QList<qint64>, expected);

    QCOMPARE(centsOf(Money::fromCents(cents).split(n)), expected);
}

void tst_Money::splitAlwaysAddsUpToTheTotal()
{
    QList<qint64> amounts;
    for (qint64 c = -2500; c <= 2500; c += 7)
        amounts.append(c);
    amounts << 99999999 << -123456789 << kMax << kMin;
    for (const qint64 cents : amounts) {
        for (int n = 1; n <= 24; ++n) {
            const QList<Money> parts = Money::fromCents(cents).split(n);
            QCOMPARE(parts.size(), qsizetype(n));
            QCOMPARE(sumOf(parts), cents);
            // Installments differ by at most one centavo and the larger ones come first.
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const qint64 diff = parts[i - 1].cents() - parts[i].cents();
                QVERIFY2(cents >= 0 ? (diff == 0 || diff == 1) : (diff == 0 || diff == -1),
                         qPrintable(u"%1 / %2"_s.arg(cents).arg(n)));
            }
        }
    }
}

void tst_Money::allocate_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QList<int>>("weights");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("equal weights behave like split")
        << qint64(10000) << QList<int>{1, 1, 1} << QList<qint64>{3334, 3333, 3333};
    QTest::newRow("R$ 10,00 discount over items of 50, 30 and 20 reais")
        << qint64(1000) << QList<int>{5000, 3000, 2000} << QList<qint64>{500, 300, 200};
    QTest::newRow("leftover goes to the largest fraction")
        << qint64(1) << QList<int>{1, 2} << QList<qint64>{0, 1};
    QTest::newRow("7 over 10/20/30/40: fractions .7 .4 .1 .8")
        << qint64(7) << QList<int>{10, 20, 30, 40} << QList<qint64>{1, 1, 2, 3};
    QTest::newRow("ties go to the first item")
        << qint64(1) << QList<int>{1, 1} << QList<qint64>{1, 0};
    QTest::newRow("zero weight gets nothing")
        << qint64(101) << QList<int>{0, 1, 1} << QList<qint64>{0, 51, 50};
    QTest::newRow("negative amount mirrors positive")
        << qint64(-100) << QList<int>{1, 2} << QList<qint64>{-33, -67};
    QTest::newRow("single item takes everything")
        << qint64(-12345) << QList<int>{3} << QList<qint64>{-12345};
    QTest::newRow("no weights") << qint64(100) << QList<int>{} << QList<qint64>{};
    QTest::newRow("all weights zero") << qint64(100) << QList<int>{0, 0} << QList<qint64>{};
    QTest::newRow("negative weight") << qint64(100) << QList<int>{2, -1} << QList<qint64>{};
}

void tst_Money::allocate()
{
    QFETCH(qint64, cents);
    QFETCH(QList<int>, weights);
    QFETCH(QList<qint64>, expected);

    const QList<Money> shares = Money::fromCents(cents).allocate(weights);
    QCOMPARE(centsOf(shares), expected);
    if (!expected.isEmpty())
        QCOMPARE(sumOf(shares), cents);
}

void tst_Money::allocateHugeAmountsStaysExact()
{
#ifdef __SIZEOF_INT128__
    // amount * weight needs ~94 bits here: the shares must still be exact to the centavo.
    constexpr int kIntMax = std::numeric_limits<int>::max();
    const QList<QList<int>> weightLists = {
        {kIntMax, kIntMax, 1}, {kIntMax, 1, kIntMax - 1}, {3, kIntMax, 7, 1000000007}, {1, 1, 1}};
    QRandomGenerator rng(7);
    QList<qint64> amounts = {kMax, kMin, kMax - 12345, kMin + 1};
    for (int i = 0; i < 200; ++i)
        amounts.append(qint64(rng.generate64()));
    for (const qint64 cents : amounts) {
        for (const QList<int> &weights : weightLists) {
            const QList<Money> shares = Money::fromCents(cents).allocate(weights);
            QCOMPARE(shares.size(), weights.size());
            QCOMPARE(sumOf(shares), cents);
            const __int128 total = std::accumulate(weights.begin(), weights.end(), __int128(0));
            for (qsizetype i = 0; i < shares.size(); ++i) {
                // |share − exact| < 1 centavo  <=>  |share·total − cents·weight| < total
                __int128 diff = __int128(shares[i].cents()) * total - __int128(cents) * weights[i];
                if (diff < 0)
                    diff = -diff;
                QVERIFY2(diff < total, qPrintable(u"%1 item %2"_s.arg(cents).arg(i)));
            }
        }
    }
#else
    QSKIP("needs __int128 to compute the exact reference");
#endif
}

QTEST_GUILESS_MAIN(tst_Money)
#include "tst_money.moc"
