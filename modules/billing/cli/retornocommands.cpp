#include "billing/cli/retornocommands.h"

#include "billing/workflow/orderpaymenthooks.h"
#include "billing/data/cashview.h"
#include "billing/data/reconciliationservice.h"
#include "billing/reconciliation/paymentfilereader.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "core/domain/money.h"
#include "core/domain/tr.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

namespace billing {

using core::Tr;

namespace {

QJsonValue jsonDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString money(qint64 cents)
{
    return core::Money::fromCents(cents).format();
}

QJsonObject movementJson(const RetornoMovement &m)
{
    QJsonArray reasons;
    for (const MovementReason &r : m.reasons)
        reasons.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("text"), r.text}});
    QJsonObject o{{QStringLiteral("line"), m.line},
                  {QStringLiteral("nosso_numero"), m.nossoNumeroField},
                  {QStringLiteral("nosso_numero_key"), m.nossoNumero},
                  {QStringLiteral("document_number"), m.documentNumber},
                  {QStringLiteral("occurrence_code"), m.occurrenceCode},
                  {QStringLiteral("occurrence"), m.occurrenceText},
                  {QStringLiteral("kind"), movementKindCode(m.kind)},
                  {QStringLiteral("reasons"), reasons},
                  {QStringLiteral("amount_cents"), m.titleCents},
                  {QStringLiteral("paid_cents"), m.paidCents},
                  {QStringLiteral("interest_cents"), m.interestCents},
                  {QStringLiteral("discount_cents"), m.discountCents},
                  {QStringLiteral("rebate_cents"), m.rebateCents},
                  {QStringLiteral("iof_cents"), m.iofCents},
                  {QStringLiteral("fee_cents"), m.feeCents},
                  {QStringLiteral("due_date"), jsonDate(m.dueDate)},
                  {QStringLiteral("occurrence_date"), jsonDate(m.occurrenceDate)},
                  {QStringLiteral("credit_date"), jsonDate(m.creditDate)}};
    if (m.creditedCents >= 0)
        o.insert(QStringLiteral("credited_cents"), m.creditedCents);
    if (!m.pixTxid.isEmpty())
        o.insert(QStringLiteral("pix_txid"), m.pixTxid);
    return o;
}

core::Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::io(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()), path);
    return file.readAll();
}

int parse(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CNAB 240 or 400 retorno file"));
    const QString usage = Tr::tr("Usage: retaguarda-cli cnab parse FILE [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    auto content = readFile(path);
    if (!content) {
        call.err << content.error().text() << Qt::endl;
        return 1;
    }
    auto file = readPaymentFile(*content);
    if (!file) {
        call.err << QFileInfo(path).fileName() << QStringLiteral(": ") << file.error().text() << Qt::endl;
        return 1;
    }
    if (call.json) {
        QJsonArray records;
        for (const RetornoMovement &m : file->movements)
            records.append(movementJson(m));
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("bank"), file->bankCode},
                                              {QStringLiteral("layout"), file->layout},
                                              {QStringLiteral("generated_on"), jsonDate(file->generatedOn)},
                                              {QStringLiteral("nsa"), file->nsa},
                                              {QStringLiteral("records"), records}})
                        .toJson(QJsonDocument::Indented);
        return 0;
    }
    call.out << Tr::tr("Bank %1, %2, %n record(s)", nullptr, int(file->movements.size())).arg(file->bankCode, file->layout.toUpper())
             << Qt::endl;
    for (const RetornoMovement &m : file->movements) {
        call.out << QStringLiteral("%1  %2  %3 %4  %5  %6  %7")
                        .arg(m.line, 5)
                        .arg(m.nossoNumeroField, -20)
                        .arg(m.occurrenceCode)
                        .arg(occurrenceDisplayText(m.occurrenceText), -36)
                        .arg(money(m.paidCents), 14)
                        .arg(m.occurrenceDate.toString(QStringLiteral("dd/MM/yyyy")))
                        .arg(m.creditDate.toString(QStringLiteral("dd/MM/yyyy")))
                 << Qt::endl;
    }
    return 0;
}

