#include "billing/cli/pixcommands.h"
#include "billing/pix/brcode.h"
#include "billing/pix/crc16.h"
#include "billing/pix/emvtlv.h"
#include "billing/pix/pixpayload.h"

#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QFile>
#include <QTest>
#include <QTextStream>

using billing::BrCode;
using billing::Crc16;
using billing::EmvField;
using billing::EmvTlv;
using billing::PixPayload;
using core::Money;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PixPayload)

namespace {

// Public vector P1 of boleto-vectors.md (iv) without its field 63: the base the negative rows edit.
const QString kP1Body = u"00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR"
                        u"5913Fulano de Tal6008BRASILIA62070503***"_s;

// Closes a hand-made body with a correct checksum, so the row tests the rule it is about and not the CRC.
QString withCrc(const QString &body)
{
    const QString head = body + u"6304"_s;
    return head + Crc16::hex(head);
}

QString errorText(const core::Result<PixPayload> &r)
{
    return r.ok() ? QString() : r.error().text();
}

} // namespace

class tst_Pix : public QObject
{
    Q_OBJECT

private slots:
    void crc_data();
    void crc();

    void tlvReadsNested();
    void tlvWriteRejectsOverlong();
    void tlvReadRejects_data();
    void tlvReadRejects();

    void decodesPublicVectors_data();
    void decodesPublicVectors();
    void rejectsWrongChecksum();
    void rejectsCrcValidButBrokenStructure();
    void decodeRejects_data();
    void decodeRejects();
    void decodeIgnoresSurroundingWhitespace();

    void roundTrip_data();
    void roundTrip();
    void encodesInManualOrder();

    void validateRejects_data();
    void validateRejects();

    void plainText_data();
    void plainText();
    void accentsInNameAndCity();
    void decodeKeepsAccentsAsWritten();

    void amounts_data();
    void amounts();
    void amountRejects_data();
    void amountRejects();

    void commandLine();
};

void tst_Pix::crc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hex");
    QTest::newRow("CCITT-FALSE check value") << u"123456789"_s << u"29B1"_s;
    QTest::newRow("empty is the initial value") << QString() << u"FFFF"_s;
    QTest::newRow("P1 body") << QString(kP1Body + u"6304"_s) << u"1D3D"_s;
    QTest::newRow("N1 body (the correct CRC)")
        << u"00020101021126580014br.gov.bcb.pix013611111111-2222-3333-4444-555555555555520400005303986540510.005802BR"
           u"5913Despacha App6008BRASILIA62070503***6304"_s
        << u"E3FF"_s;
}

void tst_Pix::crc()
{
    QFETCH(QString, text);
    QFETCH(QString, hex);
    QCOMPARE(Crc16::hex(text), hex);
    QCOMPARE(Crc16::toHex(0x0A1B), u"0A1B"_s); // zero padded, uppercase
}

void tst_Pix::tlvReadsNested()
{
    const auto top = EmvTlv::read(u"00020126180005123450205ABCDE5802BR");
    QVERIFY2(top.ok(), qPrintable(top.ok() ? QString() : top.error().text()));
    QCOMPARE(top->size(), 3);
    QCOMPARE(top->at(1).id, u"26"_s);
    QCOMPARE(top->at(1).position, 7);
    const auto inner = EmvTlv::read(top->at(1).value, top->at(1).position + 4, u"26"_s);
    QVERIFY(inner.ok());
    QCOMPARE(*inner, (QList<EmvField>{{u"00"_s, u"12345"_s}, {u"02"_s, u"ABCDE"_s}}));
    QCOMPARE(inner->at(1).position, 20);
    QCOMPARE(*EmvTlv::write(*inner, u"26"_s), u"000512345"_s + u"0205ABCDE"_s);
    QCOMPARE(*EmvTlv::write(u"59"_s, u"ACME"_s), u"5904ACME"_s);
}

void tst_Pix::tlvWriteRejectsOverlong()
{
    QVERIFY(EmvTlv::write(u"80"_s, QString(99, u'x')).ok());
    const auto r = EmvTlv::write(u"01"_s, QString(100, u'x'), u"26"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, u"field 26.01"_s);
    QVERIFY2(r.error().message.contains(u"100 characters"_s), qPrintable(r.error().message));
    QVERIFY(!EmvTlv::write(u"5"_s, u"x"_s).ok());
}

