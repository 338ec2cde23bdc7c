#include "billing/banks/bankregistry.h"
#include "billing/retorno/retornoparser.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using billing::BankAccount;
using billing::MovementKind;
using billing::RetornoFile;
using billing::RetornoMovement;
using billing::RetornoParser;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MovementKind)
Q_DECLARE_METATYPE(BankAccount)

// Every retorno sample of ../shared/data/cnab (real files copied verbatim from public suites)
// must parse to what its .expected.md asserts and to every row of its derived table; then the
// things users meet: trimmed lines, CRLF/LF, missing final newline, malformed files refused
// with the line and field, and the nosso número matching the stored boleto.
class tst_CnabRetorno : public QObject
{
    Q_OBJECT

private slots:
    void samples_data();
    void samples();
    void anchorAssertions();
    void nossoNumeroPerBank_data();
    void nossoNumeroPerBank();
    void santanderPixRecordJoinsPrecedingTitle();
    void sameCodeDiffersPerBank();
    void kindsPerBank_data();
    void kindsPerBank();
    void everyKindAppears();
    void reasonsWithMeanings();
    void physicalFormats_data();
    void physicalFormats();
    void latin1Text();
    void refusesMalformed_data();
    void refusesMalformed();
    void issuedNumbersRoundTrip_data();
    void issuedNumbersRoundTrip();
    void survivesGarbage();
};

namespace {

QDir samplesDir() { return QDir(QStringLiteral(RG_SHARED_DATA_DIR) + u"/cnab"_s); }

QByteArray readSample(const QString &name)
{
    QFile f(samplesDir().filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

#define REQUIRE_SAMPLES()                                                                          \
    do {                                                                                           \
        if (!samplesDir().exists())                                                                \
            QSKIP("The shared CNAB samples folder is absent.");                                    \
    } while (false)

RetornoFile parseOk(const QByteArray &bytes)
{
    auto r = RetornoParser::parse(bytes);
    if (!r.ok())
        qWarning("parse failed: %s", qPrintable(r.error().text()));
    return r.ok() ? *r : RetornoFile{};
}

qint64 cents(const QString &reais)
{
    if (reais.trimmed().isEmpty())
        return 0;
    const QStringList parts = reais.trimmed().split(u'.');
    return parts[0].toLongLong() * 100 + (parts.size() > 1 ? parts[1].leftJustified(2, u'0').toLongLong() : 0);
}

QDate expectedDate(const QString &stored)
{
    const QString s = stored.trimmed();
    if (s.isEmpty() || s.count(u'0') == s.size())
        return {};
    if (s.size() == 6)
        return QDate(2000 + s.mid(4, 2).toInt(), s.mid(2, 2).toInt(), s.left(2).toInt());
    return QDate(s.mid(4, 4).toInt(), s.mid(2, 2).toInt(), s.left(2).toInt());
}

struct Expected
{
    int details = -1;
    QMap<QString, int> codes;
    qint64 paidSum = -1;
    QList<QHash<QString, QString>> rows;
};

// Reads the "Derived facts" of a sample's .expected.md: count, codes, sum and the table.
Expected readExpected(const QString &name)
{
    Expected e;
    QFile f(samplesDir().filePath(name));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return e;
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression details(u"Detail records \\(titles\\): \\*\\*(\\d+)\\*\\*; occurrence codes: \\{([^}]*)\\}"_s);
    static const QRegularExpression code(u"'(\\w\\w)': (\\d+)"_s);
    static const QRegularExpression sum(u"Sum of valor pago over all details: \\*\\*([\\d.]+)\\*\\*"_s);
    if (auto m = details.match(text); m.hasMatch()) {
        e.details = m.captured(1).toInt();
        auto it = code.globalMatch(m.captured(2));
        while (it.hasNext()) {
            auto c = it.next();
            e.codes[c.captured(1)] = c.captured(2).toInt();
        }
    }
    if (auto m = sum.match(text); m.hasMatch())
        e.paidSum = cents(m.captured(1));
    QStringList header;
    for (const QString &line : text.split(u'\n')) {
        if (!line.startsWith(u'|'))
            continue;
        QStringList cells = line.split(u'|');
        cells.removeFirst();
        cells.removeLast();
        for (QString &c : cells)
            c = c.trimmed();
        if (cells.value(0) == u"seq") {
            header = cells;
            continue;
        }
        if (header.isEmpty() || cells.value(0).startsWith(u"---"))
            continue;
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header[i], cells.value(i));
        e.rows.append(row);
    }
    return e;
}

// The lines of a sample (without line ends), to build variants from.
QList<QByteArray> sampleLines(const QString &name)
{
    QByteArray bytes = readSample(name);
    bytes.replace("\r\n", "\n");
    QList<QByteArray> lines = bytes.split('\n');
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray joined(const QList<QByteArray> &lines) { return lines.join('\n') + '\n'; }

// `line` padded to `width` with `text` written at 1-based `from`.
QByteArray put(QByteArray line, int width, int from, const QByteArray &text)
{
    if (line.size() < width)
        line = line.leftJustified(width, ' ');
    line.replace(from - 1, text.size(), text);
    return line;
}

} // namespace

void tst_CnabRetorno::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("bank");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<int>("lines");

    QTest::newRow("001 240") << u"001_cnab240_sample1"_s << u"001"_s << u"cnab240"_s << QString() << 74;
    QTest::newRow("001 400 cbr643") << u"001_cnab400_cbr643_sample1"_s << u"001"_s << u"cnab400"_s << u"cbr643"_s << 28;
    QTest::newRow("001 400 #2") << u"001_cnab400_sample2"_s << u"001"_s << u"cnab400"_s << u"cbr643"_s << 3;
    QTest::newRow("033 240") << u"033_cnab240_sample1"_s << u"033"_s << u"cnab240"_s << QString() << 8;
    QTest::newRow("033 400 pix") << u"033_cnab400_pix_sample1"_s << u"033"_s << u"cnab400"_s << QString() << 55;
    QTest::newRow("041 400") << u"041_cnab400_sample1"_s << u"041"_s << u"cnab400"_s << QString() << 3;
    QTest::newRow("077 400") << u"077_cnab400_sample1"_s << u"077"_s << u"cnab400"_s << QString() << 3;
    QTest::newRow("104 240") << u"104_cnab240_sample1"_s << u"104"_s << u"cnab240"_s << QString() << 22;
    QTest::newRow("237 400 #1") << u"237_cnab400_sample1"_s << u"237"_s << u"cnab400"_s << QString() << 8;
    QTest::newRow("237 400 #2") << u"237_cnab400_sample2"_s << u"237"_s << u"cnab400"_s << QString() << 9;
    QTest::newRow("341 240") << u"341_cnab240_sample1"_s << u"341"_s << u"cnab240"_s << QString() << 8;
    QTest::newRow("341 400 #1") << u"341_cnab400_sample1"_s << u"341"_s << u"cnab400"_s << QString() << 54;
    QTest::newRow("341 400 #2") << u"341_cnab400_sample2"_s << u"341"_s << u"cnab400"_s << QString() << 6;
    QTest::newRow("748 240") << u"748_cnab240_sample1"_s << u"748"_s << u"cnab240"_s << QString() << 8;
    QTest::newRow("756 240") << u"756_cnab240_sample1"_s << u"756"_s << u"cnab240"_s << QString() << 10;
}

void tst_CnabRetorno::samples()
{
    REQUIRE_SAMPLES();
    QFETCH(QString, file);
    QFETCH(QString, bank);
    QFETCH(QString, layout);
    QFETCH(QString, variant);
    QFETCH(int, lines);

    const QByteArray bytes = readSample(file + u".ret"_s);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    auto parsed = RetornoParser::parse(bytes);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().text()));
    const RetornoFile &f = *parsed;
    QCOMPARE(f.bankCode, bank);
    QCOMPARE(f.layout, layout);
    QCOMPARE(f.variant, variant);
    QCOMPARE(f.lineCount, lines);

    const Expected e = readExpected(file + u".expected.md"_s);
    QVERIFY(e.details >= 0);
    QCOMPARE(f.movements.size(), e.details);
    QMap<QString, int> codes;
    qint64 paid = 0;
    for (const RetornoMovement &m : f.movements) {
        ++codes[m.occurrenceCode];
        paid += m.paidCents;
        QCOMPARE(m.bankCode, bank);
        QVERIFY(!m.occurrenceText.isEmpty());
    }
    QCOMPARE(codes, e.codes);
    QCOMPARE(paid, e.paidSum);

    // Every row of the derived table, field by field.
    QCOMPARE(e.rows.size(), f.movements.size());
    for (int i = 0; i < e.rows.size(); ++i) {
        const QHash<QString, QString> &row = e.rows[i];
        const RetornoMovement &m = f.movements[i];
        const QString ctx = file + u" row "_s + row.value(u"seq"_s);
        auto check = [&](const char *what, const QVariant &actual, const QVariant &expected) {
            if (actual != expected)
                QTest::qFail(qPrintable(ctx + u": "_s + QString::fromLatin1(what) + u" is "_s + actual.toString()
                                        + u", expected "_s + expected.toString()),
                             __FILE__, __LINE__);
            return actual == expected;
        };
        const int seq = row.value(u"seq"_s).toInt();
        if (!check("line", m.line, layout == u"cnab400" ? seq : seq + 2))
            return;
        const QString code = row.contains(u"ocorr"_s) ? row.value(u"ocorr"_s) : row.value(u"mov"_s);
        if (!check("occurrence", m.occurrenceCode, code) || !check("nosso número", m.nossoNumeroField, row.value(u"nn"_s))
            || !check("due date", m.dueDate, expectedDate(row.value(u"venc"_s)))
            || !check("valor", m.titleCents, cents(row.value(u"valor"_s)))
            || !check("valor pago", m.paidCents, cents(row.value(u"valor_pago"_s)))
            || !check("occurrence date", m.occurrenceDate, expectedDate(row.value(u"data_ocorr"_s)))
            || !check("credit date", m.creditDate, expectedDate(row.value(u"data_credito"_s))))
            return;
        const QString interest = row.contains(u"juros"_s) ? u"juros"_s : u"juros_multa"_s;
        const struct { const char *column; qint64 value; } amounts[] = {
            {"desconto", m.discountCents}, {"abatimento", m.rebateCents}, {"iof", m.iofCents}, {"tarifa", m.feeCents}};
        if (row.contains(interest) && !check("juros", m.interestCents, cents(row.value(interest))))
            return;
        for (const auto &a : amounts) {
            const QString column = QString::fromLatin1(a.column);
            if (row.contains(column) && !check(a.column, a.value, cents(row.value(column))))
                return;
        }
        const QString payerBank = row.contains(u"banco_rec"_s) ? row.value(u"banco_rec"_s) : row.value(u"banco_cobr"_s);
        if (row.contains(u"banco_rec"_s) || row.contains(u"banco_cobr"_s)) {
            if (!check("banco cobrador", m.payerBank, payerBank))
                return;
        }
    }
}

