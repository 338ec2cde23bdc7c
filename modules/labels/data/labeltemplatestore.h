#pragma once

#include "core/domain/result.h"
#include "labels/domain/labeltemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace core {
class Database;
class Session;
}

namespace labels {

/// Where label templates come from: the built-ins (resources/labels/NAME.json, shipped with the
/// program) and the company's own templates in the database (replicated, so every desktop
/// prints the same layouts). A user template never takes a built-in's name.
class LabelTemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(LabelTemplateStore)

public:
    struct Entry
    {
        QString name;
        QString title;
        LabelSubject subject = LabelSubject::Order;
        bool builtIn = false;
    };

    explicit LabelTemplateStore(core::Database &db) : m_db(db) {}

    static QStringList builtInNames(); ///< shipping, product, location, lot
    static bool isBuiltIn(const QString &name);
    static core::Result<LabelTemplate> builtIn(const QString &name);

    /// Built-ins first, then the user templates by name.
    core::Result<QList<Entry>> list() const;
    /// A built-in or user template by name; NotFound names the templates there are.
    core::Result<LabelTemplate> load(const QString &name) const;
    /// Validates (unknown placeholders and the rest: see LabelTemplate::problems) and inserts
    /// or updates the user template, with its outbox row and an audit entry.
    core::Result<> save(const LabelTemplate &t, const core::Session &session);
    /// Removes a user template (deactivates it: replication keeps the row).
    core::Result<> remove(const QString &name, const core::Session &session);

private:
    core::Database &m_db;
};

} // namespace labels
