#include "billing/reconciliation/cardsettlement.h"

#include <QTest>

using billing::CardSettlement;
using billing::MovementKind;
using billing::RetornoFile;
using billing::RetornoMovement;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(MovementKind)

namespace {

const QString kHeader = u"DATE,SOURCE_ID,EXTERNAL_REFERENCE,RECORD_TYPE,DESCRIPTION,NET_CREDIT_AMOUNT,NET_DEBIT_AMOUNT,"
                        u"GROSS_AMOUNT,MP_FEE_AMOUNT,FINANCING_FEE_AMOUNT,SHIPPING_FEE_AMOUNT,TAXES_AMOUNT,COUPON_AMOUNT,"
                        u"INSTALLMENTS,PAYMENT_METHOD,TRANSACTION_APPROVAL_DATE"_s;

// A release report as the account's export gives it: opening balance, two card/PIX payments
// (fees negative, as the report writes them), a refund, an advance-release fee, a blank line,
// a payout and the closing total.
const QString kReport =
    kHeader + u"\n"
    u"2026-11-29T00:00:00.000-03:00,,,initial_available_balance,,1500.00,0.00,1500.00\n"
    u"2026-11-29T10:15:00.000-03:00,71234567890,PED-1001,release,payment,95.01,0.00,100.00,-4.99,0.00,0.00,0.00,0.00,1,pix,"
    u"2026-11-28T22:40:11.000-03:00\n"
    u"2026-11-30T09:00:00.000-03:00,71234567891,PED-1002,release,payment,1134.50,0.00,1234.5,-59.90,-25.10,-10.00,-5.00,"
    u"-20.00,3,master,2026-11-01T12:00:00.000-03:00\n"
    u"2026-11-30T11:00:00.000-03:00,71234567892,PED-0998,release,refund,0.00,50.00,-50.00,0.00,0.00,0.00,0.00,0.00,1,visa,\n"
    u"2026-11-30T12:00:00.000-03:00,FEE555,,release,fee-release-in-advance,0.00,3.20,0.00,0.00,0.00,0.00,0.00,0.00,,,\n"
    u"\n"
    u"2026-12-01T08:00:00.000-03:00,WD9001,,release,withdrawal,0.00,1000.00,0.00,,,,,,,,\n"
    u"2026-12-02T23:59:59.000-03:00,,,total,,2729.51,1053.20,2834.50\n"_s;

/// A report of kHeader with one release row: DESCRIPTION, NET_CREDIT, NET_DEBIT, GROSS, MP_FEE as given.
QByteArray oneRelease(const QString &description, const QString &credit, const QString &debit, const QString &gross,
                      const QString &fee = u"0"_s)
{
    return (kHeader + u"\n2026-11-30T10:00:00.000-03:00,123,PED-1,release,"_s + description + u',' + credit + u',' + debit
            + u',' + gross + u',' + fee + u",0,0,0,0,1,visa,\n"_s)
        .toUtf8();
}

QString errorText(const core::Result<RetornoFile> &r)
{
    return r.ok() ? QString() : r.error().text();
}

} // namespace

class tst_CardSettlement : public QObject
{
    Q_OBJECT

private slots:
    void realisticReport();
    void kinds_data();
    void kinds();
    void semicolonBrazilianDecimalsBomCrlf();
    void quotedFields();
    void portugueseHeaders();
    void firstColumnOfANameWins();
    void looksLikeOne_data();
    void looksLikeOne();
    void amounts_data();
    void amounts();
    void amountRejects_data();
    void amountRejects();
    void badAmountNamesLineAndColumn();
    void badReleaseDate();
    void missingColumn_data();
    void missingColumn();
    void onlyBalanceRows();
    void emptyContent();
};