void tst_Pix::tlvReadRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("where");
    QTest::newRow("letter in ID") << u"0002015A04ACME"_s << u"position 7"_s;
    QTest::newRow("letter in length") << u"0002015904ACME60X4RIOX"_s << u"field 60, position 15"_s;
    QTest::newRow("value cut short") << u"0002015910ACME"_s << u"field 59, position 7"_s;
    QTest::newRow("dangling single character") << u"0002015904ACME6"_s << u"position 15"_s;
}

void tst_Pix::tlvReadRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, where);
    const auto r = EmvTlv::read(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, where);
}

void tst_Pix::decodesPublicVectors_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<int>("initiation");
    QTest::addColumn<QString>("gui");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("city");
    QTest::addColumn<qint64>("amountCents"); // -1: no amount
    QTest::addColumn<QString>("txid");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QStringList>("otherIds"); // unmodelled fields, top level then "62.xx"

    const int none = int(PixPayload::Initiation::NotGiven);
    const int dynamic = int(PixPayload::Initiation::Dynamic);
    QTest::newRow("P1 BCB manual, static EVP, no amount")
        << u"00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal"
           u"6008BRASILIA62070503***63041D3D"_s
        << none << u"br.gov.bcb.pix"_s << u"123e4567-e12b-12d1-a456-426655440000"_s << QString() << u"Fulano de Tal"_s
        << u"BRASILIA"_s << qint64(-1) << u"***"_s << QString() << QStringList();
    QTest::newRow("P2 phone key, uppercase GUI, 10.00")
        << u"00020126360014BR.GOV.BCB.PIX0114+5561988888888520400005303986540510.005802BR5913FULANO DE TAL6008BRASILIA"
           u"62070503***6304EFA2"_s
        << none << u"BR.GOV.BCB.PIX"_s << u"+5561988888888"_s << QString() << u"FULANO DE TAL"_s << u"BRASILIA"_s
        << qint64(1000) << u"***"_s << QString() << QStringList();
    QTest::newRow("P3 e-mail key, amount written \"100\", txid with '-'")
        << u"00020101021226370014br.gov.bcb.pix0115teste@teste.com52040000530398654031005802BR5914NOME_DA_PESSOA"
           u"6006CIDADE62160512id-transacao6304DA67"_s
        << dynamic << u"br.gov.bcb.pix"_s << u"teste@teste.com"_s << QString() << u"NOME_DA_PESSOA"_s << u"CIDADE"_s
        << qint64(10000) << u"id-transacao"_s << QString() << QStringList();
    QTest::newRow("P4 Santander hybrid boleto, 30-character id")
        << u"00020101021226580014br.gov.bcb.pix013639a1178e-db6b-4407-bc7b-b674390acf5f5204000053039865406100.005802BR"
           u"5904ACME6006CIDADE623405301234567890123456789012345678906304F0C4"_s
        << dynamic << u"br.gov.bcb.pix"_s << u"39a1178e-db6b-4407-bc7b-b674390acf5f"_s << QString() << u"ACME"_s
        << u"CIDADE"_s << qint64(10000) << u"123456789012345678901234567890"_s << QString() << QStringList();
    QTest::newRow("P5 BCB manual full example: templates 04, 27, 62.50, 80, 81 and CEP")
        << u"00020104141234567890123426660014BR.GOV.BCB.PIX014466756C616E6F32303139406578616D706C652E636F6D27300012BR.COM."
           u"OUTRO011001234567895204000053039865406123.455802BR5915NOMEDORECEBEDOR6008BRASILIA61087007490062530515RP123"
           u"45678-201950300017BR.GOV.BCB.BRCODE01051.0.080450014BR.GOV.BCB.PIX0123PADRAO.URL.PIX/0123ABCD81390012BR.COM."
           u"OUTRO01190123.ABCD.3456.WXYZ6304EB76"_s
        << none << u"BR.GOV.BCB.PIX"_s << u"66756C616E6F32303139406578616D706C652E636F6D"_s << QString()
        << u"NOMEDORECEBEDOR"_s << u"BRASILIA"_s << qint64(12345) << u"RP12345678-2019"_s << u"70074900"_s
        << QStringList{u"04"_s, u"27"_s, u"80"_s, u"81"_s, u"62.50"_s};
    QTest::newRow("P6 dynamic, location URL")
        << u"00020101021226990014br.gov.bcb.pix2577pix.bancogenial.com/qrs1/v2/01KfnjyxrIjbBYWpGibducBeORSF8PrUqPNOP8"
           u"uYG6kPEGPnZ52040000530398654041.005802BR5910LCT-BETDEV6009SAO PAULO62070503***630443DD"_s
        << dynamic << u"br.gov.bcb.pix"_s << QString()
        << u"pix.bancogenial.com/qrs1/v2/01KfnjyxrIjbBYWpGibducBeORSF8PrUqPNOP8uYG6kPEGPnZ"_s << u"LCT-BETDEV"_s
        << u"SAO PAULO"_s << qint64(100) << u"***"_s << QString() << QStringList();
}

