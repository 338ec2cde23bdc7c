#include "picking/cli/pickingcommands.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/clisupport.h"
#include "orders/workflow/orderworkflow.h"
#include "picking/data/packingservice.h"
#include "picking/data/pickingrepository.h"
#include "picking/data/pickscanservice.h"
#include "picking/data/waveservice.h"
#include "picking/domain/pickingtr.h"
#include "picking/print/picklistpdf.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

namespace picking {

namespace {

int fail(core::CliInvocation &call, const core::Error &error)
{
    call.err << error.text() << Qt::endl;
    return 1;
}

void printJson(core::CliInvocation &call, const QJsonObject &o)
{
    call.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    call.out.flush();
}

double round1(double v)
{
    return qRound(v * 10) / 10.0;
}

QJsonObject listJson(const PickListRow &l, const QList<qint64> &orders = {})
{
    QJsonObject o{{QStringLiteral("id"), l.id},
                  {QStringLiteral("code"), l.code()},
                  {QStringLiteral("number"), l.number},
                  {QStringLiteral("status"), l.status},
                  {QStringLiteral("totes"), l.toteCount},
                  {QStringLiteral("lines"), l.lineCount},
                  {QStringLiteral("units"), l.unitCount},
                  {QStringLiteral("open_tasks"), l.openTasks},
                  {QStringLiteral("route_length_m"), round1(l.routeLengthM)},
                  {QStringLiteral("naive_route_length_m"), round1(l.naiveRouteLengthM)}};
    if (!orders.isEmpty()) {
        QJsonArray numbers;
        for (qint64 n : orders)
            numbers.append(n);
        o.insert(QStringLiteral("orders"), numbers);
    }
    return o;
}

QJsonObject waveJson(const WaveRow &w)
{
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("number"), w.number},
            {QStringLiteral("status"), w.status},
            {QStringLiteral("orders"), w.orderCount},
            {QStringLiteral("lines"), w.lineCount},
            {QStringLiteral("units"), w.unitCount},
            {QStringLiteral("pick_lists"), w.listCount},
            {QStringLiteral("open_tasks"), w.openTasks},
            {QStringLiteral("route_length_m"), round1(w.routeLengthM)},
            {QStringLiteral("naive_route_length_m"), round1(w.naiveRouteLengthM)},
            {QStringLiteral("created_at"), core::toDbTimestamp(w.createdAt)}};
}

QString metres(double m)
{
    return QString::number(m, 'f', 1) + QStringLiteral(" m");
}