void tst_CardSettlement::realisticReport()
{
    const auto r = CardSettlement::parse(kReport.toUtf8());
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->bankCode, u"323"_s);
    QCOMPARE(r->layout, u"card"_s);
    QCOMPARE(r->variant, u"mercadopago"_s);
    QCOMPARE(r->lineCount, 9); // the final line break starts no line
    QCOMPARE(r->generatedOn, QDate(2026, 12, 1)); // the latest release, not the total row's date
    QCOMPARE(r->movements.size(), 5);

    const RetornoMovement &pix = r->movements.at(0);
    QCOMPARE(pix.line, 3);
    QCOMPARE(pix.bankCode, u"323"_s);
    QCOMPARE(pix.kind, MovementKind::Liquidacao);
    QCOMPARE(pix.nossoNumeroField, u"71234567890"_s);
    QCOMPARE(pix.nossoNumero, u"71234567890"_s);
    QCOMPARE(pix.nossoNumeroFull, u"71234567890"_s);
    QCOMPARE(pix.documentNumber, u"PED-1001"_s);
    QCOMPARE(pix.occurrenceCode, u"payment"_s);
    QCOMPARE(pix.occurrenceText, u"Card or wallet payment released"_s);
    QCOMPARE(pix.paymentMethod, u"pix"_s);
    QCOMPARE(pix.creditDate, QDate(2026, 11, 29));
    QCOMPARE(pix.occurrenceDate, QDate(2026, 11, 28)); // approved the evening before
    QCOMPARE(pix.paidCents, 10000);
    QCOMPARE(pix.titleCents, 10000);
    QCOMPARE(pix.feeCents, 499);
    QCOMPARE(pix.discountCents, 0);
    QCOMPARE(pix.creditedCents, 9501);
    QVERIFY(pix.isPayment());

    const RetornoMovement &card = r->movements.at(1);
    QCOMPARE(card.line, 4);
    QCOMPARE(card.kind, MovementKind::Liquidacao);
    QCOMPARE(card.nossoNumero, u"71234567891"_s);
    QCOMPARE(card.documentNumber, u"PED-1002"_s);
    QCOMPARE(card.paymentMethod, u"master"_s);
    QCOMPARE(card.creditDate, QDate(2026, 11, 30));
    QCOMPARE(card.occurrenceDate, QDate(2026, 11, 1));
    QCOMPARE(card.paidCents, 123450);
    QCOMPARE(card.titleCents, 123450);
    QCOMPARE(card.feeCents, 5990 + 2510 + 1000 + 500); // MP + financing + shipping + taxes
    QCOMPARE(card.discountCents, 2000);
    QCOMPARE(card.creditedCents, 113450);

    const RetornoMovement &refund = r->movements.at(2);
    QCOMPARE(refund.line, 5);
    QCOMPARE(refund.kind, MovementKind::Estorno);
    QCOMPARE(refund.nossoNumero, u"71234567892"_s);
    QCOMPARE(refund.documentNumber, u"PED-0998"_s);
    QCOMPARE(refund.occurrenceCode, u"refund"_s);
    QCOMPARE(refund.occurrenceText, u"Refund, chargeback or dispute"_s);
    QCOMPARE(refund.paymentMethod, u"visa"_s);
    QCOMPARE(refund.creditDate, QDate(2026, 11, 30));
    QCOMPARE(refund.occurrenceDate, QDate(2026, 11, 30)); // no approval date: the release date
    QCOMPARE(refund.paidCents, 5000);
    QCOMPARE(refund.titleCents, 5000);
    QCOMPARE(refund.feeCents, 0);
    QCOMPARE(refund.creditedCents, -5000);
    QVERIFY(!refund.isPayment());

    const RetornoMovement &fee = r->movements.at(3);
    QCOMPARE(fee.line, 6);
    QCOMPARE(fee.kind, MovementKind::Tarifa);
    QCOMPARE(fee.nossoNumero, u"FEE555"_s);
    QCOMPARE(fee.documentNumber, QString());
    QCOMPARE(fee.occurrenceCode, u"fee-release-in-advance"_s);
    QCOMPARE(fee.occurrenceText, u"Mercado Pago fee"_s);
    QCOMPARE(fee.paymentMethod, QString());
    QCOMPARE(fee.paidCents, 0);
    QCOMPARE(fee.titleCents, 0);
    QCOMPARE(fee.feeCents, 320); // the fee columns are zero: the debit is the fee
    QCOMPARE(fee.creditedCents, -320);

    const RetornoMovement &payout = r->movements.at(4);
    QCOMPARE(payout.line, 8); // after the blank line 7
    QCOMPARE(payout.kind, MovementKind::Outro);
    QCOMPARE(payout.nossoNumero, u"WD9001"_s);
    QCOMPARE(payout.occurrenceCode, u"withdrawal"_s);
    QCOMPARE(payout.occurrenceText, u"Payout or other release"_s);
    QCOMPARE(payout.creditDate, QDate(2026, 12, 1));
    QCOMPARE(payout.occurrenceDate, QDate(2026, 12, 1));
    QCOMPARE(payout.paidCents, 100000); // no gross: the net that left
    QCOMPARE(payout.feeCents, 0);
    QCOMPARE(payout.creditedCents, -100000);
}

