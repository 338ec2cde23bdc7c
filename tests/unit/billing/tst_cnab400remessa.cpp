#include "billing/cnab/cnab400bancodobrasil.h"
#include "billing/cnab/cnab400bradesco.h"
#include "billing/cnab/cnab400itau.h"
#include "billing/cnab/cnab400santander.h"
#include "billing/cnab/cnabtext.h"
#include "billing/cnab/recordwriter.h"
#include "billing/cnab/remessa.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include "cnab400testremessas.h"

#include <functional>

using billing::BankAccount;
using billing::CnabText;
using billing::Remessa;
using billing::RemessaFine;
using billing::RemessaPix;
using billing::RemessaTitle;
using billing::RecordWriter;
using core::Money;
using namespace Qt::StringLiterals;

using Writer = std::function<core::Result<QByteArray>(const Remessa &)>;
Q_DECLARE_METATYPE(Writer)

// Golden files: ../shared/data/cnab/{341,237}_cnab400_remessa1.rem and
// 033_cnab400_pix_remessa1.rem with their .expected.md (brcobranca's reference remessas; its
// specs compare its output with them byte for byte). Banco do Brasil has no golden file: its
// tests (tst_cnab400bancodobrasil) check the fields at the positions of the CBR641 layout.
class tst_Cnab400Remessa : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void normalize_data();
    void normalize();
    void alphaCutsAndPads();
    void numeric_data();
    void numeric();
    void refusesNumberThatDoesNotFit_data();
    void refusesNumberThatDoesNotFit();
    void everyRecordIs400Characters_data();
    void everyRecordIs400Characters();
    void itauWritesFineRecordOnlyWhenThereIsOne();
    void bradescoRefusesFineAsAmount();
    void itauAndBradescoRefusePix();
    void recordWriterFindsLayoutMistakes_data();
    void recordWriterFindsLayoutMistakes();
    void santanderWithoutPixHasNoPixRecord();
    void santanderTrailerCarriesCountAndTotal();
    void santanderWritesPixKeyOfEachType_data();
    void santanderWritesPixKeyOfEachType();
    void refusesInvalidPix_data();
    void refusesInvalidPix();
    void santanderRefusesFineAsAmount();
};

using namespace cnab400test;

namespace {

// "record 2, position 38: expected '6', got ' '" for the first difference, so a failing golden
// test says which field to look at.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const qsizetype n = qMin(actual.size(), expected.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (actual[i] != expected[i]) {
            const qsizetype record = i / 402 + 1;
            const qsizetype position = i % 402 + 1;
            const qsizetype start = i - (position - 1);
            return u"record %1, position %2: expected '%3', got '%4'\n"
                   u" expected: %5\n actual:   %6"_s
                .arg(record)
                .arg(position)
                .arg(QString::fromLatin1(expected.mid(i, 1)),
                     QString::fromLatin1(actual.mid(i, 1)),
                     QString::fromLatin1(expected.mid(start, 400)),
                     QString::fromLatin1(actual.mid(start, 400)));
        }
    }
    return u"sizes differ: expected %1 bytes, got %2"_s.arg(expected.size()).arg(actual.size());
}

} // namespace

void tst_Cnab400Remessa::goldenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Remessa>("remessa");
    QTest::addColumn<Writer>("writer");

    QTest::newRow("Itaú 341") << u"341_cnab400_remessa1.rem"_s << itauRemessa()
                              << Writer(&billing::Cnab400Itau::write);
    QTest::newRow("Bradesco 237") << u"237_cnab400_remessa1.rem"_s << bradescoRemessa()
                                  << Writer(&billing::Cnab400Bradesco::write);
    QTest::newRow("Santander 033 PIX") << u"033_cnab400_pix_remessa1.rem"_s
                                       << santanderPixRemessa()
                                       << Writer(&billing::Cnab400Santander::write);
}

