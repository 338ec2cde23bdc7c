#include "core/domain/cnpj.h"
#include "core/domain/cpf.h"

#include <QRandomGenerator>
#include <QTest>

using core::Cnpj;
using core::Cpf;
using namespace Qt::StringLiterals;

class tst_CpfCnpj : public QObject
{
    Q_OBJECT

private slots:
    void cpfAccepts_data();
    void cpfAccepts();
    void cpfRejects_data();
    void cpfRejects();
    void cpfFormat_data();
    void cpfFormat();
    void cpfWithCheckDigits_data();
    void cpfWithCheckDigits();
    void cpfWithCheckDigitsRoundTrip();

    void cnpjAccepts_data();
    void cnpjAccepts();
    void cnpjRejects_data();
    void cnpjRejects();
    void cnpjFormat_data();
    void cnpjFormat();
    void cnpjWithCheckDigits_data();
    void cnpjWithCheckDigits();
    void cnpjWithCheckDigitsRoundTrip();
    void cnpjIsAlphanumeric_data();
    void cnpjIsAlphanumeric();
};

// Shared columns for the "rejects" tests: where is "" when the error has no position.
static void addRejectColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");
}

void tst_CpfCnpj::cpfAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");

    QTest::newRow("formatted") << u"123.456.789-09"_s << u"12345678909"_s;
    QTest::newRow("digits only") << u"52998224725"_s << u"52998224725"_s;
    QTest::newRow("surrounding spaces") << u" 111.444.777-35 "_s << u"11144477735"_s;
    QTest::newRow("spaces as separators") << u"529 982 247 25"_s << u"52998224725"_s;
    QTest::newRow("second check digit 0") << u"987.654.321-00"_s << u"98765432100"_s;
    QTest::newRow("leading zeros") << u"000.000.001-91"_s << u"00000000191"_s;
}

void tst_CpfCnpj::cpfAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);

    const core::Result<QString> result = Cpf::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
    QCOMPARE(*result, digits);
    QVERIFY(Cpf::isValid(text));
    QCOMPARE(Cpf::normalize(text), digits);
}

void tst_CpfCnpj::cpfRejects_data()
{
    addRejectColumns();
    const QString none; // these errors concern the whole number, not one position
    QTest::newRow("wrong first check digit") << u"123.456.789-19"_s << none << u"check digits"_s;
    QTest::newRow("wrong second check digit") << u"123.456.789-08"_s << none << u"check digits"_s;
    QTest::newRow("swapped digits") << u"529.982.274-25"_s << none << u"check digits"_s;
    QTest::newRow("all ones (passes mod 11)") << u"111.111.111-11"_s << none << u"all digits"_s;
    QTest::newRow("all zeros") << u"00000000000"_s << none << u"all digits"_s;
    QTest::newRow("ten digits") << u"1234567890"_s << none << u"11 digits"_s;
    QTest::newRow("twelve digits") << u"123456789091"_s << none << u"11 digits"_s;
    QTest::newRow("empty") << QString() << none << u"11 digits"_s;
    QTest::newRow("letter") << u"123.456.78X-09"_s << u"position 11"_s << u"'X'"_s;
    QTest::newRow("slash") << u"123/456.789-09"_s << u"position 4"_s << u"only digits"_s;
}

void tst_CpfCnpj::cpfRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);

    const core::Result<QString> result = Cpf::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().where, where);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QVERIFY(!Cpf::isValid(text));
}

void tst_CpfCnpj::cpfFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("digits") << u"12345678909"_s << u"123.456.789-09"_s;
    QTest::newRow("already formatted") << u"123.456.789-09"_s << u"123.456.789-09"_s;
    QTest::newRow("odd punctuation") << u" 123 456 789 09"_s << u"123.456.789-09"_s;
    QTest::newRow("incomplete stays as typed") << u"123.45"_s << u"123.45"_s;
}

void tst_CpfCnpj::cpfFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QCOMPARE(Cpf::format(text), formatted);
}

void tst_CpfCnpj::cpfWithCheckDigits_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("full");

    QTest::newRow("123456789") << u"123456789"_s << u"12345678909"_s;
    QTest::newRow("with punctuation") << u"529.982.247"_s << u"52998224725"_s;
    QTest::newRow("second digit 0") << u"987654321"_s << u"98765432100"_s;
    QTest::newRow("eight digits") << u"12345678"_s << QString();
    QTest::newRow("ten digits") << u"1234567890"_s << QString();
    QTest::newRow("letter") << u"12345678a"_s << QString();
}

void tst_CpfCnpj::cpfWithCheckDigits()
{
    QFETCH(QString, base);
    QFETCH(QString, full);
    QCOMPARE(Cpf::withCheckDigits(base), full);
}

void tst_CpfCnpj::cpfWithCheckDigitsRoundTrip()
{
    QRandomGenerator rng(11);
    for (int i = 0; i < 2000; ++i) {
        const QString base = u"%1"_s.arg(rng.bounded(1000000000), 9, 10, QChar(u'0'));
        const QString cpf = Cpf::withCheckDigits(base);
        QCOMPARE(cpf.left(9), base);
        // 111.111.111-11 and the like get correct check digits but are never valid.
        const bool allEqual = cpf.count(cpf.front()) == 11;
        QCOMPARE(Cpf::isValid(Cpf::format(cpf)), !allEqual);
    }
}

