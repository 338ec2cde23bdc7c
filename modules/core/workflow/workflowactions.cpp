#include "core/workflow/workflowactions.h"

#include "core/domain/tr.h"

namespace core {

void WorkflowActions::add(const QString &name, WorkflowAction action)
{
    m_actions.insert(name, std::move(action));
}

Result<> WorkflowActions::run(const QString &nameWithArgument, WorkflowActionContext context) const
{
    const qsizetype colon = nameWithArgument.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? nameWithArgument : nameWithArgument.left(colon);
    const auto it = m_actions.constFind(name);
    if (it == m_actions.constEnd()) {
        return Error::notFound(Tr::tr("The workflow action \"%1\" is not provided by any module.").arg(name),
                               nameWithArgument);
    }
    context.argument = colon < 0 ? QString() : nameWithArgument.mid(colon + 1);
    return (*it)(context);
}

} // namespace core
