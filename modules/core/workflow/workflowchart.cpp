#include "core/workflow/workflowchart.h"

#include "core/domain/tr.h"
#include "core/workflow/workflowactions.h"

#include <QBuffer>
#include <QHash>
#include <QScxmlStateMachine>
#include <QSet>
#include <QXmlStreamReader>
#include <memory>

namespace core {

namespace {

Error chartError(const QString &source, int line, const QString &message)
{
    return Error::parse(Tr::tr("%1, line %2: %3").arg(source).arg(line).arg(message), source);
}

// Qt SCXML is the judge of the document itself (well-formed, valid SCXML, ids, targets).
Result<> checkWithQtScxml(const QByteArray &scxml, const QString &source)
{
    QBuffer buffer;
    buffer.setData(scxml);
    buffer.open(QIODevice::ReadOnly);
    std::unique_ptr<QScxmlStateMachine> machine(QScxmlStateMachine::fromData(&buffer, source));
    const QList<QScxmlError> errors = machine ? machine->parseErrors() : QList<QScxmlError>{};
    if (!errors.isEmpty()) {
        const QScxmlError &first = errors.constFirst();
        return chartError(source, first.line(), first.description());
    }
    if (!machine)
        return chartError(source, 1, Tr::tr("the document is not an SCXML state chart"));
    return {};
}

struct Reader
{
    QXmlStreamReader xml;
    QString source;
    int line() const { return int(xml.lineNumber()); }
    Error error(const QString &message) const { return chartError(source, line(), message); }
};

Result<WorkflowState> readState(Reader &r, bool isFinal)
{
    WorkflowState state;
    state.id = r.xml.attributes().value(QLatin1String("id")).toString();
    state.isFinal = isFinal;
    state.line = r.line();
    if (state.id.isEmpty())
        return r.error(Tr::tr("a state without an id"));
    while (r.xml.readNextStartElement()) {
        const auto name = r.xml.name();
        if (name == QLatin1String("transition")) {
            WorkflowTransition t;
            t.event = r.xml.attributes().value(QLatin1String("event")).toString();
            t.target = r.xml.attributes().value(QLatin1String("target")).toString();
            t.line = r.line();
            if (t.event.isEmpty() || t.target.isEmpty())
                return r.error(Tr::tr("a transition needs an event and a target"));
            if (r.xml.attributes().hasAttribute(QLatin1String("cond")))
                return r.error(Tr::tr("conditions on transitions are not supported; use automatic approval rules"));
            state.transitions.append(t);
            r.xml.skipCurrentElement();
        } else if (name == QLatin1String("onentry")) {
            while (r.xml.readNextStartElement()) {
                if (r.xml.name() == QLatin1String("send")) {
                    const QString action = r.xml.attributes().value(QLatin1String("event")).toString();
                    if (action.isEmpty())
                        return r.error(Tr::tr("a <send> without an event names no action"));
                    state.entryActions.append(action);
                    state.entryActionLines.append(r.line());
                } else if (r.xml.name() != QLatin1String("log")) {
                    return r.error(Tr::tr("<%1> is not supported on entry; declare actions with <send event=\"name\"/>")
                                       .arg(r.xml.name().toString()));
                }
                r.xml.skipCurrentElement();
            }
        } else if (name == QLatin1String("state") || name == QLatin1String("parallel")) {
            return r.error(Tr::tr("nested states are not supported; the order chart is flat"));
        } else {
            return r.error(Tr::tr("<%1> is not supported in an order workflow").arg(name.toString()));
        }
    }
    return state;
}

} // namespace

Result<WorkflowChart> WorkflowChart::parse(const QByteArray &scxml, const QString &source,
                                           const WorkflowActions *actions)
{
    if (auto valid = checkWithQtScxml(scxml, source); !valid)
        return valid.error();

    Reader r{QXmlStreamReader(scxml), source};
    WorkflowChart chart;
    chart.m_source = source;
    if (!r.xml.readNextStartElement() || r.xml.name() != QLatin1String("scxml"))
        return r.error(Tr::tr("the root element must be <scxml>"));
    chart.m_initial = r.xml.attributes().value(QLatin1String("initial")).toString();
    while (r.xml.readNextStartElement()) {
        const auto name = r.xml.name();
        if (name == QLatin1String("state") || name == QLatin1String("final")) {
            auto state = readState(r, name == QLatin1String("final"));
            if (!state)
                return state.error();
            if (chart.state(state->id))
                return chartError(source, state->line, Tr::tr("the state \"%1\" is declared twice").arg(state->id));
            chart.m_states.append(*state);
        } else if (name == QLatin1String("datamodel") || name == QLatin1String("script")) {
            return r.error(Tr::tr("<%1> is not supported: order charts use the null data model").arg(name.toString()));
        } else {
            return r.error(Tr::tr("<%1> is not supported in an order workflow").arg(name.toString()));
        }
    }
    if (r.xml.hasError())
        return r.error(r.xml.errorString());
    if (chart.m_states.isEmpty())
        return chartError(source, 1, Tr::tr("the chart has no states"));
    if (chart.m_initial.isEmpty())
        chart.m_initial = chart.m_states.constFirst().id;
    if (!chart.state(chart.m_initial))
        return chartError(source, 1, Tr::tr("the initial state \"%1\" does not exist").arg(chart.m_initial));

    for (const WorkflowState &state : std::as_const(chart.m_states)) {
        QSet<QString> events;
        for (const WorkflowTransition &t : state.transitions) {
            if (!chart.state(t.target))
                return chartError(source, t.line, Tr::tr("the transition \"%1\" goes to \"%2\", which is not a state")
                                                      .arg(t.event, t.target));
            if (events.contains(t.event))
                return chartError(source, t.line, Tr::tr("the state \"%1\" has two transitions on \"%2\"")
                                                      .arg(state.id, t.event));
            events.insert(t.event);
        }
        if (actions) {
            for (qsizetype i = 0; i < state.entryActions.size(); ++i) {
                const QString name = state.entryActions[i].section(QLatin1Char(':'), 0, 0);
                if (!actions->contains(name)) {
                    return chartError(source, state.entryActionLines[i],
                                      Tr::tr("the state \"%1\" fires the unknown action \"%2\" (known: %3)")
                                          .arg(state.id, name, actions->names().join(QStringLiteral(", "))));
                }
            }
        }
    }

    // Every state must be reachable from the initial one: an unreachable state is a typo or a
    // forgotten transition, and orders could never get there.
    QSet<QString> reached{chart.m_initial};
    QList<QString> queue{chart.m_initial};
    while (!queue.isEmpty()) {
        const WorkflowState *state = chart.state(queue.takeFirst());
        for (const WorkflowTransition &t : state->transitions) {
            if (!reached.contains(t.target)) {
                reached.insert(t.target);
                queue.append(t.target);
            }
        }
    }
    for (const WorkflowState &state : std::as_const(chart.m_states)) {
        if (!reached.contains(state.id))
            return chartError(source, state.line, Tr::tr("the state \"%1\" cannot be reached from \"%2\"")
                                                      .arg(state.id, chart.m_initial));
    }
    return chart;
}

QStringList WorkflowChart::stateIds() const
{
    QStringList ids;
    for (const WorkflowState &state : m_states)
        ids.append(state.id);
    return ids;
}

const WorkflowState *WorkflowChart::state(const QString &id) const
{
    for (const WorkflowState &state : m_states) {
        if (state.id == id)
            return &state;
    }
    return nullptr;
}

const WorkflowTransition *WorkflowChart::transition(const QString &from, const QString &eventOrTarget) const
{
    const WorkflowState *state = this->state(from);
    if (!state)
        return nullptr;
    for (const WorkflowTransition &t : state->transitions) {
        if (t.event == eventOrTarget)
            return &t;
    }
    for (const WorkflowTransition &t : state->transitions) {
        if (t.target == eventOrTarget)
            return &t;
    }
    return nullptr;
}

} // namespace core