void tst_CnabRetorno::anchorAssertions()
{
    REQUIRE_SAMPLES();
    {
        // brcobranca retorno_cnab_240_spec: first pair of CNAB240.RET.
        const RetornoFile f = parseOk(readSample(u"001_cnab240_sample1.ret"_s));
        QCOMPARE(f.movements.size(), 35);
        const RetornoMovement &m = f.movements.first();
        QCOMPARE(m.carteira, u"7"_s);
        QCOMPARE(m.titleCents, 34400);
        QCOMPARE(m.payerBank, u"001"_s);
        QCOMPARE(m.creditDate, QDate(2012, 1, 2));
        QCOMPARE(m.interestCents, 9);
        QCOMPARE(m.discountCents, 1);
        QCOMPARE(m.rebateCents, 2);
        QCOMPARE(m.iofCents, 3);
        QCOMPARE(m.otherExpensesCents, 4);
        QCOMPARE(m.otherCreditsCents, 5);
        QCOMPARE(m.paidCents, 34400);
        QCOMPARE(m.feeCents, 103);
        QCOMPARE(m.creditedCents, 34297); // valor líquido = pago - tarifa
        QCOMPARE(m.reasons.size(), 1);
        QCOMPARE(m.reasons.first().code, u"03"_s);
        QCOMPARE(m.kind, MovementKind::LiquidacaoAposBaixa);
        QCOMPARE(f.generatedOn, QDate(2011, 12, 29));
        QCOMPARE(f.nsa, 2108);
        QCOMPARE(f.companyDocument, u"35643899000145"_s);
    }
    {
        // brcobranca retorno_cbr643_spec: first type-7 detail of CBR64310.RET.
        const RetornoFile f = parseOk(readSample(u"001_cnab400_cbr643_sample1.ret"_s));
        const RetornoMovement &m = f.movements.first();
        QCOMPARE(m.line, 2);
        QCOMPARE(m.nossoNumeroField, u"16224200000000003"_s);
        QCOMPARE(m.occurrenceDate, QDate(2009, 1, 20));
        QCOMPARE(m.creditDate, QDate(2009, 1, 22));
        QCOMPARE(m.paidCents, 9064);
        QCOMPARE(f.agency, u"3325"_s);
        QCOMPARE(f.convenio, u"1622420"_s);
    }
    {
        const RetornoFile f = parseOk(readSample(u"033_cnab240_sample1.ret"_s));
        QCOMPARE(f.movements.size(), 2);
        const RetornoMovement &m = f.movements.first();
        QCOMPARE(m.carteira, u"2"_s);
        QCOMPARE(m.dueDate, QDate(2016, 4, 1));
        QCOMPARE(m.titleCents, 1000);
        QCOMPARE(m.payerBank, u"033"_s);
        QCOMPARE(m.feeCents, 392);
        QVERIFY(m.reasons.isEmpty());
        QCOMPARE(m.kind, MovementKind::EntradaConfirmada);
        QCOMPARE(f.movements[1].kind, MovementKind::Liquidacao);
    }
    {
        const RetornoFile f = parseOk(readSample(u"748_cnab240_sample1.ret"_s));
        const RetornoMovement &m = f.movements.first();
        QCOMPARE(m.carteira, u"1"_s);
        QCOMPARE(m.payerBank, u"000"_s);
        QVERIFY(m.creditDate.isNull());
        QCOMPARE(m.reasons.size(), 1);
        QCOMPARE(m.reasons.first().code, u"A4"_s); // alphanumeric motive
        QCOMPARE(m.reasons.first().text, u"Payer is a DDA participant"_s);
        QCOMPARE(f.movements[1].kind, MovementKind::Tarifa);
        QCOMPARE(f.movements[1].feeCents, 380);
    }
    {
        const RetornoFile f = parseOk(readSample(u"756_cnab240_sample1.ret"_s));
        QCOMPARE(f.movements.size(), 3);
        const RetornoMovement &m = f.movements.first();
        QCOMPARE(m.payerBank, u"756"_s);
        QCOMPARE(m.feeCents, 170);
        QCOMPARE(m.reasons.size(), 1);
        QCOMPARE(m.reasons.first().code, u"03"_s);
        QVERIFY(f.generatedOn.isNull()); // the header copied from Ailos has no date where FEBRABAN puts it
    }
    {
        // brcobranca itau_spec / laravel-boleto: CNAB400ITAU.RET and itau.ret.
        const RetornoFile f = parseOk(readSample(u"341_cnab400_sample1.ret"_s));
        const RetornoMovement &m = f.movements.first();
        QCOMPARE(m.carteira, u"109"_s);
        QCOMPARE(m.payerBank, u"104"_s);
        QCOMPARE(m.feeCents, 210);
        QCOMPARE(m.paidCents, 3790);
        QCOMPARE(m.occurrenceDate, QDate(2013, 5, 20));
        QCOMPARE(m.creditDate, QDate(2013, 5, 21));
        QVERIFY(m.reasons.isEmpty());
        QCOMPARE(f.agency, u"730"_s);
        QCOMPARE(f.account, u"3511"_s);
        QCOMPARE(f.companyDocument, u"16733872000107"_s); // from the details (4-17)
        const RetornoFile f2 = parseOk(readSample(u"341_cnab400_sample2.ret"_s));
        int paid = 0;
        for (const RetornoMovement &x : f2.movements) {
            paid += x.kind == MovementKind::Liquidacao;
            QVERIFY(!x.documentNumber.isNull() || x.documentNumber.isEmpty());
        }
        QCOMPARE(paid, 3); // quantidadeLiquidados == 3
    }
    {
        // laravel-boleto: bradesco.ret has 1 × 06 + 5 × 17 = 6 payments; first detail is 02.
        const RetornoFile f = parseOk(readSample(u"237_cnab400_sample2.ret"_s));
        QCOMPARE(f.movements.first().kind, MovementKind::EntradaConfirmada);
        int paid = 0;
        for (const RetornoMovement &x : f.movements)
            paid += x.kind == MovementKind::Liquidacao || x.kind == MovementKind::LiquidacaoAposBaixa;
        QCOMPARE(paid, 6);
        const RetornoFile f1 = parseOk(readSample(u"237_cnab400_sample1.ret"_s));
        QCOMPARE(f1.movements.first().carteira, u"009"_s);
        QCOMPARE(f1.agency, u"1467"_s);
        QCOMPARE(f1.account, u"19669"_s);
    }
    {
        const RetornoFile f = parseOk(readSample(u"041_cnab400_sample1.ret"_s));
        const RetornoMovement &m = f.movements.first();
        QCOMPARE(m.carteira, u"1"_s);
        QCOMPARE(m.feeCents, 160);
        QCOMPARE(m.dueDate, QDate(2015, 5, 25));
        QVERIFY(m.reasons.isEmpty());
    }
    {
        // laravel-boleto: banco_brasil.ret has one payment (quantidadeLiquidados == 1).
        const RetornoFile f = parseOk(readSample(u"001_cnab400_sample2.ret"_s));
        QCOMPARE(f.movements.size(), 1);
        QCOMPARE(f.movements.first().kind, MovementKind::Liquidacao);
    }
}