int waveCreate(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("max-orders"), Tr::tr("Take at most N orders (oldest and most urgent first)"), QStringLiteral("N")},
                       {QStringLiteral("carrier"), Tr::tr("Only orders of this carrier (repeatable)"), QStringLiteral("C")},
                       {QStringLiteral("channel"), Tr::tr("Only orders of this channel code (repeatable)"), QStringLiteral("CODE")},
                       {QStringLiteral("cut-off"), Tr::tr("Only orders paid before this time (HH:MM today or YYYY-MM-DDTHH:MM, São Paulo time)"), QStringLiteral("TIME")},
                       {QStringLiteral("min-priority"), Tr::tr("Only orders of at least this priority (2 express, 1 waiting > 48 h, 0)"), QStringLiteral("P")},
                       {QStringLiteral("max-totes"), Tr::tr("Orders (totes) per pick list (default 24)"), QStringLiteral("N")},
                       {QStringLiteral("max-lines"), Tr::tr("Lines per pick list (default 100)"), QStringLiteral("N")},
                       {QStringLiteral("per-carrier"), Tr::tr("Rule: one wave per carrier (each with the other filters)")},
                       {QStringLiteral("dry-run"), Tr::tr("Show the wave without creating it")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli picking wave create [--max-orders N] [--carrier C] [--channel CODE] "
                                 "[--cut-off TIME] [--min-priority P] [--max-totes N] [--max-lines N] [--per-carrier] [--dry-run] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    WaveFilter filter;
    BatchLimits limits;
    auto number = [&](const QString &name, int &target) {
        if (!parser.isSet(name))
            return true;
        bool ok = false;
        const int v = parser.value(name).toInt(&ok);
        if (!ok || v <= 0) {
            call.err << Tr::tr("--%1 needs a positive number, not \"%2\".").arg(name, parser.value(name)) << Qt::endl;
            return false;
        }
        target = v;
        return true;
    };
    if (!number(QStringLiteral("max-orders"), filter.maxOrders) || !number(QStringLiteral("max-totes"), limits.maxTotes)
        || !number(QStringLiteral("max-lines"), limits.maxLines))
        return 2;
    filter.carriers = parser.values(QStringLiteral("carrier"));
    filter.channels = parser.values(QStringLiteral("channel"));
    if (parser.isSet(QStringLiteral("min-priority")))
        filter.minPriority = parser.value(QStringLiteral("min-priority")).toInt();
    if (parser.isSet(QStringLiteral("cut-off"))) {
        const QString text = parser.value(QStringLiteral("cut-off"));
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        filter.cutOff = time.isValid() ? QDateTime(core::CivilTime::today(), time, core::CivilTime::zone())
                                        : QDateTime::fromString(text, Qt::ISODate);
        if (filter.cutOff.isValid() && filter.cutOff.timeSpec() == Qt::LocalTime && !time.isValid())
            filter.cutOff = QDateTime(filter.cutOff.date(), filter.cutOff.time(), core::CivilTime::zone());
        if (!filter.cutOff.isValid()) {
            call.err << Tr::tr("--cut-off takes HH:MM or YYYY-MM-DDTHH:MM, not \"%1\".").arg(text) << Qt::endl;
            return 2;
        }
    }
    core::Database &db = call.context.database();
    WaveService service(db, call.context.service<orders::OrderWorkflow>());

    if (parser.isSet(QStringLiteral("per-carrier")) && !parser.isSet(QStringLiteral("dry-run"))) {
        auto waves = service.createPerCarrier(call.context.session(), filter, limits);
        if (!waves)
            return fail(call, waves.error());
        QJsonArray list;
        for (const CreatedWave &w : *waves) {
            QStringList carriers;
            for (const WaveOrder &o : w.plan.orders)
                if (!carriers.contains(o.carrier))
                    carriers << o.carrier;
            list.append(QJsonObject{{QStringLiteral("number"), w.number},
                                    {QStringLiteral("id"), w.id},
                                    {QStringLiteral("carrier"), carriers.join(QStringLiteral(", "))},
                                    {QStringLiteral("orders"), int(w.plan.orders.size())},
                                    {QStringLiteral("pick_lists"), int(w.plan.lists.size())},
                                    {QStringLiteral("route_length_m"), round1(w.plan.routeLengthM)},
                                    {QStringLiteral("naive_route_length_m"), round1(w.plan.naiveRouteLengthM)}});
            if (!call.json)
                call.out << Tr::tr("Wave %1 (%2): %n order(s)", nullptr, int(w.plan.orders.size())).arg(w.number).arg(carriers.join(QStringLiteral(", ")))
                         << ", " << Tr::tr("route %1 (code order %2)").arg(metres(w.plan.routeLengthM), metres(w.plan.naiveRouteLengthM))
                         << '\n';
        }
        if (call.json)
            printJson(call, {{QStringLiteral("waves"), list}});
        call.out.flush();
        return 0;
    }
    WavePlan plan;
    CreatedWave created;
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        auto p = service.preview(call.context.session(), filter, limits);
        if (!p)
            return fail(call, p.error());
        plan = *p;
    } else {
        auto c = service.create(call.context.session(), filter, limits);
        if (!c)
            return fail(call, c.error());
        created = *c;
        plan = created.plan;
    }
    QHash<QString, qint64> numbers;
    for (const WaveOrder &o : std::as_const(plan.orders))
        numbers.insert(o.id, o.number);
    PickingRepository repository(db);
    QList<PickListRow> rows;
    if (!dryRun) {
        auto r = repository.pickLists(created.id);
        if (!r)
            return fail(call, r.error());
        rows = *r;
    }
    if (call.json) {
        QJsonArray lists;
        for (qsizetype i = 0; i < plan.lists.size(); ++i) {
            QList<qint64> orders;
            for (const QString &id : plan.lists.at(i).orderIds)
                orders << numbers.value(id);
            PickListRow row;
            if (i < rows.size()) {
                row = rows.at(i);
            } else {
                row.number = int(i + 1);
                row.toteCount = int(plan.lists.at(i).orderIds.size());
                row.lineCount = int(plan.lists.at(i).tasks.size());
                row.unitCount = plan.lists.at(i).units;
                row.openTasks = row.lineCount;
                row.routeLengthM = plan.lists.at(i).routeLengthM;
                row.naiveRouteLengthM = plan.lists.at(i).naiveRouteLengthM;
                row.status = QStringLiteral("preview");
            }
            lists.append(listJson(row, orders));
        }
        QJsonArray skipped;
        for (const SkippedOrder &s : std::as_const(plan.skipped))
            skipped.append(QJsonObject{{QStringLiteral("order"), s.number}, {QStringLiteral("reason"), s.reason}});
        QJsonObject wave{{QStringLiteral("id"), created.id},
                         {QStringLiteral("number"), created.number},
                         {QStringLiteral("status"), dryRun ? QStringLiteral("preview") : QStringLiteral("open")},
                         {QStringLiteral("orders"), int(plan.orders.size())},
                         {QStringLiteral("lines"), plan.lineCount},
                         {QStringLiteral("units"), plan.unitCount},
                         {QStringLiteral("orders_started"), created.ordersStarted}};
        const double ratio = plan.naiveRouteLengthM > 0 ? plan.routeLengthM / plan.naiveRouteLengthM : 1.0;
        printJson(call, {{QStringLiteral("wave"), wave},
                         {QStringLiteral("pick_lists"), lists},
                         {QStringLiteral("route_length_m"), round1(plan.routeLengthM)},
                         {QStringLiteral("naive_route_length_m"), round1(plan.naiveRouteLengthM)},
                         {QStringLiteral("route_ratio"), qRound(ratio * 1000) / 1000.0},
                         {QStringLiteral("skipped"), skipped},
                         {QStringLiteral("build_ms"), created.buildMs},
                         {QStringLiteral("save_ms"), created.saveMs}});
        return 0;
    }
    if (dryRun)
        call.out << Tr::tr("Wave preview (nothing written):") << '\n';
    else
        call.out << Tr::tr("Wave %1 created.").arg(created.number) << '\n';
    call.out << Tr::tr("%n order(s)", nullptr, int(plan.orders.size())) << ", " << Tr::tr("%n line(s)", nullptr, plan.lineCount)
             << ", " << Tr::tr("%n pick list(s)", nullptr, int(plan.lists.size())) << '\n';
    call.out << Tr::tr("Route: %1 (in location-code order: %2)").arg(metres(plan.routeLengthM), metres(plan.naiveRouteLengthM))
             << '\n';
    for (const PickListRow &r : std::as_const(rows))
        call.out << "  " << r.code() << "  " << Tr::tr("%n tote(s)", nullptr, r.toteCount) << ", "
                 << Tr::tr("%n line(s)", nullptr, r.lineCount) << ", " << metres(r.routeLengthM) << '\n';
    for (const SkippedOrder &s : std::as_const(plan.skipped))
        call.out << Tr::tr("Skipped order %1: %2").arg(s.number).arg(s.reason) << '\n';
    call.out.flush();
    return 0;
}