void tst_Pix::decodesPublicVectors()
{
    QFETCH(QString, payload);
    QFETCH(int, initiation);
    QFETCH(QString, gui);
    QFETCH(QString, key);
    QFETCH(QString, url);
    QFETCH(QString, name);
    QFETCH(QString, city);
    QFETCH(qint64, amountCents);
    QFETCH(QString, txid);
    QFETCH(QString, postalCode);
    QFETCH(QStringList, otherIds);

    const auto decoded = BrCode::decode(payload);
    QVERIFY2(decoded.ok(), qPrintable(errorText(decoded)));
    const PixPayload &p = *decoded;
    QCOMPARE(int(p.initiation), initiation);
    QCOMPARE(p.gui, gui);
    QCOMPARE(p.key, key);
    QCOMPARE(p.url, url);
    QCOMPARE(p.isDynamic(), !url.isEmpty());
    QCOMPARE(p.merchantName, name);
    QCOMPARE(p.merchantCity, city);
    QCOMPARE(p.amount.has_value(), amountCents >= 0);
    if (p.amount)
        QCOMPARE(p.amount->cents(), amountCents);
    QCOMPARE(p.txid, txid);
    QCOMPARE(p.postalCode, postalCode);
    QStringList ids;
    for (const EmvField &f : p.otherFields)
        ids << f.id;
    for (const EmvField &f : p.otherAdditionalFields)
        ids << u"62."_s + f.id;
    QCOMPARE(ids, otherIds);

    // Byte for byte: what we decode we can write back unchanged.
    QCOMPARE(BrCode::encode(p), payload);
}

void tst_Pix::rejectsWrongChecksum()
{
    // N1: published by an app with a CRC that does not match its body.
    const auto r = BrCode::decode(u"00020101021126580014br.gov.bcb.pix013611111111-2222-3333-4444-555555555555520400005303"
                                  u"986540510.005802BR5913Despacha App6008BRASILIA62070503***6304E2A4"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, u"field 63"_s);
    QVERIFY2(r.error().message.contains(u"checksum is E2A4, expected E3FF: the code was altered or mistyped"_s),
             qPrintable(r.error().message));

    // One mistyped character anywhere is caught the same way.
    QString typo = u"00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR"
                   u"5913Fulano de Tal6008BRASILIA62070503***63041D3D"_s;
    typo[40] = u'9';
    const auto t = BrCode::decode(typo);
    QVERIFY(!t.ok());
    QVERIFY2(t.error().message.contains(u"expected"_s) && t.error().message.contains(u"1D3D"_s), qPrintable(t.error().message));
}

void tst_Pix::rejectsCrcValidButBrokenStructure()
{
    // P7: the CRC is right, but a stray "01" after 000201 makes the fields unreadable; the CRC alone
    // must not make a code acceptable.
    const QString p7 = u"0002010101021226630014BR.GOV.BCB.PIX0132420ab7c44d6346d4809ecd3eebc129ec0205BARBA5204000053039865"
                       u"4041.005802BR5922RAFAEL DE ANDRADE DIAS6004LAJE62160512AG000000023863047C58"_s;
    QCOMPARE(Crc16::hex(p7.chopped(4)), u"7C58"_s);
    const auto r = BrCode::decode(p7);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.contains(u"position"_s), qPrintable(r.error().text()));
}