void tst_CardSettlement::kinds_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<MovementKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("paid");
    QTest::addColumn<qint64>("fee");
    // Each row: NET_CREDIT 0, NET_DEBIT 30.00, GROSS 40.00, MP_FEE -1.50.
    const QString paid = u"Card or wallet payment released"_s;
    const QString back = u"Refund, chargeback or dispute"_s;
    const QString tarifa = u"Mercado Pago fee"_s;
    const QString other = u"Payout or other release"_s;
    QTest::newRow("payment") << u"payment"_s << MovementKind::Liquidacao << paid << qint64(4000) << qint64(150);
    QTest::newRow("PAYMENT, any case") << u"PAYMENT"_s << MovementKind::Liquidacao << paid << qint64(4000) << qint64(150);
    QTest::newRow("payment_addition is no payment") << u"payment_addition"_s << MovementKind::Outro << other << qint64(4000) << qint64(150);
    QTest::newRow("chargeback") << u"chargeback"_s << MovementKind::Estorno << back << qint64(4000) << qint64(150);
    QTest::newRow("refund_partial") << u"refund_partial"_s << MovementKind::Estorno << back << qint64(4000) << qint64(150);
    QTest::newRow("mediation") << u"mediation"_s << MovementKind::Estorno << back << qint64(4000) << qint64(150);
    QTest::newRow("dispute") << u"dispute"_s << MovementKind::Estorno << back << qint64(4000) << qint64(150);
    QTest::newRow("cancellation") << u"cancellation"_s << MovementKind::Estorno << back << qint64(4000) << qint64(150);
    QTest::newRow("reserve_for_dispute") << u"reserve_for_dispute"_s << MovementKind::Estorno << back << qint64(4000) << qint64(150);
    QTest::newRow("fee with fee columns") << u"fee-release-in-advance"_s << MovementKind::Tarifa << tarifa << qint64(0) << qint64(150);
    QTest::newRow("shipping") << u"shipping"_s << MovementKind::Tarifa << tarifa << qint64(0) << qint64(150);
    QTest::newRow("tax-withholding") << u"tax-withholding-iibb"_s << MovementKind::Tarifa << tarifa << qint64(0) << qint64(150);
    QTest::newRow("payout") << u"payout"_s << MovementKind::Outro << other << qint64(4000) << qint64(150);
    QTest::newRow("unknown") << u"asset_management"_s << MovementKind::Outro << other << qint64(4000) << qint64(150);
}

