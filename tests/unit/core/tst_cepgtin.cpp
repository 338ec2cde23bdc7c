#include "core/domain/cep.h"
#include "core/domain/gtin.h"

#include <QTest>

using core::Cep;
using core::Gtin;
using namespace Qt::StringLiterals;

class tst_CepGtin : public QObject
{
    Q_OBJECT

private slots:
    void cepAccepts_data();
    void cepAccepts();
    void cepRejects_data();
    void cepRejects();
    void cepFormat_data();
    void cepFormat();
    void cepState_data();
    void cepState();

    void gtinIsValid_data();
    void gtinIsValid();
    void gtinParseErrors_data();
    void gtinParseErrors();
    void gtinWithCheckDigit_data();
    void gtinWithCheckDigit();
};

void tst_CepGtin::cepAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");

    QTest::newRow("formatted") << u"01310-100"_s << u"01310100"_s;
    QTest::newRow("digits only") << u"20040020"_s << u"20040020"_s;
    QTest::newRow("old form with dot") << u"01.310-100"_s << u"01310100"_s;
    QTest::newRow("surrounding spaces") << u" 90010-000 "_s << u"90010000"_s;
}

void tst_CepGtin::cepAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);

    const core::Result<QString> result = Cep::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
    QCOMPARE(*result, digits);
    QVERIFY(Cep::isValid(text));
    QCOMPARE(Cep::normalize(text), digits);
}

void tst_CepGtin::cepRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("seven digits (lost leading zero)") << u"1310100"_s << QString() << u"8 digits"_s;
    QTest::newRow("nine digits") << u"013101000"_s << QString() << u"8 digits"_s;
    QTest::newRow("empty") << QString() << QString() << u"8 digits"_s;
    QTest::newRow("all zeros") << u"00000-000"_s << QString() << u"00000-000"_s;
    QTest::newRow("letter O for zero") << u"0131O-100"_s << u"position 5"_s << u"'O'"_s;
    QTest::newRow("slash") << u"01310/100"_s << u"position 6"_s << u"only digits"_s;
}

void tst_CepGtin::cepRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);

    const core::Result<QString> result = Cep::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().where, where);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QVERIFY(!Cep::isValid(text));
    QCOMPARE(Cep::stateForCep(text), QString());
}

void tst_CepGtin::cepFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("digits") << u"01310100"_s << u"01310-100"_s;
    QTest::newRow("already formatted") << u"01310-100"_s << u"01310-100"_s;
    QTest::newRow("dot and spaces") << u" 01.310 100"_s << u"01310-100"_s;
    QTest::newRow("incomplete stays as typed") << u"0131"_s << u"0131"_s;
}

void tst_CepGtin::cepFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QCOMPARE(Cep::format(text), formatted);
}

void tst_CepGtin::cepState_data()
{
    QTest::addColumn<QString>("cep");
    QTest::addColumn<QString>("uf");

    // Both ends of every Correios range, so an off-by-one at any border fails.
    const struct
    {
        const char16_t *first;
        const char16_t *last;
        const char16_t *uf;
    } ranges[] = {
        {u"01000-000", u"19999-999", u"SP"}, {u"20000-000", u"28999-999", u"RJ"},
        {u"29000-000", u"29999-999", u"ES"}, {u"30000-000", u"39999-999", u"MG"},
        {u"40000-000", u"48999-999", u"BA"}, {u"49000-000", u"49999-999", u"SE"},
        {u"50000-000", u"56999-999", u"PE"}, {u"57000-000", u"57999-999", u"AL"},
        {u"58000-000", u"58999-999", u"PB"}, {u"59000-000", u"59999-999", u"RN"},
        {u"60000-000", u"63999-999", u"CE"}, {u"64000-000", u"64999-999", u"PI"},
        {u"65000-000", u"65999-999", u"MA"}, {u"66000-000", u"68899-999", u"PA"},
        {u"68900-000", u"68999-999", u"AP"}, {u"69000-000", u"69299-999", u"AM"},
        {u"69300-000", u"69399-999", u"RR"}, {u"69400-000", u"69899-999", u"AM"},
        {u"69900-000", u"69999-999", u"AC"}, {u"70000-000", u"72799-999", u"DF"},
        {u"72800-000", u"72999-999", u"GO"}, {u"73000-000", u"73699-999", u"DF"},
        {u"73700-000", u"76799-999", u"GO"}, {u"76800-000", u"76999-999", u"RO"},
        {u"77000-000", u"77999-999", u"TO"}, {u"78000-000", u"78899-999", u"MT"},
        {u"79000-000", u"79999-999", u"MS"}, {u"80000-000", u"87999-999", u"PR"},
        {u"88000-000", u"89999-999", u"SC"}, {u"90000-000", u"99999-999", u"RS"},
    };
    for (const auto &r : ranges) {
        const QString uf = QString::fromUtf16(r.uf);
        QTest::addRow("%s first", qPrintable(uf + u' ' + QString::fromUtf16(r.first)))
            << QString::fromUtf16(r.first) << uf;
        QTest::addRow("%s last", qPrintable(uf + u' ' + QString::fromUtf16(r.last)))
            << QString::fromUtf16(r.last) << uf;
    }
    QTest::newRow("Avenida Paulista") << u"01310-100"_s << u"SP"_s;
    QTest::newRow("Copacabana, digits only") << u"22070011"_s << u"RJ"_s;
    QTest::newRow("00xxx is unassigned") << u"00999-999"_s << QString();
    QTest::newRow("Rondônia's pre-2008 789xx range") << u"78900-000"_s << QString();
    QTest::newRow("invalid CEP") << u"0131"_s << QString();
}

