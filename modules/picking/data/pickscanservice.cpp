#include "picking/data/pickscanservice.h"

#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "orders/workflow/orderworkflow.h"
#include "picking/data/pickingdb.h"
#include "picking/data/pickingrepository.h"
#include "picking/domain/pickingtr.h"
#include "stock/data/reservationservice.h"

namespace picking {

core::Result<QList<ScanTask>> PickScanService::scanTasks(const QString &pickListId) const
{
    auto rows = PickingRepository(m_db).tasks(pickListId, true);
    if (!rows)
        return rows.error();
    QList<ScanTask> tasks;
    for (const PickTaskRow &r : *rows)
        tasks.append(r.toScanTask());
    return tasks;
}

core::Result<PickResult> PickScanService::apply(const core::Session &session, const ScanSession::Outcome &outcome)
{
    if (outcome.action == ScanSession::Action::None)
        return PickResult{};
    return confirm(session, outcome.taskId, outcome.picked, outcome.shortQty);
}

core::Result<PickResult> PickScanService::confirm(const core::Session &session, const QString &taskId, int picked, int shortQty)
{
    if (auto allowed = session.require(core::Permission::PickingRun); !allowed)
        return allowed.error();
    PickingRepository repository(m_db);
    auto task = repository.task(taskId);
    if (!task)
        return task.error();
    const int open = task->quantity - task->pickedQty - task->shortQty;
    if (task->status != u"open" || open <= 0)
        return core::Error::conflict(Tr::tr("This pick (%1 at %2) was already confirmed.").arg(task->sku, task->locationCode),
                                     task->locationCode);
    auto waveStatus = m_db.scalar(QStringLiteral("SELECT w.status FROM waves w JOIN pick_tasks t ON t.wave_id = w.id WHERE t.id = ?"),
                                  {taskId});
    if (!waveStatus)
        return waveStatus.error();
    if (waveStatus->toString() == u"cancelled")
        return core::Error::conflict(Tr::tr("This pick list's wave was cancelled: put the items back and take the new list."),
                                     task->locationCode);
    if (picked < 0 || shortQty < 0 || picked + shortQty != open)
        return core::Error::validation(Tr::tr("Picked (%1) and missing (%2) units must add up to the %3 this pick asks for.")
                                           .arg(picked).arg(shortQty).arg(open),
                                       QStringLiteral("quantity"));

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    PickResult result;
    const QString at = db::now();
    const QVariant user = db::userOrNull(session);
    db::RowInserter ledger(m_db, QStringLiteral("pick_confirmations"),
                           {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("task_id"), QStringLiteral("pick_list_id"),
                            QStringLiteral("order_id"), QStringLiteral("product_id"), QStringLiteral("lot_id"),
                            QStringLiteral("location_id"), QStringLiteral("kind"), QStringLiteral("quantity"),
                            QStringLiteral("user_id")});
    auto record = [&](const QString &kind, int quantity) {
        return ledger.insert({core::Uuid7::generate(), at, taskId, task->pickListId, task->orderId, task->productId,
                              db::textOrNull(task->lotId), task->locationId, kind, quantity, user});
    };
    // The task first, and only while it is still open: a second confirmation of the same task
    // (another scanner, a retry) changes nothing and consumes no stock twice.
    auto claimed = m_db.exec(QStringLiteral("UPDATE pick_tasks SET picked_qty = ?, short_qty = ?, status = ?,"
                                            " row_version = row_version + 1, updated_at = ?, updated_by = ?"
                                            " WHERE id = ? AND status = 'open' AND picked_qty = ? AND short_qty = ?"),
                             {task->pickedQty + picked, task->shortQty + shortQty,
                              shortQty > 0 ? QStringLiteral("short") : QStringLiteral("picked"), at, user, taskId, task->pickedQty,
                              task->shortQty});
    if (!claimed)
        return claimed.error();
    if (claimed->numRowsAffected() != 1)
        return core::Error::conflict(Tr::tr("This pick (%1 at %2) was already confirmed.").arg(task->sku, task->locationCode),
                                     task->locationCode);
    auto version = m_db.scalar(QStringLiteral("SELECT row_version FROM pick_tasks WHERE id = ?"), {taskId});
    if (!version)
        return version.error();
    if (auto r = core::Outbox::record(m_db, QStringLiteral("pick_tasks"), taskId, core::Outbox::Operation::Update,
                                      {{QStringLiteral("row_version"), version->toLongLong()},
                                       {QStringLiteral("picked_qty"), task->pickedQty + picked},
                                       {QStringLiteral("short_qty"), task->shortQty + shortQty},
                                       {QStringLiteral("status"), shortQty > 0 ? QStringLiteral("short") : QStringLiteral("picked")},
                                       {QStringLiteral("updated_at"), at}},
                                      version->toLongLong() - 1);
        !r)
        return r.error();
    stock::ReservationService reservations(m_db);
    const QString document = QStringLiteral("order:%1").arg(task->orderNumber);
    if (picked > 0) {
        if (auto r = record(QStringLiteral("picked"), picked); !r)
            return r.error();
        if (!task->reservationId.isEmpty()) {
            if (auto consumed = reservations.consume(session, task->reservationId, picked, document); !consumed)
                return consumed.error();
        }
    }
    if (auto r = db::updateRow(m_db, session, QStringLiteral("pick_lists"), task->pickListId, {QStringLiteral("status")},
                               {QStringLiteral("picking")});
        !r)
        return r.error();

    if (shortQty > 0) {
        if (auto r = record(QStringLiteral("short"), shortQty); !r)
            return r.error();
        int backOrder = shortQty;
        if (!task->reservationId.isEmpty()) {
            auto moved = reservations.reallocate(session, task->reservationId, shortQty);
            if (!moved)
                return moved.error();
            backOrder = int(moved->backorderQuantity);
            auto seq = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM pick_tasks WHERE pick_list_id = ?"),
                                   {task->pickListId});
            if (!seq)
                return seq.error();
            int nextSeq = seq->toInt();
            db::RowInserter tasks(m_db, QStringLiteral("pick_tasks"),
                                  {QStringLiteral("id"), QStringLiteral("pick_list_id"), QStringLiteral("wave_id"),
                                   QStringLiteral("order_id"), QStringLiteral("order_item_id"), QStringLiteral("reservation_id"),
                                   QStringLiteral("product_id"), QStringLiteral("lot_id"), QStringLiteral("location_id"),
                                   QStringLiteral("tote_no"), QStringLiteral("seq"), QStringLiteral("quantity"),
                                   QStringLiteral("status"), QStringLiteral("origin_task_id"), QStringLiteral("updated_at"),
                                   QStringLiteral("updated_by")});
            auto waveId = m_db.scalar(QStringLiteral("SELECT wave_id FROM pick_tasks WHERE id = ?"), {taskId});
            if (!waveId)
                return waveId.error();
            for (const stock::ReservationLine &line : moved->lines) {
                const QString id = core::Uuid7::generate();
                if (auto r = tasks.insert({id, task->pickListId, waveId->toString(), task->orderId, task->orderItemId,
                                           line.reservationId, line.productId, db::textOrNull(line.lotId), line.locationId,
                                           task->tote, ++nextSeq, int(line.openQuantity()), QStringLiteral("open"), taskId, at,
                                           user});
                    !r)
                    return r.error();
                auto row = repository.task(id);
                if (!row)
                    return row.error();
                result.newTasks.append(row->toScanTask());
            }
        }
        if (backOrder > 0) {
            db::RowInserter backOrders(m_db, QStringLiteral("back_orders"),
                                       {QStringLiteral("id"), QStringLiteral("order_id"), QStringLiteral("order_item_id"),
                                        QStringLiteral("product_id"), QStringLiteral("task_id"), QStringLiteral("quantity"),
                                        QStringLiteral("status"), QStringLiteral("created_at"), QStringLiteral("created_by"),
                                        QStringLiteral("updated_at"), QStringLiteral("updated_by")});
            if (auto r = backOrders.insert({core::Uuid7::generate(), task->orderId, task->orderItemId, task->productId, taskId,
                                            backOrder, QStringLiteral("open"), at, user, at, user});
                !r)
                return r.error();
            result.backOrdered = backOrder;
        }
    }