void tst_CardSettlement::kinds()
{
    QFETCH(QString, description);
    QFETCH(MovementKind, kind);
    QFETCH(QString, text);
    QFETCH(qint64, paid);
    QFETCH(qint64, fee);
    const auto r = CardSettlement::parse(oneRelease(description, u"0"_s, u"30.00"_s, u"40.00"_s, u"-1.50"_s));
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->movements.size(), 1);
    const RetornoMovement &m = r->movements.first();
    QCOMPARE(m.kind, kind);
    QCOMPARE(m.occurrenceCode, description); // as written
    QCOMPARE(m.occurrenceText, text);
    QCOMPARE(m.paidCents, paid);
    QCOMPARE(m.feeCents, fee);
    QCOMPARE(m.creditedCents, -3000);
}

void tst_CardSettlement::semicolonBrazilianDecimalsBomCrlf()
{
    const QByteArray content = "\xef\xbb\xbf"
                               "date;source_id;external_reference;record_type;description;net_credit_amount;net_debit_amount;"
                               "gross_amount;mp_fee_amount;coupon_amount;payment_method\r\n"
                               "2026-11-30T10:15:00.000-03:00;900001;PED-7;release;payment;1.234,56;0,00;1.299,55;-64,99;"
                               "-1.000,00;master\r\n"
                               "2026-11-29T10:20:00.000-03:00;900002;PED-8;release;chargeback;0;10,5;;;\r\n";
    QVERIFY(CardSettlement::looksLikeOne(content));
    const auto r = CardSettlement::parse(content);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->lineCount, 3);
    QCOMPARE(r->generatedOn, QDate(2026, 11, 30)); // the latest release, not the last one
    QCOMPARE(r->movements.size(), 2);
    const RetornoMovement &p = r->movements.at(0);
    QCOMPARE(p.line, 2);
    QCOMPARE(p.nossoNumero, u"900001"_s); // no BOM, no \r in any cell
    QCOMPARE(p.paymentMethod, u"master"_s);
    QCOMPARE(p.paidCents, 129955);
    QCOMPARE(p.creditedCents, 123456);
    QCOMPARE(p.feeCents, 6499);
    QCOMPARE(p.discountCents, 100000);
    const RetornoMovement &c = r->movements.at(1);
    QCOMPARE(c.line, 3);
    QCOMPARE(c.creditDate, QDate(2026, 11, 29));
    QCOMPARE(c.kind, MovementKind::Estorno);
    QCOMPARE(c.paidCents, 1050); // no gross: the debit
    QCOMPARE(c.titleCents, 1050);
    QCOMPARE(c.creditedCents, -1050);
    QCOMPARE(c.paymentMethod, QString()); // the row stops short of the last column
}

void tst_CardSettlement::quotedFields()
{
    const QByteArray content = (kHeader + u"\n"
                                u"\"2026-11-30T10:00:00.000-03:00\",\"AB12\",\"PED-1,5 \"\"gift\"\"\",\"release\",\"payment\","
                                u"\"1,234.56\",0,\"1,300.00\",-65.44,,,,,1,\"visa,debit\",\n"
                                u"2026-11-30T10:00:00.000-03:00,AB13,\"two\nlines\",release,payment,10,0,10,,,,,,1,pix,\n"
                                u"2026-11-30T10:00:00.000-03:00,AB14,PED-3,release,payment,20,0,20,,,,,,1,pix,\n"_s)
                                   .toUtf8();
    const auto r = CardSettlement::parse(content);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->movements.size(), 3);
    const RetornoMovement &m = r->movements.at(0);
    QCOMPARE(m.nossoNumero, u"AB12"_s);
    QCOMPARE(m.documentNumber, u"PED-1,5 \"gift\""_s);
    QCOMPARE(m.paymentMethod, u"visa,debit"_s);
    QCOMPARE(m.creditedCents, 123456);
    QCOMPARE(m.paidCents, 130000);
    QCOMPARE(m.feeCents, 6544);
    QCOMPARE(r->movements.at(1).documentNumber, u"two\nlines"_s);
    QCOMPARE(r->movements.at(1).line, 3);
    QCOMPARE(r->movements.at(2).line, 5); // the quoted line break took line 4
    QCOMPARE(r->movements.at(2).paidCents, 2000);
    QCOMPARE(r->lineCount, 5);
}

