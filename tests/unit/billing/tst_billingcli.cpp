#include "billing/cli/bankaccountcommands.h"
#include "billing/cli/boletomanagecommands.h"
#include "billing/cli/remessacommands.h"
#include "billing/cli/retornocommands.h"
#include "retornobuilder.h"
#include "billing/data/boletoissuer.h"
#include "billing/domain/boletocode.h"
#include "billing/domain/checkdigits.h"
#include "billing/pix/brcode.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/domainevents.h"
#include "cliharness.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

using namespace billing;
using namespace Qt::StringLiterals;

namespace {

using testsupport::runTool;

} // namespace

// The billing commands of retaguarda-cli, run in-process as a user types them: a collection
// account, boletos for an order, the list of overdue ones, their PDF and the remessa file.
class tst_BillingCli : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;
    core::DomainEvents m_events;
    std::unique_ptr<core::AppContext> m_context;
    QList<core::CliCommand> m_commands;
    QString m_out, m_err;
    qint64 m_order = 0; // the order the tests issue for
    QJsonArray m_issued;

    core::Database &db() { return m_t.db(); }
    QVariant value(const QString &sql, const QVariantList &bindings = {})
    {
        auto v = db().scalar(sql, bindings);
        return v ? *v : QVariant();
    }

    /// `retaguarda-cli GROUP NAME arguments... [--json]`: the exit code; output in m_out, m_err.
    int run(const QString &group, const QString &name, const QStringList &arguments, bool json = false)
    {
        const testsupport::CliOutput r = testsupport::runCliCommand(m_commands, *m_context, QStringList{group, name}, arguments, json);
        m_out = r.out;
        m_err = r.err;
        return r.code;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(30), qPrintable(m_t.error()));
        m_context = std::make_unique<core::AppContext>(db(), m_events);
        m_context->setSession(core::Session::commandLine());
        m_commands = bankAccountCliCommands() + boletoManageCliCommands() + remessaCliCommands() + retornoCliCommands();
        m_order = value(u"SELECT number FROM orders WHERE payment_method = 'boleto' AND total_cents > 100 ORDER BY number LIMIT 1"_s)
                      .toLongLong();
        QVERIFY(m_order > 0);
    }

    void bankAccountAdd()
    {
        const QStringList base{u"--name"_s, u"Itaú 109"_s, u"--bank"_s, u"341"_s, u"--agency"_s, u"1234"_s,
                               u"--account"_s, u"12345"_s, u"--account-dv"_s, QString::number(mod10(u"123412345")),
                               u"--beneficiary"_s, u"Comércio Exemplo Ltda"_s, u"--document"_s, u"12.345.678/0001-95"_s,
                               u"--pix-key"_s, u"12345678000195"_s, u"--pix-key-type"_s, u"cnpj"_s,
                               u"--interest"_s, u"1"_s, u"--fine"_s, u"2,00"_s, u"--default"_s};
        QCOMPARE(run(u"bank-account"_s, u"add"_s, base + QStringList{u"--carteira"_s, u"999"_s}), 1);
        QVERIFY2(m_err.contains(u"carteira '999'"_s) && m_err.contains(u"109"_s), qPrintable(m_err));
        QCOMPARE(run(u"bank-account"_s, u"add"_s, base + QStringList{u"--carteira"_s, u"109"_s, u"--fine"_s, u"dois"_s}), 2);
        QVERIFY2(m_err.startsWith(u"--fine "_s), qPrintable(m_err));
        QCOMPARE(value(u"SELECT COUNT(*) FROM bank_accounts"_s).toInt(), 0);

        QCOMPARE(run(u"bank-account"_s, u"add"_s, base + QStringList{u"--carteira"_s, u"109"_s}, true), 0);
        const QJsonObject account = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(account.value(u"name"_s).toString(), u"Itaú 109"_s);
        QCOMPARE(account.value(u"bank"_s).toString(), u"341"_s);
        QCOMPARE(account.value(u"default"_s).toBool(), true);
        QCOMPARE(account.value(u"next_sequence"_s).toInteger(), 1);
        QCOMPARE(value(u"SELECT interest_monthly_bp FROM bank_accounts WHERE id = ?"_s, {account.value(u"id"_s).toString()}).toInt(), 100);
        QCOMPARE(value(u"SELECT fine_bp FROM bank_accounts WHERE id = ?"_s, {account.value(u"id"_s).toString()}).toInt(), 200);

        QCOMPARE(run(u"bank-account"_s, u"list"_s, {}), 0);
        QVERIFY2(m_out.contains(u"Itaú 109"_s) && m_out.contains(u"(default)"_s), qPrintable(m_out));
    }

    void boletoIssueJson()
    {
        QCOMPARE(run(u"boleto"_s, u"issue"_s, {u"--order"_s, u"999999999"_s}), 1);
        QVERIFY2(m_err.contains(u"There is no order 999999999"_s), qPrintable(m_err));
        QCOMPARE(run(u"boleto"_s, u"issue"_s, {u"--order"_s, QString::number(m_order), u"--installments"_s, u"0"_s}), 2);

        QCOMPARE(run(u"boleto"_s, u"issue"_s, {u"--order"_s, QString::number(m_order), u"--installments"_s, u"2"_s}, true), 0);
        m_issued = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(m_issued.size(), 2);
        qint64 sum = 0;
        for (int i = 0; i < 2; ++i) {
            const QJsonObject b = m_issued[i].toObject();
            for (const QString &key : {u"id"_s, u"account_id"_s, u"order_number"_s, u"installment"_s, u"installments"_s,
                                       u"nosso_numero"_s, u"document_number"_s, u"barcode"_s, u"linha_digitavel"_s,
                                       u"issue_date"_s, u"due_date"_s, u"amount_cents"_s, u"interest_per_day_cents"_s,
                                       u"fine_bp"_s, u"payer_name"_s, u"status"_s, u"pending_instruction"_s,
                                       u"pix_copia_e_cola"_s, u"instructions"_s})
                QVERIFY2(b.contains(key), qPrintable(key));
            QCOMPARE(b.value(u"order_number"_s).toInteger(), m_order);
            QCOMPARE(b.value(u"installment"_s).toInt(), i + 1);
            QCOMPARE(b.value(u"installments"_s).toInt(), 2);
            QCOMPARE(b.value(u"status"_s).toString(), u"emitido"_s);
            QCOMPARE(b.value(u"pending_instruction"_s).toString(), u"entrada"_s);
            QCOMPARE(b.value(u"fine_bp"_s).toInt(), 200);
            QCOMPARE(b.value(u"issue_date"_s).toString(), core::CivilTime::today().toString(Qt::ISODate));
            auto decoded = BoletoCode::decode(b.value(u"linha_digitavel"_s).toString(), core::CivilTime::today());
            QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().text()));
            QCOMPARE(decoded->barcode, b.value(u"barcode"_s).toString());
            QCOMPARE(decoded->amount.cents(), b.value(u"amount_cents"_s).toInteger());
            QCOMPARE(decoded->dueDate->toString(Qt::ISODate), b.value(u"due_date"_s).toString());
            auto pix = BrCode::decode(b.value(u"pix_copia_e_cola"_s).toString());
            QVERIFY(pix);
            QCOMPARE(pix->amount->cents(), b.value(u"amount_cents"_s).toInteger());
            QVERIFY(!b.value(u"instructions"_s).toArray().isEmpty());
            sum += b.value(u"amount_cents"_s).toInteger();
        }
        QCOMPARE(sum, value(u"SELECT total_cents FROM orders WHERE number = ?"_s, {m_order}).toLongLong());

        QCOMPARE(run(u"boleto"_s, u"issue"_s, {u"--order"_s, QString::number(m_order)}), 1);
        QVERIFY2(m_err.contains(u"already has 2 boleto"_s), qPrintable(m_err));
    }

    void boletoListOverdue()
    {
        // Another order's boleto, issued 40 days ago and due 30 days ago.
        const QString late = value(u"SELECT id FROM orders WHERE payment_method = 'boleto' AND number > ? AND total_cents > 100"
                                   " ORDER BY number LIMIT 1"_s,
                                   {m_order})
                                 .toString();
        BoletoIssueRequest request;
        request.orderId = late;
        request.installments = 1;
        request.issueDate = core::CivilTime::today().addDays(-40);
        request.firstDueDate = core::CivilTime::today().addDays(-30);
        auto issued = BoletoIssuer(db()).issue(m_t.admin(), request);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().text()));

        QCOMPARE(run(u"boleto"_s, u"list"_s, {u"--status"_s, u"vencido"_s}, true), 0);
        const QJsonArray overdue = QJsonDocument::fromJson(m_out.toUtf8()).array();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue[0].toObject().value(u"id"_s).toString(), issued->first().id);
        QCOMPARE(overdue[0].toObject().value(u"status"_s).toString(), u"vencido"_s);

        QCOMPARE(run(u"boleto"_s, u"list"_s, {u"--status"_s, u"emitido"_s}, true), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().size(), 2); // the order's, due ahead

        QCOMPARE(run(u"boleto"_s, u"list"_s, {u"--status"_s, u"atrasado"_s}), 2);
        QVERIFY2(m_err.contains(u"atrasado"_s), qPrintable(m_err));
    }

    void boletoPdfHasTheBarcode()
    {
        const QString pdf = m_t.dir() + u"/boletos.pdf"_s;
        QCOMPARE(run(u"boleto"_s, u"pdf"_s, {u"--order"_s, QString::number(m_order), u"-o"_s, pdf}), 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        QCOMPARE(run(u"boleto"_s, u"pdf"_s, {u"--order"_s, QString::number(m_order)}), 2); // no -o

        if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty() || QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
            QSKIP("pdftoppm or zbarimg is not installed");
        // The first page as a scanner sees it: its I2/5 symbol is the first boleto's 44 digits.
        const QString prefix = m_t.dir() + u"/page"_s;
        runTool(u"pdftoppm"_s, {u"-r"_s, u"200"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s, pdf, prefix});
        QVERIFY(QFile::exists(prefix + u".png"_s));
        const QStringList read = runTool(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, u"-Sdisable"_s, u"-Si25.enable"_s, prefix + u".png"_s})
                                     .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(read, QStringList{m_issued[0].toObject().value(u"barcode"_s).toString()});
    }

    void cnabRemessaThenNothingPending()
    {
        const QString file = m_t.dir() + u"/itau.rem"_s;
        QCOMPARE(run(u"cnab"_s, u"remessa"_s, {u"--account"_s, u"Itaú 109"_s, u"--dry-run"_s}, true), 0);
        const QJsonObject plan = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(plan.value(u"nsa"_s).toInt(), 1);
        QCOMPARE(plan.value(u"entries"_s).toArray().size(), 3);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(value(u"SELECT last_nsa FROM bank_accounts"_s).toInt(), 0); // a dry run keeps the number

        QCOMPARE(run(u"cnab"_s, u"remessa"_s, {u"--account"_s, u"Itaú 109"_s}), 2); // no -o
        QCOMPARE(run(u"cnab"_s, u"remessa"_s, {u"--account"_s, u"Itaú 109"_s, u"-o"_s, file}), 0);
        QVERIFY2(m_out.contains(u"NSA 1"_s), qPrintable(m_out));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray content = written.readAll();
        QVERIFY(content.endsWith("\r\n"));
        for (const QByteArray &line : content.chopped(1).split('\n'))
            QCOMPARE(line.size(), 401);
        QCOMPARE(value(u"SELECT COUNT(*) FROM boletos WHERE status = 'registrado'"_s).toInt(), 3);

        QVERIFY(run(u"cnab"_s, u"remessa"_s, {u"--account"_s, u"Itaú 109"_s, u"--dry-run"_s}) != 0);
        QVERIFY2(m_err.contains(u"No boleto of the account 'Itaú 109' waits for a remessa"_s), qPrintable(m_err));
        QCOMPARE(value(u"SELECT last_nsa FROM bank_accounts"_s).toInt(), 1);
    }

    // `cnab parse --json` on a real Itaú file: the keys the issue names, amounts in centavos.
    void cnabParseJson()
    {
        const QString sample = QStringLiteral(RG_SHARED_DATA_DIR) + u"/cnab/341_cnab400_sample1.ret"_s;
        if (!QFile::exists(sample))
            QSKIP("../shared/data is not beside the project");
        QCOMPARE(run(u"cnab"_s, u"parse"_s, {sample}, true), 0);
        const QJsonObject file = QJsonDocument::fromJson(m_out.toUtf8()).object();
        QCOMPARE(file.value(u"bank"_s).toString(), u"341"_s);
        QCOMPARE(file.value(u"layout"_s).toString(), u"cnab400"_s);
        const QJsonArray records = file.value(u"records"_s).toArray();
        QCOMPARE(records.size(), 52);
        const QJsonObject first = records.first().toObject();
        QCOMPARE(first.value(u"nosso_numero"_s).toString(), u"00000011"_s);
        QCOMPARE(first.value(u"occurrence_code"_s).toString(), u"06"_s);
        QCOMPARE(first.value(u"kind"_s).toString(), u"liquidacao"_s);
        QCOMPARE(first.value(u"amount_cents"_s).toInteger(), 4000);
        QCOMPARE(first.value(u"paid_cents"_s).toInteger(), 3790);
        QCOMPARE(first.value(u"fee_cents"_s).toInteger(), 210);
        QCOMPARE(first.value(u"interest_cents"_s).toInteger(), 0);
        QCOMPARE(first.value(u"discount_cents"_s).toInteger(), 0);
        QCOMPARE(first.value(u"rebate_cents"_s).toInteger(), 0);
        QCOMPARE(first.value(u"occurrence_date"_s).toString(), u"2013-05-20"_s);
        QCOMPARE(first.value(u"credit_date"_s).toString(), u"2013-05-21"_s);
        QVERIFY(records.last().toObject().value(u"credit_date"_s).isNull()); // a baixa has no credit

        // A malformed file: non-zero exit, the line and the field in the message.
        QFile in(sample);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray broken = in.readAll();
        const qsizetype secondLine = broken.indexOf('\n') + 1;
        broken[secondLine + 152] = 'X'; // valor do título (153-165) of line 2
        const QString bad = m_t.dir() + u"/broken.ret"_s;
        QFile out(bad);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(broken);
        out.close();
        QCOMPARE(run(u"cnab"_s, u"parse"_s, {bad}, true), 1);
        QVERIFY2(m_err.contains(u"line 2"_s) && m_err.contains(u"153"_s), qPrintable(m_err));
    }

    // `cnab import --dry-run` shows the summary and writes nothing; without it, applies once.
    void cnabImportDryRunThenApply()
    {
        const QJsonObject boleto = m_issued.at(1).toObject(); // the second installment, still open
        testsupport::RetornoEntry paid;
        paid.nossoNumero = value(u"SELECT nosso_numero FROM boletos WHERE id = ?"_s, {boleto.value(u"id"_s).toString()}).toString();
        paid.titleCents = boleto.value(u"amount_cents"_s).toInteger();
        paid.paidCents = paid.titleCents;
        paid.occurrenceDate = QDate::fromString(boleto.value(u"due_date"_s).toString(), Qt::ISODate);
        paid.creditDate = paid.occurrenceDate.addDays(1);
        testsupport::RetornoEntry stranger = paid;
        stranger.nossoNumero = u"88888888"_s;
        const QString path = m_t.dir() + u"/CN151200.RET"_s;
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(testsupport::itauRetorno400(u"1234"_s, u"12345"_s, {paid, stranger}, QDate(2026, 12, 15)));
        f.close();

        QCOMPARE(run(u"cnab"_s, u"import"_s, {path, u"--dry-run"_s}, true), 0);
        QJsonObject summary = QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"files"_s).toArray().first().toObject();
        QCOMPARE(summary.value(u"applied"_s).toBool(), false);
        QCOMPARE(summary.value(u"totals"_s).toObject().value(u"paid_in_full"_s).toObject().value(u"count"_s).toInt(), 1);
        QCOMPARE(summary.value(u"unknown"_s).toArray().first().toString(), u"88888888"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM boleto_payments"_s).toInt(), 0);

        QCOMPARE(run(u"cnab"_s, u"import"_s, {path}, true), 0);
        summary = QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"files"_s).toArray().first().toObject();
        QCOMPARE(summary.value(u"applied"_s).toBool(), true);
        QCOMPARE(summary.value(u"payments"_s).toInt(), 1);
        QCOMPARE(value(u"SELECT status FROM boletos WHERE id = ?"_s, {boleto.value(u"id"_s).toString()}).toString(), u"pago"_s);

        QCOMPARE(run(u"cnab"_s, u"import"_s, {path}), 0);
        QVERIFY2(m_out.contains(u"Already imported"_s), qPrintable(m_out));
        QCOMPARE(value(u"SELECT COUNT(*) FROM boleto_payments"_s).toInt(), 1);

        QCOMPARE(run(u"cnab"_s, u"history"_s, {}, true), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).array().first().toObject().value(u"file"_s).toString(), u"CN151200.RET"_s);
        QCOMPARE(run(u"cnab"_s, u"cash"_s, {u"--from"_s, u"2020-01-01"_s, u"--to"_s, u"2030-12-31"_s}, true), 0);
        qint64 credited = 0;
        for (const QJsonValue &day : QJsonDocument::fromJson(m_out.toUtf8()).array())
            credited += day.toObject().value(u"credited_cents"_s).toInteger();
        QCOMPARE(credited, paid.paidCents);
    }

    void boletoCancelNeedsAReason()
    {
        const QString id = m_issued[0].toObject().value(u"id"_s).toString();
        QVERIFY(run(u"boleto"_s, u"cancel"_s, {id}) != 0);
        QVERIFY2(m_err.contains(u"Say why"_s), qPrintable(m_err));
        QCOMPARE(value(u"SELECT status FROM boletos WHERE id = ?"_s, {id}).toString(), u"registrado"_s);

        // By the nosso número as printed; registered, so the bank is asked to write it off.
        const QString printed = m_issued[0].toObject().value(u"nosso_numero"_s).toString();
        QCOMPARE(run(u"boleto"_s, u"cancel"_s, {printed, u"--reason"_s, u"pago por PIX"_s}), 0);
        QVERIFY2(m_out.contains(u"write it off"_s), qPrintable(m_out));
        QCOMPARE(value(u"SELECT status FROM boletos WHERE id = ?"_s, {id}).toString(), u"cancelado"_s);
        QCOMPARE(value(u"SELECT pending_instruction FROM boletos WHERE id = ?"_s, {id}).toString(), u"baixa"_s);
        QCOMPARE(run(u"cnab"_s, u"remessa"_s, {u"--account"_s, u"Itaú 109"_s, u"--dry-run"_s}, true), 0);
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"write_offs"_s).toArray(), QJsonArray{printed});
        QCOMPARE(QJsonDocument::fromJson(m_out.toUtf8()).object().value(u"nsa"_s).toInt(), 2);
    }
};

QTEST_MAIN(tst_BillingCli)
#include "tst_billingcli.moc"
