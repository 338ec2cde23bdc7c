#include "picking/domain/packingcheck.h"
#include "picking/domain/scancode.h"
#include "picking/domain/scansession.h"

#include <QTest>

using namespace picking;
using namespace Qt::StringLiterals;

namespace {

ScanTask task(const QString &id, const QString &location, const QString &gtin, const QString &sku, int quantity,
              const QString &lot = {})
{
    ScanTask t;
    t.taskId = id;
    t.locationCode = location;
    t.gtin = gtin;
    t.sku = sku;
    t.description = u"Produto "_s + sku;
    t.quantity = quantity;
    t.lotCode = lot;
    t.expiry = lot.isEmpty() ? QString() : u"2027-03-31"_s;
    t.tote = 1;
    return t;
}

const QString kDipirona = u"7891234567895"_s; // valid EAN-13
const QString kLuva = u"7894900011517"_s;

} // namespace

// What the picker's scanner types, line by line, and what the scan screen answers.
class tst_ScanSession : public QObject
{
    Q_OBJECT
private slots:
    void gs1Codes_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("gtin");
        QTest::addColumn<QString>("lot");
        QTest::newRow("ean-13") << kDipirona << kDipirona << QString();
        QTest::newRow("gtin-14") << u"0"_s + kDipirona << kDipirona << QString();
        QTest::newRow("gs1-human") << u"(01)0%1(10)L2301"_s.arg(kDipirona) << kDipirona << u"L2301"_s;
        QTest::newRow("gs1-raw-with-prefix") << u"]C1010"_s + kDipirona + u"10L2301"_s << kDipirona << u"L2301"_s;
        QTest::newRow("sku") << u"DIP-500"_s << QString() << QString();
    }
    void gs1Codes()
    {
        QFETCH(QString, input);
        QFETCH(QString, gtin);
        QFETCH(QString, lot);
        const ScanCode code = ScanCode::parse(input);
        QCOMPARE(code.gtin, gtin);
        QCOMPARE(code.lot, lot);
    }

    void locationThenProductThenQuantity()
    {
        ScanSession s({task(u"t1"_s, u"A-01-02-01"_s, kDipirona, u"DIP-500"_s, 3), task(u"t2"_s, u"B-04-01-01"_s, kLuva, u"LUV-M"_s, 1)});
        QCOMPARE(s.step(), ScanSession::Step::Location);
        QVERIFY(s.prompt().contains(u"A-01-02-01"_s));

        // The wrong location is refused and names the right one.
        auto o = s.scan(u"A-01-03-01"_s);
        QVERIFY(!o.accepted);
        QCOMPARE(o.cue, ScanSession::Cue::Error);
        QVERIFY2(o.message.contains(u"A-01-02-01"_s), qPrintable(o.message));
        // Scanning the product before the location is refused too.
        o = s.scan(kDipirona);
        QVERIFY(!o.accepted);
        QVERIFY(o.message.contains(u"location"_s));
        QCOMPARE(s.step(), ScanSession::Step::Location);

        QVERIFY(s.scan(u"a-01-02-01\n"_s).accepted); // case and the Enter do not matter
        QCOMPARE(s.step(), ScanSession::Step::Product);
        // The wrong product: refused, names the SKU and EAN expected.
        o = s.scan(kLuva);
        QVERIFY(!o.accepted);
        QCOMPARE(o.cue, ScanSession::Cue::Error);
        QVERIFY2(o.message.contains(u"DIP-500"_s) && o.message.contains(kDipirona), qPrintable(o.message));
        QCOMPARE(s.step(), ScanSession::Step::Product);

        QVERIFY(s.scan(kDipirona).accepted);
        QCOMPARE(s.step(), ScanSession::Step::Quantity);
        // More than asked: refused.
        o = s.scan(u"4"_s);
        QVERIFY(!o.accepted);
        QVERIFY(o.message.contains(u"more"_s));
        o = s.scan(u"três"_s);
        QVERIFY(!o.accepted);
        o = s.scan(u"3"_s);
        QVERIFY(o.accepted);
        QCOMPARE(o.action, ScanSession::Action::Picked);
        QCOMPARE(o.taskId, u"t1"_s);
        QCOMPARE(o.picked, 3);

        // A single unit is picked with the product scan.
        QVERIFY(s.scan(u"B-04-01-01"_s).accepted);
        o = s.scan(kLuva);
        QCOMPARE(o.action, ScanSession::Action::Picked);
        QCOMPARE(o.picked, 1);
        QCOMPARE(o.cue, ScanSession::Cue::Done);
        QCOMPARE(s.step(), ScanSession::Step::Finished);
        QVERIFY(!s.scan(kLuva).accepted);
    }

    void lotIsChecked()
    {
        ScanSession s({task(u"t1"_s, u"C-01-01-01"_s, kDipirona, u"DIP-500"_s, 2, u"L2301"_s)});
        QVERIFY(s.scan(u"C-01-01-01"_s).accepted);
        // A GS1 code with the wrong lot is refused at the product scan.
        auto o = s.scan(u"(01)0%1(10)L9999"_s.arg(kDipirona));
        QVERIFY(!o.accepted);
        QVERIFY2(o.message.contains(u"L9999"_s) && o.message.contains(u"L2301"_s), qPrintable(o.message));
        // A plain EAN asks for the lot next; the wrong lot is refused there too.
        QVERIFY(s.scan(kDipirona).accepted);
        QCOMPARE(s.step(), ScanSession::Step::Lot);
        o = s.scan(u"L2302"_s);
        QVERIFY(!o.accepted);
        QVERIFY(o.message.contains(u"2027-03-31"_s)); // says which lot (by expiry) to take
        QVERIFY(s.scan(u"l2301"_s).accepted);
        QCOMPARE(s.step(), ScanSession::Step::Quantity);
        // The product scan was the first unit; counting goes on by scanning each unit.
        QCOMPARE(s.counted(), 1);
        o = s.scan(kDipirona);
        QCOMPARE(o.action, ScanSession::Action::Picked);
        QCOMPARE(o.picked, 2);
    }

    void singleUnitWithLotFinishesAtTheLot()
    {
        ScanSession s({task(u"t1"_s, u"C-01-01-01"_s, kDipirona, u"DIP-500"_s, 1, u"L2301"_s)});
        QVERIFY(s.scan(u"C-01-01-01"_s).accepted);
        QVERIFY(s.scan(kDipirona).accepted);
        const auto o = s.scan(u"L2301"_s);
        QCOMPARE(o.action, ScanSession::Action::Picked);
        QCOMPARE(o.picked, 1);
    }

    void shortPickNeedsTheQuantityTwice()
    {
        ScanSession s({task(u"t1"_s, u"A-01-02-01"_s, kDipirona, u"DIP-500"_s, 5)});
        QVERIFY(s.scan(u"A-01-02-01"_s).accepted);
        QVERIFY(s.scan(kDipirona).accepted);
        auto o = s.scan(u"2"_s);
        QVERIFY(!o.accepted);
        QCOMPARE(o.cue, ScanSession::Cue::Warning);
        QCOMPARE(o.action, ScanSession::Action::None);
        o = s.scan(u"2"_s);
        QVERIFY(o.accepted);
        QCOMPARE(o.action, ScanSession::Action::Short);
        QCOMPARE(o.picked, 2);
        QCOMPARE(o.shortQty, 3);
        QCOMPARE(s.step(), ScanSession::Step::Finished);
        // The re-allocated rest comes back as a new task and the session goes on.
        s.appendTasks({task(u"t2"_s, u"D-09-01-01"_s, kDipirona, u"DIP-500"_s, 3)});
        QCOMPARE(s.step(), ScanSession::Step::Location);
        QCOMPARE(s.current()->locationCode, u"D-09-01-01"_s);
    }

    void packingRefusesMismatches()
    {
        PackLine dip{u"i1"_s, u"p1"_s, kDipirona, u"DIP-500"_s, u"Dipirona"_s, u"lot1"_s, u"L2301"_s, 2, 0};
        PackLine luva{u"i2"_s, u"p2"_s, kLuva, u"LUV-M"_s, u"Luva"_s, {}, {}, 1, 0};
        PackingCheck check(100042, {dip, luva});
        QCOMPARE(check.expectedUnits(), 3);
        auto o = check.scan(u"7891000315507"_s); // not in the order
        QVERIFY(!o.accepted);
        QVERIFY(o.message.contains(u"100042"_s));
        o = check.scan(u"(01)0%1(10)L9999"_s.arg(kDipirona)); // a lot that was not picked
        QVERIFY(!o.accepted);
        QVERIFY(o.message.contains(u"L9999"_s));
        QVERIFY(check.scan(kDipirona).accepted);
        QVERIFY(check.scan(u"(01)0%1(10)L2301"_s.arg(kDipirona)).accepted);
        o = check.scan(kDipirona); // one too many
        QVERIFY(!o.accepted);
        QVERIFY(o.message.contains(u"too many"_s));
        QVERIFY(!check.isComplete());
        QVERIFY(check.scan(u"luv-m"_s).accepted); // the SKU typed works too
        QVERIFY(check.isComplete());
        QCOMPARE(check.packedUnits(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_ScanSession)
#include "tst_scansession.moc"