void tst_CnabRetorno::nossoNumeroPerBank_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("nossoNumero");
    QTest::addColumn<QString>("full");

    QTest::newRow("001 240: convênio 7 + sequence") << u"001_cnab240_sample1"_s << u"20673"_s << u"14499570000020673"_s;
    QTest::newRow("001 400: convênio 7 + sequence") << u"001_cnab400_cbr643_sample1"_s << u"3"_s << u"16224200000000003"_s;
    QTest::newRow("033 240: 12 + DV") << u"033_cnab240_sample1"_s << u"140"_s << u"140"_s;
    QTest::newRow("033 400: 7 + DV") << u"033_cnab400_pix_sample1"_s << u"1"_s << u"1"_s;
    QTest::newRow("041 400: 8 + 2 DVs") << u"041_cnab400_sample1"_s << u"22832563"_s << u"22832563"_s;
    QTest::newRow("077 400: zeros") << u"077_cnab400_sample1"_s << QString() << QString();
    QTest::newRow("104 240: 17 + DV") << u"104_cnab240_sample1"_s << u"11136997"_s << u"24000000011136997"_s;
    QTest::newRow("237 400: 11 + DV") << u"237_cnab400_sample1"_s << u"30"_s << u"30"_s;
    QTest::newRow("341 240: carteira + 8 + DAC") << u"341_cnab240_sample1"_s << u"5"_s << u"5"_s;
    QTest::newRow("341 400: 8") << u"341_cnab400_sample1"_s << u"11"_s << u"11"_s;
    QTest::newRow("748 240: 8 + DV") << u"748_cnab240_sample1"_s << u"17200059"_s << u"17200059"_s;
    QTest::newRow("756 240: 9 + DV") << u"756_cnab240_sample1"_s << u"8"_s << u"8"_s;
}

