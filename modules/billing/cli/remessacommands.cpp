#include "billing/cli/remessacommands.h"

#include "billing/data/boletorepository.h"
#include "billing/data/remessaservice.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "core/domain/tr.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace billing {

using core::Tr;

namespace {

int remessa(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("account"), Tr::tr("Collection account id or name"), QStringLiteral("ID")},
                       {QStringLiteral("boletos"), Tr::tr("Only these boletos (ids or nossos números, comma separated; default: every one waiting)"), QStringLiteral("LIST")},
                       {{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("Remessa file to write"), QStringLiteral("FILE")},
                       {QStringLiteral("dry-run"), Tr::tr("Show what the file would contain; write nothing and keep the NSA")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli cnab remessa --account ID [--boletos ID,...] -o FILE [--dry-run] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (!parser.isSet(QStringLiteral("account")) || (!dryRun && !parser.isSet(QStringLiteral("output")))) {
        call.err << usage << Qt::endl;
        return 2;
    }
    core::Database &db = call.context.database();
    QStringList ids;
    BoletoRepository boletos(db);
    for (const QString &reference : parser.value(QStringLiteral("boletos")).split(u',', Qt::SkipEmptyParts)) {
        auto boleto = boletos.findByReference(reference.trimmed());
        if (!boleto) {
            call.err << boleto.error().text() << Qt::endl;
            return 1;
        }
        ids << boleto->id;
    }
    RemessaService service(db);
    const QString account = parser.value(QStringLiteral("account"));
    auto plan = service.plan(call.context.session(), account, ids);
    if (!plan) {
        call.err << plan.error().text() << Qt::endl;
        return 1;
    }
    if (dryRun) {
        if (call.json) {
            QJsonArray entries;
            for (const Boleto &b : plan->entries)
                entries.append(b.nossoNumeroPrinted);
            QJsonArray writeOffs;
            for (const Boleto &b : plan->writeOffs)
                writeOffs.append(b.nossoNumeroPrinted);
            call.out << QJsonDocument(QJsonObject{{QStringLiteral("layout"), plan->layout},
                                                  {QStringLiteral("nsa"), plan->nsa},
                                                  {QStringLiteral("entries"), entries},
                                                  {QStringLiteral("write_offs"), writeOffs},
                                                  {QStringLiteral("total_cents"), plan->total.cents()},
                                                  {QStringLiteral("bytes"), int(plan->content.size())}})
                            .toJson(QJsonDocument::Indented);
        } else {
            call.out << QString::fromLatin1(plan->content);
            call.out.flush();
        }
        return 0;
    }
    auto generated = service.generate(call.context.session(), account, ids, parser.value(QStringLiteral("output")));
    if (!generated) {
        call.err << generated.error().text() << Qt::endl;
        return 1;
    }
    if (call.json) {
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("remessa_id"), generated->remessaId},
                                              {QStringLiteral("layout"), plan->layout},
                                              {QStringLiteral("nsa"), generated->nsa},
                                              {QStringLiteral("path"), generated->path},
                                              {QStringLiteral("titles"), generated->titleCount},
                                              {QStringLiteral("total_cents"), generated->total.cents()},
                                              {QStringLiteral("sha256"), generated->sha256}})
                        .toJson(QJsonDocument::Indented);
        return 0;
    }
    call.out << Tr::tr("Remessa %1 (NSA %2): %n title(s), %3, written to %4", nullptr, generated->titleCount)
                    .arg(plan->layout.toUpper())
                    .arg(generated->nsa)
                    .arg(generated->total.format(), generated->path)
             << Qt::endl;
    return 0;
}

} // namespace

QList<core::CliCommand> remessaCliCommands()
{
    return {{{QStringLiteral("cnab"), QStringLiteral("remessa")},
             [] { return Tr::tr("Write the remessa file of a collection account (boletos to register or write off)"); },
             remessa}};
}

} // namespace billing
