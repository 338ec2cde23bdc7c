#include "orders/cli/workflowcommands.h"

#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/clisupport.h"
#include "core/domain/tr.h"
#include "core/workflow/workflowchart.h"
#include "orders/domain/orderstatus.h"
#include "orders/workflow/approvalrules.h"
#include "orders/workflow/orderworkflow.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace orders {

using core::Tr;

namespace {

OrderWorkflow *workflowOf(core::CliInvocation &call)
{
    auto *workflow = call.context.service<OrderWorkflow>();
    if (!workflow)
        call.err << Tr::tr("The orders workflow is not available.") << Qt::endl;
    return workflow;
}

// Reads the one FILE argument; prints what is wrong and returns nullopt.
std::optional<QByteArray> chartFile(core::CliInvocation &call, const QString &usage, int &exitCode)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("SCXML state chart"));
    exitCode = 2;
    if (auto exit = core::parseCommandLine(parser, call, usage)) {
        exitCode = *exit;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return std::nullopt;
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        call.err << Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        exitCode = 1;
        return std::nullopt;
    }
    return file.readAll();
}

void printChart(core::CliInvocation &call, const core::WorkflowChart &chart)
{
    if (call.json) {
        QJsonArray states;
        for (const QString &id : chart.stateIds()) {
            const core::WorkflowState *state = chart.state(id);
            QJsonArray transitions;
            for (const auto &t : state->transitions)
                transitions.append(QJsonObject{{QStringLiteral("event"), t.event}, {QStringLiteral("target"), t.target}});
            states.append(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("final"), state->isFinal},
                                      {QStringLiteral("on_entry"), QJsonArray::fromStringList(state->entryActions)},
                                      {QStringLiteral("transitions"), transitions}});
        }
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("source"), chart.source()},
                                              {QStringLiteral("initial"), chart.initialState()},
                                              {QStringLiteral("states"), states}})
                        .toJson(QJsonDocument::Indented);
        return;
    }
    call.out << Tr::tr("Chart: %1 (initial state: %2)").arg(chart.source(), chart.initialState()) << '\n';
    for (const QString &id : chart.stateIds()) {
        const core::WorkflowState *state = chart.state(id);
        call.out << QStringLiteral("%1 (%2)%3\n").arg(id, OrderStatus::displayName(id),
                                                      state->isFinal ? Tr::tr(", final") : QString());
        if (!state->entryActions.isEmpty())
            call.out << QStringLiteral("    ") << Tr::tr("on entry: %1").arg(state->entryActions.join(QStringLiteral(", "))) << '\n';
        for (const auto &t : state->transitions)
            call.out << QStringLiteral("    %1 → %2\n").arg(t.event, t.target);
    }
    call.out.flush();
}

int checkChart(core::CliInvocation &call)
{
    const QString usage = Tr::tr("Usage: retaguarda-cli workflow check FILE");
    int exitCode = 0;
    auto content = chartFile(call, usage, exitCode);
    if (!content)
        return exitCode;
    auto chart = core::WorkflowChart::parse(*content, call.arguments.constLast(), &call.context.workflowActions());
    if (!chart) {
        call.err << chart.error().message << Qt::endl;
        return 1;
    }
    call.out << Tr::tr("%1: valid order workflow, %n state(s).", nullptr, int(chart->stateIds().size()))
                    .arg(call.arguments.constLast())
             << Qt::endl;
    return 0;
}

int showChart(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli workflow show [--json]")))
        return *exit;
    auto *workflow = workflowOf(call);
    if (!workflow)
        return 1;
    auto chart = workflow->chart();
    if (!chart) {
        call.err << chart.error().text() << Qt::endl;
        return 1;
    }
    printChart(call, **chart);
    return 0;
}

int installChart(core::CliInvocation &call)
{
    const QString usage = Tr::tr("Usage: retaguarda-cli workflow install FILE");
    int exitCode = 0;
    auto content = chartFile(call, usage, exitCode);
    if (!content)
        return exitCode;
    auto *workflow = workflowOf(call);
    if (!workflow)
        return 1;
    if (auto installed = workflow->installCompanyChart(call.context.session(), *content); !installed) {
        call.err << installed.error().message << Qt::endl;
        return 1;
    }
    call.out << Tr::tr("The company's order workflow now comes from %1.").arg(call.arguments.constLast()) << Qt::endl;
    return 0;
}

int resetChart(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli workflow reset")))
        return *exit;
    auto *workflow = workflowOf(call);
    if (!workflow)
        return 1;
    if (auto removed = workflow->removeCompanyChart(call.context.session()); !removed) {
        call.err << removed.error().text() << Qt::endl;
        return 1;
    }
    call.out << Tr::tr("The company chart was retired; orders follow the built-in workflow again.") << Qt::endl;
    return 0;
}

