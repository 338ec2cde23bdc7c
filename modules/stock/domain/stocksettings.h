#pragma once

#include <QDate>
#include <QString>

namespace stock {

/// How a product is stocked (product_stock_settings). Defaults for a product without a row.
struct ProductStockSettings
{
    QString productId;
    QString unit = QStringLiteral("UN");
    bool controlsExpiry = false;
    QString storageConditions;  ///< "ambiente", "refrigerado 2–8 °C"
    QString storageZone;        ///< zone put-away prefers ("COLD"); empty = any storage zone
    qint64 minQty = 0;
    qint64 maxQty = 0;
    QString abcClass;           ///< "", "A", "B", "C"
    QString pickLocationId;     ///< the fixed pick face refilled from reserve
    qint64 pickMinQty = 0;
    qint64 pickMaxQty = 0;
};

/// A lot of a lot-controlled product.
struct Lot
{
    QString id;
    QString productId;
    QString lotCode;
    QDate expiryDate;
    QDate manufacturedDate;
    bool blocked = false;
    QString blockReason;
};

} // namespace stock
