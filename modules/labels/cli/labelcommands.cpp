#include "labels/cli/labelcommands.h"

#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "core/domain/tr.h"
#include "labels/data/labeljobbuilder.h"
#include "labels/data/labelprintlog.h"
#include "labels/data/labeltemplatestore.h"
#include "labels/render/labeloutput.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace labels {

using core::Tr;

namespace {

QStringList splitValues(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts))
            out << part.trimmed();
    return out;
}

void addSelectionOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("template"), Tr::tr("shipping, product, location, lot or a user template's name"), QStringLiteral("NAME")});
    p.addOption({QStringLiteral("order"), Tr::tr("Order number (repeat or separate with commas for a batch)"), QStringLiteral("NUMBER")});
    p.addOption({QStringLiteral("wave"), Tr::tr("Every order of a picking wave, in pick order"), QStringLiteral("WAVE")});
    p.addOption({QStringLiteral("packing-order"), Tr::tr("A wave's labels in the order packages were closed (default: pick order)")});
    p.addOption({QStringLiteral("product"), Tr::tr("Product SKU or EAN (with --lot: the lot's product)"), QStringLiteral("SKU")});
    p.addOption({QStringLiteral("location"), Tr::tr("Location code; CODE* for every location starting with CODE"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("lot"), Tr::tr("Lot code"), QStringLiteral("CODE")});
    p.addOption({QStringLiteral("packages"), Tr::tr("Packages per order (labels \"Volume n/m\")"), QStringLiteral("N")});
    p.addOption({QStringLiteral("dpi"), Tr::tr("Printer resolution: 203 or 300 (default 203)"), QStringLiteral("DPI")});
    p.addOption({QStringLiteral("reason"), Tr::tr("Why labels printed before are printed again (required for reprints)"),
                 QStringLiteral("TEXT")});
}

struct Selection
{
    LabelRequest request;
    int dpi = 203;
};

std::optional<int> readSelection(QCommandLineParser &p, core::CliInvocation &call, const QString &usage, Selection &s)
{
    s.request.templateName = p.value(QStringLiteral("template"));
    for (const QString &n : splitValues(p.values(QStringLiteral("order")))) {
        bool ok = false;
        const qint64 number = n.toLongLong(&ok);
        if (!ok || number <= 0) {
            call.err << Tr::tr("--order takes order numbers: \"%1\" is not one.").arg(n) << '\n' << usage << Qt::endl;
            return 2;
        }
        s.request.orders << number;
    }
    s.request.wave = p.value(QStringLiteral("wave"));
    s.request.packingOrder = p.isSet(QStringLiteral("packing-order"));
    const QStringList products = splitValues(p.values(QStringLiteral("product")));
    s.request.lots = splitValues(p.values(QStringLiteral("lot")));
    if (s.request.lots.isEmpty())
        s.request.products = products;
    else if (!products.isEmpty())
        s.request.lotProduct = products.constFirst();
    s.request.locations = splitValues(p.values(QStringLiteral("location")));
    if (p.isSet(QStringLiteral("packages"))) {
        bool ok = false;
        s.request.packages = p.value(QStringLiteral("packages")).toInt(&ok);
        if (!ok || s.request.packages < 1 || s.request.packages > 99) {
            call.err << Tr::tr("--packages must be a number from 1 to 99.") << '\n' << usage << Qt::endl;
            return 2;
        }
    }
    if (p.isSet(QStringLiteral("dpi"))) {
        s.dpi = p.value(QStringLiteral("dpi")).toInt();
        if (s.dpi != 203 && s.dpi != 300) {
            call.err << Tr::tr("--dpi must be 203 or 300.") << '\n' << usage << Qt::endl;
            return 2;
        }
    }
    if (s.request.orders.isEmpty() && s.request.wave.isEmpty() && s.request.products.isEmpty() && s.request.locations.isEmpty()
        && s.request.lots.isEmpty()) {
        call.err << Tr::tr("Say what to print: --order, --wave, --product, --location or --lot.") << '\n' << usage << Qt::endl;
        return 2;
    }
    return std::nullopt;
}

int fail(core::CliInvocation &call, const core::Error &e)
{
    call.err << e.text() << Qt::endl;
    return 1;
}

void warnWithoutSender(core::CliInvocation &call, const LabelBatch &batch)
{
    if (batch.labelTemplate.subject == LabelSubject::Order && !batch.items.isEmpty()
        && batch.items.constFirst().data.value(QStringLiteral("company.name")).isEmpty())
        call.err << Tr::tr("Warning: the sender is blank — fill in the company data (Settings → Company).") << Qt::endl;
}

/// Records the job in the print ledger (and the orders' timelines). Reprints need --reason.
std::optional<int> recordJob(core::CliInvocation &call, const LabelBatch &batch, PrintJob job)
{
    auto id = LabelPrintLog(call.context.database()).record(call.context.session(), job, batch.items);
    if (!id)
        return fail(call, id.error());
    return std::nullopt;
}

