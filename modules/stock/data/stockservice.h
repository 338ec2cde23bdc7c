#pragma once

#include "core/domain/result.h"
#include "stock/domain/movement.h"
#include "stock/domain/stockposition.h"

#include <QList>

namespace core {
class Database;
class Session;
} // namespace core

namespace stock {

/// The only writer of stock quantities. Every change is a movement appended to stock_movements;
/// the cached stock_balances rows of its from/to locations change in the same transaction, and a
/// movement that would leave a location with less than zero — or with less than what is
/// reserved there — is refused with a message that says how much there is.
class StockService
{
public:
    explicit StockService(core::Database &db) : m_db(db) {}

    /// StockManage (PickingRun for `pick`). Its own transaction (a savepoint inside the caller's).
    /// Returns the movement id.
    core::Result<QString> move(const core::Session &session, const Movement &movement);
    /// A pick that consumes a reservation: on_hand and reserved of the from location fall together.
    /// Used by ReservationService::consume(); the caller has checked the reservation.
    core::Result<QString> moveReserved(const core::Session &session, const Movement &movement);

    /// The product's position per location and lot (the product card, `stock show`).
    core::Result<StockPosition> position(const QString &productId) const;
    /// The product id for a SKU, GTIN (EAN) or lot code; NotFound otherwise.
    core::Result<QString> findProduct(const QString &skuGtinOrLot) const;
    /// Latest movements of a product (newest first).
    core::Result<QList<MovementRecord>> history(const QString &productId, int limit = 200) const;

    /// Derives every balance again from movements (on hand) and active reservations (reserved).
    /// For a database whose cache is in doubt (replication pulled movements). StockManage.
    core::Result<> rebuildBalances(const core::Session &session);

private:
    core::Result<QString> apply(const core::Session &session, const Movement &movement, bool consumesReservation);
    core::Database &m_db;
};

} // namespace stock
