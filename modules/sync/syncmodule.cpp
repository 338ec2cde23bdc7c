#include "sync/syncmodule.h"

#include "core/domain/appcontext.h"
#include "sync/data/syncstate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace synchronization {

namespace {
int status(core::CliInvocation &call)
{
    auto state = SyncState::read(call.context.database());
    if (!state) {
        call.err << state.error().text() << Qt::endl;
        return 1;
    }
    if (call.json) {
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("central_configured"), state->centralConfigured},
                                              {QStringLiteral("central"), state->centralLocation},
                                              {QStringLiteral("pending_changes"), state->pendingChanges}})
                        .toJson(QJsonDocument::Compact)
                 << Qt::endl;
    } else {
        call.out << state->summary() << Qt::endl;
    }
    return 0;
}
} // namespace

QList<core::CliCommand> SyncModule::cliCommands() const
{
    return {{{QStringLiteral("sync"), QStringLiteral("status")},
             [] { return tr("Show the replication state and the changes waiting to be sent"); },
             status}};
}

} // namespace synchronization
