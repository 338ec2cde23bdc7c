#include "billing/cnab/cnab400bancodobrasil.h"
#include "billing/cnab/remessa.h"

#include <QTest>

#include "cnab400testremessas.h"

using namespace cnab400test;
using namespace Qt::StringLiterals;

// Banco do Brasil's CNAB 400 (CBR641, 7-digit convênio) has no public golden file: the fields
// are checked at the positions of the layout.
class tst_Cnab400BancoDoBrasil : public QObject
{
    Q_OBJECT

private slots:
    void bancoDoBrasilFieldsAtTheirPositions();
    void bancoDoBrasilNossoNumero_data();
    void bancoDoBrasilNossoNumero();
    void bancoDoBrasilProtest_data();
    void bancoDoBrasilProtest();
    void bancoDoBrasilRefuses_data();
    void bancoDoBrasilRefuses();
};

void tst_Cnab400BancoDoBrasil::bancoDoBrasilFieldsAtTheirPositions()
{
    Remessa r = bancoDoBrasilRemessa();
    r.titles[0].protestDays = 10;
    r.titles[0].fine.kind = RemessaFine::Kind::Amount;
    r.titles[0].fine.amount = Money::fromCents(350);
    const auto written = billing::Cnab400BancoDoBrasil::write(r);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    const QList<QByteArray> lines = records(*written);
    QCOMPARE(lines.size(), 4);
    for (const QByteArray &line : lines)
        QCOMPARE(line.size(), 401); // 400 + the CR of CRLF

    const QByteArray &h = lines[0];
    QCOMPARE(at(h, 1, 26), QByteArray("01REMESSA01COBRANCA       "));
    QCOMPARE(at(h, 27, 30), QByteArray("1234"));
    // Agency DV: 11 - (1*5 + 2*4 + 3*3 + 4*2) mod 11 = 11 - 8 = 3.
    QCOMPARE(at(h, 31, 31), QByteArray("3"));
    QCOMPARE(at(h, 32, 40), QByteArray("123456789"));
    QCOMPARE(at(h, 41, 46), QByteArray("000000"));
    QCOMPARE(at(h, 47, 76), QByteArray("SOCIEDADE BRASILEIRA DE ZOOLOG"));
    QCOMPARE(at(h, 77, 94), QByteArray("001BANCODOBRASIL  "));
    QCOMPARE(at(h, 95, 100), QByteArray("140715"));
    QCOMPARE(at(h, 101, 107), QByteArray("0000042"));
    QCOMPARE(at(h, 130, 136), QByteArray("1234567")); // convênio líder
    QCOMPARE(at(h, 395, 400), QByteArray("000001"));

    const QByteArray &d = lines[1];
    QCOMPARE(at(d, 1, 1), QByteArray("7"));
    QCOMPARE(at(d, 2, 17), QByteArray("0212345678000195"));
    QCOMPARE(at(d, 18, 31), QByteArray("12343123456789"));
    QCOMPARE(at(d, 32, 38), QByteArray("1234567"));
    QCOMPARE(at(d, 39, 63), QByteArray("6969").leftJustified(25, ' '));
    QCOMPARE(at(d, 64, 80), QByteArray("12345670000000123")); // convênio 7 + sequence 10
    QCOMPARE(at(d, 92, 94), QByteArray("019"));
    QCOMPARE(at(d, 107, 108), QByteArray("17"));
    QCOMPARE(at(d, 109, 110), QByteArray("01"));
    QCOMPARE(at(d, 111, 120), QByteArray("6969      "));
    QCOMPARE(at(d, 121, 126), QByteArray("140715"));
    QCOMPARE(at(d, 127, 139), QByteArray("0000000019990"));
    QCOMPARE(at(d, 140, 142), QByteArray("001"));
    QCOMPARE(at(d, 157, 158), QByteArray("06")); // protest in days written at 392-393
    QCOMPARE(at(d, 161, 173), QByteArray("0000000000007"));
    QCOMPARE(at(d, 219, 234), QByteArray("0100012345678901"));
    QCOMPARE(at(d, 235, 274), QByteArray("PABLO DIEGO JOSE FRANCISCO DE PAULA J   "));
    QCOMPARE(at(d, 327, 334), QByteArray("12345678"));
    QCOMPARE(at(d, 350, 351), QByteArray("SP"));
    QCOMPARE(at(d, 392, 393), QByteArray("10"));
    QCOMPARE(at(d, 395, 400), QByteArray("000002"));

    const QByteArray &f = lines[2];
    QCOMPARE(at(f, 1, 4), QByteArray("5991")); // service 99 (multa), 1 = amount
    QCOMPARE(at(f, 5, 10), QByteArray("140715"));
    QCOMPARE(at(f, 11, 22), QByteArray("000000000350"));
    QCOMPARE(at(f, 395, 400), QByteArray("000003"));

    QCOMPARE(lines[3], QByteArray("9") + QByteArray(393, ' ') + "000004\r");
}

