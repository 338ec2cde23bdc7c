#pragma once

#include "core/domain/result.h"
#include "stock/domain/location.h"

#include <QList>

#include <functional>

namespace core {
class Database;
class Session;
} // namespace core

namespace stock {

/// A regular block of racks: `aisles` aisles named from firstAisle ('A', 'B' ...), each with
/// `racks` racks of `levels` levels and `positions` positions. zoneFor/kindFor decide per
/// location (e.g. levels 1–2 pick, 3–4 reserve; the last aisles COLD).
struct LayoutSpec
{
    int aisles = 1;
    int racks = 1;
    int levels = 1;
    int positions = 1;
    double aisleSpacingM = 3.0;
    double rackWidthM = 1.2;
    qint64 capacityUnits = 0;
    std::function<QString(int aisleIndex, int level)> zoneFor;
    std::function<QString(int aisleIndex, int level)> kindFor;
};

/// Warehouses and their locations; keeps the walking order (pick_sequence) up to date.
class LocationService
{
public:
    explicit LocationService(core::Database &db) : m_db(db) {}

    core::Result<QString> createWarehouse(const core::Session &session, const QString &code, const QString &name);
    core::Result<QList<Warehouse>> warehouses() const;
    /// The first active warehouse (by code); NotFound when there is none yet.
    core::Result<Warehouse> defaultWarehouse() const;

    /// Adds one location (code built from aisle-rack-level-position when empty) and renumbers the
    /// warehouse's walking order. StockManage.
    core::Result<QString> addLocation(const core::Session &session, Location location);
    /// Adds a whole block of racks at once (one transaction), then renumbers. Returns how many.
    core::Result<int> createLayout(const core::Session &session, const QString &warehouseId, const LayoutSpec &spec);
    /// Recomputes pick_sequence of every location of the warehouse (Serpentine).
    core::Result<> resequence(const core::Session &session, const QString &warehouseId);
    core::Result<> setBlocked(const core::Session &session, const QString &locationId, bool blocked, const QString &reason);

    /// By printed code (any warehouse when warehouseId is empty); NotFound otherwise.
    core::Result<Location> find(const QString &code, const QString &warehouseId = {}) const;
    core::Result<Location> byId(const QString &id) const;
    core::Result<QList<Location>> list(const QString &warehouseId, const QString &zone = {}) const;
    /// The warehouse's receiving location, created ('RECEBIMENTO') when it has none.
    core::Result<Location> receivingLocation(const core::Session &session, const QString &warehouseId);

private:
    core::Database &m_db;
};

} // namespace stock
