#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <functional>

namespace core {

class Database;
class Session;

/// What an action fired on entering a workflow state gets to work with. Actions run inside the
/// transition's transaction: they record or queue work (stock reservations, e-mails, storefront
/// notifications) and never wait on the network, so a failing action rolls the transition back.
struct WorkflowActionContext
{
    Database &db;
    const Session &session;
    QString entityId;  ///< the order's id
    QString fromState;
    QString toState;
    QString argument;  ///< what follows the colon in "send_email:pagamento_confirmado"
    /// Events an action raises for an automatic transition out of the state just entered (an
    /// approval rule approving an order), each with its reason; fired in the same transaction.
    QList<QPair<QString, QString>> *raised = nullptr;
};

using WorkflowAction = std::function<Result<>(const WorkflowActionContext &)>;

/// The named actions modules offer to workflow charts ("reserve_stock", "send_email" ...).
/// A chart that names an action nobody registered is refused when it is loaded.
class WorkflowActions
{
public:
    void add(const QString &name, WorkflowAction action);
    bool contains(const QString &name) const { return m_actions.contains(name); }
    QStringList names() const { return m_actions.keys(); }
    /// Runs "name" or "name:argument"; NotFound when nobody registered the name.
    Result<> run(const QString &nameWithArgument, WorkflowActionContext context) const;

private:
    QMap<QString, WorkflowAction> m_actions;
};

} // namespace core
