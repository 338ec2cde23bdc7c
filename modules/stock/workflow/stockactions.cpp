#include "stock/workflow/stockactions.h"

#include "core/data/database.h"
#include "stock/data/reservationservice.h"
#include "stock/data/stockdb.h"
#include "stock/domain/stocktr.h"

namespace stock {

core::WorkflowAction reserveStockAction()
{
    return [](const core::WorkflowActionContext &context) -> core::Result<> {
        // A company that does not keep stock here yet (no warehouse) is not told on every paid
        // order that nothing could be reserved.
        auto warehouses = context.db.scalar(QStringLiteral("SELECT COUNT(*) FROM warehouses"));
        if (!warehouses)
            return warehouses.error();
        if (warehouses->toLongLong() == 0)
            return {};
        auto reserved = ReservationService(context.db).reserveOrder(context.session, context.entityId);
        if (reserved)
            return {};
        if (reserved.error().kind == core::Error::Kind::Database)
            return reserved.error();
        return db::orderEvent(context.db, context.session, context.entityId, QStringLiteral("not_reserved"),
                              Tr::tr("Stock not reserved: %1").arg(reserved.error().message));
    };
}

core::WorkflowAction releaseStockAction()
{
    return [](const core::WorkflowActionContext &context) -> core::Result<> {
        auto released = ReservationService(context.db).releaseOrder(context.session, context.entityId);
        if (released)
            return {};
        if (released.error().kind == core::Error::Kind::Database)
            return released.error();
        return db::orderEvent(context.db, context.session, context.entityId, QStringLiteral("not_released"),
                              Tr::tr("Stock reservations not released, release them in Stock: %1").arg(released.error().message));
    };
}

void registerStockActions(core::WorkflowActions &actions)
{
    actions.add(QStringLiteral("reserve_stock"), reserveStockAction());
    actions.add(QStringLiteral("release_stock"), releaseStockAction());
}

} // namespace stock