void report(core::CliInvocation &call, const LabelBatch &batch, const QString &output, const QString &target, const QStringList &files)
{
    if (call.json) {
        QJsonArray subjects;
        for (const LabelItem &i : batch.items)
            subjects.append(QJsonObject{{QStringLiteral("subject"), subjectCode(i.subject)}, {QStringLiteral("key"), i.key},
                                        {QStringLiteral("package"), i.packageNumber}, {QStringLiteral("packages"), i.packageCount}});
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("template"), batch.labelTemplate.name},
                                              {QStringLiteral("output"), output},
                                              {QStringLiteral("target"), target},
                                              {QStringLiteral("labels"), int(batch.items.size())},
                                              {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                                              {QStringLiteral("items"), subjects}})
                        .toJson(QJsonDocument::Indented);
        return;
    }
    call.out << Tr::tr("%n label(s) (%1) → %2", nullptr, int(batch.items.size())).arg(batch.labelTemplate.name, target) << Qt::endl;
}

int renderLabels(core::CliInvocation &call)
{
    QCommandLineParser p;
    addSelectionOptions(p);
    p.addOption({QStringLiteral("format"), Tr::tr("pdf, png or zpl (default: from the file name)"), QStringLiteral("FORMAT")});
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("File to write"), QStringLiteral("FILE")});
    p.addOption({QStringLiteral("preview"), Tr::tr("Write the file without recording a print (no reprint reason needed)")});
    const QString usage = Tr::tr("Usage: retaguarda-cli label render [--template NAME] (--order NUMBER... | --wave W | --product SKU | "
                                 "--location CODE | --lot CODE) --format pdf|png|zpl -o FILE [--dpi 203|300] [--packages N] [--reason TEXT]");
    if (auto exit = core::parseCommandLine(p, call, usage))
        return *exit;
    Selection s;
    if (auto exit = readSelection(p, call, usage, s))
        return *exit;
    const QString file = p.value(QStringLiteral("output"));
    if (file.isEmpty()) {
        call.err << Tr::tr("-o FILE is required.") << '\n' << usage << Qt::endl;
        return 2;
    }
    QString format = p.value(QStringLiteral("format")).toLower();
    if (format.isEmpty())
        format = QFileInfo(file).suffix().toLower();
    if (format != u"pdf" && format != u"png" && format != u"zpl") {
        call.err << Tr::tr("--format must be pdf, png or zpl.") << '\n' << usage << Qt::endl;
        return 2;
    }
    auto batch = LabelJobBuilder(call.context.database()).build(s.request);
    if (!batch)
        return fail(call, batch.error());
    warnWithoutSender(call, *batch);
    PrintJob job{batch->labelTemplate.name, format, QFileInfo(file).absoluteFilePath(), format == u"pdf" ? 0 : s.dpi, batch->source,
                 p.value(QStringLiteral("reason"))};
    if (!p.isSet(QStringLiteral("preview"))) {
        // Refuse an unexplained reprint before writing anything.
        auto before = LabelPrintLog(call.context.database()).alreadyPrinted(job.templateName, batch->items);
        if (!before)
            return fail(call, before.error());
        if (!before->isEmpty() && job.reprintReason.trimmed().isEmpty())
            return fail(call, core::Error::validation(Tr::tr("These labels were printed before: %1. Give --reason to reprint them, or "
                                                             "--preview to write the file without recording a print.")
                                                          .arg(before->mid(0, 5).join(QStringLiteral(", ")))));
    }
    QStringList files{file};
    const QList<LabelData> data = batch->data();
    if (format == u"pdf") {
        if (auto done = LabelOutput::writePdf(batch->labelTemplate, data, file); !done)
            return fail(call, done.error());
    } else if (format == u"png") {
        auto written = LabelOutput::writePng(batch->labelTemplate, data, s.dpi, file);
        if (!written)
            return fail(call, written.error());
        files = *written;
    } else {
        auto zpl = LabelOutput::zpl(batch->labelTemplate, data, s.dpi);
        if (!zpl)
            return fail(call, zpl.error());
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(*zpl) != zpl->size() || !out.commit())
            return fail(call, core::Error::io(Tr::tr("Could not write %1: %2").arg(file, out.errorString()), file));
    }
    if (!p.isSet(QStringLiteral("preview")))
        if (auto exit = recordJob(call, *batch, job))
            return *exit;
    report(call, *batch, format, file, files);
    return 0;
}

