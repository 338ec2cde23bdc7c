#include "billing/banks/bank.h"
#include "billing/banks/bankregistry.h"
#include "billing/domain/barcode.h"
#include "billing/domain/bankaccount.h"
#include "billing/domain/duedatefactor.h"
#include "billing/domain/linhadigitavel.h"
#include "billing/pix/brcode.h"
#include "billing/pix/pixpayload.h"
#include "billing/print/bankcodedv.h"
#include "billing/print/boletopainter.h"
#include "billing/print/boletopdf.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using billing::BankAccount;
using billing::BoletoPdf;
using billing::BoletoPrintData;
using core::Money;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(billing::BankAccount)

// Boletos are built with the real domain (bank rules → campo livre → barcode → linha digitável),
// written to PDF, rasterised by pdftoppm and read back by zbarimg as a bank's scanner would.
class tst_BoletoPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bankCodeWithDv_data();
    void bankCodeWithDv();
    void linhaFormattedAsPrinted();
    void a4BarcodeDecodes_data();
    void a4BarcodeDecodes();
    void barcodeHasFebrabanSize_data();
    void barcodeHasFebrabanSize();
    void pixQrDecodes_data();
    void pixQrDecodes();
    void carneOfFiveHasTwoPagesAndEveryBarcodeDecodes();
    void cancelLeavesNoFile();
    void writesToDevice();
    void mismatchedLinhaIsRefused();

private:
    bool m_tools = false;
    QTemporaryDir m_dir;
};

namespace {

BankAccount account(const QString &bank, const QString &agency, const QString &acc, const QString &carteira,
                    const QString &convenio = {}, const QString &convenioDv = {})
{
    BankAccount a;
    a.bankCode = bank;
    a.agency = agency;
    a.account = acc;
    a.carteira = carteira;
    a.convenio = convenio;
    a.convenioDv = convenioDv;
    return a;
}

// Accounts taken from tst_banks (public vectors), one per bank.
QList<QPair<BankAccount, QString>> accounts()
{
    BankAccount sicoob = account(u"756"_s, u"4327"_s, {}, u"1"_s, u"229385"_s);
    sicoob.modality = u"01"_s;
    return {
        {account(u"341"_s, u"1234"_s, u"56789"_s, u"109"_s), u"00223350"_s},
        {account(u"237"_s, u"1172"_s, u"0403005"_s, u"06"_s), u"00075896452"_s},
        {account(u"001"_s, {}, {}, u"18"_s, u"1238798"_s), u"7777700168"_s},
        {account(u"033"_s, {}, {}, u"102"_s, u"1899775"_s), u"9000026"_s},
        {account(u"104"_s, {}, {}, u"SR"_s, u"433756"_s, u"5"_s), u"5000000061"_s},
        {sicoob, u"2"_s},
    };
}

/// A complete boleto for `a`, with `sequence` as nosso número; `index` varies amount and date.
BoletoPrintData makeBoleto(const BankAccount &a, const QString &sequence, int index = 0)
{
    const billing::Bank *bank = billing::BankRegistry::find(a.bankCode);
    Q_ASSERT(bank);
    BoletoPrintData b;
    b.bankCode = bank->code();
    b.bankName = bank->name();
    const auto nn = bank->nossoNumeroWithDv(a, sequence);
    const auto free = bank->campoLivre(a, sequence);
    if (!nn || !free)
        qFatal("bank rules failed: %s", qPrintable(!nn ? nn.error().text() : free.error().text()));
    b.dueDate = QDate(2026, 12, 10).addDays(31 * index);
    b.amount = Money::fromCents(15'990 + 1'234 * index);
    const auto factor = billing::DueDateFactor::fromDate(b.dueDate);
    const auto code = billing::Barcode::build(b.bankCode, 9, *factor, b.amount, *free);
    if (!code)
        qFatal("barcode failed: %s", qPrintable(code.error().text()));
    b.barcode = code->digits();
    b.linhaDigitavel = billing::LinhaDigitavel::fromBarcode(*code).digits();
    b.nossoNumero = *nn;
    b.beneficiaryName = u"Loja Exemplo Comércio Eletrônico Ltda"_s;
    b.beneficiaryDocument = u"12.345.678/0001-95"_s;
    b.beneficiaryAddress = u"Rua das Flores, 123, Centro — São Paulo/SP — 01001-000"_s;
    b.agencyAndCode = a.agency.isEmpty() ? a.convenio : a.agency + u'/' + a.account;
    b.documentNumber = u"PED-%1"_s.arg(1000 + index);
    b.carteira = a.carteira;
    b.issueDate = QDate(2026, 11, 23);
    b.processingDate = b.issueDate;
    b.payerName = u"Maria da Conceição Souza"_s;
    b.payerDocument = u"123.456.789-09"_s;
    b.payerAddressLines = {u"Av. Brasil, 1500, apto 42 — Jardim América"_s, u"Campinas/SP — 13010-000"_s};
    b.instructions = {u"Após o vencimento cobrar multa de 2,00%."_s,
                      u"Após o vencimento cobrar juros de R$ 0,05 por dia de atraso."_s,
                      u"Não receber após 30 dias do vencimento."_s};
    return b;
}

QString pixPayload(Money amount)
{
    return billing::BrCode::encode(billing::PixPayload::forKey(
        u"12345678000195"_s, u"Loja Exemplo"_s, u"São Paulo"_s, amount, u"PED1000"_s));
}

/// Runs a tool; its standard output, or a null string when it failed to run.
QString run(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120'000))
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Every page of `pdf` as a 200 dpi PNG, in page order.
QStringList rasterise(const QString &pdf)
{
    const QString prefix = pdf + u"-page"_s;
    run(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, pdf, prefix});
    const QFileInfo fi(prefix);
    QStringList pngs;
    for (const QFileInfo &f : QDir(fi.path()).entryInfoList({fi.fileName() + u"-*.png"_s}, QDir::Files, QDir::Name))
        pngs << f.absoluteFilePath();
    return pngs;
}

/// What zbarimg reads from `png` with only `symbology` enabled, one symbol per entry.
QStringList decode(const QString &png, const QString &symbology)
{
    const QString out = run(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, u"-Sdisable"_s, symbology + u".enable"_s, png});
    QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
    return lines;
}

