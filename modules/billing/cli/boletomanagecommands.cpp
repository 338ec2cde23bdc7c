#include "billing/cli/boletomanagecommands.h"

#include "billing/cli/boletojson.h"
#include "billing/data/boletoissuer.h"
#include "billing/data/boletoprintsource.h"
#include "billing/data/boletorepository.h"
#include "billing/domain/boletostatus.h"
#include "billing/print/boletopdf.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/clisupport.h"
#include "core/domain/tr.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace billing {

using core::Tr;

namespace {

int fail(core::CliInvocation &call, const core::Error &error)
{
    call.err << error.text() << Qt::endl;
    return 1;
}

/// --order accepts the order number people say; the database wants its id.
core::Result<QString> orderIdForNumber(core::Database &db, const QString &number)
{
    bool ok = false;
    const qint64 n = number.toLongLong(&ok);
    if (!ok)
        return core::Error::validation(Tr::tr("--order takes an order number, like 1042."), QStringLiteral("order"));
    auto id = db.scalar(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {n});
    if (!id)
        return id.error();
    if (!id->isValid())
        return core::Error::notFound(Tr::tr("There is no order %1.").arg(n), QStringLiteral("order"));
    return id->toString();
}

bool parseDate(QCommandLineParser &parser, const QString &option, QDate *date, core::CliInvocation &call)
{
    if (!parser.isSet(option))
        return true;
    *date = QDate::fromString(parser.value(option), Qt::ISODate);
    if (date->isValid())
        return true;
    call.err << Tr::tr("--%1 must be a date like 2026-11-23, not \"%2\".").arg(option, parser.value(option)) << Qt::endl;
    return false;
}

bool parseMoney(QCommandLineParser &parser, const QString &option, core::Money *money, core::CliInvocation &call)
{
    if (!parser.isSet(option))
        return true;
    auto parsed = core::Money::parse(parser.value(option));
    if (parsed && !parsed->isNegative()) {
        *money = *parsed;
        return true;
    }
    call.err << Tr::tr("--%1 must be an amount like 123.45, not \"%2\".").arg(option, parser.value(option)) << Qt::endl;
    return false;
}

void printBoletoLine(core::CliInvocation &call, const Boleto &b, const QString &status)
{
    call.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(b.nossoNumeroPrinted, -22)
                    .arg(b.dueDate.toString(QStringLiteral("dd/MM/yyyy")))
                    .arg(b.amount.format(), 14)
                    .arg(BoletoStatus::displayName(status), -12)
                    .arg(b.orderNumber ? QString::number(b.orderNumber) : QStringLiteral("-"), 8)
                    .arg(b.payerName);
}

int issueBoletos(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("order"), Tr::tr("Order number"), QStringLiteral("NUMBER")},
                       {QStringLiteral("account"), Tr::tr("Collection account id or name (default: the default account)"), QStringLiteral("ID")},
                       {QStringLiteral("installments"), Tr::tr("Number of boletos (default: the order's installments)"), QStringLiteral("N")},
                       {QStringLiteral("due"), Tr::tr("First due date (default: in 3 days)"), QStringLiteral("YYYY-MM-DD")},
                       {QStringLiteral("amount"), Tr::tr("Total to charge (default: the order's total)"), QStringLiteral("AMOUNT")},
                       {QStringLiteral("discount"), Tr::tr("Discount per boleto for paying by --discount-until"), QStringLiteral("AMOUNT")},
                       {QStringLiteral("discount-until"), Tr::tr("Last day of the discount"), QStringLiteral("YYYY-MM-DD")},
                       {QStringLiteral("instruction"), Tr::tr("An extra line for the Instruções box (repeatable)"), QStringLiteral("TEXT")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli boleto issue --order NUMBER [--account ID] [--installments N] [--due YYYY-MM-DD]"
                                 " [--amount 123.45] [--discount 5.00 --discount-until YYYY-MM-DD] [--instruction TEXT] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (!parser.isSet(QStringLiteral("order"))) {
        call.err << usage << Qt::endl;
        return 2;
    }
    BoletoIssueRequest request;
    auto orderId = orderIdForNumber(call.context.database(), parser.value(QStringLiteral("order")));
    if (!orderId)
        return fail(call, orderId.error());
    request.orderId = *orderId;
    request.accountId = parser.value(QStringLiteral("account"));
    if (parser.isSet(QStringLiteral("installments"))) {
        bool ok = false;
        request.installments = parser.value(QStringLiteral("installments")).toInt(&ok);
        if (!ok || request.installments < 1) {
            call.err << Tr::tr("--installments must be a number from 1 up.") << Qt::endl;
            return 2;
        }
    }
    if (!parseDate(parser, QStringLiteral("due"), &request.firstDueDate, call)
        || !parseDate(parser, QStringLiteral("discount-until"), &request.discountUntil, call)
        || !parseMoney(parser, QStringLiteral("amount"), &request.amount, call)
        || !parseMoney(parser, QStringLiteral("discount"), &request.discount, call))
        return 2;
    request.extraInstructions = parser.values(QStringLiteral("instruction"));
    auto issued = BoletoIssuer(call.context.database()).issue(call.context.session(), request);
    if (!issued)
        return fail(call, issued.error());
    if (call.json) {
        QJsonArray array;
        for (const Boleto &b : *issued)
            array.append(boletoJson(b));
        call.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const Boleto &b : *issued) {
        call.out << Tr::tr("Boleto %1 (%2), due %3, %4").arg(b.nossoNumeroPrinted, b.id, b.dueDate.toString(QStringLiteral("dd/MM/yyyy")), b.amount.format())
                 << '\n'
                 << QStringLiteral("  ") << b.linhaDigitavel << '\n';
    }
    call.out.flush();
    return 0;
}

