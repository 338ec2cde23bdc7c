#include "billing/cnab/cnab240bancodobrasil.h"
#include "billing/cnab/cnab240bradesco.h"
#include "billing/cnab/cnab240caixa.h"
#include "billing/cnab/cnab240itau.h"
#include "billing/cnab/cnab240santander.h"
#include "billing/cnab/cnab240sicoob.h"
#include "billing/cnab/cnab240sicredi.h"
#include "billing/cnab/remessa.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <functional>

using billing::Remessa;
using billing::RemessaFine;
using billing::RemessaTitle;
using core::Money;
using namespace Qt::StringLiterals;

using Writer = std::function<core::Result<QByteArray>(const Remessa &)>;
Q_DECLARE_METATYPE(Writer)

// Golden file: ../shared/data/cnab/104_cnab240_remessa1.rem with its .expected.md (brcobranca's
// reference Caixa remessa; its spec compares its output with it byte for byte). The other banks
// have no golden file: their nosso número fields are checked against the public check-digit
// vectors of reference/boleto-vectors.md.
class tst_Cnab240Remessa : public QObject
{
    Q_OBJECT

private slots:
    void caixaGoldenFile();
    void everyBankWritesAWellFormedFile_data();
    void everyBankWritesAWellFormedFile();
    void refusesBadInput_data();
    void refusesBadInput();
    void refusesRemessaOfAnotherBank();
    void fineAsAmountAndDiscount();
};