int pageCount(const QString &pdf)
{
    const QString info = run(u"pdfinfo"_s, {pdf});
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

void tst_BoletoPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_tools = !QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()
        && !QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty()
        && !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty();
}

void tst_BoletoPdf::bankCodeWithDv_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("printed");
    QTest::newRow("Itaú") << u"341"_s << u"341-7"_s;
    QTest::newRow("BB") << u"001"_s << u"001-9"_s;
    QTest::newRow("Bradesco") << u"237"_s << u"237-2"_s;
    QTest::newRow("Caixa prints 0 for remainder 10") << u"104"_s << u"104-0"_s;
    QTest::newRow("Santander") << u"033"_s << u"033-7"_s;
    QTest::newRow("Sicredi prints X for remainder 10") << u"748"_s << u"748-X"_s;
    QTest::newRow("Sicoob") << u"756"_s << u"756-0"_s;
    QTest::newRow("Inter") << u"077"_s << u"077-9"_s;
}

void tst_BoletoPdf::bankCodeWithDv()
{
    QFETCH(QString, code);
    QFETCH(QString, printed);
    QCOMPARE(billing::bankCodeWithDv(code), printed);
}

void tst_BoletoPdf::linhaFormattedAsPrinted()
{
    for (const auto &[acc, seq] : accounts()) {
        const BoletoPrintData b = makeBoleto(acc, seq);
        const auto linha = billing::LinhaDigitavel::parse(b.linhaDigitavel);
        QVERIFY(linha.ok());
        QCOMPARE(billing::formatLinhaDigitavel(b.linhaDigitavel), linha->formatted());
    }
}

void tst_BoletoPdf::a4BarcodeDecodes_data()
{
    QTest::addColumn<BankAccount>("acc");
    QTest::addColumn<QString>("sequence");
    for (const auto &[acc, seq] : accounts())
        QTest::newRow(qPrintable(acc.bankCode)) << acc << seq;
}

void tst_BoletoPdf::a4BarcodeDecodes()
{
    if (!m_tools)
        QSKIP("pdftoppm, pdfinfo or zbarimg is not installed");
    QFETCH(BankAccount, acc);
    QFETCH(QString, sequence);
    const BoletoPrintData b = makeBoleto(acc, sequence);
    const QString pdf = m_dir.filePath(u"a4-%1.pdf"_s.arg(acc.bankCode));
    const auto r = BoletoPdf::write({b}, BoletoPdf::Layout::A4, pdf);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(pageCount(pdf), 1);
    const QStringList pngs = rasterise(pdf);
    QCOMPARE(pngs.size(), 1);
    QCOMPARE(decode(pngs.first(), u"-Si25"_s), QStringList{b.barcode});
}

void tst_BoletoPdf::barcodeHasFebrabanSize_data()
{
    QTest::addColumn<bool>("carne");
    QTest::newRow("A4") << false;
    QTest::newRow("carnê") << true;
}

