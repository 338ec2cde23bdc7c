#pragma once

#include "core/domain/result.h"
#include "core/domain/session.h"
#include "orders/domain/savedview.h"

#include <QList>

#include <optional>

namespace core {
class Database;
}

namespace orders {

/// The saved views of one user (table saved_views, module "orders"). Every call reads and writes
/// the session's own views only: another user's views are invisible.
class SavedViewRepository
{
public:
    SavedViewRepository(core::Database &db, core::Session session);

    /// The user's views by name (case-insensitive), internal ones ("__last__") included.
    core::Result<QList<SavedView>> list() const;
    core::Result<std::optional<SavedView>> find(const QString &name) const;
    /// Inserts the view, or replaces the one with the same name.
    core::Result<> save(const SavedView &view);
    /// Removes the view; removing a view that does not exist is not an error.
    core::Result<> remove(const QString &name);

private:
    core::Result<> requireUser() const;

    core::Database &m_db;
    core::Session m_session;
};

} // namespace orders