namespace {

const QDate kDay(2015, 7, 14); // the reference file was generated with the clock frozen here

// The payer of the reference file: accents and punctuation the writers must clean up.
RemessaTitle referenceTitle()
{
    RemessaTitle t;
    t.nossoNumero = u"123"_s;
    t.seuNumero = u"6969"_s;
    t.dueDate = kDay;
    t.issueDate = kDay;
    t.amount = Money::fromCents(19990);
    t.payerDocument = u"12345678901"_s;
    t.payerName = u"PABLO DIEGO JOSÉ FRANCISCO,!^.?\\/@  DE PAULA JUAN NEPOMUCENO MARÍA DE LOS "
                  u"REMEDIOS CIPRIANO DE LA SANTÍSIMA TRINIDAD RUIZ Y PICASSO"_s;
    t.payerAddress = u"Rua Rio Grande do Sul São paulo Minas caçapa da silva junior"_s;
    t.payerDistrict = u"São josé dos quatro apostolos magros"_s;
    t.payerZip = u"12345678"_s;
    t.payerCity = u"Santa rita de cássia maria da silva"_s;
    t.payerState = u"SP"_s;
    return t;
}

Remessa caixaReference()
{
    Remessa r;
    r.account.bankCode = u"104"_s;
    r.account.agency = u"12345"_s;
    r.account.agencyDv = u"1"_s;
    r.account.account = u"1234"_s;
    r.account.accountDv = u"0"_s; // required by every remessa; SIGCB has no field for it
    r.account.carteira = u"RG"_s; // modalidade 14
    r.account.convenio = u"123456"_s;
    r.account.beneficiaryName = u"SOCIEDADE BRASILEIRA DE ZOOLOGIA LTDA"_s;
    r.account.beneficiaryDocument = u"12345678901"_s;
    r.applicationVersion = u"1234"_s;
    r.nsa = 1;
    r.generatedOn = kDay;
    r.generatedAt = QTime(16, 15, 15);
    RemessaTitle t = referenceTitle();
    // codigo_multa 2 (percentage) with no rate: brcobranca still writes segment R.
    t.fine.kind = RemessaFine::Kind::Percent;
    t.fine.percentHundredths = 0;
    r.titles << t;
    return r;
}

// "record 2, position 38: expected '6', got ' '" for the first difference.
QString firstDifference(const QByteArray &actual, const QByteArray &expected)
{
    const qsizetype n = qMin(actual.size(), expected.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (actual[i] != expected[i]) {
            const qsizetype record = i / 242 + 1;
            const qsizetype position = i % 242 + 1;
            const qsizetype start = i - (position - 1);
            return u"record %1, position %2: expected '%3', got '%4'\n"
                   u" expected: %5\n actual:   %6"_s
                .arg(record)
                .arg(position)
                .arg(QString::fromLatin1(expected.mid(i, 1)),
                     QString::fromLatin1(actual.mid(i, 1)),
                     QString::fromLatin1(expected.mid(start, 240)),
                     QString::fromLatin1(actual.mid(start, 240)));
        }
    }
    return u"sizes differ: expected %1 bytes, got %2"_s.arg(expected.size()).arg(actual.size());
}

QList<QByteArray> records(const QByteArray &file)
{
    QList<QByteArray> out = file.split('\n');
    out.removeLast(); // after the final CRLF
    return out;
}

// 1-based inclusive, as in the manuals.
QByteArray field(const QByteArray &record, int from, int to)
{
    return record.mid(from - 1, to - from + 1);
}

// An account at `bank`; the titles are the reference payer with the given nossos números.
// The first title has a 2 % fine (segment R), the second none.
Remessa twoTitles(const QString &bank, const QString &first, const QString &second)
{
    Remessa r;
    r.account.bankCode = bank;
    r.account.agency = u"1234"_s;
    r.account.agencyDv = u"5"_s;
    r.account.account = u"56789"_s;
    r.account.accountDv = u"1"_s;
    r.account.beneficiaryName = u"Loja Exemplo Ltda"_s;
    r.account.beneficiaryDocument = u"12.345.678/0001-95"_s;
    r.nsa = 42;
    r.generatedOn = QDate(2026, 11, 23);
    r.generatedAt = QTime(9, 30, 0);
    RemessaTitle t = referenceTitle();
    t.dueDate = QDate(2026, 12, 10);
    t.issueDate = r.generatedOn;
    t.nossoNumero = first;
    t.control = u"PEDIDO-1001"_s;
    t.fine.kind = RemessaFine::Kind::Percent;
    t.fine.percentHundredths = 200;
    r.titles << t;
    t.nossoNumero = second;
    t.control = u"PEDIDO-1002"_s;
    t.amount = Money::fromCents(5000);
    t.fine = {};
    r.titles << t;
    return r;
}

Remessa caixa()
{
    Remessa r = twoTitles(u"104"_s, u"6"_s, u"4"_s);
    r.account.agency = u"12345"_s;
    r.account.carteira = u"RG"_s;
    r.account.convenio = u"123456"_s;
    r.applicationVersion = u"1"_s;
    return r;
}

Remessa bancoDoBrasil()
{
    Remessa r = twoTitles(u"001"_s, u"5"_s, u"6"_s);
    r.account.carteira = u"17"_s;
    r.account.variation = u"019"_s;
    r.account.convenio = u"1234567"_s; // 7 digits: convênio + 10-digit sequence, no DV
    return r;
}

Remessa santander()
{
    Remessa r = twoTitles(u"033"_s, u"453"_s, u"443"_s);
    r.account.carteira = u"101"_s;
    r.account.convenio = u"1234567"_s;
    r.companyCode = u"123400001234567"_s; // código de transmissão
    return r;
}

Remessa bradesco()
{
    Remessa r = twoTitles(u"237"_s, u"453"_s, u"1"_s);
    r.account.carteira = u"09"_s;
    r.companyCode = u"4321"_s;
    return r;
}

Remessa itau()
{
    Remessa r = twoTitles(u"341"_s, u"00223350"_s, u"00223352"_s);
    r.account.carteira = u"109"_s;
    return r;
}

Remessa sicredi()
{
    Remessa r = twoTitles(u"748"_s, u"19200003"_s, u"19200010"_s);
    r.account.agency = u"0156"_s;
    r.account.posto = u"05"_s;
    r.account.convenio = u"85305"_s;
    r.account.carteira = u"1"_s;
    return r;
}

Remessa sicoob()
{
    Remessa r = twoTitles(u"756"_s, u"4"_s, u"3"_s);
    r.account.agency = u"4277"_s;
    r.account.convenio = u"0000172278"_s;
    r.account.carteira = u"1"_s;
    return r;
}

} // namespace

void tst_Cnab240Remessa::caixaGoldenFile()
{
    const QDir dir(QStringLiteral(RG_SHARED_DATA_DIR) + u"/cnab"_s);
    if (!dir.exists())
        QSKIP("The shared CNAB samples folder is absent.");
    QFile golden(dir.filePath(u"104_cnab240_remessa1.rem"_s));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QByteArray expected = golden.readAll();

    const auto written = billing::Cnab240Caixa::write(caixaReference());
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    if (*written != expected)
        QFAIL(qPrintable(firstDifference(*written, expected)));
}