QJsonObject previewJson(const ReconciliationPreview &p)
{
    QJsonObject totals;
    const auto byOutcome = p.totals();
    for (ReconciliationOutcome outcome : allOutcomes()) {
        const OutcomeTotals t = byOutcome.value(outcome);
        totals.insert(outcomeCode(outcome), QJsonObject{{QStringLiteral("count"), t.count},
                                                        {QStringLiteral("paid_cents"), t.paidCents},
                                                        {QStringLiteral("fee_cents"), t.feeCents}});
    }
    QJsonArray lines;
    QJsonArray unknown;
    QJsonArray duplicates;
    for (const ReconciliationLine &l : p.lines) {
        QJsonObject o = movementJson(l.movement);
        o.insert(QStringLiteral("outcome"), outcomeCode(l.outcome));
        if (l.boleto) {
            o.insert(QStringLiteral("boleto_id"), l.boleto->id);
            o.insert(QStringLiteral("boleto"), l.boleto->nossoNumeroPrinted);
            o.insert(QStringLiteral("due_cents"), l.boleto->amountCents);
        }
        if (l.orderNumber() > 0)
            o.insert(QStringLiteral("order"), l.orderNumber());
        if (l.recordsPayment) {
            o.insert(QStringLiteral("difference_cents"), l.differenceCents);
            o.insert(QStringLiteral("fine_cents"), l.fineCents);
            o.insert(QStringLiteral("interest_only_cents"), l.interestCents);
            o.insert(QStringLiteral("discount_total_cents"), l.discountCents);
            o.insert(QStringLiteral("unexplained_cents"), l.unexplainedCents);
        }
        if (!l.newStatus.isEmpty())
            o.insert(QStringLiteral("new_status"), l.newStatus);
        o.insert(QStringLiteral("confirms_order"), l.confirmsOrder);
        if (!l.note.isEmpty())
            o.insert(QStringLiteral("note"), l.note);
        if (l.outcome == ReconciliationOutcome::Unknown)
            unknown.append(l.movement.nossoNumeroField);
        if (l.outcome == ReconciliationOutcome::DuplicatePayment)
            duplicates.append(l.movement.nossoNumeroField);
        lines.append(o);
    }
    return QJsonObject{{QStringLiteral("file"), p.fileName},
                       {QStringLiteral("content_hash"), p.contentHash},
                       {QStringLiteral("bank"), p.file.bankCode},
                       {QStringLiteral("layout"), p.file.layout},
                       {QStringLiteral("account"), p.accountName()},
                       {QStringLiteral("already_imported"), p.alreadyImported()},
                       {QStringLiteral("records"), int(p.lines.size())},
                       {QStringLiteral("paid_cents"), p.paidCents()},
                       {QStringLiteral("fee_cents"), p.feeCents()},
                       {QStringLiteral("orders_to_confirm"), p.ordersToConfirm()},
                       {QStringLiteral("totals"), totals},
                       {QStringLiteral("unknown"), unknown},
                       {QStringLiteral("duplicates"), duplicates},
                       {QStringLiteral("lines"), lines}};
}