void tst_CnabRetorno::nossoNumeroPerBank()
{
    REQUIRE_SAMPLES();
    QFETCH(QString, file);
    QFETCH(QString, nossoNumero);
    QFETCH(QString, full);
    const RetornoFile f = parseOk(readSample(file + u".ret"_s));
    QVERIFY(!f.movements.isEmpty());
    QCOMPARE(f.movements.first().nossoNumero, nossoNumero);
    QCOMPARE(f.movements.first().nossoNumeroFull, full);
    QCOMPARE(billing::retornoMatchKey(u"000123"), u"123"_s);
}

void tst_CnabRetorno::santanderPixRecordJoinsPrecedingTitle()
{
    REQUIRE_SAMPLES();
    const RetornoFile f = parseOk(readSample(u"033_cnab400_pix_sample1.ret"_s));
    QCOMPARE(f.movements.size(), 52); // the type-2 record is not a title
    const RetornoMovement &last = f.movements.last();
    QCOMPARE(last.line, 53);
    QCOMPARE(last.pixKey, u"12345678901"_s);
    QCOMPARE(last.pixTxid, u"d48c95197d6ec3985b89bc3ccb3351"_s);
    QVERIFY(f.movements[50].pixTxid.isEmpty());

    // A PIX record before any title belongs to nothing: refused.
    QList<QByteArray> lines = sampleLines(u"033_cnab400_pix_sample1.ret"_s);
    lines.move(53, 1);
    auto r = RetornoParser::parse(joined(lines));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, u"line 2"_s);
}

void tst_CnabRetorno::sameCodeDiffersPerBank()
{
    REQUIRE_SAMPLES();
    // Bradesco 400: 17 = paid after write-off (the sample has five of them).
    const RetornoFile bradesco = parseOk(readSample(u"237_cnab400_sample2.ret"_s));
    QCOMPARE(bradesco.movements[2].occurrenceCode, u"17"_s);
    QCOMPARE(bradesco.movements[2].kind, MovementKind::LiquidacaoAposBaixa);
    // FEBRABAN 240 (Banco do Brasil sample): 17 too.
    QCOMPARE(parseOk(readSample(u"001_cnab240_sample1.ret"_s)).movements[0].kind, MovementKind::LiquidacaoAposBaixa);

    // Itaú 400: 17 = change of data rejected.
    QList<QByteArray> lines = sampleLines(u"341_cnab400_sample2.ret"_s);
    lines[1] = put(lines[1], 400, 109, "17");
    const RetornoFile itau = parseOk(joined(lines));
    QCOMPARE(itau.movements[0].occurrenceCode, u"17"_s);
    QCOMPARE(itau.movements[0].kind, MovementKind::Rejeicao);
    QVERIFY(itau.movements[0].occurrenceText != bradesco.movements[2].occurrenceText);
    QCOMPARE(itau.movements[0].occurrenceText, u"Change of data rejected"_s);
    QCOMPARE(bradesco.movements[2].occurrenceText, u"Paid after write-off, or title not registered"_s);

    // The same tables, asked directly (what a preview legend would show).
    const auto itau17 = RetornoParser::describeOccurrence(u"341", u"cnab400", u"17");
    const auto bradesco17 = RetornoParser::describeOccurrence(u"237", u"cnab400", u"17");
    QVERIFY(itau17.known && bradesco17.known);
    QCOMPARE(itau17.kind, MovementKind::Rejeicao);
    QCOMPARE(bradesco17.kind, MovementKind::LiquidacaoAposBaixa);
    QCOMPARE(RetornoParser::describeOccurrence(u"341", u"cnab240", u"17").kind, MovementKind::Rejeicao);
    QCOMPARE(RetornoParser::describeOccurrence(u"104", u"cnab240", u"17").kind, MovementKind::LiquidacaoAposBaixa);
    QVERIFY(!RetornoParser::describeOccurrence(u"999", u"cnab400", u"06").known);
    QVERIFY(!RetornoParser::describeOccurrence(u"341", u"cnab400", u"99").known);
    // Adding a bank does not change another's table: each has its own.
    QVERIFY(RetornoParser::occurrenceTable(u"341", u"cnab400").size() > 60);
    QCOMPARE(RetornoParser::occurrenceTable(u"077", u"cnab400").size(), 4);
    QCOMPARE(RetornoParser::supportedBanks().size(), 2);

    // Santander 400: 17 = paid at the notary.
    QList<QByteArray> s = sampleLines(u"033_cnab400_pix_sample1.ret"_s);
    s[1] = put(s[1], 400, 109, "17");
    QCOMPARE(parseOk(joined(s)).movements[0].kind, MovementKind::Liquidacao);
}