int listBoletos(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("status"), Tr::tr("Only these statuses (emitido, registrado, vencido, pago, baixado, protestado, cancelado; comma separated)"), QStringLiteral("S")},
                       {QStringLiteral("account"), Tr::tr("Only this collection account (id)"), QStringLiteral("ID")},
                       {QStringLiteral("search"), Tr::tr("Nosso número, linha digitável, order number, CPF/CNPJ or payer name"), QStringLiteral("TEXT")},
                       {QStringLiteral("limit"), Tr::tr("At most this many (default 2000)"), QStringLiteral("N")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli boleto list [--status S] [--account ID] [--search TEXT] [--limit N] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    BoletoFilter filter;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.statuses = parser.value(QStringLiteral("status")).split(u',', Qt::SkipEmptyParts);
        for (const QString &s : std::as_const(filter.statuses)) {
            if (!BoletoStatus::all().contains(s)) {
                call.err << Tr::tr("Unknown status \"%1\"; use %2.").arg(s, BoletoStatus::all().join(QStringLiteral(", "))) << Qt::endl;
                return 2;
            }
        }
    }
    filter.accountId = parser.value(QStringLiteral("account"));
    filter.search = parser.value(QStringLiteral("search"));
    const int limit = parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt() : BoletoRepository::kDefaultLimit;
    auto rows = BoletoRepository(call.context.database()).list(call.context.session(), filter, core::CivilTime::today(), limit);
    if (!rows)
        return fail(call, rows.error());
    if (call.json) {
        QJsonArray array;
        for (const BoletoRow &r : *rows)
            array.append(boletoJson(r.boleto, r.effectiveStatus));
        call.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const BoletoRow &r : *rows)
        printBoletoLine(call, r.boleto, r.effectiveStatus);
    call.out << Tr::tr("%n boleto(s)", nullptr, int(rows->size())) << Qt::endl;
    return 0;
}

int showBoleto(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("boleto"), Tr::tr("Boleto id, nosso número or linha digitável"));
    const QString usage = Tr::tr("Usage: retaguarda-cli boleto show BOLETO [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        call.err << usage << Qt::endl;
        return 2;
    }
    if (auto allowed = call.context.session().require(core::Permission::BillingView); !allowed)
        return fail(call, allowed.error());
    auto boleto = BoletoRepository(call.context.database()).findByReference(parser.positionalArguments().join(u' '));
    if (!boleto)
        return fail(call, boleto.error());
    const QString status = BoletoStatus::effective(boleto->status, boleto->dueDate, core::CivilTime::today());
    if (call.json) {
        call.out << QJsonDocument(boletoJson(*boleto, status)).toJson(QJsonDocument::Indented);
        return 0;
    }
    printBoletoLine(call, *boleto, status);
    call.out << QStringLiteral("  ") << boleto->linhaDigitavel << '\n';
    for (const QString &line : boleto->instructions)
        call.out << QStringLiteral("  ") << line << '\n';
    call.out.flush();
    return 0;
}