int waveList(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli picking wave list [--json]")))
        return *exit;
    auto waves = PickingRepository(call.context.database()).waves();
    if (!waves)
        return fail(call, waves.error());
    if (call.json) {
        QJsonArray a;
        for (const WaveRow &w : *waves)
            a.append(waveJson(w));
        printJson(call, {{QStringLiteral("waves"), a}});
        return 0;
    }
    for (const WaveRow &w : *waves)
        call.out << Tr::tr("Wave %1  %2  %3 orders, %4 lists, %5 open tasks, route %6 (code order %7)")
                        .arg(w.number)
                        .arg(w.status)
                        .arg(w.orderCount)
                        .arg(w.listCount)
                        .arg(w.openTasks)
                        .arg(metres(w.routeLengthM), metres(w.naiveRouteLengthM))
                 << '\n';
    call.out.flush();
    return 0;
}

int waveShow(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("wave"), Tr::tr("Wave number"));
    const QString usage = Tr::tr("Usage: retaguarda-cli picking wave show WAVE [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    PickingRepository repository(call.context.database());
    auto wave = repository.wave(parser.positionalArguments().constFirst());
    if (!wave)
        return fail(call, wave.error());
    auto lists = repository.pickLists(wave->id);
    if (!lists)
        return fail(call, lists.error());
    QJsonArray a;
    for (const PickListRow &l : *lists) {
        auto totes = repository.totes(l.id);
        if (!totes)
            return fail(call, totes.error());
        QList<qint64> orders;
        for (const ToteRow &t : *totes)
            orders << t.orderNumber;
        a.append(listJson(l, orders));
    }
    if (call.json) {
        QJsonObject o = waveJson(*wave);
        o.insert(QStringLiteral("pick_lists"), a);
        printJson(call, o);
        return 0;
    }
    call.out << Tr::tr("Wave %1 (%2): %3 orders, route %4 (code order %5)")
                    .arg(wave->number)
                    .arg(wave->status)
                    .arg(wave->orderCount)
                    .arg(metres(wave->routeLengthM), metres(wave->naiveRouteLengthM))
             << '\n';
    for (const PickListRow &l : *lists)
        call.out << "  " << l.code() << "  " << l.status << "  " << Tr::tr("%n line(s)", nullptr, l.lineCount) << ", "
                 << Tr::tr("%1 open", nullptr).arg(l.openTasks) << ", " << metres(l.routeLengthM) << '\n';
    call.out.flush();
    return 0;
}

