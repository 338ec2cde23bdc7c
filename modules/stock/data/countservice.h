#pragma once

#include "core/domain/result.h"

#include <QList>

namespace core {
class Database;
class Session;
} // namespace core

namespace stock {

struct CountRow
{
    QString id;
    QString warehouseId;
    QString scope;       ///< full, zone, abc
    QString scopeValue;
    QString status;      ///< open, posted, cancelled
    QString createdAt;
    int lines = 0;
    int countedLines = 0;
};

/// A count line as the supervisor reviews it (counters never see expected).
struct CountLine
{
    QString id;
    QString locationId;
    QString locationCode;
    int pickSequence = 0;
    QString productId;
    QString sku;
    QString name;
    QString lotId;
    QString lotCode;
    qint64 expected = 0;      ///< on hand when the count started
    bool counted = false;
    qint64 countedQty = 0;
    qint64 onHandNow = 0;     ///< on hand now (movements during the count change it)
    /// Not counted yet: no difference (a supervisor sets an empty location to 0 with setCounted).
    qint64 difference() const { return counted ? countedQty - onHandNow : 0; }
};

/// Inventory counts: full, by zone or by ABC class (cyclic counting); counters scan blind
/// (location, then product, each scan one unit or a typed quantity); a supervisor reviews the
/// differences and posts them as count_difference movements.
class CountService
{
public:
    explicit CountService(core::Database &db) : m_db(db) {}

    /// Snapshots the balances in scope. scope: "full", "zone" (value = zone), "abc" (value = A/B/C).
    core::Result<QString> start(const core::Session &session, const QString &warehouseId, const QString &scope,
                                const QString &scopeValue = {});
    core::Result<QList<CountRow>> counts(bool openOnly = true) const;
    /// Adds `quantity` to what was counted of the product (GTIN or SKU; lot for lot-controlled
    /// products) in the location. A product found where the system has none gets a new line.
    /// Returns the line id.
    core::Result<QString> scan(const core::Session &session, const QString &countId, const QString &locationCode,
                               const QString &productCode, const QString &lotCode = {}, qint64 quantity = 1);
    /// Sets the counted quantity of a line (a recount corrects the scans).
    core::Result<> setCounted(const core::Session &session, const QString &lineId, qint64 quantity);
    core::Result<QList<CountLine>> review(const QString &countId) const;
    /// Posts every difference of the counted lines as a count_difference movement (document
    /// "count:<id>"); lines nobody counted are left as they are (set them to 0 with setCounted
    /// when the location was found empty). A location whose counted stock is below what orders
    /// hold there is refused: re-allocate those orders first. Returns how many were posted.
    core::Result<int> post(const core::Session &session, const QString &countId);
    core::Result<> cancel(const core::Session &session, const QString &countId);

private:
    core::Database &m_db;
};

} // namespace stock
