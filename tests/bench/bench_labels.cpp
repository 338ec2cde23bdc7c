// Labels: 1,000 shipping labels of a demo database (data read from the tables, every label with
// its Code 128 tracking code, the CEP barcode and the destination Data Matrix) to one PDF (goal
// ≤ 5 s) and to ZPL (goal ≤ 0.2 s). Prints `name: value unit` lines.
#include "core/data/companyrepository.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/domain/session.h"
#include "demo/demoseeder.h"
#include "labels/data/labeljobbuilder.h"
#include "labels/render/labeloutput.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace labels;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto db = core::Database::openSqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db || !core::Migrator(**db).migrate()) {
        std::fprintf(stderr, "cannot create the database\n");
        return 1;
    }
    demo::SeedOptions options;
    options.orders = 1000;
    options.seed = 7;
    options.until = QDate(2026, 11, 20);
    if (!demo::DemoSeeder(**db).seed(core::Session::commandLine(), options)) {
        std::fprintf(stderr, "seed failed\n");
        return 1;
    }
    core::Company c;
    c.legalName = QStringLiteral("Comércio Exemplo Ltda");
    c.cnpj = QStringLiteral("12345678000195");
    c.street = QStringLiteral("Rua das Flores");
    c.number = QStringLiteral("100");
    c.district = QStringLiteral("Centro");
    c.city = QStringLiteral("São Paulo");
    c.state = QStringLiteral("SP");
    c.cep = QStringLiteral("01310100");
    (void)core::CompanyRepository(**db).save(c, QString());

    LabelRequest request;
    auto q = (*db)->exec(QStringLiteral("SELECT number FROM orders WHERE shipping_address_id IS NOT NULL ORDER BY number LIMIT 1000"));
    QList<qint64> numbers;
    while (q && q->next())
        numbers << q->value(0).toLongLong();
    // Exactly 1,000 labels (a few demo orders are store pickups without an address).
    for (int i = 0; i < 1000 && !numbers.isEmpty(); ++i)
        request.orders << numbers.at(i % numbers.size());
    const int runs = 3;
    QList<double> dataMs, pdfS, zplMs;
    qint64 pdfBytes = 0, zplBytes = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto batch = LabelJobBuilder(**db).build(request);
        if (!batch) {
            std::fprintf(stderr, "%s\n", qPrintable(batch.error().text()));
            return 1;
        }
        const QList<LabelData> data = batch->data();
        dataMs << t.nsecsElapsed() / 1e6;

        const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
        t.restart();
        if (auto done = LabelOutput::writePdf(batch->labelTemplate, data, pdf); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().text()));
            return 1;
        }
        pdfS << t.nsecsElapsed() / 1e9;
        pdfBytes = QFileInfo(pdf).size();

        t.restart();
        auto zpl = LabelOutput::zpl(batch->labelTemplate, data, 203);
        zplMs << t.nsecsElapsed() / 1e6;
        if (!zpl) {
            std::fprintf(stderr, "%s\n", qPrintable(zpl.error().text()));
            return 1;
        }
        zplBytes = zpl->size();
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    out << "labels: " << request.orders.size() << " shipping labels, median of " << runs << " runs\n";
    out << "labels_data_1000: " << QString::number(median(dataMs), 'f', 1) << " ms\n";
    out << "labels_pdf_1000: " << QString::number(median(pdfS), 'f', 2) << " s (" << pdfBytes / 1024 << " KiB)\n";
    out << "labels_zpl_1000: " << QString::number(median(zplMs), 'f', 1) << " ms (" << zplBytes / 1024 << " KiB)\n";
    out.flush();
    return 0;
}
