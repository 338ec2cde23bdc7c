#include "orders/data/savedviewrepository.h"

#include "core/data/database.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"

#include <QJsonDocument>

namespace orders {

namespace {
const QString kModule = QStringLiteral("orders");
constexpr int kMaxNameLength = 80;

SavedView readView(const QSqlQuery &q)
{
    SavedView view = SavedView::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    view.name = q.value(0).toString(); // the column is the truth, whatever the JSON says
    return view;
}
} // namespace

SavedViewRepository::SavedViewRepository(core::Database &db, core::Session session)
    : m_db(db), m_session(std::move(session))
{
}

core::Result<> SavedViewRepository::requireUser() const
{
    if (m_session.userId().isEmpty())
        return core::Error::validation(core::Tr::tr("Saved views belong to a user: log in to use them."));
    return {};
}

core::Result<QList<SavedView>> SavedViewRepository::list() const
{
    if (auto user = requireUser(); !user)
        return user.error();
    auto q = m_db.exec(QStringLiteral("SELECT name, definition FROM saved_views WHERE user_id = ? AND module = ?"
                                      " ORDER BY lower(name), name"),
                       {m_session.userId(), kModule});
    if (!q)
        return q.error();
    QList<SavedView> views;
    while (q->next())
        views.append(readView(*q));
    return views;
}

core::Result<std::optional<SavedView>> SavedViewRepository::find(const QString &name) const
{
    if (auto user = requireUser(); !user)
        return user.error();
    auto q = m_db.exec(QStringLiteral("SELECT name, definition FROM saved_views WHERE user_id = ? AND module = ? AND name = ?"),
                       {m_session.userId(), kModule, core::bindable(name)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SavedView>();
    return std::optional<SavedView>(readView(*q));
}

core::Result<> SavedViewRepository::save(const SavedView &view)
{
    if (auto user = requireUser(); !user)
        return user.error();
    const QString name = view.name.trimmed();
    if (name.isEmpty())
        return core::Error::validation(core::Tr::tr("Give the view a name."), QStringLiteral("name"));
    if (name.size() > kMaxNameLength)
        return core::Error::validation(core::Tr::tr("A view name has at most %1 characters.").arg(kMaxNameLength),
                                       QStringLiteral("name"));
    SavedView stored = view;
    stored.name = name;
    const QString definition = QString::fromUtf8(QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact));
    // Insert or replace by (user, module, name): saving under an existing name is how a user
    // updates a view. The id of a replaced view stays.
    auto q = m_db.exec(QStringLiteral("INSERT INTO saved_views (id, user_id, module, name, definition, updated_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT (user_id, module, name) DO UPDATE SET"
                                      " definition = excluded.definition, updated_at = excluded.updated_at"),
                       {core::Uuid7::generate(), m_session.userId(), kModule, name, definition,
                        core::toDbTimestamp(QDateTime::currentDateTimeUtc())});
    if (!q)
        return q.error();
    return {};
}

core::Result<> SavedViewRepository::remove(const QString &name)
{
    if (auto user = requireUser(); !user)
        return user.error();
    auto q = m_db.exec(QStringLiteral("DELETE FROM saved_views WHERE user_id = ? AND module = ? AND name = ?"),
                       {m_session.userId(), kModule, core::bindable(name)});
    if (!q)
        return q.error();
    return {};
}

} // namespace orders
