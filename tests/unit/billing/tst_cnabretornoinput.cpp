#include "retornosamples.h"

// Retorno files as users meet them: trimmed lines, CRLF/LF/CR, no final newline, Latin-1 text,
// malformed files refused with the line and field, garbage survived, and the nosso número an
// issued boleto gets back from the bank matching the stored one.
class tst_CnabRetornoInput : public QObject
{
    Q_OBJECT

private slots:
    void physicalFormats_data();
    void physicalFormats();
    void latin1Text();
    void refusesMalformed_data();
    void refusesMalformed();
    void issuedNumbersRoundTrip_data();
    void issuedNumbersRoundTrip();
    void survivesGarbage();
};

void tst_CnabRetornoInput::physicalFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("240 LF trimmed") << u"001_cnab240_sample1.ret"_s;
    QTest::newRow("240 CRLF trimmed") << u"033_cnab240_sample1.ret"_s;
    QTest::newRow("240 CRLF") << u"104_cnab240_sample1.ret"_s;
    QTest::newRow("400 LF") << u"341_cnab400_sample1.ret"_s;
    QTest::newRow("400 CRLF") << u"237_cnab400_sample2.ret"_s;
    QTest::newRow("400 no final newline") << u"077_cnab400_sample1.ret"_s;
}

void tst_CnabRetornoInput::physicalFormats()
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

void tst_CnabRetornoInput::latin1Text()
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

void tst_CnabRetornoInput::refusesMalformed_data()
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

void tst_CnabRetornoInput::refusesMalformed()
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

void tst_CnabRetornoInput::issuedNumbersRoundTrip_data()
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

void tst_CnabRetornoInput::issuedNumbersRoundTrip()
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

void tst_CnabRetornoInput::survivesGarbage()
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


QTEST_GUILESS_MAIN(tst_CnabRetornoInput)
#include "tst_cnabretornoinput.moc"
