#include "labels/data/labelprintlog.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace labels {

core::Result<QStringList> LabelPrintLog::alreadyPrinted(const QString &templateName, const QList<LabelItem> &items) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM label_prints WHERE subject = ? AND subject_key = ? AND template_name = ? LIMIT 1"));
    if (!q)
        return q.error();
    QStringList printed;
    QSet<QString> seen;
    for (const LabelItem &item : items) {
        const QString key = subjectCode(item.subject) + u':' + item.key;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        q->bindValue(0, subjectCode(item.subject));
        q->bindValue(1, item.key);
        q->bindValue(2, templateName);
        if (!q->exec())
            return core::Database::errorFrom(*q, tr("Could not read the print history."));
        if (q->next())
            printed << item.key;
        q->finish();
    }
    return printed;
}

core::Result<QString> LabelPrintLog::record(const core::Session &session, const PrintJob &job, const QList<LabelItem> &items)
{
    if (auto allowed = session.require(core::Permission::LabelsPrint); !allowed)
        return allowed.error();
    auto before = alreadyPrinted(job.templateName, items);
    if (!before)
        return before.error();
    const QString reason = job.reprintReason.trimmed();
    if (!before->isEmpty() && reason.isEmpty()) {
        QStringList shown = before->mid(0, 5);
        if (before->size() > 5)
            shown << tr("and %n more", nullptr, int(before->size() - 5));
        return core::Error::validation(tr("These labels were printed before: %1. Give a reason to reprint them.")
                                           .arg(shown.join(QStringLiteral(", "))),
                                       job.templateName);
    }
    const QSet<QString> reprinted(before->begin(), before->end());

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant userId = session.userId().isEmpty() ? QVariant() : QVariant(session.userId());
    const QString jobId = core::Uuid7::generate();
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO label_print_jobs (id, at, user_id, user_login, template_name, output, target, dpi,"
                                             " label_count, source, reprint_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {jobId, now, userId, session.login(), job.templateName, job.output, job.target, job.dpi,
                               int(items.size()), job.source, reason});
    if (!inserted)
        return inserted.error();
    core::Outbox::Batch outbox(m_db);
    if (auto queued = outbox.record(QStringLiteral("label_print_jobs"), jobId, core::Outbox::Operation::Insert,
                                    QJsonObject{{QStringLiteral("id"), jobId}, {QStringLiteral("at"), now},
                                                {QStringLiteral("user_id"), QJsonValue::fromVariant(userId)},
                                                {QStringLiteral("user_login"), session.login()},
                                                {QStringLiteral("template_name"), job.templateName},
                                                {QStringLiteral("output"), job.output}, {QStringLiteral("target"), job.target},
                                                {QStringLiteral("dpi"), job.dpi}, {QStringLiteral("label_count"), int(items.size())},
                                                {QStringLiteral("source"), job.source}, {QStringLiteral("reprint_reason"), reason}},
                                    0);
        !queued)
        return queued.error();

    auto label = m_db.prepare(QStringLiteral("INSERT INTO label_prints (id, job_id, at, subject, subject_key, order_id, template_name,"
                                             " package_number, package_count, reprint, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto event = m_db.prepare(QStringLiteral("INSERT INTO order_events (id, order_id, at, user_id, kind, reason, payload)"
                                             " VALUES (?, ?, ?, ?, 'label', ?, ?)"));
    if (!label)
        return label.error();
    if (!event)
        return event.error();
    QSet<QString> ordersWithEvent;
    for (const LabelItem &item : items) {
        const bool reprint = reprinted.contains(item.key);
        const QString id = core::Uuid7::generate();
        const QVariantList values{id, jobId, now, subjectCode(item.subject), item.key,
                                  item.orderId.isEmpty() ? QVariant() : QVariant(item.orderId), job.templateName, item.packageNumber,
                                  item.packageCount, reprint, reprint ? reason : QString()};
        for (int i = 0; i < values.size(); ++i)
            label->bindValue(i, core::bindable(values.at(i)));
        if (!label->exec())
            return core::Database::errorFrom(*label, tr("Could not record the label printed."));
        if (auto queued = outbox.record(QStringLiteral("label_prints"), id, core::Outbox::Operation::Insert,
                                        QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("job_id"), jobId}, {QStringLiteral("at"), now},
                                                    {QStringLiteral("subject"), subjectCode(item.subject)},
                                                    {QStringLiteral("subject_key"), item.key},
                                                    {QStringLiteral("order_id"), item.orderId.isEmpty() ? QJsonValue() : QJsonValue(item.orderId)},
                                                    {QStringLiteral("template_name"), job.templateName},
                                                    {QStringLiteral("package_number"), item.packageNumber},
                                                    {QStringLiteral("package_count"), item.packageCount},
                                                    {QStringLiteral("reprint"), reprint}, {QStringLiteral("reason"), reprint ? reason : QString()}},
                                        0);
            !queued)
            return queued.error();

        // One timeline entry per order and job, whatever its number of packages.
        if (item.orderId.isEmpty() || ordersWithEvent.contains(item.orderId))
            continue;
        ordersWithEvent.insert(item.orderId);
        const QString eventId = core::Uuid7::generate();
        const QString text = reprint ? tr("Label reprinted (%1, %n package(s)): %2", nullptr, item.packageCount).arg(job.templateName, reason)
                                     : tr("Label printed (%1, %n package(s)).", nullptr, item.packageCount).arg(job.templateName);
        const QJsonObject payload{{QStringLiteral("job_id"), jobId}, {QStringLiteral("template"), job.templateName},
                                  {QStringLiteral("packages"), item.packageCount}, {QStringLiteral("reprint"), reprint},
                                  {QStringLiteral("output"), job.output}};
        const QString payloadText = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
        const QVariantList ev{eventId, item.orderId, now, userId, text, payloadText};
        for (int i = 0; i < ev.size(); ++i)
            event->bindValue(i, core::bindable(ev.at(i)));
        if (!event->exec())
            return core::Database::errorFrom(*event, tr("Could not write the order's timeline."));
        if (auto queued = outbox.record(QStringLiteral("order_events"), eventId, core::Outbox::Operation::Insert,
                                        QJsonObject{{QStringLiteral("id"), eventId}, {QStringLiteral("order_id"), item.orderId},
                                                    {QStringLiteral("at"), now}, {QStringLiteral("user_id"), QJsonValue::fromVariant(userId)},
                                                    {QStringLiteral("kind"), QStringLiteral("label")},
                                                    {QStringLiteral("from_status"), QJsonValue()}, {QStringLiteral("to_status"), QJsonValue()},
                                                    {QStringLiteral("reason"), text}, {QStringLiteral("payload"), payloadText}},
                                        0);
            !queued)
            return queued.error();
    }
    if (auto audited = core::AuditLog::append(m_db, session, reason.isEmpty() ? QStringLiteral("labels.printed") : QStringLiteral("labels.reprinted"),
                                              QStringLiteral("label_print_jobs"), jobId,
                                              {{QStringLiteral("template"), job.templateName}, {QStringLiteral("labels"), int(items.size())},
                                               {QStringLiteral("output"), job.output}, {QStringLiteral("reason"), reason}});
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return jobId;
}

} // namespace labels
