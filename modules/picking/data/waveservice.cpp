#include "picking/data/waveservice.h"

#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "orders/workflow/orderworkflow.h"
#include "picking/data/pickingdb.h"
#include "picking/data/pickingrepository.h"
#include "picking/domain/pickingtr.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>

namespace picking {

namespace {

QString filterJson(const WaveFilter &f, const BatchLimits &limits)
{
    QJsonObject o;
    if (!f.carriers.isEmpty())
        o.insert(QStringLiteral("carriers"), QJsonArray::fromStringList(f.carriers));
    if (!f.channels.isEmpty())
        o.insert(QStringLiteral("channels"), QJsonArray::fromStringList(f.channels));
    if (f.minPriority)
        o.insert(QStringLiteral("min_priority"), *f.minPriority);
    if (f.cutOff.isValid())
        o.insert(QStringLiteral("cut_off"), core::toDbTimestamp(f.cutOff));
    if (f.maxOrders > 0)
        o.insert(QStringLiteral("max_orders"), f.maxOrders);
    o.insert(QStringLiteral("max_totes"), limits.maxTotes);
    o.insert(QStringLiteral("max_lines"), limits.maxLines);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

core::Result<RouteGeometry> WaveService::geometry() const
{
    if (m_geometry)
        return *m_geometry;
    auto layout = PickingRepository(m_db).layout();
    if (!layout)
        return layout.error();
    m_geometry = RouteGeometry::fromLocations(*layout);
    return *m_geometry;
}

core::Result<WavePlan> WaveService::preview(const core::Session &session, const WaveFilter &filter, const BatchLimits &limits,
                                            const QDateTime &now) const
{
    if (auto allowed = session.require(core::Permission::PickingRun); !allowed)
        return allowed.error();
    auto g = geometry();
    if (!g)
        return g.error();
    auto candidates = PickingRepository(m_db).candidates(now);
    if (!candidates)
        return candidates.error();
    return WaveBuilder::build(std::move(*candidates), filter, limits, *g);
}

core::Result<CreatedWave> WaveService::create(const core::Session &session, const WaveFilter &filter, const BatchLimits &limits,
                                              const QDateTime &now)
{
    QElapsedTimer timer;
    timer.start();
    auto plan = preview(session, filter, limits, now);
    if (!plan)
        return plan.error();
    if (plan->orders.isEmpty()) {
        return core::Error::validation(
            plan->skipped.isEmpty()
                ? Tr::tr("No paid order with reserved stock matches this filter; nothing to pick.")
                : Tr::tr("No order can be picked: %n order(s) match but their stock is not fully reserved (order %1: %2).",
                         nullptr, int(plan->skipped.size()))
                      .arg(plan->skipped.constFirst().number)
                      .arg(plan->skipped.constFirst().reason),
            QStringLiteral("wave"));
    }
    if (!m_workflow)
        return core::Error::unavailable(Tr::tr("The order workflow is not available; the wave was not created."));
    CreatedWave created;
    created.buildMs = timer.restart();
    created.plan = std::move(*plan);
    const WavePlan &p = created.plan;

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto last = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) FROM waves"));
    if (!last)
        return last.error();
    created.number = last->toInt() + 1;
    created.id = core::Uuid7::generate();
    const QString at = db::now();
    const QVariant user = db::userOrNull(session);

    db::RowInserter waves(m_db, QStringLiteral("waves"),
                          {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("filter"),
                           QStringLiteral("order_count"), QStringLiteral("line_count"), QStringLiteral("unit_count"),
                           QStringLiteral("route_length_m"), QStringLiteral("naive_route_length_m"), QStringLiteral("created_at"),
                           QStringLiteral("created_by"), QStringLiteral("updated_at"), QStringLiteral("updated_by")});
    if (auto r = waves.insert({created.id, created.number, QStringLiteral("open"), filterJson(filter, limits), int(p.orders.size()),
                               p.lineCount, p.unitCount, p.routeLengthM, p.naiveRouteLengthM, at, user, at, user});
        !r)
        return r.error();

    db::RowInserter waveOrders(m_db, QStringLiteral("wave_orders"),
                               {QStringLiteral("id"), QStringLiteral("wave_id"), QStringLiteral("order_id"), QStringLiteral("status"),
                                QStringLiteral("updated_at"), QStringLiteral("updated_by")});
    for (const WaveOrder &o : p.orders) {
        if (auto r = waveOrders.insert({core::Uuid7::generate(), created.id, o.id, QStringLiteral("picking"), at, user}); !r)
            return r.error();
    }

    db::RowInserter lists(m_db, QStringLiteral("pick_lists"),
                          {QStringLiteral("id"), QStringLiteral("wave_id"), QStringLiteral("number"), QStringLiteral("status"),
                           QStringLiteral("tote_count"), QStringLiteral("line_count"), QStringLiteral("unit_count"),
                           QStringLiteral("route_length_m"), QStringLiteral("naive_route_length_m"), QStringLiteral("updated_at"),
                           QStringLiteral("updated_by")});
    db::RowInserter totes(m_db, QStringLiteral("totes"),
                          {QStringLiteral("id"), QStringLiteral("pick_list_id"), QStringLiteral("order_id"), QStringLiteral("tote_no"),
                           QStringLiteral("code"), QStringLiteral("updated_at"), QStringLiteral("updated_by")});
    db::RowInserter tasks(m_db, QStringLiteral("pick_tasks"),
                          {QStringLiteral("id"), QStringLiteral("pick_list_id"), QStringLiteral("wave_id"), QStringLiteral("order_id"),
                           QStringLiteral("order_item_id"), QStringLiteral("reservation_id"), QStringLiteral("product_id"),
                           QStringLiteral("lot_id"), QStringLiteral("location_id"), QStringLiteral("tote_no"), QStringLiteral("seq"),
                           QStringLiteral("quantity"), QStringLiteral("status"), QStringLiteral("updated_at"),
                           QStringLiteral("updated_by")});
    int listNo = 0;
    for (const PlannedList &list : p.lists) {
        ++listNo;
        const QString listId = core::Uuid7::generate();
        created.listIds << listId;
        if (auto r = lists.insert({listId, created.id, listNo, QStringLiteral("open"), int(list.orderIds.size()),
                                   int(list.tasks.size()), list.units, list.routeLengthM, list.naiveRouteLengthM, at, user});
            !r)
            return r.error();
        for (qsizetype t = 0; t < list.orderIds.size(); ++t) {
            const QString code = QStringLiteral("W%1-%2-%3")
                                     .arg(created.number)
                                     .arg(listNo, 2, 10, QLatin1Char('0'))
                                     .arg(int(t + 1), 2, 10, QLatin1Char('0'));
            if (auto r = totes.insert({core::Uuid7::generate(), listId, list.orderIds.at(t), int(t + 1), code, at, user}); !r)
                return r.error();
        }
        for (const PlannedTask &task : list.tasks) {
            const PickLine &l = task.line;
            if (auto r = tasks.insert({core::Uuid7::generate(), listId, created.id, l.orderId, l.orderItemId,
                                       db::textOrNull(l.reservationId), l.productId, db::textOrNull(l.lotId), l.location.id,
                                       task.tote, task.seq, l.quantity, QStringLiteral("open"), at, user});
                !r)
                return r.error();
        }
    }

    const core::Session mover = db::workflowSession(session);
    for (const WaveOrder &o : p.orders) {
        if (o.status != u"pago")
            continue;
        auto moved = m_workflow->advanceInTransaction(mover, o.id, QStringLiteral("start_picking"),
                                                      Tr::tr("Wave %1").arg(created.number));
        if (!moved)
            return moved.error();
        ++created.ordersStarted;
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    created.saveMs = timer.elapsed();
    return created;
}

core::Result<QList<CreatedWave>> WaveService::createPerCarrier(const core::Session &session, const WaveFilter &filter,
                                                               const BatchLimits &limits, const QDateTime &now)
{
    auto waiting = PickingRepository(m_db).waiting();
    if (!waiting)
        return waiting.error();
    QList<CreatedWave> waves;
    core::Error last = core::Error::validation(Tr::tr("No paid order with reserved stock is waiting; nothing to pick."),
                                               QStringLiteral("wave"));
    for (const QString &carrier : std::as_const(waiting->carriers)) {
        if (!filter.carriers.isEmpty() && !filter.carriers.contains(carrier, Qt::CaseInsensitive))
            continue;
        WaveFilter one = filter;
        one.carriers = {carrier};
        auto created = create(session, one, limits, now);
        if (!created) {
            if (created.error().kind != core::Error::Kind::Validation)
                return created.error();
            last = created.error();
            continue;
        }
        waves.append(*created);
    }
    if (waves.isEmpty())
        return last;
    return waves;
}

core::Result<> WaveService::cancel(const core::Session &session, const QString &waveId)
{
    if (auto allowed = session.require(core::Permission::PickingRun); !allowed)
        return allowed.error();
    auto done = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pick_tasks WHERE wave_id = ? AND status <> 'open'"), {waveId});
    if (!done)
        return done.error();
    if (done->toInt() > 0)
        return core::Error::conflict(Tr::tr("Picking of this wave has started (%n task(s) confirmed); it can no longer be cancelled.",
                                            nullptr, done->toInt()),
                                     QStringLiteral("wave"));
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    if (auto r = db::updateRow(m_db, session, QStringLiteral("waves"), waveId, {QStringLiteral("status")}, {QStringLiteral("cancelled")}); !r)
        return r;
    auto ids = m_db.exec(QStringLiteral("SELECT id FROM wave_orders WHERE wave_id = ?"), {waveId});
    if (!ids)
        return ids.error();
    QStringList rows;
    while (ids->next())
        rows << ids->value(0).toString();
    for (const QString &id : rows) {
        if (auto r = db::updateRow(m_db, session, QStringLiteral("wave_orders"), id, {QStringLiteral("status")},
                                   {QStringLiteral("cancelled")});
            !r)
            return r;
    }
    return tx.commit();
}

} // namespace picking