int printLabels(core::CliInvocation &call)
{
    QCommandLineParser p;
    addSelectionOptions(p);
    p.addOption({QStringLiteral("printer"), Tr::tr("CUPS printer (PDF; with --format zpl the ZPL goes raw to that queue)"),
                 QStringLiteral("NAME")});
    p.addOption({QStringLiteral("zpl-host"), Tr::tr("Zebra-compatible printer on the network, HOST[:PORT] (port 9100)"),
                 QStringLiteral("HOST:PORT")});
    p.addOption({QStringLiteral("format"), Tr::tr("With --printer: pdf (default) or zpl"), QStringLiteral("FORMAT")});
    const QString usage = Tr::tr("Usage: retaguarda-cli label print [--template NAME] (--order NUMBER... | --wave W | --product SKU | "
                                 "--location CODE | --lot CODE) (--printer NAME [--format pdf|zpl] | --zpl-host HOST:PORT) "
                                 "[--dpi 203|300] [--packages N] [--reason TEXT]");
    if (auto exit = core::parseCommandLine(p, call, usage))
        return *exit;
    Selection s;
    if (auto exit = readSelection(p, call, usage, s))
        return *exit;
    const QString printer = p.value(QStringLiteral("printer"));
    const QString host = p.value(QStringLiteral("zpl-host"));
    if (printer.isEmpty() == host.isEmpty()) {
        call.err << Tr::tr("Give either --printer NAME or --zpl-host HOST:PORT.") << '\n' << usage << Qt::endl;
        return 2;
    }
    const QString format = host.isEmpty() ? (p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")).toLower() : QStringLiteral("pdf")) : QStringLiteral("zpl");
    if (format != u"pdf" && format != u"zpl") {
        call.err << Tr::tr("--format must be pdf or zpl.") << '\n' << usage << Qt::endl;
        return 2;
    }
    std::optional<QPair<QString, quint16>> address;
    if (!host.isEmpty()) {
        auto parsed = LabelOutput::parseHostPort(host);
        if (!parsed) {
            call.err << parsed.error().text() << '\n' << usage << Qt::endl;
            return 2;
        }
        address = *parsed;
    }
    auto batch = LabelJobBuilder(call.context.database()).build(s.request);
    if (!batch)
        return fail(call, batch.error());
    warnWithoutSender(call, *batch);
    PrintJob job{batch->labelTemplate.name, address ? QStringLiteral("zpl_tcp") : format == u"zpl" ? QStringLiteral("zpl_cups") : QStringLiteral("printer"),
                 address ? QStringLiteral("%1:%2").arg(address->first).arg(address->second) : printer, format == u"zpl" ? s.dpi : 0,
                 batch->source, p.value(QStringLiteral("reason"))};
    auto before = LabelPrintLog(call.context.database()).alreadyPrinted(job.templateName, batch->items);
    if (!before)
        return fail(call, before.error());
    if (!before->isEmpty() && job.reprintReason.trimmed().isEmpty())
        return fail(call, core::Error::validation(Tr::tr("These labels were printed before: %1. Give --reason to reprint them.")
                                                      .arg(before->mid(0, 5).join(QStringLiteral(", ")))));
    const QList<LabelData> data = batch->data();
    if (format == u"zpl") {
        auto zpl = LabelOutput::zpl(batch->labelTemplate, data, s.dpi);
        if (!zpl)
            return fail(call, zpl.error());
        auto sent = address ? LabelOutput::sendRaw(*zpl, address->first, address->second) : LabelOutput::sendToCups(*zpl, printer, true);
        if (!sent)
            return fail(call, sent.error());
    } else {
        QByteArray pdf;
        QBuffer buffer(&pdf);
        if (auto done = LabelOutput::writePdf(batch->labelTemplate, data, &buffer); !done)
            return fail(call, done.error());
        buffer.close();
        if (auto sent = LabelOutput::sendToCups(pdf, printer, false); !sent)
            return fail(call, sent.error());
    }
    if (auto exit = recordJob(call, *batch, job))
        return *exit;
    report(call, *batch, job.output, job.target, {});
    return 0;
}

int listTemplates(core::CliInvocation &call)
{
    QCommandLineParser p;
    const QString usage = Tr::tr("Usage: retaguarda-cli label templates list [--json]");
    if (auto exit = core::parseCommandLine(p, call, usage))
        return *exit;
    LabelTemplateStore store(call.context.database());
    auto list = store.list();
    if (!list)
        return fail(call, list.error());
    QJsonArray json;
    for (const auto &e : *list) {
        auto t = store.load(e.name);
        const QString size = t ? QStringLiteral("%1 × %2 mm").arg(t->widthMm).arg(t->heightMm) : QString();
        if (call.json) {
            json.append(QJsonObject{{QStringLiteral("name"), e.name}, {QStringLiteral("title"), e.title},
                                    {QStringLiteral("subject"), subjectCode(e.subject)}, {QStringLiteral("built_in"), e.builtIn},
                                    {QStringLiteral("width_mm"), t ? t->widthMm : 0}, {QStringLiteral("height_mm"), t ? t->heightMm : 0}});
        } else {
            call.out << e.name.leftJustified(16) << subjectCode(e.subject).leftJustified(10) << size.leftJustified(18) << e.title
                     << (e.builtIn ? Tr::tr(" (built-in)") : QString()) << '\n';
        }
    }
    if (call.json)
        call.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    call.out.flush();
    return 0;
}

int exportTemplate(core::CliInvocation &call)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("name"), Tr::tr("Template name"));
    p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("File to write (default: standard output)"), QStringLiteral("FILE")});
    const QString usage = Tr::tr("Usage: retaguarda-cli label templates export NAME [-o FILE.json]");
    if (auto exit = core::parseCommandLine(p, call, usage))
        return *exit;
    if (p.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    auto t = LabelTemplateStore(call.context.database()).load(p.positionalArguments().constFirst());
    if (!t)
        return fail(call, t.error());
    const QByteArray json = t->toJson();
    const QString file = p.value(QStringLiteral("output"));
    if (file.isEmpty()) {
        call.out << QString::fromUtf8(json) << Qt::flush;
        return 0;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
        return fail(call, core::Error::io(Tr::tr("Could not write %1: %2").arg(file, out.errorString()), file));
    call.out << Tr::tr("Template %1 written to %2").arg(t->name, file) << Qt::endl;
    return 0;
}

core::Result<LabelTemplate> readTemplateFile(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return core::Error::io(Tr::tr("Could not read %1: %2").arg(file, in.errorString()), file);
    return LabelTemplate::fromJson(in.readAll(), QFileInfo(file).fileName());
}

int validateTemplate(core::CliInvocation &call)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), Tr::tr("Template JSON file"));
    const QString usage = Tr::tr("Usage: retaguarda-cli label templates validate FILE.json");
    if (auto exit = core::parseCommandLine(p, call, usage))
        return *exit;
    if (p.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    auto t = readTemplateFile(p.positionalArguments().constFirst());
    if (!t)
        return fail(call, t.error());
    const QStringList problems = t->problems();
    if (call.json) {
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("name"), t->name}, {QStringLiteral("valid"), problems.isEmpty()},
                                              {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}})
                        .toJson(QJsonDocument::Indented);
    } else if (problems.isEmpty()) {
        call.out << Tr::tr("Template %1 is valid (%2 elements).").arg(t->name).arg(t->elements.size()) << Qt::endl;
    } else {
        for (const QString &problem : problems)
            call.err << problem << '\n';
        call.err.flush();
    }
    return problems.isEmpty() ? 0 : 1;
}

