// Benchmark: issue 4's budgets for billing.
//   bench_billing [--keep DIR]
// 1. Issue 1,000 boletos (one per demo order, Itaú carteira 109 with a PIX key, so hybrid) on a
//    temporary SQLite database, gather their print data and render them to one A4 PDF
//    (goal: at most 5 s for issuing and rendering together).
// 2. Write a remessa of 10,000 titles in memory with each bank's writer (Itaú, Bradesco,
//    Santander and Banco do Brasil CNAB 400, Caixa CNAB 240), and generate one through
//    RemessaService from 10,000 boletos stored in the database (goal: at most 500 ms).
// Writer figures are the median of three runs after a warm-up; the others are single runs.
// Prints "name: value unit" lines. With --keep, the database, PDF and remessa stay in DIR.
#include "billing/cnab/remessa.h"
#include "billing/cnab/remessawriter.h"
#include "billing/data/boletoissuer.h"
#include "billing/data/boletoprintsource.h"
#include "billing/data/collectionaccountrepository.h"
#include "billing/data/remessaservice.h"
#include "billing/domain/checkdigits.h"
#include "billing/print/boletopdf.h"
#include "core/data/database.h"
#include "core/data/migrator.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "demo/demoseeder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

constexpr int kPdfBoletos = 1000;
constexpr int kRemessaTitles = 10000;

void fail(const QString &what, const core::Error &error)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(error.text()));
}

void printSeconds(const char *name, double ms)
{
    out << name << ": " << QString::number(ms / 1000, 'f', 2) << " s" << Qt::endl;
}