void tst_CardSettlement::portugueseHeaders()
{
    const QByteArray content = "\"Tipo de registro (RECORD_TYPE)\";\"ID da operação no Mercado Pago (SOURCE_ID)\";"
                               "\"Data da liberação (DATE)\";\"Descrição (DESCRIPTION)\";\"Valor bruto (R$) (GROSS_AMOUNT)\";"
                               "\"Crédito líquido (net_credit_amount)\";\"Débito líquido (NET_DEBIT_AMOUNT)\";"
                               "\"Código de referência (EXTERNAL_REFERENCE)\";\"Comentário\";\"Tarifa do Mercado Pago (MP_FEE_AMOUNT)\"\n"
                               "Release;5550001;2026-11-27T08:00:00.000-03:00;payment;250,00;237,50;0;PED-42;Ação;-12,50\n";
    QVERIFY(CardSettlement::looksLikeOne(content));
    const auto r = CardSettlement::parse(content);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->movements.size(), 1);
    const RetornoMovement &m = r->movements.first();
    QCOMPARE(m.kind, MovementKind::Liquidacao);
    QCOMPARE(m.nossoNumero, u"5550001"_s);
    QCOMPARE(m.documentNumber, u"PED-42"_s);
    QCOMPARE(m.creditDate, QDate(2026, 11, 27));
    QCOMPARE(m.paidCents, 25000);
    QCOMPARE(m.creditedCents, 23750);
    QCOMPARE(m.feeCents, 1250);
    QCOMPARE(r->generatedOn, QDate(2026, 11, 27));
}

void tst_CardSettlement::firstColumnOfANameWins()
{
    const QByteArray content = "DATE,SOURCE_ID,RECORD_TYPE,DESCRIPTION,NET_CREDIT_AMOUNT,NET_DEBIT_AMOUNT,GROSS_AMOUNT,"
                               "Valor bruto (GROSS_AMOUNT)\n"
                               "2026-11-30,1,release,payment,0,0,12.34,99.99\n"_ba;
    const auto r = CardSettlement::parse(content);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->movements.first().paidCents, 1234);
}

void tst_CardSettlement::looksLikeOne_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("expected");
    QTest::newRow("the report") << kReport.toUtf8() << true;
    QTest::newRow("header only, lower case, ;") << "source_id;record_type;net_credit_amount\n"_ba << true;
    QTest::newRow("Portuguese header with BOM")
        << "\xef\xbb\xbf\"ID (SOURCE_ID)\",\"Tipo (RECORD_TYPE)\",\"Crédito (NET_CREDIT_AMOUNT)\"\r\n"_ba << true;
    QTest::newRow("no NET_CREDIT_AMOUNT") << "DATE,SOURCE_ID,RECORD_TYPE,NET_DEBIT_AMOUNT\n"_ba << false;
    QTest::newRow("no SOURCE_ID") << "DATE,RECORD_TYPE,NET_CREDIT_AMOUNT\n"_ba << false;
    QTest::newRow("no RECORD_TYPE") << "DATE,SOURCE_ID,NET_CREDIT_AMOUNT\n"_ba << false;
    QTest::newRow("names only in a later line") << "DATE\nSOURCE_ID,RECORD_TYPE,NET_CREDIT_AMOUNT\n"_ba << false;
    QTest::newRow("PIX statement") << "txid;e2eid;valor;data\nBOL34112345;E123;10,00;2026-11-30\n"_ba << false;
    QTest::newRow("CNAB 400 retorno")
        << QByteArray("02RETORNO01COBRANCA       0000000000000000000000ITAU SA") + QByteArray(343, ' ') + "\r\n" << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_CardSettlement::looksLikeOne()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, expected);
    QCOMPARE(CardSettlement::looksLikeOne(content), expected);
}

