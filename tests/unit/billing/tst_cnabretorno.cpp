#include "retornosamples.h"

// Every retorno sample of ../shared/data/cnab (real files copied verbatim from public suites)
// must parse to what its .expected.md asserts and to every row of its derived table, and each
// bank's occurrence codes must mean what that bank's table says.
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
};

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


QTEST_GUILESS_MAIN(tst_CnabRetorno)
#include "tst_cnabretorno.moc"