void tst_Pix::decodeRejects_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QString>("where"); // the error's location starts with this
    QTest::addColumn<QString>("messagePart");

    const QString b = kP1Body;
    auto edit = [&](const QString &from, const QString &to) {
        QString s = b;
        Q_ASSERT(s.contains(from));
        return withCrc(s.replace(from, to));
    };
    QTest::newRow("empty") << QString() << QString() << u"empty"_s;
    QTest::newRow("no checksum field") << b << u"field 63"_s << u"checksum"_s;
    QTest::newRow("format indicator 02") << edit(u"000201"_s, u"000202"_s) << u"field 00"_s << u"\"01\""_s;
    QTest::newRow("does not start with 00") << withCrc(b.mid(6) + u"000201"_s) << u"field 00"_s << u"starts with field 00"_s;
    QTest::newRow("initiation 13") << edit(u"000201"_s, u"000201010213"_s) << u"field 01"_s << u"\"13\""_s;
    QTest::newRow("PIX account missing") << edit(b.mid(6, 62), QString()) << u"field 26"_s << u"missing"_s;
    QTest::newRow("GUI of another arrangement") << edit(u"br.gov.bcb.pix"_s, u"br.gov.bcb.pax"_s) << u"field 26.00"_s
                                                << u"br.gov.bcb.pix"_s;
    QTest::newRow("GUI missing") << edit(u"26580014br.gov.bcb.pix0136"_s, u"26400136"_s) << u"field 26.00"_s << u"missing"_s;
    QTest::newRow("neither key nor URL") << withCrc(u"00020126180014br.gov.bcb.pix5204000053039865802BR5913Fulano de Tal"
                                                    u"6008BRASILIA62070503***"_s)
                                         << u"field 26"_s << u"neither"_s;
    QTest::newRow("merchant category 5411") << edit(u"52040000"_s, u"52045411"_s) << u"field 52"_s << u"\"0000\""_s;
    QTest::newRow("merchant category missing") << edit(u"52040000"_s, QString()) << u"field 52"_s << u"missing"_s;
    QTest::newRow("currency USD") << edit(u"5303986"_s, u"5303840"_s) << u"field 53"_s << u"\"986\""_s;
    QTest::newRow("country US") << edit(u"5802BR"_s, u"5802US"_s) << u"field 58"_s << u"\"BR\""_s;
    QTest::newRow("name 26 characters") << edit(u"5913Fulano de Tal"_s, u"5926ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s) << u"field 59"_s
                                        << u"26 characters"_s;
    QTest::newRow("name missing") << edit(u"5913Fulano de Tal"_s, QString()) << u"field 59"_s << u"missing"_s;
    QTest::newRow("name blank") << edit(u"5913Fulano de Tal"_s, u"5902  "_s) << u"field 59"_s << u"empty"_s;
    QTest::newRow("city 16 characters") << edit(u"6008BRASILIA"_s, u"6016BRASILIA BRASILI"_s) << u"field 60"_s
                                        << u"16 characters"_s;
    QTest::newRow("city missing") << edit(u"6008BRASILIA"_s, QString()) << u"field 60"_s << u"missing"_s;
    QTest::newRow("amount with comma") << edit(u"5802BR"_s, u"540512,345802BR"_s) << u"field 54"_s << u"12,34"_s;
    QTest::newRow("amount with thousands") << edit(u"5802BR"_s, u"54051.2345802BR"_s) << u"field 54"_s << u"1.234"_s;
    QTest::newRow("additional data missing") << edit(u"62070503***"_s, QString()) << u"field 62"_s << u"missing"_s;
    QTest::newRow("txid missing") << edit(u"62070503***"_s, u"62070703***"_s) << u"field 62.05"_s << u"missing"_s;
    QTest::newRow("txid empty") << edit(u"62070503***"_s, u"62040500"_s) << u"field 62.05"_s << u"empty"_s;
    QTest::newRow("field twice") << edit(u"5802BR"_s, u"5802BR5802BR"_s) << u"field 58"_s << u"twice"_s;
    QTest::newRow("length not digits") << edit(u"5913Fulano"_s, u"59X3Fulano"_s) << u"field 59, position"_s << u"two digits"_s;
    QTest::newRow("length past the end") << edit(u"62070503***"_s, u"62090503***"_s) << u"field 62, position"_s
                                         << u"declares 9"_s;
    QTest::newRow("template length inside 26") << edit(u"0136123e"_s, u"0199123e"_s) << u"field 26.01, position 29"_s
                                               << u"declares 99"_s;
}