void tst_Cnab400Remessa::goldenFiles()
{
    QFETCH(QString, file);
    QFETCH(Remessa, remessa);
    QFETCH(Writer, writer);

    const QDir dir(QStringLiteral(RG_SHARED_DATA_DIR) + u"/cnab"_s);
    if (!dir.exists())
        QSKIP("The shared CNAB samples folder is absent.");
    QFile golden(dir.filePath(file));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QByteArray expected = golden.readAll();

    const auto written = writer(remessa);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    if (*written != expected)
        QFAIL(qPrintable(firstDifference(*written, expected)));
}

void tst_Cnab400Remessa::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("lowercase") << u"sociedade brasileira"_s << u"SOCIEDADE BRASILEIRA"_s;
    QTest::newRow("accents") << u"São José Conceição Ávila Müller àèìòù ñ"_s
                             << u"SAO JOSE CONCEICAO AVILA MULLER AEIOU N"_s;
    QTest::newRow("punctuation dropped") << u"FRANCISCO,!^.?\\/@  DE"_s << u"FRANCISCO DE"_s;
    QTest::newRow("slash joins") << u"Santa Rita/SP"_s << u"SANTA RITASP"_s;
    QTest::newRow("apostrophe and hyphen") << u"D'Ávila-Souza & Cia."_s << u"DAVILASOUZA CIA"_s;
    QTest::newRow("ordinal indicator") << u"Rua 1º de Maio, nº 20"_s << u"RUA 1O DE MAIO NO 20"_s;
    QTest::newRow("spaces collapse and trim") << u"  a \t b\n c  "_s << u"A B C"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"STRASSE"_s;
    QTest::newRow("non-Latin dropped") << u"Loja 東京 1"_s << u"LOJA 1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_Cnab400Remessa::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(CnabText::normalize(input), expected);
}

void tst_Cnab400Remessa::alphaCutsAndPads()
{
    QCOMPARE(CnabText::alpha(u"Santa rita de cássia", 15), u"SANTA RITA DE C"_s);
    QCOMPARE(CnabText::alpha(u"sp", 4), u"SP  "_s);
    QCOMPARE(CnabText::alpha(u"", 3), u"   "_s);
}

void tst_Cnab400Remessa::numeric_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("width");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("padded") << u"123"_s << 8 << u"00000123"_s;
    QTest::newRow("exact") << u"12345678"_s << 8 << u"12345678"_s;
    QTest::newRow("extra leading zeros") << u"0001234"_s << 4 << u"1234"_s;
    QTest::newRow("empty is zero") << QString() << 3 << u"000"_s;
    QTest::newRow("too long") << u"123456789"_s << 8 << QString();
    QTest::newRow("letter") << u"12A4"_s << 8 << QString();
    QTest::newRow("minus sign") << u"-5"_s << 8 << QString();
}

void tst_Cnab400Remessa::numeric()
{
    QFETCH(QString, digits);
    QFETCH(int, width);
    QFETCH(QString, expected);

    const auto r = CnabText::numeric(digits, width, u"nosso número"_s);
    if (expected.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"nosso número"_s), qPrintable(r.error().text()));
        QCOMPARE(r.error().where, u"nosso número"_s);
    } else {
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
        QCOMPARE(*r, expected);
    }
}

