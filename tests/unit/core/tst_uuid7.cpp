#include "core/domain/rng.h"
#include "core/domain/uuid7.h"

#include <QSet>
#include <QTest>

using namespace core;

/// Row keys replicate between desktops: they must be well-formed, unique without coordination,
/// and ordered by time (so million-row inserts append to the index).
class tst_Uuid7 : public QObject
{
    Q_OBJECT
private slots:
    void wellFormedVersion7()
    {
        const QString id = Uuid7::generate();
        QVERIFY2(Uuid7::isValid(id), qPrintable(id));
        QCOMPARE(id.at(14), u'7');                               // version
        QVERIFY(QStringLiteral("89ab").contains(id.at(19)));     // RFC 9562 variant
        QVERIFY(!Uuid7::isValid(QStringLiteral("not-a-uuid")));
        QVERIFY(!Uuid7::isValid(id.toUpper()));                  // canonical form is lowercase
    }

    void uniqueAndTimeOrdered()
    {
        Rng rng(5);
        QSet<QString> seen;
        QString previous;
        for (qint64 ms = 1'700'000'000'000; ms < 1'700'000'000'000 + 5000; ++ms) {
            const QString id = Uuid7::generate(ms, rng);
            QVERIFY(!seen.contains(id));
            seen.insert(id);
            QVERIFY2(id > previous, qPrintable(id)); // text order follows time order
            previous = id;
        }
    }

    void deterministicForTheSameSeed()
    {
        Rng a(9), b(9);
        QCOMPARE(Uuid7::generate(1'700'000'000'000, a), Uuid7::generate(1'700'000'000'000, b));
    }
};

QTEST_GUILESS_MAIN(tst_Uuid7)
#include "tst_uuid7.moc"
