#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QList>

namespace core {
class Database;
}

namespace stock {

/// A lot in a location with its expiry (expiry lists).
struct ExpiryLine
{
    QString productId;
    QString sku;
    QString name;
    QString lotId;
    QString lotCode;
    QDate expiryDate;
    bool lotBlocked = false;
    QString locationCode;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 daysLeft = 0; ///< negative: expired that many days ago
};

/// Who received a lot (ANVISA traceability): one line per order and lot.
struct RecallLine
{
    QString lotCode;
    QString sku;
    QDate expiryDate;
    qint64 orderNumber = 0;
    QString orderId;
    QString orderStatus;
    QString customerName;
    QString customerDocument;
    QString customerEmail;
    QString customerPhone;
    QString city;
    QString state;
    qint64 quantity = 0;
    QString pickedAt;
};

/// One product found by the Stock dock's search.
struct StockSearchHit
{
    QString productId;
    QString sku;
    QString gtin;
    QString name;
    qint64 onHand = 0;
    qint64 reserved = 0;
    QString matchedBy; ///< "sku", "gtin", "name", "lot", "location"
};

/// Read-only stock reports: search, expiry lists, recall by lot.
class StockQueries
{
public:
    explicit StockQueries(core::Database &db) : m_db(db) {}

    /// Products by SKU/EAN (exact), lot code, location code or SKU/name prefix, with totals.
    core::Result<QList<StockSearchHit>> search(const QString &text, int limit = 100) const;
    /// Lots with stock that expire within `days` from `today` (expired ones included when
    /// includeExpired), soonest first.
    core::Result<QList<ExpiryLine>> expiring(int days, const QDate &today = {}, bool includeExpired = true) const;
    /// Lots with stock whose expiry date has passed.
    core::Result<QList<ExpiryLine>> expired(const QDate &today = {}) const;
    /// Every order (and its customer) that received the lot, from pick movements ("order:N").
    /// sku narrows the lot code to one product (lot codes repeat across suppliers).
    core::Result<QList<RecallLine>> recall(const QString &lotCode, const QString &sku = {}) const;

    /// The order id for its number (NotFound otherwise), for the order's stock view.
    core::Result<QString> orderIdByNumber(qint64 number) const;

    /// Near-expiry window when nobody chose one (the Stock dock remembers the user's choice,
    /// `stock expiring --days N` takes it per call).
    static constexpr int kDefaultNearExpiryDays = 60;

private:
    core::Database &m_db;
};

} // namespace stock