void tst_Cnab400Remessa::refusesNumberThatDoesNotFit_data()
{
    QTest::addColumn<Remessa>("remessa");
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<QString>("field");

    const Writer itau(&billing::Cnab400Itau::write);
    const Writer bradesco(&billing::Cnab400Bradesco::write);

    Remessa r = itauRemessa();
    r.titles[0].nossoNumero = u"123456789"_s; // Itaú: 8 digits
    QTest::newRow("Itaú nosso número") << r << itau << u"nosso número"_s;
    r = itauRemessa();
    r.account.account = u"123456"_s; // Itaú: 5 digits
    QTest::newRow("Itaú account") << r << itau << u"account"_s;
    r = itauRemessa();
    r.titles[0].amount = Money::fromCents(10000000000000); // 14 digits in a 13-digit field
    QTest::newRow("Itaú amount") << r << itau << u"amount"_s;
    r = itauRemessa();
    r.titles[0].payerZip = u"123456789"_s;
    QTest::newRow("Itaú CEP") << r << itau << u"payer CEP"_s;
    r = bradescoRemessa();
    r.titles[0].nossoNumero = u"123456789012"_s; // Bradesco: 11 digits
    QTest::newRow("Bradesco nosso número") << r << bradesco << u"nosso número"_s;
    r = bradescoRemessa();
    r.nsa = 12345678; // 7 digits
    QTest::newRow("Bradesco NSA") << r << bradesco << u"remessa number (NSA)"_s;
    r = bradescoRemessa();
    r.companyCode = u"123456789012345678901"_s; // 20 digits
    QTest::newRow("Bradesco company code") << r << bradesco << u"company code"_s;
    r = bradescoRemessa();
    r.titles[0].fine.percentHundredths = 10000; // 100.00 % in a 4-digit field
    QTest::newRow("Bradesco fine percentage") << r << bradesco << u"fine percentage"_s;

    const Writer santander(&billing::Cnab400Santander::write);
    r = santanderPixRemessa();
    r.titles[0].nossoNumero = u"123456789"_s; // Santander 400: 8 digits
    QTest::newRow("Santander nosso número") << r << santander << u"nosso número"_s;
    r = santanderPixRemessa();
    r.companyCode = u"123456789012345678901"_s; // 20 digits
    QTest::newRow("Santander transmission code") << r << santander << u"transmission code"_s;
    r = santanderPixRemessa();
    r.companyCode.clear();
    QTest::newRow("Santander no transmission code") << r << santander << u"transmission code"_s;
    r = santanderPixRemessa();
    r.titles[0].protestDays = 100; // 2 digits
    QTest::newRow("Santander protest days") << r << santander << u"protest days"_s;
    r = santanderPixRemessa();
    r.titles[0].pix->paymentCount = 100;
    QTest::newRow("Santander PIX payment count") << r << santander << u"PIX payment count"_s;

    const Writer bb(&billing::Cnab400BancoDoBrasil::write);
    r = bancoDoBrasilRemessa();
    r.account.account = u"123456789"_s; // BB: 8 digits
    QTest::newRow("BB account") << r << bb << u"account"_s;
    r = bancoDoBrasilRemessa();
    r.nsa = 12345678; // 7 digits
    QTest::newRow("BB NSA") << r << bb << u"remessa number (NSA)"_s;
}

void tst_Cnab400Remessa::refusesNumberThatDoesNotFit()
{
    QFETCH(Remessa, remessa);
    QFETCH(Writer, writer);
    QFETCH(QString, field);

    const auto r = writer(remessa);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, field);
    QVERIFY2(r.error().message.contains(field), qPrintable(r.error().text()));
}

void tst_Cnab400Remessa::everyRecordIs400Characters_data()
{
    QTest::addColumn<Remessa>("remessa");
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<int>("recordCount");

    Remessa itau = itauRemessa();
    RemessaTitle second = itau.titles[0];
    second.nossoNumero = u"124"_s;
    second.fine = {};
    itau.titles << second << itau.titles[0];
    // header + (detail + fine) + detail + (detail + fine) + trailer
    QTest::newRow("Itaú") << itau << Writer(&billing::Cnab400Itau::write) << 7;

    Remessa bradesco = bradescoRemessa();
    bradesco.titles << bradesco.titles[0] << bradesco.titles[0];
    QTest::newRow("Bradesco") << bradesco << Writer(&billing::Cnab400Bradesco::write) << 5;

    Remessa santander = santanderPixRemessa();
    santander.titles << santanderPlainRemessa().titles[0] << santander.titles[0];
    // header + (detail + PIX) + detail + (detail + PIX) + trailer
    QTest::newRow("Santander") << santander << Writer(&billing::Cnab400Santander::write) << 7;

    Remessa bb = bancoDoBrasilRemessa();
    RemessaTitle withFine = bb.titles[0];
    withFine.fine.kind = RemessaFine::Kind::Percent;
    withFine.fine.percentHundredths = 200;
    bb.titles << withFine << bb.titles[0];
    // header + detail + (detail + fine) + detail + trailer
    QTest::newRow("Banco do Brasil") << bb << Writer(&billing::Cnab400BancoDoBrasil::write) << 6;
}

