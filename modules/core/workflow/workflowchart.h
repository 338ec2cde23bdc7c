#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace core {

class WorkflowActions;

struct WorkflowTransition
{
    QString event;  ///< "payment_confirmed", "cancel" ...
    QString target; ///< state id
    int line = 0;
};

struct WorkflowState
{
    QString id;
    bool isFinal = false;
    QStringList entryActions; ///< "reserve_stock", "send_email:pedido_pago" ...
    QList<int> entryActionLines;
    QList<WorkflowTransition> transitions;
    int line = 0;
};

/// A workflow state chart (SCXML) read at run time. Qt SCXML parses and checks the document;
/// this class keeps the graph (states, transitions by event and target, entry actions) that the
/// domain services consult for every order, since each order is persisted in one state rather
/// than kept in a live state machine. Flat charts: top-level <state> and <final> elements.
class WorkflowChart
{
public:
    /// Parses and validates: SCXML errors, unknown targets, unknown actions (when `actions` is
    /// given), states no transition reaches, duplicate events. Errors name `source` and the line.
    static Result<WorkflowChart> parse(const QByteArray &scxml, const QString &source,
                                       const WorkflowActions *actions);

    const QString &source() const { return m_source; }
    const QString &initialState() const { return m_initial; }
    QStringList stateIds() const;
    const WorkflowState *state(const QString &id) const;
    /// The transition leaving `from` on `eventOrTarget` (an event name or a target state id).
    const WorkflowTransition *transition(const QString &from, const QString &eventOrTarget) const;

private:
    QString m_source;
    QString m_initial;
    QList<WorkflowState> m_states;
};

} // namespace core