void tst_Pix::decodeRejects()
{
    QFETCH(QString, payload);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    const auto r = BrCode::decode(payload);
    QVERIFY2(!r.ok(), qPrintable(payload));
    QVERIFY2(r.error().where.startsWith(where), qPrintable(r.error().text()));
    if (where.isEmpty())
        QVERIFY2(r.error().where.isEmpty(), qPrintable(r.error().text()));
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().text()));
}

void tst_Pix::decodeIgnoresSurroundingWhitespace()
{
    const QString p1 = withCrc(kP1Body);
    const auto r = BrCode::decode(u"  "_s + p1 + u"\r\n"_s);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(BrCode::encode(*r), p1);
}

void tst_Pix::roundTrip_data()
{
    QTest::addColumn<PixPayload>("payload");
    QTest::addColumn<QString>("starts");

    QTest::newRow("static, no amount")
        << PixPayload::forKey(u"fulano@example.com"_s, u"Fulano de Tal"_s, u"Brasília"_s) << u"0002010102112640"_s;
    QTest::newRow("static, amount and txid")
        << PixPayload::forKey(u"+5561988888888"_s, u"Loja Exemplo"_s, u"Recife"_s, Money::fromCents(123456), u"PEDIDO1234"_s)
        << u"000201010211"_s;
    QTest::newRow("static, one centavo") << PixPayload::forKey(u"12345678909"_s, u"A"_s, u"B"_s, Money::fromCents(1))
                                         << u"000201010211"_s;
    QTest::newRow("dynamic with URL") << PixPayload::forUrl(u"pix.example.com/qr/v2/9d36b84fc70b478fb95c12729b90ca25"_s,
                                                            u"Loja Ação"_s, u"São Paulo"_s, Money::fromCents(9990))
                                      << u"000201010212"_s;
    QTest::newRow("dynamic, payer types the amount")
        << PixPayload::forUrl(u"pix.example.com/qr/v2/cobv/abc"_s, u"Loja"_s, u"Natal"_s) << u"000201010212"_s;
    PixPayload full = PixPayload::forKey(u"123e4567-e12b-12d1-a456-426655440000"_s, u"Fulano"_s, u"Rio"_s);
    full.description = u"Pedido 1234"_s;
    full.postalCode = u"70074900"_s;
    QTest::newRow("description and CEP") << full << u"000201010211"_s;
}

void tst_Pix::roundTrip()
{
    QFETCH(PixPayload, payload);
    QFETCH(QString, starts);
    const auto valid = payload.validate();
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().text()));
    const QString code = BrCode::encode(payload);
    QVERIFY2(code.startsWith(starts), qPrintable(code));
    QCOMPARE(code.right(8).left(4), u"6304"_s);
    QCOMPARE(code.right(4), Crc16::hex(code.chopped(4)));
    const auto decoded = BrCode::decode(code);
    QVERIFY2(decoded.ok(), qPrintable(errorText(decoded)));
    QCOMPARE(*decoded, payload);
    QCOMPARE(BrCode::encode(*decoded), code);
}

void tst_Pix::encodesInManualOrder()
{
    // Built field by field, P1 comes out exactly as the BCB manual prints it.
    PixPayload p;
    p.key = u"123e4567-e12b-12d1-a456-426655440000"_s;
    p.merchantName = u"Fulano de Tal"_s;
    p.merchantCity = u"BRASILIA"_s;
    QCOMPARE(BrCode::encode(p), withCrc(kP1Body));

    // A static code with an amount: 54 comes between 53 and 58, txid inside 62.
    const PixPayload q = PixPayload::forKey(u"+5561988888888"_s, u"FULANO DE TAL"_s, u"BRASILIA"_s, Money::fromCents(1000),
                                            u"ABC123"_s);
    QCOMPARE(BrCode::encode(q), withCrc(u"000201010211""26360014br.gov.bcb.pix0114+5561988888888""52040000""5303986"
                                        u"540510.00""5802BR""5913FULANO DE TAL""6008BRASILIA""62100506ABC123"_s));
}

