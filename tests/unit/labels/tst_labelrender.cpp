#include "labels/data/labeltemplatestore.h"
#include "labels/domain/labelfields.h"
#include "labels/domain/labeltemplate.h"
#include "labels/render/labeloutput.h"
#include "labels/render/labelpainter.h"
#include "labels/render/labelsymbol.h"
#include "labels/render/labelzpl.h"
#include "labeltestsupport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace labels;
using namespace Qt::StringLiterals;

// Every built-in template drawn by both back ends: PNG and PDF read back by zbarimg and dmtxread
// as a scanner at the carrier's or the warehouse's would; ZPL checked for its commands and data;
// a raw ZPL job received by a TCP listener on 127.0.0.1; placeholder validation.
class tst_LabelRender : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    bool m_zbar = false, m_dmtx = false, m_pdftoppm = false;

    static LabelTemplate builtIn(const QString &name)
    {
        auto t = LabelTemplateStore::builtIn(name);
        if (!t)
            qFatal("%s", qPrintable(t.error().text()));
        return *t;
    }

    static LabelData shippingData(const QString &tracking = u"SX123456785BR"_s)
    {
        LabelData d = LabelFields::sample(LabelSubject::Order);
        d[u"shipment.tracking_code"_s] = tracking;
        d[u"order.tracking_code"_s] = tracking;
        d[u"shipment.datamatrix"_s] = u"22021001|1702|Apto 801|"_s + tracking + u"|01310100|100|Maria da Silva|Rio de Janeiro|RJ|100042|Volume 1/2"_s;
        return d;
    }

    QString png(const QString &name, const QImage &image)
    {
        const QString path = m_dir.filePath(name);
        image.save(path, "PNG");
        // RG_LABEL_SHOTS=DIR keeps a copy to look at (label-NAME.png).
        if (const QString shots = qEnvironmentVariable("RG_LABEL_SHOTS"); !shots.isEmpty())
            image.save(QDir(shots).filePath(u"label-"_s + name), "PNG");
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zbar = labeltest::haveTool(u"zbarimg"_s);
        m_dmtx = labeltest::haveTool(u"dmtxread"_s);
        m_pdftoppm = labeltest::haveTool(u"pdftoppm"_s);
    }

    void builtInsAreValid_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : LabelTemplateStore::builtInNames())
            QTest::newRow(qPrintable(n)) << n;
    }
    void builtInsAreValid()
    {
        QFETCH(QString, name);
        const LabelTemplate t = builtIn(name);
        QCOMPARE(t.name, name);
        QVERIFY2(t.problems().isEmpty(), qPrintable(t.problems().join(u'\n')));
        // JSON round trip keeps the layout.
        auto again = LabelTemplate::fromJson(t.toJson(), u"round trip"_s);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().text()));
        QCOMPARE(again->elements.size(), t.elements.size());
        QCOMPARE(again->toJson(), t.toJson());
    }

    void shippingPngDecodes_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::newRow("203 dpi") << 203;
        QTest::newRow("300 dpi") << 300;
    }
    void shippingPngDecodes()
    {
        QFETCH(int, dpi);
        const LabelTemplate t = builtIn(u"shipping"_s);
        QCOMPARE(t.widthMm, 100.0);
        QCOMPARE(t.heightMm, 150.0);
        const LabelData d = shippingData();
        core::Error error;
        const QImage image = LabelPainter::image(t, d, dpi, &error);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.text()));
        QCOMPARE(image.width(), dpi == 203 ? 800 : 1200);   // 8 or 12 dots/mm, as the print head
        QCOMPARE(image.height(), dpi == 203 ? 1200 : 1800);
        const QString file = png(u"shipping-%1.png"_s.arg(dpi), image);
        if (!m_zbar)
            QSKIP("zbarimg is not installed");
        const QStringList codes = labeltest::zbar(file);
        QVERIFY2(codes.contains(u"CODE-128:SX123456785BR"_s), qPrintable(codes.join(u", ")));
        QVERIFY2(codes.contains(u"CODE-128:22021001"_s), qPrintable(codes.join(u", "))); // the recipient's CEP
        if (!m_dmtx)
            QSKIP("dmtxread is not installed");
        QCOMPARE(labeltest::dmtx(file), d.value(u"shipment.datamatrix"_s));
    }

    void productPngDecodesEan13()
    {
        const LabelTemplate t = builtIn(u"product"_s);
        LabelData d = LabelFields::sample(LabelSubject::Product);
        d[u"product.gtin"_s] = u"7891000315507"_s;
        core::Error error;
        const QString file = png(u"product.png"_s, LabelPainter::image(t, d, 203, &error));
        QVERIFY2(error.message.isEmpty(), qPrintable(error.text()));
        if (!m_zbar)
            QSKIP("zbarimg is not installed");
        QCOMPARE(labeltest::zbar(file), QStringList{u"EAN-13:7891000315507"_s});
    }

    void locationPngDecodes()
    {
        const LabelTemplate t = builtIn(u"location"_s);
        LabelData d = LabelFields::sample(LabelSubject::Location);
        d[u"location.code"_s] = u"B-12-03-04"_s;
        core::Error error;
        const QString file = png(u"location.png"_s, LabelPainter::image(t, d, 203, &error));
        QVERIFY2(error.message.isEmpty(), qPrintable(error.text()));
        if (!m_zbar)
            QSKIP("zbarimg is not installed");
        QCOMPARE(labeltest::zbar(file), QStringList{u"CODE-128:B-12-03-04"_s});
    }

    void lotPngDecodes()
    {
        const LabelTemplate t = builtIn(u"lot"_s);
        LabelData d = LabelFields::sample(LabelSubject::Lot);
        core::Error error;
        const QString file = png(u"lot.png"_s, LabelPainter::image(t, d, 300, &error));
        QVERIFY2(error.message.isEmpty(), qPrintable(error.text()));
        if (!m_zbar)
            QSKIP("zbarimg is not installed");
        QCOMPARE(labeltest::zbar(file), QStringList{u"CODE-128:L2611A"_s});
        if (!m_dmtx)
            QSKIP("dmtxread is not installed");
        QCOMPARE(labeltest::dmtx(file), u"7891234567895|L2611A|2027-06-30"_s);
    }

    void pdfOfSeveralLabelsRasterisesAndDecodes()
    {
        const LabelTemplate t = builtIn(u"shipping"_s);
        const QStringList tracking{u"SX123456785BR"_s, u"PC987654321BR"_s, u"12345678901234"_s};
        QList<LabelData> labels;
        for (const QString &code : tracking)
            labels << shippingData(code);
        const QString pdf = m_dir.filePath(u"batch.pdf"_s);
        int calls = 0;
        QVERIFY(LabelOutput::writePdf(t, labels, pdf, [&](int done, int total) { ++calls; return done <= total; }));
        QCOMPARE(calls, 3);
        if (!m_pdftoppm || !m_zbar)
            QSKIP("pdftoppm or zbarimg is not installed");
        const QString prefix = m_dir.filePath(u"batch-page"_s);
        labeltest::run(u"pdftoppm"_s, {u"-r"_s, u"203"_s, u"-png"_s, pdf, prefix});
        const QStringList pages = QDir(m_dir.path()).entryList({u"batch-page*.png"_s}, QDir::Files, QDir::Name);
        QCOMPARE(pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QImage page(m_dir.filePath(pages.at(i)));
            // The page is the label: 100 × 150 mm.
            QVERIFY(qAbs(page.width() - qRound(100 * 203 / 25.4)) <= 2);
            QVERIFY(qAbs(page.height() - qRound(150 * 203 / 25.4)) <= 2);
            const QStringList codes = labeltest::zbar(m_dir.filePath(pages.at(i)));
            QVERIFY2(codes.contains(u"CODE-128:"_s + tracking.at(i)), qPrintable(codes.join(u", ")));
        }
    }

    void cancelledPdfLeavesNoFile()
    {
        const QString pdf = m_dir.filePath(u"cancelled.pdf"_s);
        auto done = LabelOutput::writePdf(builtIn(u"shipping"_s), {shippingData(), shippingData()}, pdf,
                                          [](int d, int) { return d < 1; });
        QVERIFY(!done);
        QVERIFY(LabelOutput::isCancellation(done.error()));
        QVERIFY(!QFile::exists(pdf));
    }

    void zplShippingHasCommandsAndData()
    {
        const LabelZpl writer(builtIn(u"shipping"_s), 203);
        auto zpl = writer.label(shippingData());
        QVERIFY(zpl);
        const QString z = QString::fromUtf8(*zpl);
        QVERIFY(z.startsWith(u"^XA^CI28^PW800^LL1200"_s));
        QVERIFY(z.trimmed().endsWith(u"^XZ"_s));
        // Tracking code as native Code 128, the CEP too, the destination as native Data Matrix.
        QVERIFY2(z.contains(QRegularExpression(u"\\^BY[1-9],3,\\d+\\^BCN,\\d+,N,N,N,A\\^FH\\\\\\^FDSX123456785BR\\^FS"_s)), qPrintable(z));
        QVERIFY(z.contains(u"^FD22021001^FS"_s));
        QVERIFY(z.contains(QRegularExpression(u"\\^BXN,\\d+,200,\\d+,\\d+,6,~\\^FH\\\\\\^FD22021001\\|1702\\|"_s)));
        // Text in font 0 with the recipient, accents in UTF-8; section headers reversed.
        QVERIFY(z.contains(u"^FDMaria da Silva^FS"_s));
        QVERIFY(z.contains(u"^FDAvenida Atlântica, 1702 - Apto 801^FS"_s));
        QVERIFY(z.contains(u"^FR^FH\\^FDDESTINATÁRIO^FS"_s));
        QVERIFY(z.contains(QRegularExpression(u"\\^A0N,\\d+,\\d+\\^FB\\d+,1,0,L,0"_s)));
        QVERIFY(z.contains(u"^GB"_s));
        QVERIFY(!z.contains(u'{'));
        // 300 dpi: the same layout in more dots.
        auto z300 = LabelZpl(builtIn(u"shipping"_s), 300).label(shippingData());
        QVERIFY(z300 && z300->startsWith("^XA^CI28^PW1200^LL1800"));
    }

    void zplOtherBuiltIns()
    {
        LabelData product = LabelFields::sample(LabelSubject::Product);
        product[u"product.gtin"_s] = u"7891000315507"_s;
        auto p = LabelZpl(builtIn(u"product"_s), 203).label(product);
        QVERIFY(p);
        QVERIFY2(QRegularExpression(u"\\^BEN,\\d+,Y,N\\^FD789100031550\\^FS"_s).match(QString::fromUtf8(*p)).hasMatch(), p->constData());
        QVERIFY(p->contains("^FDR$ 249,90^FS"));
        auto l = LabelZpl(builtIn(u"location"_s), 300).label(LabelFields::sample(LabelSubject::Location));
        QVERIFY(l && l->contains("^BCN,") && l->contains("^FDA-01-02-03^FS"));
        auto lot = LabelZpl(builtIn(u"lot"_s), 203).label(LabelFields::sample(LabelSubject::Lot));
        QVERIFY(lot && lot->contains("^FDL2611A^FS") && lot->contains("^BXN,") && lot->contains("^FD30/06/2027^FS"));
    }

    void zplItfQrImageAndEscapes()
    {
        // A template using every other element: ITF, QR, an image (^GFA), a diagonal line, rotation.
        QImage logo(40, 16, QImage::Format_RGB32);
        logo.fill(Qt::white);
        for (int y = 0; y < 16; ++y)
            for (int x = 0; x < 8; ++x)
                logo.setPixel(x, y, qRgb(0, 0, 0));
        QByteArray pngBytes;
        QBuffer buffer(&pngBytes);
        logo.save(&buffer, "PNG");
        const QByteArray json = "{\"name\":\"every\",\"subject\":\"order\",\"width_mm\":100,\"height_mm\":60,\"elements\":["
            "            {\"type\":\"barcode\",\"id\":\"itf\",\"x\":2,\"y\":2,\"w\":60,\"h\":15,\"symbology\":\"itf\",\"data\":\"{order.number}\"},"
            "            {\"type\":\"barcode\",\"id\":\"qr\",\"x\":70,\"y\":2,\"w\":25,\"h\":25,\"symbology\":\"qr\",\"data\":\"pedido {order.number} ^~\"},"
            "            {\"type\":\"image\",\"id\":\"logo\",\"x\":2,\"y\":30,\"w\":5,\"h\":2,\"source\":\"data:image/png;base64," + pngBytes.toBase64() + "\"},"
            "            {\"type\":\"line\",\"x\":10,\"y\":30,\"w\":20,\"h\":10,\"thickness\":0.5},"
            "            {\"type\":\"text\",\"id\":\"side\",\"x\":90,\"y\":30,\"w\":8,\"h\":28,\"text\":\"{order.number}\",\"rotation\":90,\"size\":12}]}";
        auto t = LabelTemplate::fromJson(json, u"every"_s);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().text()));
        QVERIFY2(t->problems().isEmpty(), qPrintable(t->problems().join(u'\n')));
        auto z = LabelZpl(*t, 203).label(LabelFields::sample(LabelSubject::Order));
        QVERIFY2(z, qPrintable(z ? QString() : z.error().text()));
        QVERIFY(z->contains("^B2N,") && z->contains("^FD100042^FS"));
        // ^ and ~ in data are hex escapes, never commands.
        QVERIFY2(z->contains("^BQN,2,") && z->contains("^FH\\^FDMA,pedido 100042 \\5E\\7E^FS"), z->constData());
        // The 5 × 2 mm image at 8 dots/mm: 40 × 16 dots, 5 bytes a row, the left 8 dots black.
        QVERIFY2(z->contains("^GFA,80,80,5,FF00000000"), z->constData());
        QVERIFY(z->contains("^GD160,80,4,B,L^FS"));
        QVERIFY(z->contains("^A0R,"));
        // The same template through QPainter: the ITF and QR decode.
        if (!m_zbar)
            QSKIP("zbarimg is not installed");
        const QString file = png(u"every.png"_s, LabelPainter::image(*t, LabelFields::sample(LabelSubject::Order), 203));
        const QStringList codes = labeltest::zbar(file);
        QVERIFY2(codes.contains(u"I2/5:100042"_s), qPrintable(codes.join(u", ")));
        QVERIFY2(codes.contains(u"QR-Code:pedido 100042 ^~"_s), qPrintable(codes.join(u", ")));
    }

    void rawZplReachesTcpListener()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress(u"127.0.0.1"_s), 0));
        auto zpl = LabelOutput::zpl(builtIn(u"shipping"_s), {shippingData(), shippingData(u"PC987654321BR"_s)}, 203);
        QVERIFY(zpl);
        core::Result<> sent;
        std::thread client([&] { sent = LabelOutput::sendRaw(*zpl, u"127.0.0.1"_s, server.serverPort(), 5000); });
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *socket = server.nextPendingConnection();
        QByteArray received;
        while (socket->state() == QAbstractSocket::ConnectedState || socket->bytesAvailable()) {
            if (!socket->bytesAvailable() && !socket->waitForReadyRead(2000))
                break;
            received += socket->readAll();
        }
        client.join();
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().text()));
        QCOMPARE(received, *zpl);
        QCOMPARE(received.count("^XA"), 2);
        QVERIFY(received.contains("^FDPC987654321BR^FS"));
        // Nobody listening: an error naming the printer's address.
        const quint16 port = server.serverPort();
        server.close();
        auto refused = LabelOutput::sendRaw("^XA^XZ", u"127.0.0.1"_s, port, 2000);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(refused.error().text()));
        QCOMPARE(LabelOutput::parseHostPort(u"zebra-01"_s)->second, quint16(9100));
        QCOMPARE(LabelOutput::parseHostPort(u"10.0.0.9:6101"_s)->second, quint16(6101));
        QVERIFY(!LabelOutput::parseHostPort(u"10.0.0.9:abc"_s));
    }

    void unknownPlaceholderIsNamedWithItsElement()
    {
        LabelTemplate t = builtIn(u"shipping"_s);
        t.name = u"mine"_s;
        t.elements[3].text = u"Pedido {order.numero}"_s;          // "order" element
        t.elements[1].text = u"{shipment.carrier"_s;               // brace left open
        LabelElement barcode;
        barcode.type = ElementType::Barcode;
        barcode.symbology = BarcodeType::Ean13;
        barcode.data = u"12345"_s;
        barcode.x = 1; barcode.y = 1; barcode.w = 30; barcode.h = 10;
        t.elements << barcode;
        const QStringList p = t.problems();
        QVERIFY2(p.contains(u"Unknown placeholder {order.numero} in the text of element \"order\"."_s), qPrintable(p.join(u'\n')));
        QVERIFY2(p.contains(u"A \"{\" is not closed in the text of element \"carrier\"."_s), qPrintable(p.join(u'\n')));
        QVERIFY2(p.join(u'\n').contains(u"element %1 (barcode)"_s.arg(t.elements.size())), qPrintable(p.join(u'\n')));
        QCOMPARE(p.size(), 3);
        auto v = t.validate();
        QVERIFY(!v);
        QVERIFY(v.error().message.contains(u"{order.numero}"_s));
        // A product placeholder is unknown on an order label.
        t = builtIn(u"shipping"_s);
        t.elements[3].text = u"{product.sku}"_s;
        QVERIFY(t.problems().constFirst().contains(u"{product.sku}"_s));
        // Syntax errors: bad JSON with its line, unknown keys and types with the element.
        auto bad = LabelTemplate::fromJson("{\n\"name\": \"x\",\n\"elements\": [\n}", u"x.json"_s);
        QVERIFY(!bad);
        QVERIFY2(bad.error().where.contains(u"x.json, line 4"_s), qPrintable(bad.error().text()));
        auto key = LabelTemplate::fromJson("{\"name\":\"x\",\"elements\":[{\"type\":\"text\",\"id\":\"a\",\"colour\":\"red\"}]}", u"x.json"_s);
        QVERIFY(!key);
        QCOMPARE(key.error().message, u"Unknown key \"colour\" in element \"a\"."_s);
        auto sym = LabelTemplate::fromJson("{\"name\":\"x\",\"elements\":[{\"type\":\"barcode\",\"symbology\":\"pdf417\"}]}", u"x.json"_s);
        QVERIFY(!sym && sym.error().message.contains(u"pdf417"_s));
    }

    void placeholdersExpand()
    {
        const LabelData d{{u"order.number"_s, u"7"_s}, {u"address.cep"_s, u"01310-100"_s}};
        QCOMPARE(LabelFields::expand(u"Pedido {order.number} CEP { address.cep } {{literal}}"_s, d),
                 u"Pedido 7 CEP 01310-100 {literal}"_s);
        QCOMPARE(LabelFields::placeholders(u"{a}{{b}}{c}"_s), (QStringList{u"a"_s, u"c"_s}));
    }

    void barcodeThatCannotEncodeIsReported()
    {
        LabelData d = LabelFields::sample(LabelSubject::Product);
        d[u"product.gtin"_s] = QString(); // a product without EAN
        core::Error error;
        LabelPainter::image(builtIn(u"product"_s), d, 203, &error);
        QVERIFY(error.message.contains(u"EAN-13"_s));
        QCOMPARE(error.where, u"ean"_s);
        d[u"label.subject"_s] = u"Product CAF-1"_s;
        auto zpl = LabelOutput::zpl(builtIn(u"product"_s), {d}, 203);
        QVERIFY(!zpl);
        QVERIFY2(zpl.error().message.startsWith(u"Product CAF-1: "_s), qPrintable(zpl.error().text()));
        QVERIFY(!LabelSymbol::encode(BarcodeType::Ean13, u"7891000315508"_s)); // wrong check digit
        QCOMPARE(LabelSymbol::encode(BarcodeType::Ean13, u"789100031550"_s)->data(), u"7891000315507"_s);
    }
};

QTEST_MAIN(tst_LabelRender)
#include "tst_labelrender.moc"