void printPreview(QTextStream &out, const ReconciliationPreview &p)
{
    out << Tr::tr("%1: bank %2, %3, account %4, %n record(s)", nullptr, int(p.lines.size()))
               .arg(p.fileName, p.file.bankCode, p.file.layout.toUpper(), p.accountName())
        << Qt::endl;
    if (p.alreadyImported()) {
        out << Tr::tr("  Already imported on %1: nothing to apply.")
                   .arg(p.previousImportAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
            << Qt::endl;
        return;
    }
    const auto totals = p.totals();
    for (ReconciliationOutcome outcome : allOutcomes()) {
        const OutcomeTotals t = totals.value(outcome);
        if (t.count == 0)
            continue;
        out << QStringLiteral("  %1 %2 %3").arg(outcomeDisplayName(outcome, p.isCardSettlement()), -28).arg(t.count, 7).arg(money(t.paidCents), 16) << Qt::endl;
    }
    out << Tr::tr("  Paid %1, bank fees %2, %n order(s) to confirm", nullptr, p.ordersToConfirm())
               .arg(money(p.paidCents()), money(p.feeCents()))
        << Qt::endl;
    for (const ReconciliationLine &l : p.lines) {
        if (l.note.isEmpty() || l.outcome == ReconciliationOutcome::AlreadyApplied)
            continue;
        out << Tr::tr("  line %1, %2: %3").arg(l.movement.line).arg(l.movement.nossoNumeroField, l.note) << Qt::endl;
    }
}

int import(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("CNAB retorno files (one or many)"), QStringLiteral("FILE..."));
    parser.addOptions({{QStringLiteral("account"), Tr::tr("Collection account id or name (default: found from the file's header)"),
                        QStringLiteral("ID")},
                       {QStringLiteral("dry-run"), Tr::tr("Show what would be applied; write nothing")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli cnab import FILE... [--account ID] [--dry-run] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        call.err << usage << Qt::endl;
        return 2;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    const OrderPaymentHooks hooks = orderPaymentHooks(call.context);
    ReconciliationService service(call.context.database());
    // For the kill-and-resume test: stop for good once this many records were written inside
    // the import's transaction, so the test can kill the process at a known point.
    const qint64 stallAt = qEnvironmentVariableIntValue("RETAGUARDA_TEST_STALL_IMPORT_AT");
    ReconciliationService::Progress progress;
    if (stallAt > 0) {
        progress = [stallAt, &call](qint64 done, qint64) {
            if (done >= stallAt) {
                call.err << "stalled" << Qt::endl;
                for (;;)
                    QThread::sleep(1);
            }
            return true;
        };
    }
    QJsonArray files;
    int exitCode = 0;
    for (const QString &path : parser.positionalArguments()) {
        auto content = readFile(path);
        if (!content) {
            call.err << content.error().text() << Qt::endl;
            exitCode = 1;
            continue;
        }
        auto preview = service.preview(call.context.session(), *content, QFileInfo(path).fileName(),
                                       parser.value(QStringLiteral("account")), hooks.awaitsPayment);
        if (!preview) {
            call.err << preview.error().text() << Qt::endl;
            exitCode = 1;
            continue;
        }
        QJsonObject json = previewJson(*preview);
        if (!call.json)
            printPreview(call.out, *preview);
        if (!dryRun && !preview->alreadyImported()) {
            auto applied = service.apply(call.context.session(), *preview, hooks.confirmPayment, progress);
            if (!applied) {
                call.err << preview->fileName << QStringLiteral(": ") << applied.error().text() << Qt::endl;
                exitCode = 1;
                json.insert(QStringLiteral("applied"), false);
                json.insert(QStringLiteral("error"), applied.error().text());
            } else {
                json.insert(QStringLiteral("applied"), true);
                json.insert(QStringLiteral("payments"), applied->payments);
                json.insert(QStringLiteral("status_changes"), applied->statusChanges);
                json.insert(QStringLiteral("orders_confirmed"), applied->ordersConfirmed);
                json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(applied->notes));
                if (!call.json) {
                    call.out << Tr::tr("  Applied: %n payment(s), %1 status change(s), %2 order(s) confirmed.", nullptr,
                                       applied->payments)
                                    .arg(applied->statusChanges)
                                    .arg(applied->ordersConfirmed)
                             << Qt::endl;
                    for (const QString &note : applied->notes)
                        call.out << QStringLiteral("  ") << note << Qt::endl;
                }
            }
        } else {
            json.insert(QStringLiteral("applied"), false);
        }
        files.append(json);
    }
    if (call.json)
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), dryRun}, {QStringLiteral("files"), files}})
                        .toJson(QJsonDocument::Indented);
    return exitCode;
}

