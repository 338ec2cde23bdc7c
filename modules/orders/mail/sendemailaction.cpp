#include "orders/mail/sendemailaction.h"

#include "orders/mail/emailqueue.h"

namespace orders {

core::WorkflowAction sendEmailAction(const QString &dataFolder)
{
    return [dataFolder](const core::WorkflowActionContext &context) -> core::Result<> {
        if (context.argument.isEmpty()) {
            return core::Error::validation(EmailQueue::tr("send_email needs a template name, e.g. "
                                                          "send_email:pagamento_confirmado."),
                                           QStringLiteral("send_email"));
        }
        auto queued = EmailQueue(context.db).enqueueForOrder(context.session, context.entityId, context.argument,
                                                             dataFolder);
        if (!queued)
            return queued.error();
        return {};
    };
}

} // namespace orders