void printMs(const QString &name, double ms)
{
    out << name << ": " << QString::number(ms, 'f', 1) << " ms" << Qt::endl;
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

/// An Itaú carteira 109 account whose agência/conta DAC is right, with a PIX key (hybrid
/// boletos), 1 % a.m. juros and 2 % multa.
billing::CollectionAccount itauAccount(const QString &name, const QString &account)
{
    billing::CollectionAccount a;
    a.name = name;
    a.bank.bankCode = u"341"_s;
    a.bank.agency = u"1234"_s;
    a.bank.account = account;
    a.bank.accountDv = QString::number(billing::mod10(QString(u"1234"_s + account)));
    a.bank.carteira = u"109"_s;
    a.bank.beneficiaryName = u"Comércio Exemplo Ltda"_s;
    a.bank.beneficiaryDocument = u"12.345.678/0001-95"_s;
    a.pixKey = u"12345678000195"_s;
    a.pixKeyType = u"cnpj"_s;
    a.pixCity = u"São Paulo"_s;
    a.interestMonthlyBp = 100;
    a.fineBp = 200;
    return a;
}

/// Issues one boleto (one installment) for each order: each in its own transaction as a user
/// does, or all in one transaction (issueInTransaction), the quick way to fill the database.
QStringList issueAll(core::Database &db, const core::Session &session, const QString &accountId, const QStringList &orderIds,
                     bool oneTransaction)
{
    billing::BoletoIssuer issuer(db);
    QStringList boletoIds;
    boletoIds.reserve(orderIds.size());
    std::unique_ptr<core::Transaction> tx;
    if (oneTransaction) {
        tx = std::make_unique<core::Transaction>(db);
        if (!tx->begun())
            fail(u"begin"_s, tx->begun().error());
    }
    for (const QString &orderId : orderIds) {
        billing::BoletoIssueRequest request;
        request.orderId = orderId;
        request.accountId = accountId;
        request.installments = 1;
        request.issueDate = QDate(2026, 11, 23);
        request.firstDueDate = QDate(2026, 12, 10);
        auto issued = oneTransaction ? issuer.issueInTransaction(session, request) : issuer.issue(session, request);
        if (!issued)
            fail(u"issue for order "_s + orderId, issued.error());
        for (const billing::Boleto &b : std::as_const(*issued))
            boletoIds << b.id;
    }
    if (tx) {
        if (auto committed = tx->commit(); !committed)
            fail(u"commit"_s, committed.error());
    }
    return boletoIds;
}

// Realistic, varied payers: accents, long street names, CPFs and CNPJs.
billing::RemessaTitle titleFor(int i)
{
    static const QString first[] = {u"Maria"_s, u"José"_s, u"Ana"_s, u"João"_s, u"Francisca"_s, u"Antônio"_s, u"Luíza"_s, u"Conceição"_s};
    static const QString last[] = {u"da Silva"_s, u"dos Santos"_s, u"Oliveira Gonçalves"_s, u"de Souza Araújo"_s, u"Pereira Lima"_s,
                                   u"Ferreira da Conceição Nogueira"_s};
    static const QString streets[] = {u"Rua das Acácias, 1200, apto 42 - Bloco B"_s, u"Avenida Brigadeiro Faria Lima, 3477"_s,
                                      u"Travessa São João, 7"_s, u"Rua Coronel Joaquim Inácio de Araújo Gonçalves, 15"_s};
    static const QString districts[] = {u"Jardim América"_s, u"Centro"_s, u"Vila Mariana"_s, u"São José dos Campos Elíseos"_s};
    static const QString cities[] = {u"São Paulo"_s, u"Campinas"_s, u"Belo Horizonte"_s, u"Florianópolis"_s, u"Ribeirão Preto"_s};
    static const QString states[] = {u"SP"_s, u"SP"_s, u"MG"_s, u"SC"_s, u"SP"_s};
    billing::RemessaTitle t;
    t.nossoNumero = QString::number(1000 + i);
    t.seuNumero = QString::number(500000 + i);
    t.control = t.seuNumero;
    t.issueDate = QDate(2026, 11, 23);
    t.dueDate = QDate(2026, 12, 1).addDays(i % 45);
    t.amount = core::Money::fromCents(4'990 + 173 * i);
    t.interestPerDay = core::Money::fromCents(qMax<qint64>(1, t.amount.cents() / 3000));
    t.fine.kind = billing::RemessaFine::Kind::Percent;
    t.fine.percentHundredths = 200;
    if (i % 5 == 0) {
        t.discountUntil = t.dueDate.addDays(-3);
        t.discountAmount = core::Money::fromCents(500);
    }
    t.payerDocument = i % 7 == 0 ? u"12.345.678/0001-95"_s : u"123.456.789-09"_s;
    t.payerName = first[i % 8] + u' ' + last[(i / 8) % 6] + u' ' + QString::number(i);
    t.payerAddress = streets[i % 4];
    t.payerDistrict = districts[(i / 4) % 4];
    t.payerZip = QString::number(1001000 + 37 * i).rightJustified(8, u'0');
    t.payerCity = cities[i % 5];
    t.payerState = states[i % 5];
    return t;
}

billing::Remessa remessaFor(const QString &bank)
{
    billing::Remessa r;
    r.account.bankCode = bank;
    r.account.beneficiaryName = u"Comércio Exemplo Ltda"_s;
    r.account.beneficiaryDocument = u"12345678000195"_s;
    r.generatedOn = QDate(2026, 11, 23);
    r.generatedAt = QTime(10, 30, 0);
    r.nsa = 7;
    if (bank == u"341") {
        r.account.agency = u"1234"_s;
        r.account.account = u"12345"_s;
        r.account.accountDv = QString::number(billing::mod10(u"123412345"));
        r.account.carteira = u"109"_s;
    } else if (bank == u"237") {
        r.account.agency = u"12345"_s;
        r.account.account = u"1234567"_s;
        r.account.accountDv = u"1"_s;
        r.account.carteira = u"09"_s;
        r.companyCode = u"4321"_s;
    } else if (bank == u"033") {
        r.account.agency = u"8888"_s;
        r.account.account = u"000002997"_s;
        r.account.accountDv = u"8"_s;
        r.account.carteira = u"101"_s;
        r.companyCode = u"17777751042700080112"_s;
    } else if (bank == u"001") {
        r.account.agency = u"1234"_s;
        r.account.account = u"12345678"_s;
        r.account.accountDv = u"9"_s;
        r.account.carteira = u"17"_s;
        r.account.variation = u"019"_s;
        r.account.convenio = u"1234567"_s;
    } else if (bank == u"104") {
        r.account.agency = u"12345"_s;
        r.account.agencyDv = u"1"_s;
        r.account.account = u"1234"_s;
        r.account.accountDv = u"0"_s;
        r.account.carteira = u"RG"_s;
        r.account.convenio = u"123456"_s;
        r.applicationVersion = u"1234"_s;
    }
    r.titles.reserve(kRemessaTitles);
    for (int i = 0; i < kRemessaTitles; ++i)
        r.titles << titleFor(i);
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    // BoletoPdf needs a QGuiApplication (fonts), not a display: CI and ssh sessions have none.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir tmp;
    QString dirPath = tmp.path();
    const QStringList args = app.arguments();
    if (const qsizetype keep = args.indexOf(u"--keep"_s); keep > 0 && keep + 1 < args.size()) {
        dirPath = args.at(keep + 1);
        QDir().mkpath(dirPath);
    }
    const QDir dir(dirPath);

    // A fresh database with demo orders: 1,000 for the PDF and 10,000 for the remessa, each lot
    // issued from its own account (an order takes one set of open boletos only).
    const QString dbPath = dir.filePath(u"billing.sqlite"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(dbPath + suffix);
    auto opened = core::Database::openSqlite(dbPath);
    if (!opened)
        fail(u"open"_s, opened.error());
    core::Database &db = **opened;
    if (auto migrated = core::Migrator(db).migrate(); !migrated)
        fail(u"migrate"_s, migrated.error());
    const core::Session session = core::Session::commandLine();
    demo::SeedOptions options;
    options.orders = 14000;
    options.until = QDate(2026, 11, 20);
    QElapsedTimer timer;
    timer.start();
    if (auto seeded = demo::DemoSeeder(db).seed(session, options); !seeded)
        fail(u"seed"_s, seeded.error());
    printSeconds("demo_seed_14000", msSince(timer));

    // Orders whose customer can receive a boleto (name, document and an address with a CEP).
    // Alphanumeric CNPJs are left out: the issuer takes them but every remessa writer refuses
    // them (their CPF/CNPJ fields are numeric), which would fail the whole remessa.
    QStringList orderIds;
    {
        auto q = db.exec(u"SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id"
                         " JOIN customer_addresses a ON a.id = o.shipping_address_id"
                         " WHERE a.cep <> '' AND c.document <> '' AND c.document NOT GLOB '*[^0-9]*' ORDER BY o.number LIMIT ?"_s,
                         {kPdfBoletos + kRemessaTitles});
        if (!q)
            fail(u"orders"_s, q.error());
        while (q->next())
            orderIds << q->value(0).toString();
    }
    if (orderIds.size() < kPdfBoletos + kRemessaTitles)
        qFatal("only %d orders can take a boleto", int(orderIds.size()));

    billing::CollectionAccountRepository accounts(db);
    auto pdfAccount = accounts.save(session, itauAccount(u"Itaú cobrança 109"_s, u"12345"_s));
    if (!pdfAccount)
        fail(u"save account"_s, pdfAccount.error());
    auto remessaAccount = accounts.save(session, itauAccount(u"Itaú remessa 109"_s, u"54321"_s));
    if (!remessaAccount)
        fail(u"save account"_s, remessaAccount.error());

    // 1. Issue 1,000 boletos, one transaction each (as a user issues them), and print them.
    timer.restart();
    const QStringList boletoIds = issueAll(db, session, pdfAccount->id, orderIds.mid(0, kPdfBoletos), false);
    const double issueMs = msSince(timer);
    printSeconds("boleto_issue_1000", issueMs);
    timer.restart();
    auto printData = billing::BoletoPrintSource(db).forBoletos(boletoIds);
    if (!printData)
        fail(u"print data"_s, printData.error());
    const double printDataMs = msSince(timer);
    printSeconds("boleto_print_data_1000", printDataMs);
    int hybrid = 0;
    for (const auto &b : std::as_const(*printData))
        hybrid += b.pixCopiaECola.isEmpty() ? 0 : 1;
    if (printData->size() != kPdfBoletos || hybrid != kPdfBoletos)
        qFatal("expected %d hybrid boletos, got %d of %d", kPdfBoletos, hybrid, int(printData->size()));
    timer.restart();
    if (auto written = billing::BoletoPdf::write(*printData, billing::BoletoPdf::Layout::A4, dir.filePath(u"boletos.pdf"_s));
        !written)
        fail(u"pdf"_s, written.error());
    const double pdfMs = msSince(timer);
    printSeconds("boleto_pdf_1000", pdfMs);
    printSeconds("boleto_issue_and_pdf_1000", issueMs + printDataMs + pdfMs);
    out << "goal_boleto_issue_and_pdf_1000: 5 s" << Qt::endl;

    // 2. Remessa of 10,000 titles: each writer on in-memory titles...
    const struct { const char *bank; const char *layout; } writers[] = {
        {"341", "cnab400"}, {"237", "cnab400"}, {"033", "cnab400"}, {"001", "cnab400"}, {"104", "cnab240"},
    };
    for (const auto &w : writers) {
        const billing::Remessa remessa = remessaFor(QString::fromLatin1(w.bank));
        const QString layout = QString::fromLatin1(w.layout);
        // One warm-up, then the median of three: the figure should not depend on which bank
        // happens to run first.
        QList<double> times;
        for (int run = 0; run < 4; ++run) {
            timer.restart();
            auto bytes = billing::RemessaWriter::write(remessa, layout);
            times << msSince(timer);
            if (!bytes)
                fail(u"remessa %1 %2"_s.arg(QString::fromLatin1(w.bank), layout), bytes.error());
        }
        times.removeFirst();
        std::sort(times.begin(), times.end());
        printMs(u"remessa_%1_%2_%3"_s.arg(kRemessaTitles).arg(QString::fromLatin1(w.bank), layout), times[1]);
    }

    // ... and the service path: 10,000 stored boletos read, written, marked and recorded.
    timer.restart();
    const QStringList remessaBoletos = issueAll(db, session, remessaAccount->id, orderIds.mid(kPdfBoletos, kRemessaTitles), true);
    printSeconds("boleto_issue_10000_one_transaction", msSince(timer));
    timer.restart();
    auto generated = billing::RemessaService(db).generate(session, remessaAccount->id, {}, dir.filePath(u"remessa.rem"_s));
    const double serviceMs = msSince(timer);
    if (!generated)
        fail(u"remessa service"_s, generated.error());
    if (generated->titleCount != remessaBoletos.size())
        qFatal("the remessa has %d titles, not %d", generated->titleCount, int(remessaBoletos.size()));
    printMs(u"remessa_service_%1"_s.arg(kRemessaTitles), serviceMs);
    out << "goal_remessa_10000: 500 ms" << Qt::endl;
    return 0;
}