void tst_Cnab400BancoDoBrasil::bancoDoBrasilNossoNumero_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QByteArray>("written"); // empty: refused

    QTest::newRow("sequence") << u"123"_s << QByteArray("12345670000000123");
    QTest::newRow("sequence of 10") << u"9876543210"_s << QByteArray("12345679876543210");
    QTest::newRow("whole number") << u"12345670000000123"_s << QByteArray("12345670000000123");
    QTest::newRow("sequence of 11") << u"12345678901"_s << QByteArray();
    QTest::newRow("another convênio") << u"76543210000000123"_s << QByteArray();
}

void tst_Cnab400BancoDoBrasil::bancoDoBrasilNossoNumero()
{
    QFETCH(QString, given);
    QFETCH(QByteArray, written);

    Remessa r = bancoDoBrasilRemessa();
    r.titles[0].nossoNumero = given;
    const auto file = billing::Cnab400BancoDoBrasil::write(r);
    if (written.isEmpty()) {
        QVERIFY(!file.ok());
        QCOMPARE(file.error().where, u"nosso número"_s);
    } else {
        QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().text()));
        QCOMPARE(at(records(*file)[1], 64, 80), written);
    }
}

void tst_Cnab400BancoDoBrasil::bancoDoBrasilProtest_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QByteArray>("instruction"); // empty: refused
    QTest::addColumn<QByteArray>("daysField");

    QTest::newRow("none") << 0 << QByteArray("00") << QByteArray("00");
    QTest::newRow("6 days") << 6 << QByteArray("06") << QByteArray("06");
    QTest::newRow("15 days has its code") << 15 << QByteArray("15") << QByteArray("00");
    QTest::newRow("29 days") << 29 << QByteArray("06") << QByteArray("29");
    QTest::newRow("45 days has its code") << 45 << QByteArray("45") << QByteArray("00");
    QTest::newRow("35 days") << 35 << QByteArray("06") << QByteArray("35");
    QTest::newRow("3 days refused") << 3 << QByteArray() << QByteArray();
    QTest::newRow("31 days refused") << 31 << QByteArray() << QByteArray();
}

void tst_Cnab400BancoDoBrasil::bancoDoBrasilProtest()
{
    QFETCH(int, days);
    QFETCH(QByteArray, instruction);
    QFETCH(QByteArray, daysField);

    Remessa r = bancoDoBrasilRemessa();
    r.titles[0].protestDays = days;
    const auto file = billing::Cnab400BancoDoBrasil::write(r);
    if (instruction.isEmpty()) {
        QVERIFY(!file.ok());
        QCOMPARE(file.error().where, u"protest days"_s);
        return;
    }
    QVERIFY2(file.ok(), file.ok() ? "" : qPrintable(file.error().text()));
    const QByteArray d = records(*file)[1];
    QCOMPARE(at(d, 157, 158), instruction);
    QCOMPARE(at(d, 392, 393), daysField);
}

void tst_Cnab400BancoDoBrasil::bancoDoBrasilRefuses_data()
{
    QTest::addColumn<Remessa>("remessa");
    QTest::addColumn<QString>("field");

    Remessa r = bancoDoBrasilRemessa();
    r.account.convenio = u"123456"_s; // 6 digits: another layout
    QTest::newRow("6-digit convênio") << r << u"convênio"_s;
    r = bancoDoBrasilRemessa();
    r.account.variation.clear();
    QTest::newRow("no variation") << r << u"carteira variation"_s;
    r = bancoDoBrasilRemessa();
    r.account.carteira = u"017"_s;
    QTest::newRow("3-digit carteira") << r << u"carteira"_s;
    r = bancoDoBrasilRemessa();
    r.titles[0].pix = santanderPixRemessa().titles[0].pix;
    QTest::newRow("PIX") << r << u"PIX"_s;
}

void tst_Cnab400BancoDoBrasil::bancoDoBrasilRefuses()
{
    QFETCH(Remessa, remessa);
    QFETCH(QString, field);

    const auto file = billing::Cnab400BancoDoBrasil::write(remessa);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().where, field);
}

QTEST_GUILESS_MAIN(tst_Cnab400BancoDoBrasil)
#include "tst_cnab400bancodobrasil.moc"
