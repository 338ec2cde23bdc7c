#include "sync/data/syncstate.h"

#include "core/data/appsettings.h"
#include "core/data/outbox.h"

#include <QCoreApplication>

namespace synchronization {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Sync)
};
} // namespace

core::Result<SyncState> SyncState::read(core::Database &db)
{
    SyncState state;
    core::AppSettings settings;
    state.centralLocation = settings.raw().value(QStringLiteral("sync/central")).toString();
    state.centralConfigured = !state.centralLocation.isEmpty();
    auto pending = core::Outbox::pendingCount(db);
    if (!pending)
        return pending.error();
    state.pendingChanges = *pending;
    return state;
}

QString SyncState::summary() const
{
    if (!centralConfigured)
        return Tr::tr("Sync: local only (%n change(s) waiting)", nullptr, int(pendingChanges));
    return Tr::tr("Sync: %1 (%n change(s) waiting)", nullptr, int(pendingChanges)).arg(centralLocation);
}

} // namespace synchronization