int listRules(core::CliInvocation &call)
{
    QCommandLineParser parser;
    if (auto exit = core::parseCommandLine(parser, call, Tr::tr("Usage: retaguarda-cli workflow rules list [--json]")))
        return *exit;
    auto rules = ApprovalRules(call.context.database()).list();
    if (!rules) {
        call.err << rules.error().text() << Qt::endl;
        return 1;
    }
    QJsonArray array;
    for (const ApprovalRule &rule : std::as_const(*rules)) {
        if (call.json) {
            array.append(QJsonObject{{QStringLiteral("name"), rule.name},
                                     {QStringLiteral("priority"), rule.priority},
                                     {QStringLiteral("payment_methods"), QJsonArray::fromStringList(rule.paymentMethods)},
                                     {QStringLiteral("max_risk_score"), rule.maxRiskScore},
                                     {QStringLiteral("max_total_cents"), rule.maxTotal.cents()},
                                     {QStringLiteral("active"), rule.active}});
        } else if (rule.active) {
            call.out << Tr::tr("%1. %2: %3, score ≤ %4, total ≤ %5")
                            .arg(rule.priority)
                            .arg(rule.name, rule.paymentMethods.join(QStringLiteral(", ")))
                            .arg(rule.maxRiskScore)
                            .arg(rule.maxTotal.format())
                     << '\n';
        }
    }
    if (call.json)
        call.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    call.out.flush();
    return 0;
}

int addRule(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("name"), Tr::tr("Rule name"), QStringLiteral("NAME")},
                       {QStringLiteral("max-score"), Tr::tr("Highest risk score approved (0-100)"), QStringLiteral("N")},
                       {QStringLiteral("max-total"), Tr::tr("Highest order total approved (e.g. 1500,00)"), QStringLiteral("AMOUNT")},
                       {QStringLiteral("methods"), Tr::tr("Payment methods (default credit_card,debit_card)"), QStringLiteral("LIST"),
                        QStringLiteral("credit_card,debit_card")},
                       {QStringLiteral("priority"), Tr::tr("Lower runs first (default 100)"), QStringLiteral("N"), QStringLiteral("100")}});
    const QString usage = Tr::tr("Usage: retaguarda-cli workflow rules add --name NAME --max-score N --max-total AMOUNT "
                                 "[--methods LIST] [--priority N]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    bool scoreOk = false;
    bool priorityOk = false;
    ApprovalRule rule;
    rule.name = parser.value(QStringLiteral("name"));
    rule.maxRiskScore = parser.value(QStringLiteral("max-score")).toInt(&scoreOk);
    rule.priority = parser.value(QStringLiteral("priority")).toInt(&priorityOk);
    rule.paymentMethods = parser.value(QStringLiteral("methods")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto total = core::Money::parse(parser.value(QStringLiteral("max-total")));
    if (!scoreOk || !priorityOk || !total || rule.name.isEmpty()) {
        call.err << usage << Qt::endl;
        return 2;
    }
    rule.maxTotal = *total;
    auto id = ApprovalRules(call.context.database()).add(call.context.session(), rule);
    if (!id) {
        call.err << id.error().text() << Qt::endl;
        return 1;
    }
    call.out << Tr::tr("Rule \"%1\" added.").arg(rule.name) << Qt::endl;
    return 0;
}

int removeRule(core::CliInvocation &call)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("name"), Tr::tr("Rule name"));
    const QString usage = Tr::tr("Usage: retaguarda-cli workflow rules remove NAME");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        call.err << usage << Qt::endl;
        return 2;
    }
    if (auto removed = ApprovalRules(call.context.database()).remove(call.context.session(), parser.positionalArguments().constFirst());
        !removed) {
        call.err << removed.error().text() << Qt::endl;
        return 1;
    }
    call.out << Tr::tr("Rule \"%1\" retired.").arg(parser.positionalArguments().constFirst()) << Qt::endl;
    return 0;
}

} // namespace

QList<core::CliCommand> workflowCliCommands()
{
    const QString workflow = QStringLiteral("workflow");
    const QString rules = QStringLiteral("rules");
    return {{{workflow, QStringLiteral("check")}, [] { return Tr::tr("Validate an order workflow chart (workflow check FILE)"); }, checkChart},
            {{workflow, QStringLiteral("show")}, [] { return Tr::tr("Show the order workflow in force"); }, showChart},
            {{workflow, QStringLiteral("install")}, [] { return Tr::tr("Make a chart the company's order workflow"); }, installChart},
            {{workflow, QStringLiteral("reset")}, [] { return Tr::tr("Go back to the built-in order workflow"); }, resetChart},
            {{workflow, rules, QStringLiteral("list")}, [] { return Tr::tr("List the automatic approval rules"); }, listRules},
            {{workflow, rules, QStringLiteral("add")}, [] { return Tr::tr("Add an automatic approval rule"); }, addRule},
            {{workflow, rules, QStringLiteral("remove")}, [] { return Tr::tr("Retire an automatic approval rule"); }, removeRule}};
}

} // namespace orders