void tst_Cnab240Remessa::everyBankWritesAWellFormedFile_data()
{
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<Remessa>("remessa");
    QTest::addColumn<int>("nossoNumeroFrom");
    QTest::addColumn<QByteArray>("firstNossoNumero");
    QTest::addColumn<QByteArray>("secondNossoNumero");

    // Expected nosso número fields: the check digits are boleto-vectors.md's.
    QTest::newRow("Caixa 104") << Writer(&billing::Cnab240Caixa::write) << caixa() << 41
                               << QByteArray("14000000000000006") // SIGCB: no DV in the remessa
                               << QByteArray("14000000000000004");
    QTest::newRow("Banco do Brasil 001")
        << Writer(&billing::Cnab240BancoDoBrasil::write) << bancoDoBrasil() << 38
        << QByteArray("12345670000000005   ") << QByteArray("12345670000000006   ");
    QTest::newRow("Santander 033") << Writer(&billing::Cnab240Santander::write) << santander()
                                   << 45 << QByteArray("0000000004537")
                                   << QByteArray("0000000004430");
    QTest::newRow("Bradesco 237") << Writer(&billing::Cnab240Bradesco::write) << bradesco() << 38
                                  << QByteArray("0090000000000000453P") // carteira, zeros, nn + DV
                                  << QByteArray("00900000000000000011");
    QTest::newRow("Itaú 341") << Writer(&billing::Cnab240Itau::write) << itau() << 38
                              << QByteArray("109002233502") << QByteArray("109002233528");
    QTest::newRow("Sicredi 748") << Writer(&billing::Cnab240Sicredi::write) << sicredi() << 38
                                 << QByteArray("192000030           ")
                                 << QByteArray("192000102           ");
    QTest::newRow("Sicoob 756") << Writer(&billing::Cnab240Sicoob::write) << sicoob() << 38
                                << QByteArray("0000000040") << QByteArray("0000000033");
}

void tst_Cnab240Remessa::everyBankWritesAWellFormedFile()
{
    QFETCH(Writer, writer);
    QFETCH(Remessa, remessa);
    QFETCH(int, nossoNumeroFrom);
    QFETCH(QByteArray, firstNossoNumero);
    QFETCH(QByteArray, secondNossoNumero);

    const auto written = writer(remessa);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));

    // header, lote header, P Q R (fine), P Q (no fine), lote trailer, file trailer
    const QList<QByteArray> lines = records(*written);
    QCOMPARE(lines.size(), 9);
    QCOMPARE(written->size(), 9 * 242);
    const QByteArray bank = remessa.account.bankCode.toLatin1();
    for (const QByteArray &line : lines) {
        QCOMPARE(line.size(), 241);
        QVERIFY(line.endsWith('\r'));
        QCOMPARE(field(line, 1, 3), bank);
    }
    QByteArray types;
    for (const QByteArray &line : lines)
        types += line.at(7);
    QCOMPARE(types, QByteArray("013333359"));

    // Details: segments and their sequence within the lote; R only for the title with a fine.
    QByteArray segments;
    for (int i = 2; i <= 6; ++i) {
        segments += lines[i].at(13);
        QCOMPARE(field(lines[i], 9, 13), QByteArray::number(i - 1).rightJustified(5, '0'));
        QCOMPARE(field(lines[i], 4, 7), QByteArray("0001"));
        QCOMPARE(field(lines[i], 16, 17), QByteArray("01"));
    }
    QCOMPARE(segments, QByteArray("PQRPQ"));

    // NSA in the file header and in the lote's número da remessa.
    QCOMPARE(field(lines[0], 158, 163), QByteArray("000042"));
    QCOMPARE(field(lines[1], 184, 191), QByteArray("00000042"));
    QCOMPARE(field(lines[1], 9, 11), QByteArray("R01"));

    const int to = nossoNumeroFrom + firstNossoNumero.size() - 1;
    QCOMPARE(field(lines[2], nossoNumeroFrom, to), firstNossoNumero);
    QCOMPARE(field(lines[5], nossoNumeroFrom, to), secondNossoNumero);

    QCOMPARE(field(lines[2], 78, 85), QByteArray("10122026"));
    QCOMPARE(field(lines[2], 86, 100), QByteArray("000000000019990"));
    QCOMPARE(field(lines[5], 86, 100), QByteArray("000000000005000"));
    QCOMPARE(field(lines[3], 129, 136), QByteArray("12345678"));
    QCOMPARE(field(lines[3], 18, 33), QByteArray("1000012345678901")); // CPF payer
    // The fine: percentage 2.00 % from the day after the due date.
    QCOMPARE(field(lines[4], 66, 89), QByteArray("211122026000000000000200"));

    QCOMPARE(field(lines[7], 18, 23), QByteArray("000007"));
    QCOMPARE(field(lines[8], 4, 7), QByteArray("9999"));
    QCOMPARE(field(lines[8], 18, 29), QByteArray("000001000009"));
}