void tst_CepGtin::cepState()
{
    QFETCH(QString, cep);
    QFETCH(QString, uf);
    QCOMPARE(Cep::stateForCep(cep), uf);
}

void tst_CepGtin::gtinIsValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("EAN-13 Brazilian product") << u"7891000315507"_s << true;
    QTest::newRow("EAN-13 wrong check digit") << u"7891000315508"_s << false;
    QTest::newRow("EAN-13 transposed digits") << u"7891000351507"_s << false;
    QTest::newRow("EAN-13 check digit 1") << u"4006381333931"_s << true;
    QTest::newRow("GTIN-8") << u"96385074"_s << true;
    QTest::newRow("GTIN-8 wrong check digit") << u"96385075"_s << false;
    QTest::newRow("GTIN-12 (UPC-A)") << u"036000291452"_s << true;
    QTest::newRow("GTIN-12 wrong check digit") << u"036000291453"_s << false;
    QTest::newRow("GTIN-14 (case of EAN-13)") << u"17891000315504"_s << true;
    QTest::newRow("GTIN-14 wrong check digit") << u"17891000315507"_s << false;
    QTest::newRow("surrounding whitespace") << u" 7891000315507\n"_s << true;
    QTest::newRow("11 digits") << u"03600029145"_s << false;
    QTest::newRow("9 digits") << u"963850741"_s << false;
    QTest::newRow("letter") << u"78910003155O7"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_CepGtin::gtinIsValid()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);

    QCOMPARE(Gtin::isValid(text), valid);
    const core::Result<QString> parsed = Gtin::parse(text);
    QCOMPARE(parsed.ok(), valid);
    if (valid)
        QCOMPARE(*parsed, text.trimmed());
}

void tst_CepGtin::gtinParseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("letter O") << u"78910003155O7"_s << u"position 12"_s << u"'O'"_s;
    QTest::newRow("hyphen") << u"789-1000315507"_s << u"position 4"_s << u"only digits"_s;
    QTest::newRow("wrong check digit names the right one")
        << u"7891000315508"_s << QString() << u"should be 7"_s;
    QTest::newRow("wrong length") << u"12345"_s << QString() << u"8, 12, 13 or 14"_s;
}

void tst_CepGtin::gtinParseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);

    const core::Result<QString> result = Gtin::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().where, where);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
}

void tst_CepGtin::gtinWithCheckDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("full");

    QTest::newRow("EAN-13") << u"789100031550"_s << u"7891000315507"_s;
    QTest::newRow("EAN-13 check digit 0") << u"789100031559"_s << u"7891000315590"_s;
    QTest::newRow("GTIN-8") << u"9638507"_s << u"96385074"_s;
    QTest::newRow("GTIN-12") << u"03600029145"_s << u"036000291452"_s;
    QTest::newRow("GTIN-14") << u"1789100031550"_s << u"17891000315504"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("letter") << u"12a"_s << QString();
}

void tst_CepGtin::gtinWithCheckDigit()
{
    QFETCH(QString, digits);
    QFETCH(QString, full);

    const QString result = Gtin::withCheckDigit(digits);
    QCOMPARE(result, full);
    if (!full.isEmpty())
        QVERIFY(Gtin::isValid(result));
}

QTEST_GUILESS_MAIN(tst_CepGtin)
#include "tst_cepgtin.moc"