// Painted on a 200 dpi image: the bars span 405 modules of 0.254 mm (102.9 mm) and are 13 mm high,
// whatever the layout, as FEBRABAN requires for the banks' scanners.
void tst_BoletoPdf::barcodeHasFebrabanSize()
{
    QFETCH(bool, carne);
    const auto list = accounts();
    const auto &[acc, seq] = list.first();
    const BoletoPrintData b = makeBoleto(acc, seq);
    const qreal dpi = 200, pxPerMm = dpi / 25.4;
    const qreal heightMm = carne ? billing::BoletoPainter::kCarneSlipHeightMm : billing::BoletoPainter::kPageHeightMm;
    QImage img(qRound(210 * pxPerMm), qRound(heightMm * pxPerMm), QImage::Format_Grayscale8);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    {
        QPainter p(&img);
        const auto r = carne ? billing::BoletoPainter::paintCarneSlip(p, {}, b)
                             : billing::BoletoPainter::paintA4(p, {}, b);
        QVERIFY(r.ok());
    }
    // The barcode is the lowest row crossing many bars (cut lines and text cross few).
    const auto runs = [&](int y) {
        const uchar *line = img.constScanLine(y);
        int n = 0;
        for (int x = 1; x < img.width(); ++x)
            n += line[x] < 128 && line[x - 1] >= 128;
        return n;
    };
    int bottom = -1;
    for (int y = img.height() - 1; y >= 0 && bottom < 0; --y) {
        if (runs(y) >= 60)
            bottom = y;
    }
    QVERIFY(bottom > 0);
    // Dark pixels closer than 1 mm belong to the barcode (its widest space is 0.76 mm); the
    // widest such cluster is the barcode, and its neighbours (cut line, captions) are the quiet zones.
    const uchar *line = img.constScanLine(bottom);
    QList<int> dark;
    for (int x = 0; x < img.width(); ++x) {
        if (line[x] < 128)
            dark << x;
    }
    int left = -1, right = -1, quietLeft = 0, quietRight = 0;
    for (int i = 0, start = 0; i < dark.size(); ++i) {
        if (i + 1 == dark.size() || dark[i + 1] - dark[i] > pxPerMm) {
            if (dark[i] - dark[start] > right - left) {
                left = dark[start];
                right = dark[i];
                quietLeft = start > 0 ? left - dark[start - 1] : left;
                quietRight = i + 1 < dark.size() ? dark[i + 1] - right : img.width() - right;
            }
            start = i + 1;
        }
    }
    int top = bottom;
    while (top > 0 && img.constScanLine(top - 1)[left] < 128)
        --top;
    const qreal widthMm = (right - left + 1) / pxPerMm;
    const qreal barHeightMm = (bottom - top + 1) / pxPerMm;
    QVERIFY2(qAbs(widthMm - 405 * 0.254) < 0.5, qPrintable(QString::number(widthMm)));
    QVERIFY2(qAbs(barHeightMm - 13) < 0.3, qPrintable(QString::number(barHeightMm)));
    QVERIFY2(quietLeft / pxPerMm >= 5, "left quiet zone narrower than 5 mm");
    QVERIFY2(quietRight / pxPerMm >= 5, "right quiet zone narrower than 5 mm");
}

void tst_BoletoPdf::pixQrDecodes_data()
{
    QTest::addColumn<bool>("carne");
    QTest::newRow("A4") << false;
    QTest::newRow("carnê") << true;
}

void tst_BoletoPdf::pixQrDecodes()
{
    if (!m_tools)
        QSKIP("pdftoppm, pdfinfo or zbarimg is not installed");
    QFETCH(bool, carne);
    const auto list = accounts();
    const auto &[acc, seq] = list.first();
    BoletoPrintData b = makeBoleto(acc, seq);
    b.pixCopiaECola = pixPayload(b.amount);
    QVERIFY(b.pixCopiaECola.size() > 100);
    const QString pdf = m_dir.filePath(carne ? u"pix-carne.pdf"_s : u"pix-a4.pdf"_s);
    const auto r = BoletoPdf::write({b}, carne ? BoletoPdf::Layout::Carne : BoletoPdf::Layout::A4, pdf);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    const QStringList pngs = rasterise(pdf);
    QCOMPARE(pngs.size(), 1);
    QCOMPARE(decode(pngs.first(), u"-Sqrcode"_s), QStringList{b.pixCopiaECola});
    // The hybrid boleto still carries its barcode.
    QCOMPARE(decode(pngs.first(), u"-Si25"_s), QStringList{b.barcode});
}