void tst_Pix::validateRejects_data()
{
    QTest::addColumn<PixPayload>("payload");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("messagePart");

    const PixPayload ok = PixPayload::forKey(u"fulano@example.com"_s, u"Fulano"_s, u"Recife"_s);
    auto with = [&](auto change) {
        PixPayload p = ok;
        change(p);
        return p;
    };
    QTest::newRow("name 26 characters") << PixPayload::forKey(u"k"_s, QString(26, u'A'), u"Recife"_s) << u"field 59"_s
                                        << u"26 characters"_s;
    QTest::newRow("name empty") << PixPayload::forKey(u"k"_s, u"  "_s, u"Recife"_s) << u"field 59"_s << u"empty"_s;
    QTest::newRow("city 18 characters") << PixPayload::forKey(u"k"_s, u"A"_s, u"Santo André do Sul"_s) << u"field 60"_s
                                        << u"18 characters"_s;
    QTest::newRow("txid with '-'") << PixPayload::forKey(u"k"_s, u"A"_s, u"B"_s, {}, u"PED-1"_s) << u"field 62.05"_s
                                   << u"letters and digits"_s;
    QTest::newRow("txid 26 characters") << PixPayload::forKey(u"k"_s, u"A"_s, u"B"_s, {}, QString(26, u'X'))
                                        << u"field 62.05"_s << u"26 characters"_s;
    QTest::newRow("txid on a dynamic code") << with([](PixPayload &p) {
        p.key.clear();
        p.url = u"pix.example.com/qr/1"_s;
        p.txid = u"ABC"_s;
    }) << u"field 62.05"_s << u"***"_s;
    QTest::newRow("no key nor URL") << with([](PixPayload &p) { p.key.clear(); }) << u"field 26"_s << u"URL"_s;
    QTest::newRow("key and URL") << with([](PixPayload &p) { p.url = u"pix.example.com/qr/1"_s; }) << u"field 26"_s
                                 << u"both"_s;
    QTest::newRow("key 78 characters") << with([](PixPayload &p) { p.key = QString(78, u'k'); }) << u"field 26.01"_s
                                       << u"78 characters"_s;
    QTest::newRow("URL with scheme") << PixPayload::forUrl(u"https://pix.example.com/qr/1"_s, u"A"_s, u"B"_s)
                                     << u"field 26.25"_s << u"https://"_s;
    QTest::newRow("GUI of another arrangement") << with([](PixPayload &p) { p.gui = u"br.com.outro"_s; })
                                                << u"field 26.00"_s << u"br.gov.bcb.pix"_s;
    QTest::newRow("zero amount") << with([](PixPayload &p) { p.amount = Money(); }) << u"field 54"_s << u"positive"_s;
    QTest::newRow("amount over 13 characters") << with([](PixPayload &p) { p.amount = Money::fromCents(123456789012345); })
                                               << u"field 54"_s << u"16 characters"_s;
    QTest::newRow("CEP with hyphen") << with([](PixPayload &p) { p.postalCode = u"70074-900"_s; }) << u"field 61"_s
                                     << u"8 digits"_s;
    QTest::newRow("template 26 over 99") << with([](PixPayload &p) {
        p.key = QString(77, u'k');
        p.description = u"Pedido"_s;
    }) << u"field 26"_s << u"at most 99"_s;
}

void tst_Pix::validateRejects()
{
    QFETCH(PixPayload, payload);
    QFETCH(QString, where);
    QFETCH(QString, messagePart);
    const auto r = payload.validate();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, where);
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().text()));
}

void tst_Pix::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("tilde") << u"São Paulo"_s << u"SAO PAULO"_s;
    QTest::newRow("acute") << u"Brasília"_s << u"BRASILIA"_s;
    QTest::newRow("cedilla and tilde") << u"Açaí & Cia. Ltda"_s << u"ACAI & CIA. LTDA"_s;
    QTest::newRow("circumflex, grave, apostrophe") << u"São João d'Aliança à Vôo"_s << u"SAO JOAO D'ALIANCA A VOO"_s;
    QTest::newRow("already plain") << u"FULANO DE TAL"_s << u"FULANO DE TAL"_s;
    QTest::newRow("spaces collapsed") << u"  Fulano   de\tTal "_s << u"FULANO DE TAL"_s;
}