int waveCancel(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("wave"), Tr::tr("Wave number"));
    const QString usage = Tr::tr("Usage: retaguarda-cli picking wave cancel WAVE");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    PickingRepository repository(call.context.database());
    auto wave = repository.wave(parser.positionalArguments().constFirst());
    if (!wave)
        return fail(call, wave.error());
    if (auto r = WaveService(call.context.database(), call.context.service<orders::OrderWorkflow>()).cancel(call.context.session(), wave->id);
        !r)
        return fail(call, r.error());
    call.out << Tr::tr("Wave %1 cancelled; its orders can go into another wave.").arg(wave->number) << Qt::endl;
    return 0;
}

/// WAVE ("12") gives all its lists; a list code ("W12-03") or id gives one.
core::Result<QList<PickListRow>> listsFor(const PickingRepository &repository, const QString &reference)
{
    bool isNumber = false;
    reference.trimmed().toInt(&isNumber);
    if (isNumber) {
        auto wave = repository.wave(reference);
        if (!wave)
            return wave.error();
        return repository.pickLists(wave->id);
    }
    auto list = repository.pickList(reference);
    if (!list)
        return list.error();
    return QList<PickListRow>{*list};
}

int listPdf(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("wave"), Tr::tr("Wave number, or one list's code (W12-03)"));
    parser.addOptions({{{QStringLiteral("o"), QStringLiteral("output")}, Tr::tr("PDF file to write"), QStringLiteral("FILE")},
                       {QStringLiteral("thermal"), Tr::tr("80 mm thermal roll instead of A4")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli picking list WAVE|LIST -o FILE.pdf [--thermal]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("output"))) {
        call.err << usage << Qt::endl;
        return 2;
    }
    PickingRepository repository(call.context.database());
    auto lists = listsFor(repository, parser.positionalArguments().constFirst());
    if (!lists)
        return fail(call, lists.error());
    auto data = PickListPdf::load(repository, *lists);
    if (!data)
        return fail(call, data.error());
    const QString path = parser.value(QStringLiteral("output"));
    auto written = PickListPdf::write(*data, parser.isSet(QStringLiteral("thermal")) ? PickListPdf::Format::Thermal80
                                                                                   : PickListPdf::Format::A4,
                                      path);
    if (!written)
        return fail(call, written.error());
    if (call.json) {
        QJsonArray codes;
        for (const PickListRow &l : *lists)
            codes.append(l.code());
        printJson(call, {{QStringLiteral("path"), path}, {QStringLiteral("pick_lists"), codes}});
    } else {
        call.out << Tr::tr("%n pick list(s) written to %1", nullptr, int(lists->size())).arg(path) << Qt::endl;
    }
    return 0;
}