void tst_Cnab400Remessa::everyRecordIs400Characters()
{
    QFETCH(Remessa, remessa);
    QFETCH(Writer, writer);
    QFETCH(int, recordCount);

    const auto r = writer(remessa);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    QVERIFY(r->endsWith("\r\n"));
    QCOMPARE(r->size(), recordCount * 402);
    const QList<QByteArray> lines = records(*r);
    QCOMPARE(lines.size(), recordCount);
    for (int i = 0; i < lines.size(); ++i) {
        QVERIFY(lines[i].endsWith('\r'));
        QCOMPARE(lines[i].size(), 401);
        // Sequence numbers run 1..n without gaps (banks reject the file otherwise).
        QCOMPARE(lines[i].mid(394, 6), QByteArray::number(i + 1).rightJustified(6, '0'));
    }
    QCOMPARE(lines.front().at(0), '0');
    QCOMPARE(lines.back().at(0), '9');
}

void tst_Cnab400Remessa::itauWritesFineRecordOnlyWhenThereIsOne()
{
    Remessa r = itauRemessa();
    r.titles[0].fine = {};
    const auto written = billing::Cnab400Itau::write(r);
    QVERIFY(written.ok());
    const QList<QByteArray> lines = records(*written);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[1].at(0), '1');
    QCOMPARE(lines[2].at(0), '9');

    r.titles[0].fine.kind = RemessaFine::Kind::Percent;
    r.titles[0].fine.percentHundredths = 250;
    r.titles[0].fine.date = QDate(2015, 7, 15);
    const auto withFine = billing::Cnab400Itau::write(r);
    QVERIFY(withFine.ok());
    QCOMPARE(records(*withFine)[2].left(23), QByteArray("22150720150000000000250"));
}

void tst_Cnab400Remessa::bradescoRefusesFineAsAmount()
{
    Remessa r = bradescoRemessa();
    r.titles[0].fine.kind = RemessaFine::Kind::Amount;
    r.titles[0].fine.amount = Money::fromCents(200);
    const auto written = billing::Cnab400Bradesco::write(r);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(u"percentage"_s),
             qPrintable(written.error().text()));
}

// Their layouts have no PIX record: a hybrid title must be refused, never sent without its QR.
void tst_Cnab400Remessa::itauAndBradescoRefusePix()
{
    const auto pix = santanderPixRemessa().titles[0].pix;
    Remessa itau = itauRemessa();
    itau.titles.last().pix = pix;
    const auto i = billing::Cnab400Itau::write(itau);
    QVERIFY(!i.ok());
    QVERIFY2(i.error().message.contains(u"Title %1: "_s.arg(itau.titles.size())) && i.error().message.contains(u"PIX"_s),
             qPrintable(i.error().text()));
    Remessa bradesco = bradescoRemessa();
    bradesco.titles[0].pix = pix;
    const auto b = billing::Cnab400Bradesco::write(bradesco);
    QVERIFY(!b.ok());
    QVERIFY2(b.error().message.startsWith(u"Title 1: Bradesco"_s), qPrintable(b.error().text()));
}