void tst_CardSettlement::amounts_data()
{
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("gross");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("100.00") << u","_s << u"100.00"_s << qint64(10000);
    QTest::newRow("-4.99") << u","_s << u"-4.99"_s << qint64(499);
    QTest::newRow("+12.30") << u","_s << u"+12.30"_s << qint64(1230);
    QTest::newRow("1234.5") << u","_s << u"1234.5"_s << qint64(123450);
    QTest::newRow("0.29 (no double rounding)") << u","_s << u"0.29"_s << qint64(29);
    QTest::newRow("whole") << u","_s << u"7"_s << qint64(700);
    QTest::newRow("empty") << u","_s << QString() << qint64(0);
    QTest::newRow("quoted 1,234.56") << u","_s << u"\"1,234.56\""_s << qint64(123456);
    QTest::newRow("quoted 1,234 groups") << u","_s << u"\"1,234\""_s << qint64(123400);
    QTest::newRow("quoted 1,234,567") << u","_s << u"\"1,234,567\""_s << qint64(123456700);
    QTest::newRow("1.234.567 repeated mark groups") << u","_s << u"1.234.567"_s << qint64(123456700);
    QTest::newRow("1.500 trailing zero") << u","_s << u"1.500"_s << qint64(150);
    QTest::newRow("beyond double's exact range") << u","_s << u"999999999999999.99"_s << qint64(99999999999999999);
    QTest::newRow("padded") << u","_s << u"  10.01 "_s << qint64(1001);
    QTest::newRow("1.234,56 with ;") << u";"_s << u"1.234,56"_s << qint64(123456);
    QTest::newRow("-4,99 with ;") << u";"_s << u"-4,99"_s << qint64(499);
    QTest::newRow("1234,5 with ;") << u";"_s << u"1234,5"_s << qint64(123450);
    QTest::newRow("1.234 groups with ;") << u";"_s << u"1.234"_s << qint64(123400);
    QTest::newRow("1.234.567,89 with ;") << u";"_s << u"1.234.567,89"_s << qint64(123456789);
    QTest::newRow("100.00 with ;") << u";"_s << u"100.00"_s << qint64(10000);
}

void tst_CardSettlement::amounts()
{
    QFETCH(QString, separator);
    QFETCH(QString, gross);
    QFETCH(qint64, cents);
    QString content = u"DATE,SOURCE_ID,RECORD_TYPE,DESCRIPTION,NET_CREDIT_AMOUNT,NET_DEBIT_AMOUNT,GROSS_AMOUNT\n"
                      u"2026-11-30,1,release,payment,0,0,"_s;
    content.replace(u',', separator);
    const auto r = CardSettlement::parse((content + gross).toUtf8());
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->movements.first().paidCents, cents);
}

void tst_CardSettlement::amountRejects_data()
{
    QTest::addColumn<QString>("gross");
    QTest::newRow("word") << u"abc"_s;
    QTest::newRow("two dots") << u"1.2.3"_s;
    QTest::newRow("bad grouping") << u"\"12,34.50\""_s;
    QTest::newRow("finer than a centavo") << u"1.234"_s;
    QTest::newRow("currency") << u"R$ 10.00"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("double sign") << u"--1"_s;
    QTest::newRow("dangling mark") << u"1."_s;
    QTest::newRow("sign only") << u"-"_s;
    QTest::newRow("non-ASCII digit") << u"\u0663.00"_s;
    QTest::newRow("too large") << u"1234567890123456.00"_s;
}

void tst_CardSettlement::amountRejects()
{
    QFETCH(QString, gross);
    const auto r = CardSettlement::parse(oneRelease(u"payment"_s, u"0"_s, u"0"_s, gross));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, core::Error::Kind::Parse);
    QCOMPARE(r.error().where, u"line 2, column 8 (GROSS_AMOUNT)"_s);
    QVERIFY2(r.error().message.startsWith(u"Expected an amount such as 1234.56, found \""_s), qPrintable(r.error().message));
}