void tst_CnabRetorno::kindsPerBank_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("from"); // where the occurrence code sits
    QTest::addColumn<int>("width");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<MovementKind>("kind");

    const QString itau = u"341_cnab400_sample2.ret"_s, bradesco = u"237_cnab400_sample2.ret"_s,
                  bb = u"001_cnab400_sample2.ret"_s, santander = u"033_cnab400_pix_sample1.ret"_s,
                  inter = u"077_cnab400_sample1.ret"_s, banrisul = u"041_cnab400_sample1.ret"_s,
                  bb240 = u"001_cnab240_sample1.ret"_s, caixa = u"104_cnab240_sample1.ret"_s,
                  itau240 = u"341_cnab240_sample1.ret"_s, sicredi = u"748_cnab240_sample1.ret"_s,
                  sicoob = u"756_cnab240_sample1.ret"_s, santander240 = u"033_cnab240_sample1.ret"_s;
    struct Row { QString file; int from; int width; const char *code; MovementKind kind; };
    const Row rows[] = {
        {itau, 109, 400, "02", MovementKind::EntradaConfirmada}, {itau, 109, 400, "06", MovementKind::Liquidacao},
        {itau, 109, 400, "09", MovementKind::Baixa}, {itau, 109, 400, "03", MovementKind::Rejeicao},
        {itau, 109, 400, "19", MovementKind::Protesto}, {itau, 109, 400, "28", MovementKind::Tarifa},
        {itau, 109, 400, "14", MovementKind::Alteracao}, {itau, 109, 400, "25", MovementKind::Outro},
        {bradesco, 109, 400, "17", MovementKind::LiquidacaoAposBaixa}, {bradesco, 109, 400, "23", MovementKind::Protesto},
        {bradesco, 109, 400, "10", MovementKind::Baixa}, {bradesco, 109, 400, "28", MovementKind::Tarifa},
        {bradesco, 109, 400, "30", MovementKind::Rejeicao}, {bradesco, 109, 400, "14", MovementKind::Alteracao},
        {bb, 109, 400, "05", MovementKind::LiquidacaoAposBaixa}, {bb, 109, 400, "03", MovementKind::Rejeicao},
        {bb, 109, 400, "96", MovementKind::Tarifa}, {bb, 109, 400, "23", MovementKind::Protesto},
        {bb, 109, 400, "02", MovementKind::EntradaConfirmada}, {bb, 109, 400, "09", MovementKind::Baixa},
        {santander, 109, 400, "02", MovementKind::EntradaConfirmada}, {santander, 109, 400, "06", MovementKind::Liquidacao},
        {santander, 109, 400, "03", MovementKind::Rejeicao}, {santander, 109, 400, "15", MovementKind::Protesto},
        {santander, 109, 400, "24", MovementKind::Tarifa}, {santander, 109, 400, "14", MovementKind::Alteracao},
        {inter, 90, 400, "06", MovementKind::Liquidacao}, {inter, 90, 400, "07", MovementKind::Baixa},
        {inter, 90, 400, "03", MovementKind::Rejeicao}, {inter, 90, 400, "02", MovementKind::EntradaConfirmada},
        {banrisul, 109, 400, "06", MovementKind::Liquidacao}, {banrisul, 109, 400, "40", MovementKind::Protesto},
        {banrisul, 109, 400, "41", MovementKind::Tarifa}, {banrisul, 109, 400, "03", MovementKind::Rejeicao},
        {bb240, 16, 240, "06", MovementKind::Liquidacao}, {bb240, 16, 240, "25", MovementKind::Protesto},
        {caixa, 16, 240, "28", MovementKind::Tarifa}, {caixa, 16, 240, "14", MovementKind::Alteracao},
        {caixa, 16, 240, "17", MovementKind::LiquidacaoAposBaixa}, {itau240, 16, 240, "17", MovementKind::Rejeicao},
        {itau240, 16, 240, "06", MovementKind::Liquidacao}, {sicredi, 16, 240, "36", MovementKind::Rejeicao},
        {sicredi, 16, 240, "09", MovementKind::Baixa}, {sicoob, 16, 240, "03", MovementKind::Rejeicao},
        {sicoob, 16, 240, "11", MovementKind::Outro}, {santander240, 16, 240, "23", MovementKind::Protesto},
    };
    for (const Row &r : rows) {
        QTest::addRow("%s %s", qPrintable(r.file.left(10)), r.code)
            << r.file << r.from << r.width << QByteArray(r.code) << r.kind;
    }
}

void tst_CnabRetorno::kindsPerBank()
{
    REQUIRE_SAMPLES();
    QFETCH(QString, file);
    QFETCH(int, from);
    QFETCH(int, width);
    QFETCH(QByteArray, code);
    QFETCH(MovementKind, kind);
    QList<QByteArray> lines = sampleLines(file);
    // The first title: line 2 in CNAB 400, the T and U lines 3 and 4 in CNAB 240.
    const int first = width == 400 ? 1 : 2;
    lines[first] = put(lines[first], width, from, code);
    if (width == 240)
        lines[first + 1] = put(lines[first + 1], width, from, code);
    auto r = RetornoParser::parse(joined(lines));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
    const RetornoMovement &m = r->movements.first();
    QCOMPARE(m.occurrenceCode, QString::fromLatin1(code));
    QVERIFY2(m.kind == kind, qPrintable(billing::movementKindCode(m.kind)));
    QVERIFY(!m.occurrenceText.isEmpty());
    QVERIFY(m.occurrenceText != u"Occurrence code not in this bank's table"_s);
}

void tst_CnabRetorno::everyKindAppears()
{
    REQUIRE_SAMPLES();
    // In the real samples alone: entrada, liquidação, liquidação após baixa, baixa, tarifa, outro.
    QSet<QString> seen;
    for (const QString &name : samplesDir().entryList({u"*.ret"_s})) {
        const RetornoFile f = parseOk(readSample(name));
        QVERIFY2(!f.movements.isEmpty(), qPrintable(name));
        for (const RetornoMovement &m : f.movements)
            seen.insert(billing::movementKindCode(m.kind));
    }
    for (const char *k : {"entrada_confirmada", "liquidacao", "liquidacao_apos_baixa", "baixa", "tarifa", "outro"})
        QVERIFY2(seen.contains(QString::fromLatin1(k)), k);
    // The codes round-trip (the rest are covered by kindsPerBank from constructed lines).
    for (const char *k : {"entrada_confirmada", "liquidacao", "liquidacao_apos_baixa", "baixa", "rejeicao", "protesto",
                          "tarifa", "alteracao", "outro"}) {
        const auto kind = billing::movementKindFromCode(QString::fromLatin1(k));
        QVERIFY(kind.has_value());
        QCOMPARE(billing::movementKindCode(*kind), QString::fromLatin1(k));
    }
    QVERIFY(!billing::movementKindFromCode(u"paid").has_value());
}