void tst_Pix::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(PixPayload::plainText(text), plain);
}

void tst_Pix::accentsInNameAndCity()
{
    const PixPayload p = PixPayload::forKey(u"fulano@example.com"_s, u"José Ação Ltda"_s, u"São Paulo"_s);
    QCOMPARE(p.merchantName, u"JOSE ACAO LTDA"_s);
    QCOMPARE(p.merchantCity, u"SAO PAULO"_s);
    const QString code = BrCode::encode(p);
    QVERIFY2(code.contains(u"5914JOSE ACAO LTDA6009SAO PAULO"_s), qPrintable(code));
    // Stripping accents keeps one letter per letter, so a name that fits still fits.
    const PixPayload q = PixPayload::forKey(u"k"_s, u"Associação São Cristóvão"_s, u"Itajubá"_s);
    QCOMPARE(q.merchantName, u"ASSOCIACAO SAO CRISTOVAO"_s);
    QVERIFY(q.validate().ok());
}

void tst_Pix::decodeKeepsAccentsAsWritten()
{
    // Codes from other issuers may carry accents; lengths count characters, the CRC runs over UTF-8.
    const QString code = withCrc(u"00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR"
                                 u"5909Açaí Ltda6009São Paulo62070503***"_s);
    const auto r = BrCode::decode(code);
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r->merchantName, u"Açaí Ltda"_s);
    QCOMPARE(r->merchantCity, u"São Paulo"_s);
    QCOMPARE(BrCode::encode(*r), code);
}

void tst_Pix::amounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("two decimals") << u"123.45"_s << qint64(12345) << u"123.45"_s;
    QTest::newRow("no decimals") << u"100"_s << qint64(10000) << u"100.00"_s;
    QTest::newRow("one decimal") << u"10.5"_s << qint64(1050) << u"10.50"_s;
    QTest::newRow("one centavo") << u"0.01"_s << qint64(1) << u"0.01"_s;
    QTest::newRow("13 characters") << u"1234567890.12"_s << qint64(123456789012) << u"1234567890.12"_s;
}

void tst_Pix::amounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QFETCH(QString, canonical);
    const auto r = PixPayload::parseAmount(text);
    QVERIFY(r.ok());
    QCOMPARE(r->cents(), cents);
    QCOMPARE(PixPayload::formatAmount(*r), canonical);
}

void tst_Pix::amountRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("comma") << u"12,34"_s;
    QTest::newRow("three decimals / thousands dot") << u"1.234"_s;
    QTest::newRow("no whole part") << u".50"_s;
    QTest::newRow("dot without decimals") << u"10."_s;
    QTest::newRow("negative") << u"-1.00"_s;
    QTest::newRow("exponent") << u"1e3"_s;
    QTest::newRow("currency sign") << u"R$10.00"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("14 characters") << u"12345678901.00"_s;
}

void tst_Pix::amountRejects()
{
    QFETCH(QString, text);
    const auto r = PixPayload::parseAmount(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, u"field 54"_s);
}