int importTemplate(core::CliInvocation &call)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("file"), Tr::tr("Template JSON file"));
    p.addOption({QStringLiteral("name"), Tr::tr("Save under this name instead of the file's"), QStringLiteral("NAME")});
    const QString usage = Tr::tr("Usage: retaguarda-cli label templates import FILE.json [--name NAME]");
    if (auto exit = core::parseCommandLine(p, call, usage))
        return *exit;
    if (p.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    auto t = readTemplateFile(p.positionalArguments().constFirst());
    if (!t)
        return fail(call, t.error());
    if (p.isSet(QStringLiteral("name")))
        t->name = p.value(QStringLiteral("name"));
    if (auto saved = LabelTemplateStore(call.context.database()).save(*t, call.context.session()); !saved)
        return fail(call, saved.error());
    call.out << Tr::tr("Template %1 saved.").arg(t->name) << Qt::endl;
    return 0;
}

} // namespace

QList<core::CliCommand> labelCliCommands()
{
    return {
        {{QStringLiteral("label"), QStringLiteral("render")},
         [] { return Tr::tr("Render labels to a PDF, PNG or ZPL file (orders, a wave, products, locations, lots)"); }, renderLabels},
        {{QStringLiteral("label"), QStringLiteral("print")},
         [] { return Tr::tr("Print labels on a CUPS printer or send ZPL to a Zebra printer (HOST:9100)"); }, printLabels},
        {{QStringLiteral("label"), QStringLiteral("templates"), QStringLiteral("list")}, [] { return Tr::tr("Label templates, built-in and the company's"); },
         listTemplates},
        {{QStringLiteral("label"), QStringLiteral("templates"), QStringLiteral("export")}, [] { return Tr::tr("Write a label template as JSON"); },
         exportTemplate},
        {{QStringLiteral("label"), QStringLiteral("templates"), QStringLiteral("import")},
         [] { return Tr::tr("Validate and save a label template from a JSON file"); }, importTemplate},
        {{QStringLiteral("label"), QStringLiteral("templates"), QStringLiteral("validate")},
         [] { return Tr::tr("Check a label template file (unknown placeholders, sizes, barcodes)"); }, validateTemplate},
    };
}

} // namespace labels
