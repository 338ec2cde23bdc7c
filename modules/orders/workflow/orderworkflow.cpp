#include "orders/workflow/orderworkflow.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"
#include "core/workflow/workflowactions.h"
#include "orders/domain/orderstatus.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace orders {

namespace {

constexpr int kMaxAutomaticSteps = 8; // raised events chaining further; a loop in a chart stops here

QVariant userIdOrNull(const core::Session &session)
{
    return session.userId().isEmpty() ? QVariant() : QVariant(session.userId());
}

core::Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::io(core::Tr::tr("Cannot read the workflow chart: %1").arg(file.errorString()), path);
    return file.readAll();
}

} // namespace

OrderWorkflow::OrderWorkflow(core::Database &db, const core::WorkflowActions &actions, WorkflowChartSources sources)
    : m_db(db), m_actions(actions), m_sources(std::move(sources))
{
}

OrderWorkflow::~OrderWorkflow() = default;

core::Result<const core::WorkflowChart *> OrderWorkflow::chart()
{
    if (m_chart)
        return m_chart.get();
    QByteArray content;
    QString source;
    auto stored = m_db.scalar(QStringLiteral("SELECT content FROM workflow_charts WHERE name = 'order' AND active = ?"),
                              {true});
    if (!stored)
        return stored.error();
    if (stored->isValid() && !stored->isNull()) {
        content = stored->toString().toUtf8();
        source = core::Tr::tr("company chart in the database");
    } else {
        const QString folderChart = m_sources.dataFolder.isEmpty()
                                        ? QString()
                                        : QDir(m_sources.dataFolder).filePath(QStringLiteral("workflows/order.scxml"));
        source = !folderChart.isEmpty() && QFile::exists(folderChart) ? folderChart
                                                                       : QStringLiteral(":/workflows/order.scxml");
        auto read = readFile(source);
        if (!read)
            return read.error();
        content = *read;
    }
    auto parsed = core::WorkflowChart::parse(content, source, &m_actions);
    if (!parsed)
        return parsed.error();
    m_chart = std::make_unique<core::WorkflowChart>(std::move(*parsed));
    return m_chart.get();
}

void OrderWorkflow::reload()
{
    m_chart.reset();
}

core::Result<QList<core::WorkflowTransition>> OrderWorkflow::allowedFrom(const QString &status)
{
    auto loaded = chart();
    if (!loaded)
        return loaded.error();
    const core::WorkflowState *state = (*loaded)->state(status);
    return state ? state->transitions : QList<core::WorkflowTransition>{};
}

core::Result<QString> OrderWorkflow::advance(const core::Session &session, const QString &orderId,
                                             const QString &eventOrTarget, const QString &reason)
{
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto state = advanceInTransaction(session, orderId, eventOrTarget, reason);
    if (!state)
        return state;
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return state;
}

core::Result<QString> OrderWorkflow::advanceInTransaction(const core::Session &session, const QString &orderId,
                                                          const QString &eventOrTarget, const QString &reason)
{
    if (auto allowed = session.require(core::Permission::OrdersManage); !allowed)
        return allowed.error();
    auto loaded = chart();
    if (!loaded)
        return loaded.error();
    const core::WorkflowChart &chart = **loaded;

    QString event = eventOrTarget;
    QString why = reason;
    QString state;
    for (int step = 0; step < kMaxAutomaticSteps; ++step) {
        auto order = m_db.exec(QStringLiteral("SELECT status, row_version, number FROM orders WHERE id = ?"), {orderId});
        if (!order)
            return order.error();
        if (!order->next())
            return core::Error::notFound(core::Tr::tr("The order does not exist."), orderId);
        const QString from = order->value(0).toString();
        const qint64 version = order->value(1).toLongLong();
        const qint64 number = order->value(2).toLongLong();

        const core::WorkflowTransition *transition = chart.transition(from, event);
        if (!transition) {
            QStringList offered;
            if (const core::WorkflowState *current = chart.state(from)) {
                for (const auto &t : current->transitions)
                    offered << OrderStatus::displayName(t.target);
            }
            return core::Error::conflict(
                core::Tr::tr("Order %1 is \"%2\"; the workflow does not allow \"%3\" from there. Allowed: %4.")
                    .arg(number)
                    .arg(OrderStatus::displayName(from), OrderStatus::displayName(event),
                         offered.isEmpty() ? core::Tr::tr("nothing (final state)") : offered.join(QStringLiteral(", "))),
                core::Tr::tr("order %1").arg(number));
        }

        const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
        auto updated = m_db.exec(QStringLiteral("UPDATE orders SET status = ?, row_version = row_version + 1, updated_at = ?,"
                                                " updated_by = ? WHERE id = ? AND row_version = ?"),
                                 {transition->target, now, userIdOrNull(session), orderId, version});
        if (!updated)
            return updated.error();
        if (updated->numRowsAffected() != 1) {
            return core::Error::conflict(core::Tr::tr("Order %1 was changed by someone else meanwhile; reload it and try again.")
                                             .arg(number));
        }
        const QJsonObject payload{{QStringLiteral("event"), transition->event}};
        const QString eventId = core::Uuid7::generate();
        auto recorded = m_db.exec(QStringLiteral("INSERT INTO order_events (id, order_id, at, user_id, kind, from_status,"
                                                 " to_status, reason, payload) VALUES (?, ?, ?, ?, 'status_changed', ?, ?, ?, ?)"),
                                  {eventId, orderId, now, userIdOrNull(session), from, transition->target, why,
                                   QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))});
        if (!recorded)
            return recorded.error();
        if (auto queued = core::Outbox::record(m_db, QStringLiteral("order_events"), eventId, core::Outbox::Operation::Insert,
                                               {{QStringLiteral("order_id"), orderId}, {QStringLiteral("at"), now},
                                                {QStringLiteral("user_id"), session.userId()},
                                                {QStringLiteral("kind"), QStringLiteral("status_changed")},
                                                {QStringLiteral("from_status"), from},
                                                {QStringLiteral("to_status"), transition->target},
                                                {QStringLiteral("reason"), why}, {QStringLiteral("payload"), payload}},
                                               0);
            !queued)
            return queued.error();
        if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("orders.transition"), QStringLiteral("orders"),
                                                  orderId,
                                                  {{QStringLiteral("from"), from}, {QStringLiteral("to"), transition->target},
                                                   {QStringLiteral("event"), transition->event},
                                                   {QStringLiteral("reason"), why}});
            !audited)
            return audited.error();
        if (auto queued = core::Outbox::record(m_db, QStringLiteral("orders"), orderId, core::Outbox::Operation::Update,
                                               {{QStringLiteral("status"), transition->target},
                                                {QStringLiteral("row_version"), version + 1},
                                                {QStringLiteral("updated_at"), now}},
                                               version);
            !queued)
            return queued.error();

        state = transition->target;
        QList<QPair<QString, QString>> raised;
        for (const QString &action : chart.state(state)->entryActions) {
            core::WorkflowActionContext context{m_db, session, orderId, from, state, {}, &raised};
            if (auto ran = m_actions.run(action, context); !ran) {
                core::Error error = ran.error();
                error.message = core::Tr::tr("Order %1: the action \"%2\" on entering \"%3\" failed: %4")
                                    .arg(number)
                                    .arg(action, OrderStatus::displayName(state), error.message);
                return error;
            }
        }
        if (raised.isEmpty())
            return state;
        event = raised.constFirst().first;
        why = raised.constFirst().second;
    }
    return core::Error::conflict(core::Tr::tr("The workflow kept moving the order automatically; check the chart for a loop."),
                                 orderId);
}