void tst_Pix::commandLine()
{
    testsupport::TestDatabase t;
    QVERIFY2(t.isValid(), qPrintable(t.error()));
    core::DomainEvents events;
    core::AppContext context(t.db(), events);
    const QList<core::CliCommand> commands = billing::pixCliCommands();
    QString out, err;
    auto run = [&](const QString &name, const QStringList &arguments, bool json = false) {
        out.clear();
        err.clear();
        QTextStream outStream(&out), errStream(&err);
        core::CliInvocation call{arguments, context, json, outStream, errStream};
        for (const core::CliCommand &c : commands) {
            if (c.path == QStringList{u"pix"_s, name}) {
                const int code = c.run(call);
                outStream.flush();
                errStream.flush();
                return code;
            }
        }
        return -1;
    };

    // encode: the printed code is the one BrCode writes for the same fields.
    QCOMPARE(run(u"encode"_s, {u"--key"_s, u"+5561988888888"_s, u"--name"_s, u"Fulano de Tal"_s, u"--city"_s, u"Brasília"_s,
                               u"--amount"_s, u"10.00"_s, u"--txid"_s, u"ABC123"_s}),
             0);
    const QString expected = BrCode::encode(
        PixPayload::forKey(u"+5561988888888"_s, u"FULANO DE TAL"_s, u"BRASILIA"_s, Money::fromCents(1000), u"ABC123"_s));
    QCOMPARE(out.trimmed(), expected);
    QCOMPARE(run(u"encode"_s, {u"--key"_s, u"k@example.com"_s, u"--name"_s, u"A"_s, u"--city"_s, u"B"_s, u"--amount"_s,
                               u"1.234,56"_s}, true),
             0);
    const auto json = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(BrCode::decode(json.value(u"payload"_s).toString())->amount->cents(), 123456);
    QCOMPARE(run(u"encode"_s, {u"--url"_s, u"pix.example.com/qr/1"_s, u"--name"_s, u"A"_s, u"--city"_s, u"B"_s}), 0);
    QVERIFY2(out.startsWith(u"000201010212"_s), qPrintable(out));

    // --qr: the image a phone's camera reads back to the very same payload.
    const QString png = t.dir() + u"/pix.png"_s;
    QCOMPARE(run(u"encode"_s, {u"--key"_s, u"11222333000181"_s, u"--name"_s, u"Loja Exemplo"_s, u"--city"_s, u"São Paulo"_s,
                               u"--amount"_s, u"152,70"_s, u"--qr"_s, png}),
             0);
    const QString written = out.trimmed();
    QVERIFY(QFile::exists(png));
    if (!QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty()) {
        QProcess zbar;
        zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, u"-Sdisable"_s, u"-Sqrcode.enable"_s, png});
        QVERIFY(zbar.waitForFinished(20000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), written);
    }
    QCOMPARE(run(u"encode"_s, {u"--key"_s, u"k@example.com"_s, u"--name"_s, u"A"_s, u"--city"_s, u"B"_s, u"--qr"_s,
                               t.dir() + u"/no/such/folder/x.png"_s}),
             1);
    QVERIFY2(err.contains(u"x.png"_s), qPrintable(err));

    // Usage errors exit 2, rule violations exit 1 naming the field.
    QCOMPARE(run(u"encode"_s, {u"--name"_s, u"A"_s, u"--city"_s, u"B"_s}), 2);
    QCOMPARE(run(u"encode"_s, {u"--key"_s, u"k"_s, u"--name"_s, u"A"_s, u"--city"_s, u"B"_s, u"--amount"_s, u"abc"_s}), 2);
    QCOMPARE(run(u"encode"_s, {u"--key"_s, u"k"_s, u"--name"_s, QString(26, u'A'), u"--city"_s, u"B"_s}), 1);
    QVERIFY2(err.contains(u"field 59"_s), qPrintable(err));

    // decode
    const QString p5 = u"00020104141234567890123426660014BR.GOV.BCB.PIX014466756C616E6F32303139406578616D706C652E636F6D2730"
                       u"0012BR.COM.OUTRO011001234567895204000053039865406123.455802BR5915NOMEDORECEBEDOR6008BRASILIA61087007"
                       u"490062530515RP12345678-201950300017BR.GOV.BCB.BRCODE01051.0.080450014BR.GOV.BCB.PIX0123PADRAO.URL.P"
                       u"IX/0123ABCD81390012BR.COM.OUTRO01190123.ABCD.3456.WXYZ6304EB76"_s;
    QCOMPARE(run(u"decode"_s, {p5}), 0);
    QVERIFY2(out.contains(u"NOMEDORECEBEDOR"_s) && out.contains(u"RP12345678-2019"_s) && out.contains(u"70074900"_s),
             qPrintable(out));
    QCOMPARE(run(u"decode"_s, {p5}, true), 0);
    const auto decoded = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(decoded.value(u"amount_cents"_s).toInteger(), 12345);
    QCOMPARE(decoded.value(u"merchant_city"_s).toString(), u"BRASILIA"_s);
    QCOMPARE(decoded.value(u"txid"_s).toString(), u"RP12345678-2019"_s);
    QCOMPARE(run(u"decode"_s, {p5.chopped(4) + u"EB77"_s}), 1);
    QVERIFY2(err.contains(u"checksum is EB77, expected EB76: the code was altered or mistyped"_s), qPrintable(err));
    QCOMPARE(run(u"decode"_s, {}), 2);
}

QTEST_GUILESS_MAIN(tst_Pix)
#include "tst_pix.moc"
