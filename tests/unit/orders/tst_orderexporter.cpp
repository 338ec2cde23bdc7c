// Exports of the order list as a Brazilian office opens them: CSV for pt-BR Excel and real XLSX
// (checked by unzipping the file), page by page, cancellable without leaving a file behind.

#include "core/domain/civiltime.h"
#include "core/domain/taxid.h"
#include "orders/data/orderexporter.h"
#include "orders/domain/orderstatus.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace orders;

namespace {

constexpr qint64 kOrders = 2300; // more than one export page (OrderExporter::kPageSize)

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// One member of the zip, as `unzip -p` prints it.
QByteArray unzipMember(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, member});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

QStringList csvLines(const QByteArray &content)
{
    QString text = QString::fromUtf8(content);
    QStringList lines = text.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class tst_OrderExporter : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::Session m_admin;
    QTemporaryDir m_dir;

    QList<qint64> numbers(const QString &sql, const QVariantList &bindings = {})
    {
        QList<qint64> list;
        auto q = m_t.db().exec(sql, bindings);
        while (q && q->next())
            list << q->value(0).toLongLong();
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(kOrders), qPrintable(m_t.error()));
        m_admin = m_t.admin();
        QVERIFY2(m_admin.isValid(), qPrintable(m_t.error()));
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QFAIL("unzip is needed to read the XLSX files back");
    }

    void csvIsWhatBrazilianExcelReads()
    {
        auto q = m_t.db().exec(QStringLiteral("SELECT status FROM orders GROUP BY status ORDER BY COUNT(*) DESC LIMIT 1"));
        QVERIFY(q && q->next());
        const QString status = q->value(0).toString();
        OrderExportRequest request;
        request.filter.statuses = {status};
        request.sort = {OrderSortKey::Number, false};
        request.columns = {QStringLiteral("number"), QStringLiteral("placed_at"), QStringLiteral("customer"),
                           QStringLiteral("document"), QStringLiteral("total"), QStringLiteral("status")};
        const QString path = m_dir.filePath(QStringLiteral("pedidos.csv"));
        auto written = OrderExporter(m_t.db(), m_admin).exportTo(path, OrderExportFormat::Csv, request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().text()));

        const QList<qint64> expected = numbers(QStringLiteral("SELECT number FROM orders WHERE status = ? ORDER BY number"), {status});
        QVERIFY(expected.size() > 10);
        QCOMPARE(*written, qint64(expected.size()));

        const QByteArray content = readFile(path);
        QVERIFY2(content.startsWith("\xEF\xBB\xBF"), "Excel needs the UTF-8 BOM");
        const QStringList lines = csvLines(content.mid(3));
        QCOMPARE(lines.size(), expected.size() + 1);
        QCOMPARE(lines.first(), QStringLiteral("Number;Date;Customer;CPF/CNPJ;Total;Status"));
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(lines.at(i + 1).section(u';', 0, 0).toLongLong(), expected.at(i));

        // One order checked field by field against the database.
        const qint64 number = expected.at(expected.size() / 2);
        auto row = m_t.db().exec(QStringLiteral(
            "SELECT o.placed_at, c.name, c.document, o.total_cents FROM orders o JOIN customers c ON c.id = o.customer_id"
            " WHERE o.number = ?"), {number});
        QVERIFY(row && row->next());
        const QString placed = core::CivilTime::toCivil(core::fromDbTimestamp(row->value(0)))
                                   .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        const qint64 cents = row->value(3).toLongLong();
        const QString total = QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
        QString customer = row->value(1).toString();
        if (customer.contains(u';') || customer.contains(u'"'))
            customer = u'"' + customer.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        const QString line = QStringLiteral("%1;%2;%3;%4;%5;%6")
                                 .arg(number)
                                 .arg(placed, customer, core::TaxId::format(row->value(2).toString()), total,
                                      OrderStatus::displayName(status));
        QCOMPARE(lines.at(int(expected.indexOf(number)) + 1), line);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$")).match(placed).hasMatch());
    }

    void everyOrderOnceAcrossPages()
    {
        OrderExportRequest request; // no filter: every order, newest first (default sort)
        request.columns = {QStringLiteral("number")};
        const QString path = m_dir.filePath(QStringLiteral("todos.csv"));
        QList<qint64> reports;
        auto written = OrderExporter(m_t.db(), m_admin).exportTo(path, OrderExportFormat::Csv, request, [&](qint64 done) {
            reports << done;
            return true;
        });
        QVERIFY(written);
        QCOMPARE(*written, kOrders);
        // Progress after every page, counting up to the total.
        QCOMPARE(reports.first(), 0);
        QCOMPARE(reports.last(), kOrders);
        QVERIFY(reports.size() >= 3);
        QVERIFY(std::is_sorted(reports.begin(), reports.end()));

        const QStringList lines = csvLines(readFile(path).mid(3));
        QList<qint64> exported;
        for (int i = 1; i < lines.size(); ++i)
            exported << lines.at(i).toLongLong();
        QCOMPARE(exported, numbers(QStringLiteral("SELECT number FROM orders ORDER BY number DESC")));
    }

    void documentsStayWithRolesThatServeCustomers()
    {
        const core::Session warehouse = m_t.createUser(QStringLiteral("estoque"), core::Role::Warehouse);
        QVERIFY(warehouse.isValid());
        OrderExportRequest request;
        request.columns = {QStringLiteral("number"), QStringLiteral("document"), QStringLiteral("customer")};
        const QString path = m_dir.filePath(QStringLiteral("estoque.csv"));
        QVERIFY(OrderExporter(m_t.db(), warehouse).exportTo(path, OrderExportFormat::Csv, request));
        const QStringList lines = csvLines(readFile(path).mid(3));
        QCOMPARE(lines.first(), QStringLiteral("Number;Customer"));
        QVERIFY(!lines.at(1).contains(QRegularExpression(QStringLiteral("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}"))));
    }

    void selectionExportsExactlyTheGivenRows()
    {
        OrderExportRequest request;
        request.selectionOnly = true;
        request.columns = {QStringLiteral("total"), QStringLiteral("number")};
        OrderRow a;
        a.number = 777;
        a.total = core::Money::fromCents(123456);
        OrderRow b;
        b.number = 12;
        b.total = core::Money::fromCents(-5);
        request.rows = {a, b};
        const QString path = m_dir.filePath(QStringLiteral("selecao.csv"));
        auto written = OrderExporter(m_t.db(), m_admin).exportTo(path, OrderExportFormat::Csv, request);
        QVERIFY(written);
        QCOMPARE(*written, 2);
        QCOMPARE(csvLines(readFile(path).mid(3)),
                 (QStringList{QStringLiteral("Total;Number"), QStringLiteral("1234,56;777"), QStringLiteral("-0,05;12")}));
    }

    void textFromCustomersNeverBecomesAFormula()
    {
        OrderExportRequest request;
        request.selectionOnly = true;
        request.columns = {QStringLiteral("customer"), QStringLiteral("tracking")};
        OrderRow row;
        row.customerName = QStringLiteral("=HYPERLINK(\"http://x\";\"y\")");
        row.trackingCode = QStringLiteral("AB;12");
        request.rows = {row};
        const QString path = m_dir.filePath(QStringLiteral("formula.csv"));
        QVERIFY(OrderExporter(m_t.db(), m_admin).exportTo(path, OrderExportFormat::Csv, request));
        QCOMPARE(csvLines(readFile(path).mid(3)).at(1),
                 QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";\"AB;12\""));
    }

    void xlsxHasRealNumbersDatesAndAFrozenFilteredHeader()
    {
        const qint64 number = numbers(QStringLiteral("SELECT number FROM orders WHERE total_cents % 100 <> 0 LIMIT 1")).value(0);
        QVERIFY(number > 0);
        const qint64 cents = m_t.db().scalar(QStringLiteral("SELECT total_cents FROM orders WHERE number = ?"), {number})->toLongLong();
        OrderExportRequest request;
        request.sort = {OrderSortKey::Number, false};
        request.columns = {QStringLiteral("number"), QStringLiteral("placed_at"), QStringLiteral("customer"),
                           QStringLiteral("total")};
        const QString path = m_dir.filePath(QStringLiteral("pedidos.xlsx"));
        auto written = OrderExporter(m_t.db(), m_admin).exportTo(path, OrderExportFormat::Xlsx, request);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().text()));
        QCOMPARE(*written, kOrders);
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        const QByteArray sheet = unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(!sheet.isEmpty(), "the file is not a readable XLSX");
        // Header text may be inline or in the shared strings table, depending on the writer mode.
        const QByteArray strings = sheet + unzipMember(path, QStringLiteral("xl/sharedStrings.xml"));
        for (const char *title : {"Number", "Date", "Customer", "Total"})
            QVERIFY2(strings.contains(QByteArray(">") + title + "</t>"), title);

        // The order's row: its number and its total are number cells, the date a styled number.
        const QRegularExpression rowPattern(QStringLiteral("<row r=\"(\\d+)\"[^>]*>(.*?)</row>"),
                                            QRegularExpression::DotMatchesEverythingOption);
        QString found;
        for (auto it = rowPattern.globalMatch(QString::fromUtf8(sheet)); it.hasNext();) {
            const auto match = it.next();
            if (match.captured(2).contains(QStringLiteral("<v>%1</v>").arg(number))) {
                found = match.captured(2);
                break;
            }
        }
        QVERIFY2(!found.isEmpty(), "the order's row is missing");
        const QRegularExpression totalCell(QStringLiteral("<c r=\"D\\d+\" s=\"(\\d+)\"><v>([-0-9.]+)</v></c>"));
        const auto total = totalCell.match(found);
        QVERIFY2(total.hasMatch(), qPrintable(found));
        QCOMPARE(total.captured(2).toDouble(), double(cents) / 100.0);
        QVERIFY(QRegularExpression(QStringLiteral("<c r=\"B\\d+\" s=\"\\d+\"><v>4\\d{4}(\\.\\d+)?</v></c>")).match(found).hasMatch());

        const QByteArray styles = unzipMember(path, QStringLiteral("xl/styles.xml"));
        QVERIFY2(styles.contains("R$ &quot;#,##0.00") || styles.contains("R$ \"#,##0.00"), styles.constData());
        QVERIFY(styles.contains("dd/mm/yyyy hh:mm"));
        QVERIFY(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:D%1\"/>").arg(kOrders + 1).toUtf8()));
        QVERIFY(sheet.contains("ySplit=\"1\"") && sheet.contains("state=\"frozen\""));
        QVERIFY(sheet.contains("<cols>"));
    }

    void cancellingLeavesNoFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(OrderExportFormat::Csv);
        QTest::newRow("xlsx") << int(OrderExportFormat::Xlsx);
    }

    void cancellingLeavesNoFile()
    {
        QFETCH(int, format);
        const QString path = m_dir.filePath(QStringLiteral("cancelado.%1").arg(format));
        int calls = 0;
        auto written = OrderExporter(m_t.db(), m_admin).exportTo(path, OrderExportFormat(format), {}, [&](qint64 done) {
            ++calls;
            return done == 0; // the user presses Cancel once the first page is written
        });
        QVERIFY(!written);
        QVERIFY(OrderExporter::isCancellation(written.error()));
        QCOMPARE(calls, 2); // stopped after the first page, not at the end
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelado*")}, QDir::Files), QStringList());
    }

    void cancellingKeepsTheFileItWouldHaveReplaced_data() { cancellingLeavesNoFile_data(); }

    void cancellingKeepsTheFileItWouldHaveReplaced()
    {
        QFETCH(int, format);
        const QString path = m_dir.filePath(QStringLiteral("existente.%1").arg(format));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("planilha de ontem");
        }
        auto written = OrderExporter(m_t.db(), m_admin).exportTo(path, OrderExportFormat(format), {},
                                                                 [](qint64 done) { return done == 0; });
        QVERIFY(!written);
        QCOMPARE(readFile(path), QByteArray("planilha de ontem"));
    }

    void unwritableFolderIsReportedBeforeReading()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/pedidos.xlsx"));
        int calls = 0;
        auto written = OrderExporter(m_t.db(), m_admin).exportTo(path, OrderExportFormat::Xlsx, {}, [&](qint64) {
            ++calls;
            return true;
        });
        QVERIFY(!written);
        QCOMPARE(written.error().kind, core::Error::Kind::Io);
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(tst_OrderExporter)
#include "tst_orderexporter.moc"