int cancelBoleto(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("boleto"), Tr::tr("Boleto id, nosso número or linha digitável"));
    parser.addOption({QStringLiteral("reason"), Tr::tr("Why it is cancelled (required)"), QStringLiteral("TEXT")});
    const QString usage = Tr::tr("Usage: retaguarda-cli boleto cancel BOLETO --reason TEXT");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        call.err << usage << Qt::endl;
        return 2;
    }
    BoletoRepository boletos(call.context.database());
    auto boleto = boletos.findByReference(parser.positionalArguments().join(u' '));
    if (!boleto)
        return fail(call, boleto.error());
    auto cancelled = boletos.cancel(call.context.session(), boleto->id, parser.value(QStringLiteral("reason")));
    if (!cancelled)
        return fail(call, cancelled.error());
    if (call.json) {
        call.out << QJsonDocument(boletoJson(*cancelled)).toJson(QJsonDocument::Indented);
        return 0;
    }
    call.out << (cancelled->pendingInstruction == u"baixa"
                     ? Tr::tr("Boleto %1 cancelled; the next remessa asks the bank to write it off.")
                     : Tr::tr("Boleto %1 cancelled."))
                    .arg(cancelled->nossoNumeroPrinted)
             << Qt::endl;
    return 0;
}

int boletoPdf(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("boletos"), Tr::tr("Boleto ids, nossos números or linhas digitáveis"));
    parser.addOptions({{{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("PDF file to write"), QStringLiteral("FILE")},
                       {QStringLiteral("order"), Tr::tr("All boletos of this order number"), QStringLiteral("NUMBER")},
                       {QStringLiteral("carne"), Tr::tr("Carnê layout: three boletos per page")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli boleto pdf ID... | --order NUMBER -o FILE.pdf [--carne]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (!parser.isSet(QStringLiteral("output")) || (parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("order")))) {
        call.err << usage << Qt::endl;
        return 2;
    }
    if (auto allowed = call.context.session().require(core::Permission::BillingView); !allowed)
        return fail(call, allowed.error());
    core::Database &db = call.context.database();
    BoletoRepository boletos(db);
    QStringList ids;
    for (const QString &reference : parser.positionalArguments()) {
        auto boleto = boletos.findByReference(reference);
        if (!boleto)
            return fail(call, boleto.error());
        ids << boleto->id;
    }
    if (parser.isSet(QStringLiteral("order"))) {
        auto orderId = orderIdForNumber(db, parser.value(QStringLiteral("order")));
        if (!orderId)
            return fail(call, orderId.error());
        auto ofOrder = boletos.forOrder(*orderId);
        if (!ofOrder)
            return fail(call, ofOrder.error());
        for (const Boleto &b : *ofOrder) {
            if (b.status != BoletoStatus::kCancelled)
                ids << b.id;
        }
        if (ids.isEmpty()) {
            call.err << Tr::tr("Order %1 has no boleto to print.").arg(parser.value(QStringLiteral("order"))) << Qt::endl;
            return 1;
        }
    }
    auto data = BoletoPrintSource(db).forBoletos(ids);
    if (!data)
        return fail(call, data.error());
    const QString path = parser.value(QStringLiteral("output"));
    auto written = BoletoPdf::write(*data, parser.isSet(QStringLiteral("carne")) ? BoletoPdf::Layout::Carne : BoletoPdf::Layout::A4, path);
    if (!written)
        return fail(call, written.error());
    if (!call.json)
        call.out << Tr::tr("%n boleto(s) written to %1", nullptr, int(ids.size())).arg(path) << Qt::endl;
    else
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("boletos"), int(ids.size())}}).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

QList<core::CliCommand> boletoManageCliCommands()
{
    return {{{QStringLiteral("boleto"), QStringLiteral("issue")}, [] { return Tr::tr("Issue the boletos of an order (installments, due date, discount)"); }, issueBoletos},
            {{QStringLiteral("boleto"), QStringLiteral("list")}, [] { return Tr::tr("List boletos by status, account or search text"); }, listBoletos},
            {{QStringLiteral("boleto"), QStringLiteral("show")}, [] { return Tr::tr("Show one boleto"); }, showBoleto},
            {{QStringLiteral("boleto"), QStringLiteral("cancel")}, [] { return Tr::tr("Cancel a boleto (pedido de baixa when registered)"); }, cancelBoleto},
            {{QStringLiteral("boleto"), QStringLiteral("pdf")}, [] { return Tr::tr("Write boletos to a PDF (A4 or carnê)"); }, boletoPdf}};
}

} // namespace billing
