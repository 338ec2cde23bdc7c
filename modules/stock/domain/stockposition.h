#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace stock {

/// On hand and reserved of one product in one location and lot (a stock_balances row, joined).
struct BalanceLine
{
    QString productId;
    QString lotId;          ///< empty: no lot control
    QString lotCode;
    QDate expiryDate;       ///< null: no expiry
    bool lotBlocked = false;
    QString locationId;
    QString locationCode;
    QString zone;
    QString locationKind;
    bool locationBlocked = false;
    int pickSequence = 0;
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available() const { return onHand - reserved; }
};

/// A product's whole position: the product card and `stock show`.
struct StockPosition
{
    QString productId;
    QString sku;
    QString gtin;
    QString name;
    QString unit = QStringLiteral("UN");
    bool lotControlled = false;
    bool controlsExpiry = false;
    QString storageConditions;
    qint64 minQty = 0;
    qint64 maxQty = 0;
    QString abcClass;
    QList<BalanceLine> lines; ///< by pick sequence, then expiry
    qint64 onHand = 0;
    qint64 reserved = 0;
    qint64 available() const { return onHand - reserved; }
    /// Available that can actually be promised: not in expired or blocked lots or blocked locations.
    qint64 usable = 0;
};

} // namespace stock