core::Result<> OrderWorkflow::started(const core::Session &session, const QString &orderId)
{
    auto loaded = chart();
    if (!loaded)
        return loaded.error();
    const core::WorkflowChart &chart = **loaded;
    QList<QPair<QString, QString>> raised;
    for (const QString &action : chart.state(chart.initialState())->entryActions) {
        core::WorkflowActionContext context{m_db, session, orderId, {}, chart.initialState(), {}, &raised};
        if (auto ran = m_actions.run(action, context); !ran)
            return ran.error();
    }
    for (const auto &[event, reason] : std::as_const(raised)) {
        if (auto moved = advanceInTransaction(session, orderId, event, reason); !moved)
            return moved.error();
    }
    return {};
}

core::Result<> OrderWorkflow::installCompanyChart(const core::Session &session, const QByteArray &scxml)
{
    if (auto allowed = session.require(core::Permission::CompanySettingsManage); !allowed)
        return allowed.error();
    auto parsed = core::WorkflowChart::parse(scxml, core::Tr::tr("company chart"), &m_actions);
    if (!parsed)
        return parsed.error();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    if (auto retired = m_db.exec(QStringLiteral("UPDATE workflow_charts SET active = ?, row_version = row_version + 1,"
                                                " updated_at = ? WHERE name = 'order' AND active = ?"),
                                 {false, now, true});
        !retired)
        return retired.error();
    const QString id = core::Uuid7::generate();
    if (auto stored = m_db.exec(QStringLiteral("INSERT INTO workflow_charts (id, name, content, active, updated_at, updated_by)"
                                               " VALUES (?, 'order', ?, ?, ?, ?)"),
                                {id, QString::fromUtf8(scxml), true, now, userIdOrNull(session)});
        !stored)
        return stored.error();
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("workflow.install"), QStringLiteral("workflow_charts"),
                                              id, {{QStringLiteral("states"), parsed->stateIds().join(QLatin1Char(','))}});
        !audited)
        return audited.error();
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("workflow_charts"), id, core::Outbox::Operation::Insert,
                                           {{QStringLiteral("name"), QStringLiteral("order")},
                                            {QStringLiteral("content"), QString::fromUtf8(scxml)}},
                                           0);
        !queued)
        return queued.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    reload();
    return {};
}

core::Result<> OrderWorkflow::removeCompanyChart(const core::Session &session)
{
    if (auto allowed = session.require(core::Permission::CompanySettingsManage); !allowed)
        return allowed.error();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM workflow_charts WHERE name = 'order' AND active = ?"), {true});
    if (!id)
        return id.error();
    if (!id->isValid() || id->isNull())
        return core::Error::notFound(core::Tr::tr("There is no company chart installed; the built-in workflow is in force."));
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    if (auto retired = m_db.exec(QStringLiteral("UPDATE workflow_charts SET active = ?, row_version = row_version + 1,"
                                                " updated_at = ? WHERE id = ?"),
                                 {false, now, *id});
        !retired)
        return retired.error();
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("workflow.reset"), QStringLiteral("workflow_charts"),
                                              id->toString());
        !audited)
        return audited.error();
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("workflow_charts"), id->toString(),
                                           core::Outbox::Operation::Update, {{QStringLiteral("active"), false}}, 1);
        !queued)
        return queued.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    reload();
    return {};
}

} // namespace orders
