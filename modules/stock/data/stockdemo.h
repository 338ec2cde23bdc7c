#pragma once

#include "core/domain/result.h"

#include <QDate>

namespace core {
class Database;
class Session;
} // namespace core

namespace stock {

struct StockDemoSummary
{
    bool created = false;   ///< false: a warehouse existed, nothing was done
    int locations = 0;
    int products = 0;
    int lots = 0;
    int movements = 0;
    int reservedOrders = 0;
    int shortOrders = 0;    ///< orders left with a shortage (visible on their timeline)
};

/// The demo warehouse (`retaguarda-cli stock demo`): CD1 with 20 aisles × 25 racks × 4 levels in
/// a serpentine walk (levels 1–2 pick, 3–4 reserve; aisles S and T cold), a receiving and a
/// shipping location; stock settings for every active product, lots with expiries (some near
/// expiry, some expired, some blocked) for lot-controlled ones, on-hand sized from the paid
/// orders' demand (a few products short on purpose), and the orders in pago / em_separacao
/// reserved by FEFO. Idempotent: does nothing when a warehouse exists.
class StockDemo
{
public:
    explicit StockDemo(core::Database &db) : m_db(db) {}
    core::Result<StockDemoSummary> create(const core::Session &session, const QDate &today = {});

private:
    core::Database &m_db;
};

} // namespace stock