int history(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("limit"), Tr::tr("How many files (default 50)"), QStringLiteral("N"), QStringLiteral("50")});
    const QString usage = Tr::tr("Usage: retaguarda-cli cnab history [--limit N] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    auto imports = ReconciliationService(call.context.database()).history(parser.value(QStringLiteral("limit")).toInt());
    if (!imports) {
        call.err << imports.error().text() << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const RetornoImport &i : *imports) {
        if (call.json) {
            list.append(QJsonObject{{QStringLiteral("id"), i.id},
                                    {QStringLiteral("file"), i.fileName},
                                    {QStringLiteral("account"), i.accountName},
                                    {QStringLiteral("bank"), i.bankCode},
                                    {QStringLiteral("layout"), i.layout},
                                    {QStringLiteral("records"), i.recordCount},
                                    {QStringLiteral("payments"), i.paidCount},
                                    {QStringLiteral("paid_cents"), i.paidCents},
                                    {QStringLiteral("fee_cents"), i.feeCents},
                                    {QStringLiteral("imported_at"), i.importedAt.toUTC().toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("imported_by"), i.importedBy},
                                    {QStringLiteral("summary"), QJsonDocument::fromJson(i.summaryJson.toUtf8()).object()}});
            continue;
        }
        call.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                        .arg(i.importedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))
                        .arg(i.fileName, -24)
                        .arg(i.accountName, -28)
                        .arg(Tr::tr("%n record(s)", nullptr, i.recordCount), -14)
                        .arg(money(i.paidCents), 14)
                        .arg(i.importedBy)
                 << Qt::endl;
    }
    if (call.json)
        call.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return 0;
}

int cash(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("from"), Tr::tr("First day (YYYY-MM-DD; default 30 days ago)"), QStringLiteral("DATE")},
                       {QStringLiteral("to"), Tr::tr("Last day (YYYY-MM-DD; default 30 days ahead)"), QStringLiteral("DATE")},
                       {QStringLiteral("account"), Tr::tr("Only this collection account (id)"), QStringLiteral("ID")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli cnab cash [--from DATE] [--to DATE] [--account ID] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    const QDate today = QDate::currentDate();
    const QDate from = parser.isSet(QStringLiteral("from")) ? QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate)
                                                           : today.addDays(-30);
    const QDate to = parser.isSet(QStringLiteral("to")) ? QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate)
                                                       : today.addDays(30);
    if (!from.isValid() || !to.isValid()) {
        call.err << Tr::tr("Dates are written YYYY-MM-DD.") << Qt::endl << usage << Qt::endl;
        return 2;
    }
    auto days = CashView::daily(call.context.database(), call.context.session(), from, to, parser.value(QStringLiteral("account")));
    if (!days) {
        call.err << days.error().text() << Qt::endl;
        return 1;
    }
    QJsonArray list;
    for (const CashDay &d : *days) {
        if (call.json) {
            list.append(QJsonObject{{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
                                    {QStringLiteral("account"), d.accountName},
                                    {QStringLiteral("expected_cents"), d.expectedCents},
                                    {QStringLiteral("credited_cents"), d.creditedCents},
                                    {QStringLiteral("fee_cents"), d.feeCents},
                                    {QStringLiteral("net_cents"), d.netCents()}});
            continue;
        }
        call.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                        .arg(d.date.toString(QStringLiteral("dd/MM/yyyy")))
                        .arg(d.accountName, -28)
                        .arg(money(d.expectedCents), 14)
                        .arg(money(d.creditedCents), 14)
                        .arg(money(d.feeCents), 12)
                        .arg(money(d.netCents()), 14)
                 << Qt::endl;
    }
    if (call.json)
        call.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

QList<core::CliCommand> retornoCliCommands()
{
    return {{{QStringLiteral("cnab"), QStringLiteral("parse")},
             [] { return Tr::tr("Read a CNAB retorno file and print what every record means"); },
             parse},
            {{QStringLiteral("cnab"), QStringLiteral("import")},
             [] { return Tr::tr("Reconcile retorno files with the boletos and apply the payments"); },
             import},
            {{QStringLiteral("cnab"), QStringLiteral("history")},
             [] { return Tr::tr("Retorno files imported, newest first"); },
             history},
            {{QStringLiteral("cnab"), QStringLiteral("cash")},
             [] { return Tr::tr("Expected against credited money per day and collection account"); },
             cash}};
}

} // namespace billing
