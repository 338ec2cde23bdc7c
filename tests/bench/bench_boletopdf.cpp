// Benchmark: 1,000 boletos with distinct codes rendered to one PDF (goal: at most 5 s).
//   bench_boletopdf [--keep DIR]
// Prints "boleto_pdf_1000: X s" and "boleto_pdf_per_boleto: X ms" for the A4 layout, and the
// same for the carnê ("carne_pdf_1000"). Half of the boletos are hybrid (PIX QR code). With
// --keep, the PDFs stay in DIR for a look; otherwise they go to a temporary directory.
#include "billing/banks/bank.h"
#include "billing/banks/bankregistry.h"
#include "billing/domain/bankaccount.h"
#include "billing/domain/barcode.h"
#include "billing/domain/duedatefactor.h"
#include "billing/domain/linhadigitavel.h"
#include "billing/pix/brcode.h"
#include "billing/pix/pixpayload.h"
#include "billing/print/boletopdf.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QList<billing::BoletoPrintData> makeBoletos(int count)
{
    billing::BankAccount a;
    a.bankCode = u"341"_s;
    a.agency = u"1234"_s;
    a.account = u"56789"_s;
    a.accountDv = {};
    a.carteira = u"109"_s;
    const billing::Bank *bank = billing::BankRegistry::find(a.bankCode);
    QList<billing::BoletoPrintData> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString seq = QString::number(100000 + i);
        billing::BoletoPrintData b;
        b.bankCode = bank->code();
        b.bankName = bank->name();
        b.dueDate = QDate(2026, 12, 10).addDays(i % 60);
        b.amount = core::Money::fromCents(9'990 + 137 * i);
        const auto free = bank->campoLivre(a, seq);
        const auto code = billing::Barcode::build(b.bankCode, 9, *billing::DueDateFactor::fromDate(b.dueDate),
                                                  b.amount, *free);
        if (!free || !code)
            qFatal("cannot build boleto %d", i);
        b.barcode = code->digits();
        b.linhaDigitavel = billing::LinhaDigitavel::fromBarcode(*code).digits();
        b.nossoNumero = *bank->nossoNumeroWithDv(a, seq);
        b.beneficiaryName = u"Loja Exemplo Comércio Eletrônico Ltda"_s;
        b.beneficiaryDocument = u"12.345.678/0001-95"_s;
        b.beneficiaryAddress = u"Rua das Flores, 123, Centro — São Paulo/SP — 01001-000"_s;
        b.agencyAndCode = u"1234/56789-0"_s;
        b.documentNumber = u"PED-%1"_s.arg(50000 + i);
        b.carteira = a.carteira;
        b.issueDate = QDate(2026, 11, 23);
        b.processingDate = b.issueDate;
        b.payerName = u"Cliente %1 da Silva"_s.arg(i);
        b.payerDocument = u"123.456.789-09"_s;
        b.payerAddressLines = {u"Av. Brasil, 1500, apto 42 — Jardim América"_s, u"Campinas/SP — 13010-000"_s};
        b.instructions = {u"Após o vencimento cobrar multa de 2,00%."_s,
                          u"Após o vencimento cobrar juros de R$ 0,05 por dia de atraso."_s,
                          u"Não receber após 30 dias do vencimento."_s};
        b.installment = i % 12 + 1;
        b.installments = 12;
        if (i % 2 == 0) {
            b.pixCopiaECola = billing::BrCode::encode(billing::PixPayload::forKey(
                u"12345678000195"_s, u"Loja Exemplo"_s, u"São Paulo"_s, b.amount, u"PED%1"_s.arg(50000 + i)));
        }
        list << b;
    }
    return list;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // drawing a PDF needs fonts, not a display
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QString dirPath;
    const QStringList args = app.arguments();
    const qsizetype keep = args.indexOf(u"--keep"_s);
    QTemporaryDir tmp;
    if (keep > 0 && keep + 1 < args.size()) {
        dirPath = args.at(keep + 1);
        QDir().mkpath(dirPath);
    } else {
        dirPath = tmp.path();
    }

    const int n = 1000;
    const auto boletos = makeBoletos(n);
    const struct { const char *name; billing::BoletoPdf::Layout layout; const char *file; } runs[] = {
        {"boleto_pdf", billing::BoletoPdf::Layout::A4, "boletos-a4.pdf"},
        {"carne_pdf", billing::BoletoPdf::Layout::Carne, "boletos-carne.pdf"},
    };
    for (const auto &run : runs) {
        const QString path = QDir(dirPath).filePath(QString::fromLatin1(run.file));
        QElapsedTimer timer;
        timer.start();
        const auto r = billing::BoletoPdf::write(boletos, run.layout, path);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!r) {
            out << run.name << ": failed: " << r.error().text() << Qt::endl;
            return 1;
        }
        out << run.name << "_" << n << ": " << QString::number(ms / 1000, 'f', 2) << " s" << Qt::endl;
        out << run.name << "_per_boleto: " << QString::number(ms / n, 'f', 2) << " ms" << Qt::endl;
        out << run.name << "_size: " << QString::number(QFileInfo(path).size() / 1024.0 / 1024.0, 'f', 1)
            << " MiB" << Qt::endl;
    }
    return 0;
}