QJsonObject taskJson(const PickTaskRow &t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("seq"), t.seq},
            {QStringLiteral("location"), t.locationCode},
            {QStringLiteral("sku"), t.sku},
            {QStringLiteral("gtin"), t.gtin},
            {QStringLiteral("lot"), t.lotCode},
            {QStringLiteral("expiry"), t.expiry},
            {QStringLiteral("quantity"), t.quantity},
            {QStringLiteral("picked"), t.pickedQty},
            {QStringLiteral("short"), t.shortQty},
            {QStringLiteral("tote"), t.tote},
            {QStringLiteral("tote_code"), t.toteCode},
            {QStringLiteral("order"), t.orderNumber},
            {QStringLiteral("status"), t.status}};
}

int tasks(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("list"), Tr::tr("Pick list code (W12-03) or wave number"));
    const QString usage = Tr::tr("Usage: retaguarda-cli picking tasks LIST|WAVE [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    PickingRepository repository(call.context.database());
    auto lists = listsFor(repository, parser.positionalArguments().constFirst());
    if (!lists)
        return fail(call, lists.error());
    QJsonArray a;
    for (const PickListRow &l : *lists) {
        auto rows = repository.tasks(l.id);
        if (!rows)
            return fail(call, rows.error());
        QJsonArray ts;
        for (const PickTaskRow &t : *rows) {
            ts.append(taskJson(t));
            if (!call.json)
                call.out << l.code() << "  " << QString::number(t.seq).rightJustified(3) << "  " << t.locationCode.leftJustified(12)
                         << "  " << t.sku.leftJustified(12) << "  " << (t.lotCode.isEmpty() ? QStringLiteral("-") : t.lotCode)
                         << "  " << t.quantity << "  " << Tr::tr("tote %1").arg(t.tote) << "  " << t.status << '\n';
        }
        QJsonObject o = listJson(l);
        o.insert(QStringLiteral("tasks"), ts);
        a.append(o);
    }
    if (call.json)
        printJson(call, {{QStringLiteral("pick_lists"), a}});
    call.out.flush();
    return 0;
}