void tst_CnabRetorno::reasonsWithMeanings()
{
    REQUIRE_SAMPLES();
    // Itaú 400 rejection: motivos at 378-385 with Itaú's meanings.
    QList<QByteArray> lines = sampleLines(u"341_cnab400_sample2.ret"_s);
    lines[1] = put(put(lines[1], 400, 109, "03"), 400, 378, "08140000");
    RetornoFile f = parseOk(joined(lines));
    QCOMPARE(f.movements[0].kind, MovementKind::Rejeicao);
    QCOMPARE(f.movements[0].reasons.size(), 2);
    QCOMPARE(f.movements[0].reasons[0].code, u"08"_s);
    QCOMPARE(f.movements[0].reasons[0].text, u"Payer name missing or misplaced"_s);
    QCOMPARE(f.movements[0].reasons[1].code, u"14"_s);

    // Santander 400: three-digit motivos of a rejected entry at 137-145.
    QList<QByteArray> s = sampleLines(u"033_cnab400_pix_sample1.ret"_s);
    s[1] = put(put(s[1], 400, 109, "03"), 400, 137, "092000000");
    f = parseOk(joined(s));
    QCOMPARE(f.movements[0].reasons.size(), 1);
    QCOMPARE(f.movements[0].reasons[0].code, u"092"_s);
    QCOMPARE(f.movements[0].reasons[0].text, u"Nosso número already registered"_s);

    // FEBRABAN 240: a rejection's motivo from table A; a payment's from table B.
    QList<QByteArray> t = sampleLines(u"001_cnab240_sample1.ret"_s);
    t[2] = put(put(t[2], 240, 16, "03"), 240, 214, "0948");
    t[3] = put(t[3], 240, 16, "03");
    f = parseOk(joined(t));
    QCOMPARE(f.movements[0].reasons.size(), 2);
    QCOMPARE(f.movements[0].reasons[0].text, u"Duplicate nosso número"_s);
    QCOMPARE(f.movements[0].reasons[1].text, u"Invalid CEP"_s);
    const RetornoFile paid = parseOk(readSample(u"001_cnab240_sample1.ret"_s));
    QCOMPARE(paid.movements[0].reasons[0].text, u"Paid in cash at a branch teller"_s);
    QCOMPARE(billing::occurrenceDisplayText(paid.movements[0].occurrenceText), paid.movements[0].occurrenceText);
}

void tst_CnabRetorno::physicalFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("240 LF trimmed") << u"001_cnab240_sample1.ret"_s;
    QTest::newRow("240 CRLF trimmed") << u"033_cnab240_sample1.ret"_s;
    QTest::newRow("240 CRLF") << u"104_cnab240_sample1.ret"_s;
    QTest::newRow("400 LF") << u"341_cnab400_sample1.ret"_s;
    QTest::newRow("400 CRLF") << u"237_cnab400_sample2.ret"_s;
    QTest::newRow("400 no final newline") << u"077_cnab400_sample1.ret"_s;
}

void tst_CnabRetorno::physicalFormats()
{
    REQUIRE_SAMPLES();
    QFETCH(QString, file);
    const QByteArray original = readSample(file);
    const RetornoFile reference = parseOk(original);
    QVERIFY(!reference.movements.isEmpty());

    const QList<QByteArray> lines = sampleLines(file);
    QList<QByteArray> trimmed;
    for (QByteArray l : lines) {
        while (l.endsWith(' '))
            l.chop(1);
        trimmed << l;
    }
    QList<QByteArray> padded;
    for (const QByteArray &l : lines)
        padded << l.leftJustified(reference.layout == u"cnab240" ? 240 : 400, ' ');
    const QByteArray lf = lines.join('\n') + '\n';
    const QList<QPair<const char *, QByteArray>> variants = {
        {"LF", lf},
        {"CRLF", lines.join("\r\n") + "\r\n"},
        {"no final newline", lines.join('\n')},
        {"CRLF, no final newline", lines.join("\r\n")},
        {"right-trimmed", trimmed.join('\n') + '\n'},
        {"padded", padded.join("\r\n") + "\r\n"},
        {"Ctrl-Z at the end", lf + '\x1a'},
        {"blank lines at the end", lf + "\n\r\n   \n"},
    };
    for (const auto &[name, bytes] : variants) {
        auto r = RetornoParser::parse(bytes);
        QVERIFY2(r.ok(), qPrintable(QString::fromLatin1(name) + u": "_s + (r.ok() ? QString() : r.error().text())));
        QCOMPARE(r->movements.size(), reference.movements.size());
        for (int i = 0; i < reference.movements.size(); ++i) {
            const RetornoMovement &a = r->movements[i];
            const RetornoMovement &b = reference.movements[i];
            QCOMPARE(a.line, b.line);
            QCOMPARE(a.nossoNumero, b.nossoNumero);
            QCOMPARE(a.nossoNumeroField, b.nossoNumeroField);
            QCOMPARE(a.occurrenceCode, b.occurrenceCode);
            QCOMPARE(a.paidCents, b.paidCents);
            QCOMPARE(a.titleCents, b.titleCents);
            QCOMPARE(a.creditDate, b.creditDate);
            QCOMPARE(a.documentNumber, b.documentNumber);
        }
    }
}

void tst_CnabRetorno::latin1Text()
{
    REQUIRE_SAMPLES();
    // Banks write Latin-1 (when they keep accents at all): one byte per position.
    QList<QByteArray> lines = sampleLines(u"341_cnab400_sample2.ret"_s);
    lines[1] = put(lines[1], 400, 38, QByteArray("PEDIDO A\xc7\xc3O 12"));
    const RetornoFile f = parseOk(joined(lines));
    QCOMPARE(f.movements[0].companyReference, u"PEDIDO AÇÃO 12"_s);
    QCOMPARE(f.movements[0].nossoNumero, u"231327"_s); // the positions after it did not move

    // The same file after a UTF-8 editor (Ç and Ã now two bytes each): read back as Latin-1.
    const QByteArray utf8 = QString::fromLatin1(joined(lines)).toUtf8();
    QVERIFY(utf8.size() > joined(lines).size());
    const RetornoFile g = parseOk(utf8);
    QCOMPARE(g.movements.size(), f.movements.size());
    QCOMPARE(g.movements[0].companyReference, u"PEDIDO AÇÃO 12"_s);
    QCOMPARE(g.movements[0].paidCents, f.movements[0].paidCents);

    // A byte-order mark and old Mac line ends (CR only).
    QByteArray mac = "\xef\xbb\xbf" + lines.join('\r') + '\r';
    const RetornoFile h = parseOk(mac);
    QCOMPARE(h.movements.size(), f.movements.size());
}