void tst_Cnab400Remessa::recordWriterFindsLayoutMistakes_data()
{
    QTest::addColumn<std::function<void(RecordWriter &)>>("fill");
    QTest::addColumn<QString>("where");

    using Fill = std::function<void(RecordWriter &)>;
    QTest::newRow("gap") << Fill([](RecordWriter &w) { w.blank(1, 4).blank(7, 10); })
                         << u"positions 5-6"_s;
    QTest::newRow("overlap") << Fill([](RecordWriter &w) { w.blank(1, 6).zeros(5, 10); })
                             << u"positions 5-10"_s;
    QTest::newRow("wrong width") << Fill([](RecordWriter &w) { w.put(1, 10, u"12345"); })
                                 << u"positions 1-10"_s;
    QTest::newRow("outside") << Fill([](RecordWriter &w) { w.blank(1, 10).blank(11, 11); })
                             << u"positions 11-11"_s;
}

void tst_Cnab400Remessa::recordWriterFindsLayoutMistakes()
{
    QFETCH(std::function<void(RecordWriter &)>, fill);
    QFETCH(QString, where);

    RecordWriter w(10);
    fill(w);
    const auto r = w.finish();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, where);

    RecordWriter good(10);
    good.text(1, 3, u"ação").numeric(4, 10, u"42", u"x"_s);
    QCOMPARE(good.finish().valueOr({}), u"ACA0000042"_s);
}

void tst_Cnab400Remessa::santanderWithoutPixHasNoPixRecord()
{
    const auto written = billing::Cnab400Santander::write(santanderPlainRemessa());
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    const QList<QByteArray> lines = records(*written);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0].at(0), '0');
    QCOMPARE(lines[1].at(0), '1');
    QCOMPARE(lines[2].at(0), '9');
    QCOMPARE(at(lines[2], 2, 7), QByteArray("000003"));

    // The PIX remessa differs from the plain one only by its record 8 and the trailer count.
    const auto withPix = billing::Cnab400Santander::write(santanderPixRemessa());
    QVERIFY(withPix.ok());
    const QList<QByteArray> pixLines = records(*withPix);
    QCOMPARE(pixLines.size(), 4);
    QCOMPARE(pixLines[0], lines[0]);
    QCOMPARE(pixLines[1], lines[1]);
    QCOMPARE(pixLines[2].at(0), '8');
}

void tst_Cnab400Remessa::santanderTrailerCarriesCountAndTotal()
{
    Remessa r = santanderPlainRemessa();
    RemessaTitle second = r.titles[0];
    second.nossoNumero = u"124"_s;
    second.amount = Money::fromCents(1234567);
    second.pix = santanderPixRemessa().titles[0].pix;
    r.titles << second;
    const auto written = billing::Cnab400Santander::write(r);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    const QList<QByteArray> lines = records(*written);
    QCOMPARE(lines.size(), 5); // header, detail, detail, PIX, trailer
    const QByteArray trailer = lines.back();
    QCOMPARE(at(trailer, 1, 1), QByteArray("9"));
    QCOMPARE(at(trailer, 2, 7), QByteArray("000005"));
    QCOMPARE(at(trailer, 8, 20), QByteArray::number(19990 + 1234567).rightJustified(13, '0'));
    QCOMPARE(at(trailer, 21, 394), QByteArray(374, '0'));
    QCOMPARE(at(trailer, 395, 400), QByteArray("000005"));
    // A PIX limit left at zero is the title's own amount.
    QCOMPARE(at(lines[3], 7, 19), QByteArray::number(19990).rightJustified(13, '0'));
}

void tst_Cnab400Remessa::santanderWritesPixKeyOfEachType_data()
{
    QTest::addColumn<int>("keyType");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("code");

    using K = RemessaPix::KeyType;
    QTest::newRow("CPF") << int(K::Cpf) << u"12345678909"_s << QByteArray("1");
    QTest::newRow("CNPJ") << int(K::Cnpj) << u"12345678000195"_s << QByteArray("2");
    QTest::newRow("alphanumeric CNPJ") << int(K::Cnpj) << u"12ABC34501DE35"_s << QByteArray("2");
    QTest::newRow("phone") << int(K::Phone) << u"+5511987654321"_s << QByteArray("3");
    QTest::newRow("e-mail kept as typed") << int(K::Email) << u"financeiro@loja.com.br"_s
                                          << QByteArray("4");
    QTest::newRow("random") << int(K::Random) << u"123e4567-e89b-12d3-a456-426614174000"_s
                            << QByteArray("5");
}