int scan(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("list"), Tr::tr("Pick list code (W12-03)"));
    parser.addPositionalArgument(QStringLiteral("codes"), Tr::tr("What the scanner reads, in order: location, product, [lot,] quantity ..."),
                                 QStringLiteral("CODE..."));
    const QString usage = Tr::tr("Usage: retaguarda-cli picking scan LIST CODE... [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        call.err << usage << Qt::endl;
        return 2;
    }
    core::Database &db = call.context.database();
    PickingRepository repository(db);
    auto list = repository.pickList(args.constFirst());
    if (!list)
        return fail(call, list.error());
    PickScanService service(db, call.context.service<orders::OrderWorkflow>());
    auto tasks = service.scanTasks(list->id);
    if (!tasks)
        return fail(call, tasks.error());
    ScanSession session(*tasks);
    QJsonArray steps;
    int refused = 0;
    for (const QString &code : args.mid(1)) {
        ScanSession::Outcome o = session.scan(code);
        QString extra;
        if (o.action != ScanSession::Action::None) {
            auto applied = service.apply(call.context.session(), o);
            if (!applied)
                return fail(call, applied.error());
            session.appendTasks(applied->newTasks);
            extra = applied->message;
        }
        if (!o.accepted)
            ++refused;
        steps.append(QJsonObject{{QStringLiteral("input"), code},
                                 {QStringLiteral("accepted"), o.accepted},
                                 {QStringLiteral("message"), extra.isEmpty() ? o.message : o.message + u' ' + extra},
                                 {QStringLiteral("next"), session.prompt()}});
        if (!call.json)
            call.out << (o.accepted ? QStringLiteral("ok   ") : QStringLiteral("NO   ")) << code << "  " << o.message
                     << (extra.isEmpty() ? QString() : u' ' + extra) << '\n';
    }
    if (call.json)
        printJson(call, {{QStringLiteral("steps"), steps},
                         {QStringLiteral("refused"), refused},
                         {QStringLiteral("next"), session.prompt()},
                         {QStringLiteral("finished"), session.step() == ScanSession::Step::Finished}});
    else
        call.out << session.prompt() << Qt::endl;
    return refused > 0 ? 1 : 0;
}

QJsonObject packingJson(const PackingState &s)
{
    QJsonArray lines;
    for (const PackLine &l : s.check.lines())
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("lot"), l.lotCode},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("packed"), l.packed}});
    QJsonArray packages;
    for (const PackageRow &p : s.packages)
        packages.append(QJsonObject{{QStringLiteral("number"), p.number},
                                    {QStringLiteral("status"), p.status},
                                    {QStringLiteral("units"), p.units},
                                    {QStringLiteral("weight_grams"), p.weightGrams},
                                    {QStringLiteral("length_mm"), p.lengthMm},
                                    {QStringLiteral("width_mm"), p.widthMm},
                                    {QStringLiteral("height_mm"), p.heightMm}});
    return {{QStringLiteral("order"), s.orderNumber},
            {QStringLiteral("status"), s.orderStatus},
            {QStringLiteral("expected_units"), s.check.expectedUnits()},
            {QStringLiteral("packed_units"), s.check.packedUnits()},
            {QStringLiteral("complete"), s.complete()},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("packages"), packages}};
}