void tst_CpfCnpj::cnpjAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("numeric formatted") << u"11.222.333/0001-81"_s << u"11222333000181"_s;
    QTest::newRow("numeric digits only") << u"33000167000101"_s << u"33000167000101"_s;
    QTest::newRow("numeric, leading zeros") << u"00.000.000/0001-91"_s << u"00000000000191"_s;
    QTest::newRow("alphanumeric official example")
        << u"12.ABC.345/01DE-35"_s << u"12ABC34501DE35"_s;
    QTest::newRow("alphanumeric lowercase") << u"12.abc.345/01de-35"_s << u"12ABC34501DE35"_s;
    QTest::newRow("alphanumeric unformatted") << u"12ABC34501DE35"_s << u"12ABC34501DE35"_s;
    QTest::newRow("all letters") << u"AB.CDE.FGH/IJKL-80"_s << u"ABCDEFGHIJKL80"_s;
    QTest::newRow("same letter 12 times") << u"ZZZZZZZZZZZZ62"_s << u"ZZZZZZZZZZZZ62"_s;
}

void tst_CpfCnpj::cnpjAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);

    const core::Result<QString> result = Cnpj::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().text()));
    QCOMPARE(*result, normalized);
    QVERIFY(Cnpj::isValid(text));
    QCOMPARE(Cnpj::normalize(text), normalized);
}

void tst_CpfCnpj::cnpjRejects_data()
{
    addRejectColumns();
    QTest::newRow("numeric, wrong check digit")
        << u"11.222.333/0001-82"_s << QString() << u"check digits"_s;
    QTest::newRow("alphanumeric, wrong check digit")
        << u"12.ABC.345/01DE-36"_s << QString() << u"check digits"_s;
    QTest::newRow("alphanumeric, one letter changed")
        << u"12.ABD.345/01DE-35"_s << QString() << u"check digits"_s;
    QTest::newRow("letter as last check digit")
        << u"12.ABC.345/01DE-3A"_s << u"position 18"_s << u"must be digits"_s;
    QTest::newRow("letter as first check digit")
        << u"12ABC34501DEA5"_s << u"position 13"_s << u"must be digits"_s;
    QTest::newRow("accented letter") << u"12.ABC.345/01DÉ-35"_s << u"position 15"_s << u"'É'"_s;
    QTest::newRow("asterisk") << u"11.222.333/0*01-81"_s << u"position 13"_s << u"A-Z"_s;
    QTest::newRow("thirteen characters") << u"11.222.333/0001-8"_s << QString() << u"14"_s;
    QTest::newRow("fifteen characters") << u"112223330001811"_s << QString() << u"14"_s;
    QTest::newRow("empty") << QString() << QString() << u"14"_s;
    QTest::newRow("all zeros") << u"00.000.000/0000-00"_s << QString() << u"all characters"_s;
    QTest::newRow("all ones") << u"11111111111111"_s << QString() << u"all characters"_s;
}

void tst_CpfCnpj::cnpjRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);

    const core::Result<QString> result = Cnpj::parse(text);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().where, where);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QVERIFY(!Cnpj::isValid(text));
}

void tst_CpfCnpj::cnpjFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("numeric") << u"11222333000181"_s << u"11.222.333/0001-81"_s;
    QTest::newRow("alphanumeric") << u"12ABC34501DE35"_s << u"12.ABC.345/01DE-35"_s;
    QTest::newRow("lowercase is uppercased") << u"12abc34501de35"_s << u"12.ABC.345/01DE-35"_s;
    QTest::newRow("already formatted") << u"12.ABC.345/01DE-35"_s << u"12.ABC.345/01DE-35"_s;
    QTest::newRow("incomplete stays as typed") << u"11.222"_s << u"11.222"_s;
}

void tst_CpfCnpj::cnpjFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, formatted);
    QCOMPARE(Cnpj::format(text), formatted);
}

void tst_CpfCnpj::cnpjWithCheckDigits_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("full");

    QTest::newRow("official alphanumeric example") << u"12ABC34501DE"_s << u"12ABC34501DE35"_s;
    QTest::newRow("lowercase with punctuation") << u"12.abc.345/01de"_s << u"12ABC34501DE35"_s;
    QTest::newRow("numeric") << u"112223330001"_s << u"11222333000181"_s;
    QTest::newRow("eleven characters") << u"11222333000"_s << QString();
    QTest::newRow("invalid character") << u"12ABC34501D!"_s << QString();
}

void tst_CpfCnpj::cnpjWithCheckDigits()
{
    QFETCH(QString, base);
    QFETCH(QString, full);
    QCOMPARE(Cnpj::withCheckDigits(base), full);
}

void tst_CpfCnpj::cnpjWithCheckDigitsRoundTrip()
{
    const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
    QRandomGenerator rng(2026);
    for (int i = 0; i < 2000; ++i) {
        QString base;
        for (int k = 0; k < 12; ++k)
            base.append(alphabet[rng.bounded(int(alphabet.size()))]);
        const QString cnpj = Cnpj::withCheckDigits(base);
        QCOMPARE(cnpj.size(), qsizetype(14));
        QCOMPARE(cnpj.left(12), base);
        const core::Result<QString> parsed = Cnpj::parse(Cnpj::format(cnpj).toLower());
        QVERIFY2(parsed.ok(), qPrintable(cnpj));
        QCOMPARE(*parsed, cnpj);
    }
}

void tst_CpfCnpj::cnpjIsAlphanumeric_data()
{
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("alphanumeric");

    QTest::newRow("numeric") << u"11222333000181"_s << false;
    QTest::newRow("letters in the middle") << u"12ABC34501DE35"_s << true;
    QTest::newRow("letter first") << u"A1222333000150"_s << true;
}

void tst_CpfCnpj::cnpjIsAlphanumeric()
{
    QFETCH(QString, normalized);
    QFETCH(bool, alphanumeric);
    QCOMPARE(Cnpj::isAlphanumeric(normalized), alphanumeric);
}

QTEST_GUILESS_MAIN(tst_CpfCnpj)
#include "tst_cpfcnpj.moc"