void tst_Cnab240Remessa::refusesBadInput_data()
{
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<Remessa>("remessa");
    QTest::addColumn<QString>("titlePrefix"); // empty: an error of the remessa, not a title
    QTest::addColumn<QString>("where");

    const QList<std::pair<const char *, std::pair<Writer, Remessa>>> banks{
        {"Caixa", {&billing::Cnab240Caixa::write, caixa()}},
        {"Banco do Brasil", {&billing::Cnab240BancoDoBrasil::write, bancoDoBrasil()}},
        {"Santander", {&billing::Cnab240Santander::write, santander()}},
        {"Bradesco", {&billing::Cnab240Bradesco::write, bradesco()}},
        {"Itaú", {&billing::Cnab240Itau::write, itau()}},
        {"Sicredi", {&billing::Cnab240Sicredi::write, sicredi()}},
        {"Sicoob", {&billing::Cnab240Sicoob::write, sicoob()}},
    };
    for (const auto &[name, bank] : banks) {
        const auto &[writer, good] = bank;
        Remessa r = good;
        r.titles[1].payerZip.clear();
        QTest::addRow("%s missing CEP", name) << writer << r << u"Title 2:"_s << u"payer CEP"_s;
        r = good;
        r.titles[1].payerZip = u"1234-56789"_s;
        QTest::addRow("%s long CEP", name) << writer << r << u"Title 2:"_s << u"payer CEP"_s;
        r = good;
        r.titles[1].nossoNumero = u"1234567890123456789012"_s;
        QTest::addRow("%s nosso número", name)
            << writer << r << u"Title 2:"_s << u"nosso número"_s;
        r = good;
        r.titles[0].payerDocument = u"123"_s;
        QTest::addRow("%s payer document", name)
            << writer << r << u"Title 1:"_s << u"payer CPF/CNPJ"_s;
        r = good;
        r.account.agency = u"12A4"_s;
        QTest::addRow("%s bad agency", name) << writer << r << QString() << u"agency"_s;
        r = good;
        r.account.agency = u"1234567"_s;
        QTest::addRow("%s long agency", name) << writer << r << QString() << u"agency"_s;
    }
    Remessa r = caixa();
    r.account.convenio.clear();
    QTest::newRow("Caixa without beneficiary code")
        << Writer(&billing::Cnab240Caixa::write) << r << QString() << u"beneficiary code"_s;
    r = santander();
    r.companyCode.clear();
    QTest::newRow("Santander without transmission code")
        << Writer(&billing::Cnab240Santander::write) << r << QString()
        << u"transmission code"_s;
    r = bradesco();
    r.companyCode = u"123456789012345678901"_s;
    QTest::newRow("Bradesco long company code")
        << Writer(&billing::Cnab240Bradesco::write) << r << QString() << u"company code"_s;
}

void tst_Cnab240Remessa::refusesBadInput()
{
    QFETCH(Writer, writer);
    QFETCH(Remessa, remessa);
    QFETCH(QString, titlePrefix);
    QFETCH(QString, where);

    const auto r = writer(remessa);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, where);
    if (titlePrefix.isEmpty())
        QVERIFY2(!r.error().message.startsWith(u"Title"_s), qPrintable(r.error().text()));
    else
        QVERIFY2(r.error().message.startsWith(titlePrefix), qPrintable(r.error().text()));
}

void tst_Cnab240Remessa::refusesRemessaOfAnotherBank()
{
    Remessa r = itau();
    const auto written = billing::Cnab240Caixa::write(r);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(u"341"_s), qPrintable(written.error().text()));
}

void tst_Cnab240Remessa::fineAsAmountAndDiscount()
{
    Remessa r = sicoob();
    RemessaTitle &t = r.titles[1];
    t.fine.kind = RemessaFine::Kind::Amount;
    t.fine.amount = Money::fromCents(350);
    t.fine.date = QDate(2026, 12, 15);
    t.discountUntil = QDate(2026, 12, 5);
    t.discountAmount = Money::fromCents(125);
    t.interestPerDay = Money::fromCents(7);
    const auto written = billing::Cnab240Sicoob::write(r);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().text()));
    const QList<QByteArray> lines = records(*written);
    QCOMPARE(lines.size(), 10); // both titles have a segment R now
    const QByteArray &p = lines[5];
    QCOMPARE(p.at(13), 'P');
    // Juros: valor por dia from the day after the due date; desconto: valor fixo até a data.
    QCOMPARE(field(p, 118, 141), QByteArray("111122026000000000000007"));
    QCOMPARE(field(p, 142, 165), QByteArray("105122026000000000000125"));
    const QByteArray &rSegment = lines[7];
    QCOMPARE(rSegment.at(13), 'R');
    QCOMPARE(field(rSegment, 66, 89), QByteArray("115122026000000000000350"));
    QCOMPARE(field(lines[8], 18, 23), QByteArray("000008"));
    QCOMPARE(field(lines[9], 24, 29), QByteArray("000010"));
}

QTEST_GUILESS_MAIN(tst_Cnab240Remessa)
#include "tst_cnab240remessa.moc"