int pack(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("order"), Tr::tr("Order number or tote code (W12-03-05)"));
    parser.addOptions({{QStringLiteral("scan"), Tr::tr("A product scanned into the package (repeatable)"), QStringLiteral("CODE")},
                       {QStringLiteral("close"), Tr::tr("Close the open package (needs --weight and --size)")},
                       {QStringLiteral("weight"), Tr::tr("Package weight in grams"), QStringLiteral("GRAMS")},
                       {QStringLiteral("size"), Tr::tr("Package size in millimetres, LxWxH"), QStringLiteral("LxWxH")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli picking pack ORDER|TOTE [--scan CODE]... [--close --weight G --size LxWxH] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    core::Database &db = call.context.database();
    PackingService service(db, call.context.service<orders::OrderWorkflow>());
    auto state = service.open(parser.positionalArguments().constFirst());
    if (!state)
        return fail(call, state.error());
    PackingState current = *state;
    QJsonArray steps;
    int refused = 0;
    for (const QString &code : parser.values(QStringLiteral("scan"))) {
        auto r = service.scan(call.context.session(), current.orderId, code);
        if (!r)
            return fail(call, r.error());
        if (!r->accepted)
            ++refused;
        current = r->state;
        steps.append(QJsonObject{{QStringLiteral("input"), code}, {QStringLiteral("accepted"), r->accepted},
                                 {QStringLiteral("message"), r->message}});
        if (!call.json)
            call.out << (r->accepted ? QStringLiteral("ok   ") : QStringLiteral("NO   ")) << code << "  " << r->message << '\n';
    }
    if (parser.isSet(QStringLiteral("close"))) {
        static const QRegularExpression size(QStringLiteral("^(\\d+)\\s*[xX×]\\s*(\\d+)\\s*[xX×]\\s*(\\d+)$"));
        const auto m = size.match(parser.value(QStringLiteral("size")).trimmed());
        auto closed = service.closePackage(call.context.session(), current.orderId, parser.value(QStringLiteral("weight")).toInt(),
                                           m.hasMatch() ? m.captured(1).toInt() : 0, m.hasMatch() ? m.captured(2).toInt() : 0,
                                           m.hasMatch() ? m.captured(3).toInt() : 0);
        if (!closed)
            return fail(call, closed.error());
        current = *closed;
    }
    if (call.json) {
        QJsonObject o = packingJson(current);
        o.insert(QStringLiteral("steps"), steps);
        o.insert(QStringLiteral("refused"), refused);
        printJson(call, o);
    } else {
        call.out << Tr::tr("Order %1 (%2): %3 of %4 units packed, %n package(s)", nullptr, int(current.packages.size()))
                        .arg(current.orderNumber)
                        .arg(current.orderStatus)
                        .arg(current.check.packedUnits())
                        .arg(current.check.expectedUnits())
                 << Qt::endl;
    }
    return refused > 0 ? 1 : 0;
}

int backOrders(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli picking backorders [--json]")))
        return *exit;
    auto rows = PickingRepository(call.context.database()).openBackOrders();
    if (!rows)
        return fail(call, rows.error());
    QJsonArray a;
    for (const BackOrderRow &b : *rows) {
        a.append(QJsonObject{{QStringLiteral("order"), b.orderNumber},
                             {QStringLiteral("sku"), b.sku},
                             {QStringLiteral("quantity"), b.quantity},
                             {QStringLiteral("created_at"), core::toDbTimestamp(b.createdAt)}});
        if (!call.json)
            call.out << Tr::tr("Order %1: %2 × %3 (%4)").arg(b.orderNumber).arg(b.quantity).arg(b.sku, b.description) << '\n';
    }
    if (call.json)
        printJson(call, {{QStringLiteral("back_orders"), a}});
    else if (rows->isEmpty())
        call.out << Tr::tr("No open back-orders.") << '\n';
    call.out.flush();
    return 0;
}

} // namespace

QList<core::CliCommand> pickingCliCommands()
{
    const QString picking = QStringLiteral("picking");
    const QString wave = QStringLiteral("wave");
    return {
        {{picking, wave, QStringLiteral("create")}, [] { return Tr::tr("Release a picking wave: routed batch pick lists with totes"); }, waveCreate},
        {{picking, wave, QStringLiteral("list")}, [] { return Tr::tr("Waves, newest first, with their route lengths"); }, waveList},
        {{picking, wave, QStringLiteral("show")}, [] { return Tr::tr("One wave's pick lists"); }, waveShow},
        {{picking, wave, QStringLiteral("cancel")}, [] { return Tr::tr("Cancel a wave whose picking has not started"); }, waveCancel},
        {{picking, QStringLiteral("list")}, [] { return Tr::tr("Print a wave's pick lists (or one list) to PDF, A4 or 80 mm thermal"); }, listPdf},
        {{picking, QStringLiteral("tasks")}, [] { return Tr::tr("A pick list's tasks in walking order"); }, tasks},
        {{picking, QStringLiteral("scan")}, [] { return Tr::tr("Confirm picks as a scanner would: location, product, lot, quantity"); }, scan},
        {{picking, QStringLiteral("backorders")}, [] { return Tr::tr("Open back-orders: units short picks could not find anywhere"); }, backOrders},
        {{picking, QStringLiteral("pack")}, [] { return Tr::tr("Pack an order: scan its items, close the package with weight and size"); }, pack},
    };
}

} // namespace picking