void tst_CardSettlement::badAmountNamesLineAndColumn()
{
    QString content = kReport;
    content.replace(u"-59.90"_s, u"n/a"_s);
    const auto r = CardSettlement::parse(content.toUtf8());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, core::Error::Kind::Parse);
    QCOMPARE(r.error().message, u"Expected an amount such as 1234.56, found \"n/a\"."_s);
    QCOMPARE(r.error().where, u"line 4, column 9 (MP_FEE_AMOUNT)"_s);
    // A balance row is not read: garbage there is no error.
    QString balance = kReport;
    balance.replace(u"1500.00,0.00,1500.00"_s, u"x,y,z"_s);
    QVERIFY(CardSettlement::parse(balance.toUtf8()).ok());
}

void tst_CardSettlement::badReleaseDate()
{
    QString content = kReport;
    content.replace(u"2026-11-30T11:00:00.000-03:00"_s, u"30/11/2026"_s);
    const auto r = CardSettlement::parse(content.toUtf8());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, core::Error::Kind::Parse);
    QVERIFY2(r.error().message.contains(u"found \"30/11/2026\""_s), qPrintable(r.error().message));
    QCOMPARE(r.error().where, u"line 5, column 1 (DATE)"_s);
    // The total row's date is not read.
    QString total = kReport;
    total.replace(u"2026-12-02T23:59:59.000-03:00"_s, u"soon"_s);
    QVERIFY(CardSettlement::parse(total.toUtf8()).ok());
}

void tst_CardSettlement::missingColumn_data()
{
    QTest::addColumn<QString>("column");
    for (const char *name : {"DATE", "SOURCE_ID", "RECORD_TYPE", "DESCRIPTION", "NET_CREDIT_AMOUNT", "NET_DEBIT_AMOUNT",
                             "GROSS_AMOUNT"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_CardSettlement::missingColumn()
{
    QFETCH(QString, column);
    QString content = kReport;
    // Renaming the column in the header keeps every row's shape: only the name is missing.
    const qsizetype at = content.indexOf(column);
    QVERIFY(at >= 0 && at < content.indexOf(u'\n'));
    content.replace(at, column.size(), u"UNKNOWN"_s);
    const auto r = CardSettlement::parse(content.toUtf8());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, core::Error::Kind::Parse);
    QCOMPARE(r.error().where, u"line 1"_s);
    QVERIFY2(r.error().message.startsWith(u"The release report has no "_s + column + u" column"_s), qPrintable(r.error().message));
}

void tst_CardSettlement::onlyBalanceRows()
{
    const QByteArray content = (kHeader + u"\n"
                                u"2026-11-29T00:00:00.000-03:00,,,initial_available_balance,,1500.00,0.00,1500.00\n"
                                u"2026-11-29T00:00:00.000-03:00,,,block,,0,0,0\n"
                                u"2026-11-30T23:59:59.000-03:00,,,available_balance,,1500.00,0.00,1500.00\n"_s)
                                   .toUtf8();
    const auto r = CardSettlement::parse(content);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, core::Error::Kind::Validation);
    QCOMPARE(r.error().message, u"The report has no released money (RECORD_TYPE release); nothing to reconcile."_s);
    const auto headerOnly = CardSettlement::parse(kHeader.toUtf8());
    QVERIFY(!headerOnly.ok());
    QCOMPARE(headerOnly.error().kind, core::Error::Kind::Validation);
}

void tst_CardSettlement::emptyContent()
{
    const auto r = CardSettlement::parse("\r\n\n"_ba);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, core::Error::Kind::Parse);
    QCOMPARE(r.error().where, u"line 1"_s);
}

QTEST_MAIN(tst_CardSettlement)
#include "tst_cardsettlement.moc"
