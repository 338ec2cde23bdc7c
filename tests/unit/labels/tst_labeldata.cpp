#include "core/data/companyrepository.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/domainevents.h"
#include "core/domain/uuid7.h"
#include "labels/cli/labelcommands.h"
#include "labels/data/labeldatarepository.h"
#include "labels/data/labeljobbuilder.h"
#include "labels/data/labelprintlog.h"
#include "labels/data/labeltemplatestore.h"
#include "labeltestsupport.h"
#include "cliharness.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextStream>

#include <future>
#include <thread>

using namespace labels;
using namespace Qt::StringLiterals;

// The labels' data from a real (demo) database: orders with their recipient and packages,
// products, warehouse locations and lots; the print ledger with reprints on the order timeline;
// user templates; and the `label` commands of retaguarda-cli run in-process.
class tst_LabelData : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    QList<core::CliCommand> m_commands;
    QString m_out, m_err;
    QList<qint64> m_orders; // orders with a delivery address and a tracking code
    QTemporaryDir m_dir;

    core::Database &db() { return m_t.db(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }
    void exec(const QString &sql, const QVariantList &bindings = {})
    {
        auto r = db().exec(sql, bindings);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().text() + u" "_s + r.error().detail));
    }

    int run(const QStringList &path, const QStringList &arguments, bool json = false)
    {
        const testsupport::CliOutput r = testsupport::runCliCommand(m_commands, *m_context, path, arguments, json);
        m_out = r.out;
        m_err = r.err;
        return r.code;
    }

    int pdfPages(const QString &pdf)
    {
        const QString info = labeltest::run(u"pdfinfo"_s, {pdf});
        const qsizetype i = info.indexOf(u"Pages:"_s);
        return i < 0 ? -1 : info.mid(i + 6).section(u'\n', 0, 0).trimmed().toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(40), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(core::Session::commandLine());
        m_commands = labelCliCommands();
        core::Company c;
        c.legalName = u"Comércio Exemplo Ltda"_s;
        c.tradeName = u"Loja Exemplo"_s;
        c.cnpj = u"12345678000195"_s;
        c.street = u"Rua das Flores"_s;
        c.number = u"100"_s;
        c.district = u"Centro"_s;
        c.city = u"São Paulo"_s;
        c.state = u"SP"_s;
        c.cep = u"01310100"_s;
        QVERIFY(core::CompanyRepository(db()).save(c, QString()));
        auto q = db().exec(u"SELECT number FROM orders WHERE tracking_code <> '' AND shipping_address_id IS NOT NULL ORDER BY number LIMIT 4"_s);
        QVERIFY(q);
        while (q->next())
            m_orders << q->value(0).toLongLong();
        QCOMPARE(m_orders.size(), 4);
    }

    void orderDataIsTheOrdersAddressAndSender()
    {
        LabelDataRepository repo(db());
        const qint64 n = m_orders.first();
        auto items = repo.order(n);
        QVERIFY2(items, qPrintable(items ? QString() : items.error().text()));
        QCOMPARE(items->size(), 1);
        const LabelData &d = items->first().data;
        auto a = db().exec(u"SELECT a.cep, a.city, a.state, o.tracking_code, o.carrier FROM orders o"
                           " JOIN customer_addresses a ON a.id = o.shipping_address_id WHERE o.number = ?"_s, {n});
        QVERIFY(a && a->next());
        QCOMPARE(d.value(u"address.cep_digits"_s), a->value(0).toString());
        QCOMPARE(d.value(u"address.cep"_s), a->value(0).toString().left(5) + u'-' + a->value(0).toString().mid(5));
        QCOMPARE(d.value(u"address.city_state"_s), a->value(1).toString() + u'/' + a->value(2).toString());
        QCOMPARE(d.value(u"shipment.tracking_code"_s), a->value(3).toString());
        QVERIFY(a->value(4).toString().startsWith(d.value(u"shipment.carrier"_s)));
        QCOMPARE(d.value(u"company.name"_s), u"Loja Exemplo"_s);
        QCOMPARE(d.value(u"company.cep"_s), u"01310-100"_s);
        QCOMPARE(d.value(u"package.label"_s), u"Volume 1/1"_s);
        QVERIFY(d.value(u"shipment.datamatrix"_s).startsWith(a->value(0).toString() + u'|'));
        QCOMPARE(splitCarrier(u"Correios SEDEX"_s), qMakePair(u"Correios"_s, u"SEDEX"_s));
        QCOMPARE(splitCarrier(u"Jadlog"_s), qMakePair(u"Jadlog"_s, QString()));

        // Three packages: "Volume n/3", the order's weight split with nothing lost.
        auto three = repo.order(n, 3);
        QVERIFY(three);
        QCOMPARE(three->size(), 3);
        qint64 sum = 0;
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(three->at(i).data.value(u"package.label"_s), u"Volume %1/3"_s.arg(i + 1));
            sum += three->at(i).data.value(u"shipment.weight_grams"_s).toLongLong();
        }
        QCOMPARE(sum, value(u"SELECT SUM(i.quantity * p.weight_grams) FROM order_items i JOIN products p ON p.id = i.product_id"
                            " JOIN orders o ON o.id = i.order_id WHERE o.number = ?"_s, {n}).toLongLong());
        auto none = repo.order(999999999);
        QVERIFY(!none);
        QCOMPARE(none.error().message, u"There is no order 999999999."_s);
    }

    void packagesClosedAtPackingAreUsed()
    {
        const qint64 n = m_orders.at(1);
        const QString orderId = value(u"SELECT id FROM orders WHERE number = ?"_s, {n}).toString();
        for (int i = 1; i <= 2; ++i)
            exec(u"INSERT INTO packages (id, order_id, number, status, weight_grams, created_at, updated_at) VALUES (?, ?, ?, 'closed', ?, ?, ?)"_s,
                 {core::Uuid7::generate(), orderId, i, i * 700, u"2026-11-20T10:00:0%1Z"_s.arg(i), u"2026-11-20T10:00:00Z"_s});
        auto items = LabelDataRepository(db()).order(n);
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(1).data.value(u"package.label"_s), u"Volume 2/2"_s);
        QCOMPARE(items->at(1).data.value(u"shipment.weight"_s), u"1,400 kg"_s);
    }

    void productLocationAndLotData()
    {
        LabelDataRepository repo(db());
        const QString sku = value(u"SELECT sku FROM products WHERE gtin IS NOT NULL ORDER BY sku LIMIT 1"_s).toString();
        const QString gtin = value(u"SELECT gtin FROM products WHERE sku = ?"_s, {sku}).toString();
        auto p = repo.product(gtin); // by EAN as scanned
        QVERIFY(p);
        QCOMPARE(p->key, sku);
        QCOMPARE(p->data.value(u"product.gtin"_s), gtin);
        QVERIFY(p->data.value(u"product.price"_s).startsWith(u"R$"_s));

        const QString productId = value(u"SELECT id FROM products WHERE sku = ?"_s, {sku}).toString();
        const QString ts = u"2026-11-20T10:00:00Z"_s;
        exec(u"INSERT INTO warehouses (id, code, name, updated_at) VALUES ('w1', 'CD1', 'CD São Paulo', ?)"_s, {ts});
        int seq = 0;
        for (const QString &code : {u"A-01-02-03"_s, u"A-01-02-04"_s, u"B-07-01-01"_s})
            exec(u"INSERT INTO locations (id, warehouse_id, code, aisle, rack, level, position, zone, kind, pick_sequence, updated_at)"
                 " VALUES (?, 'w1', ?, ?, ?, ?, ?, 'PICK', 'pick', ?, ?)"_s,
                 {core::Uuid7::generate(), code, code.left(1), code.mid(2, 2).toInt(), code.mid(5, 2).toInt(), code.mid(8, 2).toInt(), ++seq, ts});
        exec(u"INSERT INTO lots (id, product_id, lot_code, expiry_date, manufactured_date, received_at, updated_at)"
             " VALUES ('lot1', ?, 'L2611A', '2027-06-30', '2026-11-01', ?, ?)"_s, {productId, ts, ts});
        auto l = repo.location(u"A-01-02-03"_s);
        QVERIFY2(l, qPrintable(l ? QString() : l.error().text()));
        QCOMPARE(l->data.value(u"location.level"_s), u"02"_s);
        QCOMPARE(l->data.value(u"warehouse.name"_s), u"CD São Paulo"_s);
        auto aisle = repo.locations(u"A-01"_s);
        QVERIFY(aisle);
        QCOMPARE(aisle->size(), 2);
        auto lot = repo.lot(u"L2611A"_s);
        QVERIFY(lot);
        QCOMPARE(lot->data.value(u"lot.expiry"_s), u"30/06/2027"_s);
        QCOMPARE(lot->data.value(u"product.sku"_s), sku);
        QVERIFY(!repo.lot(u"NOPE"_s));
    }

    void printLedgerAndReprintOnTimeline()
    {
        LabelJobBuilder builder(db());
        LabelRequest request;
        request.orders = {m_orders.at(2)};
        auto batch = builder.build(request);
        QVERIFY2(batch, qPrintable(batch ? QString() : batch.error().text()));
        QCOMPARE(batch->labelTemplate.name, u"shipping"_s);
        LabelPrintLog log(db());
        const core::Session admin = m_t.admin();
        PrintJob job{u"shipping"_s, u"pdf"_s, u"/tmp/x.pdf"_s, 0, u"orders"_s, {}};
        QVERIFY(log.record(admin, job, batch->items));
        const QString orderId = batch->items.first().orderId;
        QCOMPARE(value(u"SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'label'"_s, {orderId}).toInt(), 1);

        // The second time is a reprint: refused without a reason, and nothing is written.
        const int jobs = value(u"SELECT COUNT(*) FROM label_print_jobs"_s).toInt();
        auto refused = log.record(admin, job, batch->items);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QString::number(m_orders.at(2))), qPrintable(refused.error().text()));
        QCOMPARE(value(u"SELECT COUNT(*) FROM label_print_jobs"_s).toInt(), jobs);
        job.reprintReason = u"Etiqueta rasgada na expedição"_s;
        QVERIFY(log.record(admin, job, batch->items));
        QCOMPARE(value(u"SELECT COUNT(*) FROM order_events WHERE order_id = ? AND kind = 'label' AND reason = ?"_s,
                       {orderId, u"Label reprinted (shipping, 1 package(s)): Etiqueta rasgada na expedição"_s})
                     .toInt(),
                 1);
        QCOMPARE(value(u"SELECT COUNT(*) FROM label_prints WHERE order_id = ? AND reprint = 1 AND reason = ?"_s, {orderId, job.reprintReason}).toInt(), 1);
        QVERIFY(value(u"SELECT COUNT(*) FROM outbox WHERE table_name = 'label_prints'"_s).toInt() >= 2);
        // The ledger is append-only.
        QVERIFY(!db().exec(u"UPDATE label_prints SET reason = 'x'"_s));
        QVERIFY(!db().exec(u"DELETE FROM label_print_jobs"_s));
        // A role without the labels permission is refused by the service.
        const core::Session manager = m_t.createUser(u"gerente"_s, core::Role::Manager);
        if (!manager.can(core::Permission::LabelsPrint))
            QVERIFY(!log.record(manager, job, batch->items));
    }

    void userTemplatesAreValidatedOnSave()
    {
        LabelTemplateStore store(db());
        auto t = LabelTemplateStore::builtIn(u"product"_s);
        QVERIFY(t);
        t->name = u"gondola"_s;
        t->title = u"Gôndola"_s;
        t->elements[0].text = u"{product.nome}"_s;
        auto refused = store.save(*t, m_t.admin());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"Unknown placeholder {product.nome} in the text of element \"name\""_s),
                 qPrintable(refused.error().text()));
        t->elements[0].text = u"{product.name}"_s;
        QVERIFY(store.save(*t, m_t.admin()));
        t->name = u"product"_s;
        QVERIFY(!store.save(*t, m_t.admin())); // a built-in's name
        auto loaded = store.load(u"gondola"_s);
        QVERIFY(loaded);
        QCOMPARE(loaded->title, u"Gôndola"_s);
        auto list = store.list();
        QVERIFY(list);
        QCOMPARE(list->size(), 5);
        QCOMPARE(value(u"SELECT COUNT(*) FROM outbox WHERE table_name = 'label_templates'"_s).toInt(), 1);
        QVERIFY(!store.load(u"nada"_s));
    }

    void cliRendersABatchOfOrders()
    {
        const QString pdf = m_dir.filePath(u"batch.pdf"_s);
        const QString list = u"%1,%2"_s.arg(m_orders.at(0)).arg(m_orders.at(3));
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--order"_s, list, u"--order"_s, QString::number(m_orders.at(1)), u"-o"_s, pdf}, true), 0);
        const QJsonObject o = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(o.value(u"labels"_s).toInt(), 4); // m_orders[1] has two packages
        QCOMPARE(o.value(u"output"_s).toString(), u"pdf"_s);
        QCOMPARE(o.value(u"items"_s).toArray().at(1).toObject().value(u"key"_s).toString(), QString::number(m_orders.at(3)));
        QCOMPARE(value(u"SELECT label_count FROM label_print_jobs ORDER BY at DESC, id DESC LIMIT 1"_s).toInt(), 4);
        if (labeltest::haveTool(u"pdfinfo"_s))
            QCOMPARE(pdfPages(pdf), 4);
        if (labeltest::haveTool(u"pdftoppm"_s) && labeltest::haveTool(u"zbarimg"_s)) {
            labeltest::run(u"pdftoppm"_s, {u"-r"_s, u"203"_s, u"-png"_s, u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, pdf, m_dir.filePath(u"page"_s)});
            const QStringList pages = QDir(m_dir.path()).entryList({u"page*.png"_s});
            QCOMPARE(pages.size(), 1);
            const QString tracking = value(u"SELECT tracking_code FROM orders WHERE number = ?"_s, {m_orders.at(3)}).toString();
            QVERIFY2(labeltest::zbar(m_dir.filePath(pages.first())).contains(u"CODE-128:"_s + tracking), qPrintable(tracking));
        }
        // Again: a reprint needs --reason (exit 1, nothing written); --preview records nothing.
        QFile::remove(pdf);
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--order"_s, list, u"-o"_s, pdf}), 1);
        QVERIFY2(m_err.contains(u"--reason"_s), qPrintable(m_err));
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--order"_s, list, u"-o"_s, pdf, u"--preview"_s}), 0);
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--order"_s, list, u"--format"_s, u"zpl"_s, u"-o"_s, m_dir.filePath(u"b.zpl"_s),
                                                 u"--dpi"_s, u"300"_s, u"--reason"_s, u"Impressora travou"_s}),
                 0);
        QFile zpl(m_dir.filePath(u"b.zpl"_s));
        QVERIFY(zpl.open(QIODevice::ReadOnly));
        const QByteArray z = zpl.readAll();
        QCOMPARE(z.count("^XA"), 2);
        QVERIFY(z.startsWith("^XA^CI28^PW1200^LL1800"));
        QCOMPARE(value(u"SELECT COUNT(*) FROM order_events e JOIN orders o ON o.id = e.order_id WHERE o.number = ? AND e.kind = 'label'"
                       " AND e.reason LIKE '%Impressora travou'"_s, {m_orders.at(0)}).toInt(), 1);
        // Usage errors exit 2.
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--order"_s, u"abc"_s, u"-o"_s, pdf}), 2);
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--order"_s, list, u"-o"_s, pdf, u"--dpi"_s, u"600"_s}), 2);
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--product"_s, u"X"_s, u"--template"_s, u"shipping"_s, u"-o"_s, pdf}), 1);
        QVERIFY2(m_err.contains(u"prints order labels"_s), qPrintable(m_err));
    }

    void cliRendersEveryBuiltInToPng()
    {
        const QString sku = value(u"SELECT sku FROM products WHERE gtin IS NOT NULL ORDER BY sku LIMIT 1"_s).toString();
        const QString gtin = value(u"SELECT gtin FROM products WHERE sku = ?"_s, {sku}).toString();
        const QList<QPair<QStringList, QString>> cases{
            {{u"--product"_s, sku}, u"EAN-13:"_s + gtin},
            {{u"--location"_s, u"B-07-01-01"_s}, u"CODE-128:B-07-01-01"_s},
            {{u"--lot"_s, u"L2611A"_s}, u"CODE-128:L2611A"_s},
        };
        for (const auto &c : cases) {
            const QString file = m_dir.filePath(c.first.first().mid(2) + u".png"_s);
            QCOMPARE(run({u"label"_s, u"render"_s}, c.first + QStringList{u"-o"_s, file, u"--preview"_s}), 0);
            QVERIFY2(QFile::exists(file), qPrintable(m_err));
            if (labeltest::haveTool(u"zbarimg"_s))
                QVERIFY2(labeltest::zbar(file).contains(c.second), qPrintable(labeltest::zbar(file).join(u", ") + u" ≠ "_s + c.second));
        }
        // A whole aisle: every location whose code starts with A-01, in walking order.
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--location"_s, u"A-01*"_s, u"-o"_s, m_dir.filePath(u"aisle.png"_s)}), 0);
        QVERIFY(QFile::exists(m_dir.filePath(u"aisle-1.png"_s)) && QFile::exists(m_dir.filePath(u"aisle-2.png"_s)));
    }

    void cliWaveInPickOrderToZebra()
    {
        // A wave of three orders whose totes put them in pick order m_orders[3], [0], [2].
        const QString ts = u"2026-11-20T10:00:00Z"_s;
        exec(u"INSERT INTO waves (id, number, created_at, updated_at) VALUES ('wave7', 7, ?, ?)"_s, {ts, ts});
        exec(u"INSERT INTO pick_lists (id, wave_id, number, updated_at) VALUES ('pl1', 'wave7', 1, ?)"_s, {ts});
        const QList<qint64> pickOrder{m_orders.at(3), m_orders.at(0), m_orders.at(2)};
        for (int i = 0; i < 3; ++i) {
            const QString orderId = value(u"SELECT id FROM orders WHERE number = ?"_s, {pickOrder.at(i)}).toString();
            exec(u"INSERT INTO wave_orders (id, wave_id, order_id, updated_at) VALUES (?, 'wave7', ?, ?)"_s, {core::Uuid7::generate(), orderId, ts});
            exec(u"INSERT INTO totes (id, pick_list_id, order_id, tote_no, code, updated_at) VALUES (?, 'pl1', ?, ?, ?, ?)"_s,
                 {core::Uuid7::generate(), orderId, i + 1, u"W7-01-0%1"_s.arg(i + 1), ts});
        }
        auto numbers = LabelDataRepository(db()).waveOrders(u"7"_s);
        QVERIFY2(numbers, qPrintable(numbers ? QString() : numbers.error().text()));
        QCOMPARE(*numbers, pickOrder);

        // The printer: a TCP listener on 127.0.0.1 in its own thread (the CLI runs on this one).
        std::promise<quint16> portPromise;
        auto portFuture = portPromise.get_future();
        QByteArray received;
        std::thread printer([&] {
            QTcpServer server;
            if (!server.listen(QHostAddress(u"127.0.0.1"_s), 0)) {
                portPromise.set_value(0);
                return;
            }
            portPromise.set_value(server.serverPort());
            if (!server.waitForNewConnection(10000))
                return;
            QTcpSocket *s = server.nextPendingConnection();
            while (s->state() == QAbstractSocket::ConnectedState || s->bytesAvailable()) {
                if (!s->bytesAvailable() && !s->waitForReadyRead(3000))
                    break;
                received += s->readAll();
            }
        });
        const quint16 port = portFuture.get();
        QVERIFY(port != 0);
        const int code = run({u"label"_s, u"print"_s}, {u"--wave"_s, u"7"_s, u"--zpl-host"_s, u"127.0.0.1:%1"_s.arg(port),
                                                        u"--reason"_s, u"Onda reimpressa"_s});
        printer.join();
        QVERIFY2(code == 0, qPrintable(m_err));
        QCOMPARE(received.count("^XA"), 3);
        // In pick order.
        const QList<QString> tracking{value(u"SELECT tracking_code FROM orders WHERE number = ?"_s, {pickOrder.at(0)}).toString(),
                                      value(u"SELECT tracking_code FROM orders WHERE number = ?"_s, {pickOrder.at(2)}).toString()};
        QVERIFY(received.indexOf(tracking.at(0).toUtf8()) < received.indexOf(tracking.at(1).toUtf8()));
        QCOMPARE(value(u"SELECT source FROM label_print_jobs WHERE output = 'zpl_tcp'"_s).toString(), u"wave:7"_s);
        QCOMPARE(value(u"SELECT target FROM label_print_jobs WHERE output = 'zpl_tcp'"_s).toString(),
                 u"127.0.0.1:%1"_s.arg(port));
    }

    void cliPrintFailureRecordsNothing()
    {
        const int jobs = value(u"SELECT COUNT(*) FROM label_print_jobs"_s).toInt();
        // Nobody listens on this port: the error names the printer, nothing goes in the ledger.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress(u"127.0.0.1"_s), 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QCOMPARE(run({u"label"_s, u"print"_s}, {u"--product"_s, value(u"SELECT sku FROM products WHERE gtin IS NOT NULL LIMIT 1"_s).toString(),
                                                u"--zpl-host"_s, u"127.0.0.1:%1"_s.arg(port)}),
                 1);
        QVERIFY2(m_err.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(m_err));
        if (!labeltest::haveTool(u"lp"_s)) {
            QCOMPARE(run({u"label"_s, u"print"_s}, {u"--location"_s, u"B-07-01-01"_s, u"--printer"_s, u"Zebra_GK420"_s, u"--format"_s, u"zpl"_s}), 1);
            QVERIFY2(m_err.contains(u"CUPS is not installed"_s), qPrintable(m_err));
        }
        QCOMPARE(value(u"SELECT COUNT(*) FROM label_print_jobs"_s).toInt(), jobs);
        QCOMPARE(run({u"label"_s, u"print"_s}, {u"--location"_s, u"A-01-02-03"_s}), 2); // no printer given
        QCOMPARE(run({u"label"_s, u"print"_s}, {u"--location"_s, u"A-01-02-03"_s, u"--zpl-host"_s, u"host:porta"_s}), 2);
    }

    void cliPrintsToCupsQueue()
    {
        // A stand-in for CUPS' lp on PATH: it keeps its arguments and the job it reads from stdin.
        const QString bin = m_dir.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        QFile lp(bin + u"/lp"_s);
        QVERIFY(lp.open(QIODevice::WriteOnly));
        lp.write(QByteArray("#!/bin/sh\necho \"$@\" > ") + m_dir.filePath(u"lp-args"_s).toUtf8() + "\ncat > "
                 + m_dir.filePath(u"lp-job"_s).toUtf8() + "\necho 'request id is Zebra-1 (1 file(s))'\n");
        lp.close();
        lp.setPermissions(lp.permissions() | QFileDevice::ExeOwner);
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.toUtf8() + ':' + path);
        const int code = run({u"label"_s, u"print"_s}, {u"--location"_s, u"B-07-01-01"_s, u"--printer"_s, u"Zebra_GK420"_s,
                                                        u"--format"_s, u"zpl"_s, u"--dpi"_s, u"300"_s});
        qputenv("PATH", path);
        QVERIFY2(code == 0, qPrintable(m_err));
        QFile args(m_dir.filePath(u"lp-args"_s)), job(m_dir.filePath(u"lp-job"_s));
        QVERIFY(args.open(QIODevice::ReadOnly) && job.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(), QByteArray("-d Zebra_GK420 -o raw"));
        const QByteArray zpl = job.readAll();
        QVERIFY(zpl.startsWith("^XA^CI28^PW1200^LL600") && zpl.contains("^FDB-07-01-01^FS"));
        QCOMPARE(value(u"SELECT target FROM label_print_jobs WHERE output = 'zpl_cups'"_s).toString(), u"Zebra_GK420"_s);
    }

    void cliTemplates()
    {
        QCOMPARE(run({u"label"_s, u"templates"_s, u"list"_s}, {}, true), 0);
        const QJsonArray list = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(list.size(), 5);
        QCOMPARE(list.at(0).toObject().value(u"width_mm"_s).toDouble(), 100.0);
        QCOMPARE(list.at(0).toObject().value(u"height_mm"_s).toDouble(), 150.0);
        const QString file = m_dir.filePath(u"shipping.json"_s);
        QCOMPARE(run({u"label"_s, u"templates"_s, u"export"_s}, {u"shipping"_s, u"-o"_s, file}), 0);
        QCOMPARE(run({u"label"_s, u"templates"_s, u"validate"_s}, {file}), 0);
        // Break one placeholder: validate names it and the element, import refuses it.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        json.replace("{address.cep}", "{endereco.cep}");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        QCOMPARE(run({u"label"_s, u"templates"_s, u"validate"_s}, {file}), 1);
        QVERIFY2(m_err.contains(u"Unknown placeholder {endereco.cep} in the text of element \"recipient_cep_city\"."_s), qPrintable(m_err));
        QCOMPARE(run({u"label"_s, u"templates"_s, u"import"_s}, {file, u"--name"_s, u"envio-b"_s}), 1);
        json.replace("{endereco.cep}", "{address.cep}");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        QCOMPARE(run({u"label"_s, u"templates"_s, u"import"_s}, {file, u"--name"_s, u"envio-b"_s}), 0);
        QCOMPARE(run({u"label"_s, u"render"_s}, {u"--template"_s, u"envio-b"_s, u"--order"_s, QString::number(m_orders.at(0)),
                                                 u"-o"_s, m_dir.filePath(u"b.pdf"_s)}),
                 0); // another template: not a reprint of the "shipping" label
    }
};

QTEST_MAIN(tst_LabelData)
#include "tst_labeldata.moc"