void tst_CnabRetorno::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message"); // a part of the message saying what was expected

    if (!samplesDir().exists())
        return;
    const QList<QByteArray> itau = sampleLines(u"341_cnab400_sample2.ret"_s);
    const QList<QByteArray> bb240 = sampleLines(u"001_cnab240_sample1.ret"_s);

    QList<QByteArray> l = itau;
    l[2] = put(l[2], 400, 158, "A");
    QTest::newRow("non-digit in an amount") << joined(l) << u"line 3, positions 153-165 (valor do título)"_s
                                            << u"Expected 13 digits"_s;
    l = itau;
    l[1] = put(l[1], 400, 111, "310213");
    QTest::newRow("impossible date") << joined(l) << u"line 2, positions 111-116 (data da ocorrência)"_s
                                     << u"no day of the calendar"_s;
    l = itau;
    l[1] = put(l[1], 400, 147, "12X412");
    QTest::newRow("date with a letter") << joined(l) << u"line 2, positions 147-152 (vencimento)"_s
                                        << u"Expected a date DDMMAA"_s;
    l = bb240;
    l.removeAt(3);
    QTest::newRow("T without its U") << joined(l) << u"line 3, position 14 (segmento)"_s << u"no segment U after it"_s;
    l = bb240;
    l.removeAt(2);
    QTest::newRow("U without its T") << joined(l) << u"line 3, position 14 (segmento)"_s << u"without the segment T"_s;
    l = bb240;
    l[4] = put(l[4], 240, 96, "X");
    QTest::newRow("240 amount") << joined(l) << u"line 5, positions 82-96 (valor do título)"_s << u"Expected 15 digits"_s;
    l = bb240;
    l[3] = put(l[3], 240, 146, "30022012");
    QTest::newRow("240 impossible date") << joined(l) << u"line 4, positions 146-153 (data do crédito)"_s
                                         << u"no day of the calendar"_s;
    l = itau;
    l[2] = put(l[2], 400, 1, "5");
    QTest::newRow("unknown record type") << joined(l) << u"line 3, position 1 (tipo de registro)"_s
                                         << u"Unknown record type"_s;
    l = bb240;
    l[1] = put(l[1], 240, 8, "7");
    QTest::newRow("unknown 240 record type") << joined(l) << u"line 2, position 8 (tipo de registro)"_s
                                             << u"Unknown record type"_s;
    QTest::newRow("empty file") << QByteArray() << u"line 1"_s << u"empty"_s;
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n  \n\x1a") << u"line 1"_s << u"empty"_s;
    QTest::newRow("neither 240 nor 400") << QByteArray("name;amount\nJoao;10.00\n")
                                         << u"line 1, positions 1-9 (header)"_s << u"not a CNAB retorno file"_s;
    l = itau;
    l[0] = put(l[0], 400, 77, "999");
    QTest::newRow("400 bank we do not read") << joined(l) << u"line 1, positions 77-79 (código do banco)"_s
                                             << u"bank \"999\""_s;
    l = bb240;
    for (QByteArray &x : l)
        x = put(x, 240, 1, "422");
    QTest::newRow("240 bank we do not read") << joined(l) << u"line 1, positions 1-3 (código do banco)"_s
                                             << u"bank \"422\""_s;
    l = itau;
    l.removeLast();
    QTest::newRow("no trailer") << joined(l) << u"line 5"_s << u"without its trailer"_s;
    l = bb240;
    l.removeAt(10);
    l.removeAt(10);
    QTest::newRow("trailer count") << joined(l) << u"line 72, positions 24-29 (quantidade de registros do arquivo)"_s
                                   << u"counts 74 records"_s;
    l = itau;
    l[2] = l[2] + "123";
    QTest::newRow("line too long") << joined(l) << u"line 3, positions 401-403"_s << u"CNAB 400 records have 400"_s;
    l = itau;
    l.insert(2, QByteArray());
    QTest::newRow("empty line inside") << joined(l) << u"line 3"_s << u"empty"_s;
    l = bb240;
    l[4] = put(l[4], 240, 38, "1449957000002080A");
    QTest::newRow("letter in nosso número") << joined(l) << u"line 5, positions 38-57 (nosso número)"_s
                                            << u"digits of the nosso número"_s;
    QTest::newRow("remessa 400") << readSample(u"341_cnab400_remessa1.rem"_s)
                                 << u"line 1, positions 2-9 (identificação do arquivo)"_s << u"remessa"_s;
    QTest::newRow("remessa 240") << readSample(u"104_cnab240_remessa1.rem"_s)
                                 << u"line 1, position 143 (código remessa/retorno)"_s << u"remessa"_s;
    l = itau;
    l[1] = put(l[1], 400, 109, "#!");
    QTest::newRow("bad occurrence code") << joined(l) << u"line 2, positions 109-110 (código de ocorrência)"_s
                                         << u"two-character occurrence code"_s;
    l = sampleLines(u"001_cnab400_sample2.ret"_s);
    l[1] = put(l[1], 400, 1, "1");
    QTest::newRow("BB CBR641 details") << joined(l) << u"line 2, position 1 (tipo de registro)"_s << u"CBR641"_s;
}

void tst_CnabRetorno::refusesMalformed()
{
    REQUIRE_SAMPLES();
    QFETCH(QByteArray, content);
    QFETCH(QString, where);
    QFETCH(QString, message);
    auto r = RetornoParser::parse(content);
    QVERIFY2(!r.ok(), "the malformed file was accepted");
    QCOMPARE(r.error().where, where);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(r.error().kind, core::Error::Kind::Parse);
}

