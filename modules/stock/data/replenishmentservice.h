#pragma once

#include "core/domain/result.h"

#include <QList>

namespace core {
class Database;
}

namespace stock {

/// One suggestion: refill a pick face from reserve, or buy.
struct ReplenishmentLine
{
    enum class Kind { Refill, Purchase };
    Kind kind = Kind::Refill;
    QString productId;
    QString sku;
    QString name;
    QString lotId;
    QString lotCode;
    QString fromLocationId;
    QString fromCode;       ///< refill: the reserve location
    QString toLocationId;
    QString toCode;         ///< refill: the pick face
    qint64 current = 0;     ///< pick face on hand (refill) or available in the warehouse (purchase)
    qint64 minimum = 0;
    qint64 maximum = 0;
    qint64 quantity = 0;    ///< what to move or buy
};

/// Replenishment: pick faces below their minimum refilled up to the maximum from reserve
/// locations (FEFO lots first), and products whose available stock is below min_qty listed for
/// purchase up to max_qty.
class ReplenishmentService
{
public:
    explicit ReplenishmentService(core::Database &db) : m_db(db) {}
    core::Result<QList<ReplenishmentLine>> suggestions() const;

private:
    core::Database &m_db;
};

} // namespace stock