void tst_Cnab400Remessa::santanderWritesPixKeyOfEachType()
{
    QFETCH(int, keyType);
    QFETCH(QString, key);
    QFETCH(QByteArray, code);

    Remessa r = santanderPixRemessa();
    r.titles[0].pix->keyType = RemessaPix::KeyType(keyType);
    r.titles[0].pix->key = key;
    r.titles[0].pix->txid = u"PEDIDO20150714X1"_s;
    const auto written = billing::Cnab400Santander::write(r);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    const QByteArray pix = records(*written)[2];
    QCOMPARE(at(pix, 43, 43), code);
    QCOMPARE(at(pix, 44, 120), key.toLatin1().leftJustified(77, ' '));
    QCOMPARE(at(pix, 121, 155), QByteArray("PEDIDO20150714X1").leftJustified(35, ' '));
}

void tst_Cnab400Remessa::refusesInvalidPix_data()
{
    QTest::addColumn<int>("keyType");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("txid");
    QTest::addColumn<QString>("field");

    using K = RemessaPix::KeyType;
    const QString key = u"PIX key"_s;
    QTest::newRow("missing key") << int(K::Cpf) << QString() << QString() << key;
    QTest::newRow("blank key") << int(K::Email) << u"   "_s << QString() << key;
    QTest::newRow("CPF with separators") << int(K::Cpf) << u"123.456.789-09"_s << QString() << key;
    QTest::newRow("CPF of 10 digits") << int(K::Cpf) << u"1234567890"_s << QString() << key;
    QTest::newRow("CNPJ given as CPF") << int(K::Cnpj) << u"12345678909"_s << QString() << key;
    QTest::newRow("phone without +55") << int(K::Phone) << u"11987654321"_s << QString() << key;
    QTest::newRow("e-mail without @") << int(K::Email) << u"financeiro.loja.com"_s << QString()
                                      << key;
    QTest::newRow("random not a UUID") << int(K::Random) << u"minha-chave"_s << QString() << key;
    QTest::newRow("e-mail too long") << int(K::Email) << QString(70, u'a') + u"@loja.com"_s
                                     << QString() << key;
    QTest::newRow("txid with hyphen") << int(K::Cpf) << u"12345678909"_s << u"PEDIDO-1"_s
                                      << u"PIX txid"_s;
    QTest::newRow("txid of 36") << int(K::Cpf) << u"12345678909"_s << QString(36, u'A')
                                << u"PIX txid"_s;
}

void tst_Cnab400Remessa::refusesInvalidPix()
{
    QFETCH(int, keyType);
    QFETCH(QString, key);
    QFETCH(QString, txid);
    QFETCH(QString, field);

    Remessa r = santanderPixRemessa();
    r.titles << r.titles[0];
    r.titles[1].pix->keyType = RemessaPix::KeyType(keyType);
    r.titles[1].pix->key = key;
    r.titles[1].pix->txid = txid;
    const auto written = billing::Cnab400Santander::write(r);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().where, field);
    // The user is told which title to fix.
    QVERIFY2(written.error().message.startsWith(u"Title 2:"_s), qPrintable(written.error().text()));
    QVERIFY2(written.error().message.contains(field), qPrintable(written.error().text()));
}

void tst_Cnab400Remessa::santanderRefusesFineAsAmount()
{
    Remessa r = santanderPlainRemessa();
    r.titles[0].fine.kind = RemessaFine::Kind::Amount;
    r.titles[0].fine.amount = Money::fromCents(200);
    const auto written = billing::Cnab400Santander::write(r);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().where, u"fine"_s);
}

QTEST_GUILESS_MAIN(tst_Cnab400Remessa)
#include "tst_cnab400remessa.moc"