void tst_CnabRetorno::issuedNumbersRoundTrip_data()
{
    QTest::addColumn<QString>("bank");
    QTest::addColumn<BankAccount>("account");
    QTest::addColumn<QString>("sample");

    auto account = [](const char *bank, const char *agency, const char *acc, const char *carteira, const char *convenio,
                      const char *posto = "", const char *modality = "") {
        BankAccount a;
        a.bankCode = QString::fromLatin1(bank);
        a.agency = QString::fromLatin1(agency);
        a.account = QString::fromLatin1(acc);
        a.carteira = QString::fromLatin1(carteira);
        a.convenio = QString::fromLatin1(convenio);
        a.posto = QString::fromLatin1(posto);
        a.modality = QString::fromLatin1(modality);
        return a;
    };
    QTest::newRow("341 400") << u"341"_s << account("341", "0730", "03511", "109", "") << u"341_cnab400_sample2.ret"_s;
    QTest::newRow("341 240") << u"341"_s << account("341", "0730", "03511", "109", "") << u"341_cnab240_sample1.ret"_s;
    QTest::newRow("237 400") << u"237"_s << account("237", "1467", "0019669", "09", "") << u"237_cnab400_sample1.ret"_s;
    // No public Bradesco 240 retorno: the FEBRABAN sample with Bradesco's code on every line.
    QTest::newRow("237 240") << u"237"_s << account("237", "1467", "0019669", "09", "") << u"001_cnab240_sample1.ret"_s;
    QTest::newRow("001 400") << u"001"_s << account("001", "3325", "00028935", "17", "1622420") << u"001_cnab400_cbr643_sample1.ret"_s;
    QTest::newRow("001 240") << u"001"_s << account("001", "1234", "00054321", "17", "1449957") << u"001_cnab240_sample1.ret"_s;
    QTest::newRow("033 400") << u"033"_s << account("033", "3163", "013002862", "101", "1234567") << u"033_cnab400_pix_sample1.ret"_s;
    QTest::newRow("033 240") << u"033"_s << account("033", "3163", "013002862", "101", "1234567") << u"033_cnab240_sample1.ret"_s;
    QTest::newRow("104 240") << u"104"_s << account("104", "1234", "", "SR", "204321") << u"104_cnab240_sample1.ret"_s;
    QTest::newRow("748 240") << u"748"_s << account("748", "0390", "", "1", "41468", "02") << u"748_cnab240_sample1.ret"_s;
    QTest::newRow("756 240") << u"756"_s << account("756", "3039", "", "1", "489816", "", "01") << u"756_cnab240_sample1.ret"_s;
    QTest::newRow("077 400") << u"077"_s << account("077", "0001", "", "112", "1234567") << u"077_cnab400_sample1.ret"_s;
}

void tst_CnabRetorno::issuedNumbersRoundTrip()
{
    REQUIRE_SAMPLES();
    QFETCH(QString, bank);
    QFETCH(BankAccount, account);
    QFETCH(QString, sample);
    const billing::Bank *b = billing::BankRegistry::find(bank);
    QVERIFY(b);
    const bool is240 = sample.contains(u"cnab240");
    for (const qint64 sequence : {qint64(1), qint64(123), qint64(98765), qint64(4321987)}) {
        if (bank == u"748" && sequence > 99999)
            continue; // Sicredi: year 2 + byte 1 + sequence 5
        // What issuing stores (boletos.nosso_numero) and prints.
        QString stored = b->sequenceToNossoNumero(account, sequence, QDate(2026, 3, 5));
        if (bank == u"077")
            stored = QString::number(sequence * 10 + 7); // Inter: the number the bank assigned, its DV last
        const auto printed = b->nossoNumeroWithDv(account, stored);
        QVERIFY2(printed.ok(), printed.ok() ? "" : qPrintable(printed.error().text()));
        QByteArray digits; // the printed number's digits and DV, as banks echo them
        for (const QChar c : *printed) {
            if (c.isLetterOrNumber())
                digits += char(c.toLatin1());
        }
        QList<QByteArray> lines = sampleLines(sample);
        if (is240 && !sample.startsWith(bank)) {
            for (QByteArray &l : lines)
                l.replace(0, 3, bank.toLatin1());
        }
        QByteArray &line = lines[is240 ? 2 : 1];
        if (bank == u"341" && !is240) {
            line = put(line, 400, 63, digits.mid(3, 8)); // carteira 3 | nosso número 8 | DAC
        } else if (bank == u"341") {
            line = put(line, 240, 38, digits.leftJustified(20, ' '));
        } else if (bank == u"237" && is240) {
            // carteira 3 | zeros | nosso número 11 | DV, as the remessa's segment P
            line = put(line, 240, 38, "0" + digits.left(2) + "00000" + digits.right(12));
        } else if (bank == u"237") {
            line = put(line, 400, 71, digits.right(12)); // carteira 2 | nosso número 11 | DV
        } else if (bank == u"001") {
            line = is240 ? put(line, 240, 38, digits.leftJustified(20, ' ')) : put(line, 400, 64, digits);
        } else if (bank == u"033" && is240) {
            line = put(line, 240, 41, digits); // 12 + DV
        } else if (bank == u"033") {
            QByteArray d = digits;
            while (d.size() > 8 && d.startsWith('0'))
                d.remove(0, 1);
            line = put(line, 400, 63, d.rightJustified(8, '0')); // what the remessa writes: 7 + DV
        } else if (bank == u"104") {
            line = put(line, 240, 38, digits.rightJustified(20, ' ')); // 17 + DV at 40-57
        } else if (bank == u"748") {
            line = put(line, 240, 38, digits.leftJustified(20, ' ')); // year 2 + byte + 5 + DV
        } else if (bank == u"756") {
            line = put(line, 240, 38, digits.rightJustified(10, '0') + "01011"); // 9 + DV, parcela, modalidade
        } else if (bank == u"077") {
            line = put(line, 400, 71, stored.toLatin1().rightJustified(11, '0'));
        }
        auto r = RetornoParser::parse(joined(lines));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().text()));
        QVERIFY2(r->movements.first().nossoNumero == billing::retornoMatchKey(stored),
                 qPrintable(u"printed "_s + *printed + u", stored "_s + stored + u", read "_s
                            + r->movements.first().nossoNumero));
    }
}

void tst_CnabRetorno::survivesGarbage()
{
    REQUIRE_SAMPLES();
    // Cut every sample at many places and flip bytes: the parser answers (ok or an error with a
    // line) and never crashes; the fuzz target (tests/fuzz) does this at scale.
    quint32 seed = 12345;
    auto next = [&] { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
    for (const QString &name : samplesDir().entryList({u"*.ret"_s})) {
        const QByteArray bytes = readSample(name);
        for (int k = 0; k < 60; ++k) {
            QByteArray b = bytes.left(int(next() % quint32(bytes.size() + 1)));
            for (int j = 0; j < 3 && !b.isEmpty(); ++j)
                b[int(next() % quint32(b.size()))] = char(next() & 0xff);
            auto r = RetornoParser::parse(b);
            if (!r.ok())
                QVERIFY2(r.error().where.startsWith(u"line "_s), qPrintable(r.error().text()));
        }
    }
}

QTEST_GUILESS_MAIN(tst_CnabRetorno)
#include "tst_cnabretorno.moc"
