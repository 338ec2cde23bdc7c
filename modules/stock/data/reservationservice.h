#pragma once

#include "core/domain/result.h"
#include "stock/domain/reservationline.h"

#include <QDate>
#include <QStringList>

namespace core {
class Database;
class Session;
} // namespace core

namespace stock {

/// Reservations of stock for order lines, by FEFO: the lot that expires first goes first (FIFO by
/// first receipt for lots without expiry; for products without lots, pick locations before
/// reserve, then walking order). Never from expired or blocked lots or blocked locations, nor
/// from receiving/quarantine locations. Reserving raises stock_balances.reserved in the same
/// transaction, so available (on hand − reserved) is always what can still be promised.
class ReservationService
{
public:
    explicit ReservationService(core::Database &db) : m_db(db) {}

    /// Reserves every line of the order (workflow action `reserve_stock`). What cannot be covered
    /// is returned as shortages (and stays visible through shortages()); the order goes on.
    /// Does nothing when the order already holds reservations. `today` null = today (São Paulo):
    /// lots expiring before it are skipped.
    core::Result<ReservationOutcome> reserveOrder(const core::Session &session, const QString &orderId,
                                                  const QDate &today = {});
    /// Releases the order's active reservations (workflow action `release_stock`). Returns how many.
    core::Result<int> releaseOrder(const core::Session &session, const QString &orderId);

    /// Active reservations of these orders with product, lot, expiry and location (code,
    /// pick_sequence, x_m, y_m): what picking turns into pick tasks. Ordered by pick sequence.
    core::Result<QList<ReservationLine>> reservationsForOrders(const QStringList &orderIds) const;
    /// Active and picked reservations of one order (order detail, stock card).
    core::Result<QList<ReservationLine>> reservationsForOrder(const QString &orderId) const;
    /// Order lines not fully reserved: what the order detail shows as "falta".
    core::Result<QList<Shortage>> shortages(const QString &orderId) const;

    /// A confirmed pick of `quantity` from the reservation's location and lot: posts a `pick`
    /// movement (document "order:<number>") that lowers on_hand and reserved together, and marks
    /// the reservation picked when it is fully consumed. PickingRun.
    core::Result<QString> consume(const core::Session &session, const QString &reservationId, qint64 quantity,
                                  const QString &document = {});
    /// A short pick: `shortQuantity` of the reservation is not in its location. That part is
    /// released there and reserved again by FEFO from other lots/locations; what nothing covers
    /// is returned as back-order (and recorded on the order's timeline). PickingRun.
    core::Result<ReallocationOutcome> reallocate(const core::Session &session, const QString &reservationId,
                                                 qint64 shortQuantity, const QDate &today = {});

private:
    core::Database &m_db;
};

} // namespace stock
