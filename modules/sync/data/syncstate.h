#pragma once

#include "core/domain/result.h"

#include <QString>

namespace core {
class Database;
}

namespace synchronization {

/// Where replication stands on this desktop. Until a central server is configured, the desktop
/// is a complete product on its own and changes simply wait in the outbox.
struct SyncState
{
    bool centralConfigured = false;
    QString centralLocation;
    qint64 pendingChanges = 0;

    static core::Result<SyncState> read(core::Database &db);
    /// One line for the status bar, translated.
    QString summary() const;
};

} // namespace synchronization
