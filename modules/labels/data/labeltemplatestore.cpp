#include "labels/data/labeltemplatestore.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/rowsnapshot.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"

#include <QDateTime>
#include <QFile>

namespace labels {

QStringList LabelTemplateStore::builtInNames()
{
    return {QStringLiteral("shipping"), QStringLiteral("product"), QStringLiteral("location"), QStringLiteral("lot")};
}

bool LabelTemplateStore::isBuiltIn(const QString &name)
{
    return builtInNames().contains(name);
}

core::Result<LabelTemplate> LabelTemplateStore::builtIn(const QString &name)
{
    const QString path = QStringLiteral(":/labels/%1.json").arg(name);
    QFile file(path);
    if (!isBuiltIn(name) || !file.open(QIODevice::ReadOnly))
        return core::Error::notFound(tr("There is no built-in label template \"%1\".").arg(name), name);
    return LabelTemplate::fromJson(file.readAll(), QStringLiteral("resources/labels/%1.json").arg(name));
}

core::Result<QList<LabelTemplateStore::Entry>> LabelTemplateStore::list() const
{
    QList<Entry> entries;
    for (const QString &name : builtInNames()) {
        auto t = builtIn(name);
        if (!t)
            return t.error();
        entries.append({t->name, t->title, t->subject, true});
    }
    auto q = m_db.exec(QStringLiteral("SELECT name, title, subject FROM label_templates WHERE active = ? ORDER BY name"), {true});
    if (!q)
        return q.error();
    while (q->next())
        entries.append({q->value(0).toString(), q->value(1).toString(),
                        subjectFromCode(q->value(2).toString()).value_or(LabelSubject::Order), false});
    return entries;
}

core::Result<LabelTemplate> LabelTemplateStore::load(const QString &name) const
{
    if (isBuiltIn(name))
        return builtIn(name);
    auto doc = m_db.scalar(QStringLiteral("SELECT document FROM label_templates WHERE name = ? AND active = ?"), {name, true});
    if (!doc)
        return doc.error();
    if (!doc->isValid()) {
        QStringList names;
        if (auto all = list())
            for (const Entry &e : *all)
                names << e.name;
        return core::Error::notFound(tr("There is no label template \"%1\"; there are: %2.").arg(name, names.join(QStringLiteral(", "))),
                                     name);
    }
    return LabelTemplate::fromJson(doc->toString().toUtf8(), tr("template %1").arg(name));
}

core::Result<> LabelTemplateStore::save(const LabelTemplate &t, const core::Session &session)
{
    if (auto allowed = session.require(core::Permission::LabelsPrint); !allowed)
        return allowed;
    if (isBuiltIn(t.name))
        return core::Error::validation(tr("\"%1\" is a built-in template; save your version under another name.").arg(t.name),
                                       t.name);
    if (auto valid = t.validate(); !valid)
        return valid;
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant by = session.userId().isEmpty() ? QVariant() : QVariant(session.userId());
    auto existing = m_db.exec(QStringLiteral("SELECT id, row_version FROM label_templates WHERE name = ?"), {t.name});
    if (!existing)
        return existing.error();
    const QString doc = QString::fromUtf8(t.toJson());
    core::Result<QJsonObject> row = core::Error::database(QString());
    qint64 base = 0;
    QString id;
    if (existing->next()) {
        id = existing->value(0).toString();
        base = existing->value(1).toLongLong();
        row = core::execReturningRow(m_db, QStringLiteral("UPDATE label_templates SET title = ?, subject = ?, document = ?, active = ?,"
                                                          " row_version = row_version + 1, updated_at = ?, updated_by = ?"
                                                          " WHERE id = ? RETURNING *"),
                                     {t.title, subjectCode(t.subject), doc, true, now, by, id});
    } else {
        id = core::Uuid7::generate();
        row = core::execReturningRow(m_db, QStringLiteral("INSERT INTO label_templates (id, name, title, subject, document, active,"
                                                          " created_at, row_version, updated_at, updated_by)"
                                                          " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING *"),
                                     {id, t.name, t.title, subjectCode(t.subject), doc, true, now, now, by});
    }
    if (!row)
        return row.error();
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("label_templates"), id,
                                           base ? core::Outbox::Operation::Update : core::Outbox::Operation::Insert, *row, base);
        !queued)
        return queued;
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("labels.template_saved"), QStringLiteral("label_templates"),
                                              id, {{QStringLiteral("name"), t.name}});
        !audited)
        return audited;
    return tx.commit();
}

core::Result<> LabelTemplateStore::remove(const QString &name, const core::Session &session)
{
    if (auto allowed = session.require(core::Permission::LabelsPrint); !allowed)
        return allowed;
    if (isBuiltIn(name))
        return core::Error::validation(tr("Built-in templates cannot be removed."), name);
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto existing = m_db.exec(QStringLiteral("SELECT id, row_version FROM label_templates WHERE name = ? AND active = ?"), {name, true});
    if (!existing)
        return existing.error();
    if (!existing->next())
        return core::Error::notFound(tr("There is no label template \"%1\".").arg(name), name);
    const QString id = existing->value(0).toString();
    const qint64 base = existing->value(1).toLongLong();
    auto row = core::execReturningRow(m_db, QStringLiteral("UPDATE label_templates SET active = ?, row_version = row_version + 1,"
                                                           " updated_at = ?, updated_by = ? WHERE id = ? RETURNING *"),
                                      {false, core::toDbTimestamp(QDateTime::currentDateTimeUtc()),
                                       session.userId().isEmpty() ? QVariant() : QVariant(session.userId()), id});
    if (!row)
        return row.error();
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("label_templates"), id, core::Outbox::Operation::Update, *row, base); !queued)
        return queued;
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("labels.template_removed"), QStringLiteral("label_templates"),
                                              id, {{QStringLiteral("name"), name}});
        !audited)
        return audited;
    return tx.commit();
}

} // namespace labels