    // The order: anything left to pick in this wave?
    auto left = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pick_tasks t JOIN pick_tasks mine ON mine.wave_id = t.wave_id"
                                           " WHERE mine.id = ? AND t.order_id = ? AND t.status = 'open'"),
                            {taskId, task->orderId});
    if (!left)
        return left.error();
    if (left->toInt() == 0) {
        auto waveOrder = m_db.exec(QStringLiteral("SELECT wo.id FROM wave_orders wo JOIN pick_tasks t ON t.wave_id = wo.wave_id"
                                                  " WHERE t.id = ? AND wo.order_id = ?"),
                                   {taskId, task->orderId});
        if (!waveOrder)
            return waveOrder.error();
        const QString waveOrderId = waveOrder->next() ? waveOrder->value(0).toString() : QString();
        auto backOrders = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM back_orders WHERE order_id = ? AND status = 'open'"),
                                      {task->orderId});
        if (!backOrders)
            return backOrders.error();
        const bool complete = backOrders->toInt() == 0;
        if (!waveOrderId.isEmpty()) {
            if (auto r = db::updateRow(m_db, session, QStringLiteral("wave_orders"), waveOrderId, {QStringLiteral("status")},
                                       {complete ? QStringLiteral("picked") : QStringLiteral("back_order")});
                !r)
                return r.error();
        }
        auto status = m_db.scalar(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {task->orderId});
        if (!status)
            return status.error();
        if (complete && status->toString() == u"em_separacao") {
            if (!m_workflow)
                return core::Error::unavailable(Tr::tr("The order workflow is not available; the pick was not saved."));
            auto moved = m_workflow->advanceInTransaction(db::workflowSession(session), task->orderId, QStringLiteral("picked"),
                                                          Tr::tr("Picked (list %1)").arg(task->toteCode.section(u'-', 0, 1)));
            if (!moved)
                return moved.error();
            result.orderPicked = true;
        }
    }
    auto listLeft = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pick_tasks WHERE pick_list_id = ? AND status = 'open'"),
                                {task->pickListId});
    if (!listLeft)
        return listLeft.error();
    if (listLeft->toInt() == 0) {
        result.listDone = true;
        if (auto r = db::updateRow(m_db, session, QStringLiteral("pick_lists"), task->pickListId,
                                   {QStringLiteral("status"), QStringLiteral("finished_at")}, {QStringLiteral("done"), at});
            !r)
            return r.error();
        auto waveLeft = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pick_tasks t JOIN pick_tasks mine ON mine.wave_id = t.wave_id"
                                                   " WHERE mine.id = ? AND t.status = 'open'"),
                                    {taskId});
        if (!waveLeft)
            return waveLeft.error();
        if (waveLeft->toInt() == 0) {
            auto waveId = m_db.scalar(QStringLiteral("SELECT wave_id FROM pick_tasks WHERE id = ?"), {taskId});
            if (!waveId)
                return waveId.error();
            if (auto r = db::updateRow(m_db, session, QStringLiteral("waves"), waveId->toString(), {QStringLiteral("status")},
                                       {QStringLiteral("done")});
                !r)
                return r.error();
        }
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    if (result.backOrdered > 0)
        result.message = Tr::tr("%1 × %2 could not be found anywhere else: back-order recorded for order %3.")
                             .arg(result.backOrdered)
                             .arg(task->sku)
                             .arg(task->orderNumber);
    else if (!result.newTasks.isEmpty())
        result.message = Tr::tr("The missing units were re-allocated: pick them at %1 at the end of the walk.")
                             .arg(result.newTasks.constFirst().locationCode);
    return result;
}

} // namespace picking