void tst_BoletoPdf::carneOfFiveHasTwoPagesAndEveryBarcodeDecodes()
{
    if (!m_tools)
        QSKIP("pdftoppm, pdfinfo or zbarimg is not installed");
    const auto list = accounts();
    const auto &[acc, seq] = list.at(1);
    QList<BoletoPrintData> carne;
    QStringList expected;
    for (int i = 0; i < 5; ++i) {
        BoletoPrintData b = makeBoleto(acc, seq, i);
        b.installment = i + 1;
        b.installments = 5;
        expected << b.barcode;
        carne << b;
    }
    QCOMPARE(QSet<QString>(expected.begin(), expected.end()).size(), 5);
    const QString pdf = m_dir.filePath(u"carne.pdf"_s);
    QList<int> calls;
    const auto r = BoletoPdf::write(carne, BoletoPdf::Layout::Carne, pdf, [&](int done, int total) {
        calls << done;
        return total == 5;
    });
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QCOMPARE(calls, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(pageCount(pdf), 2);
    const QStringList pngs = rasterise(pdf);
    QCOMPARE(pngs.size(), 2);
    QStringList page1 = decode(pngs.at(0), u"-Si25"_s);
    QStringList page2 = decode(pngs.at(1), u"-Si25"_s);
    page1.sort();
    page2.sort();
    QStringList first3 = expected.mid(0, 3), last2 = expected.mid(3);
    first3.sort();
    last2.sort();
    QCOMPARE(page1, first3);
    QCOMPARE(page2, last2);
}

void tst_BoletoPdf::cancelLeavesNoFile()
{
    QList<BoletoPrintData> boletos;
    const auto list = accounts();
    for (int i = 0; i < 6; ++i)
        boletos << makeBoleto(list.at(i % list.size()).first, list.at(i % list.size()).second, i);
    for (const auto layout : {BoletoPdf::Layout::A4, BoletoPdf::Layout::Carne}) {
        const QString pdf = m_dir.filePath(u"cancelled.pdf"_s);
        int last = 0;
        const auto r = BoletoPdf::write(boletos, layout, pdf, [&](int done, int) {
            last = done;
            return done < 4;
        });
        QVERIFY(!r.ok());
        QVERIFY(BoletoPdf::isCancellation(r.error()));
        QCOMPARE(last, 4);
        QVERIFY(!QFile::exists(pdf));
        // A file that was already there stays as it was.
        {
            QFile old(pdf);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous");
        }
        const auto again = BoletoPdf::write(boletos, layout, pdf, [](int, int) { return false; });
        QVERIFY(!again.ok());
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous"));
        old.close();
        QVERIFY(old.remove());
    }
}

// The QIODevice overload serves print jobs and uploads that never touch the disk.
void tst_BoletoPdf::writesToDevice()
{
    const auto list = accounts();
    QBuffer buffer;
    const auto r = BoletoPdf::write({makeBoleto(list.at(3).first, list.at(3).second)}, BoletoPdf::Layout::Carne, &buffer);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().text()));
    QVERIFY(buffer.data().startsWith("%PDF-"));
    QVERIFY(buffer.data().trimmed().endsWith("%%EOF"));
    QVERIFY(!BoletoPdf::write({}, BoletoPdf::Layout::A4, &buffer).ok());
}

void tst_BoletoPdf::mismatchedLinhaIsRefused()
{
    const auto list = accounts();
    BoletoPrintData good = makeBoleto(list.at(0).first, list.at(0).second);
    BoletoPrintData bad = makeBoleto(list.at(2).first, list.at(2).second, 1);
    bad.linhaDigitavel = good.linhaDigitavel; // another boleto's linha: a payer would pay the wrong one
    const QString pdf = m_dir.filePath(u"mismatch.pdf"_s);
    const auto r = BoletoPdf::write({good, bad}, BoletoPdf::Layout::A4, pdf);
    QVERIFY(!r.ok());
    QVERIFY(!BoletoPdf::isCancellation(r.error()));
    QVERIFY2(r.error().where.contains(bad.documentNumber), qPrintable(r.error().text()));
    QVERIFY(!QFile::exists(pdf));

    BoletoPrintData wrongDv = good;
    wrongDv.barcode[4] = wrongDv.barcode[4] == u'1' ? u'2' : u'1';
    QVERIFY(!BoletoPdf::write({wrongDv}, BoletoPdf::Layout::A4, pdf).ok());
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(tst_BoletoPdf)
#include "tst_boletopdf.moc"
