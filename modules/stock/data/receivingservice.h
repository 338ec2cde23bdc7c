#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QList>

namespace core {
class Database;
class Session;
} // namespace core

namespace stock {

struct ExpectedItem
{
    QString productId;
    qint64 quantity = 0;
};

struct ReceiptItemRow
{
    QString id;
    QString productId;
    QString sku;
    QString gtin;
    QString name;
    bool lotControlled = false;
    bool controlsExpiry = false;
    qint64 expected = 0;
    qint64 received = 0;
};

struct ReceiptRow
{
    QString id;
    QString warehouseId;
    QString document;
    QString supplier;
    QString status;
    QString createdAt;
    qint64 expected = 0;
    qint64 received = 0;
};

/// Where to put what was received: a location that already holds the product (its pick face
/// first), else a free location in the product's storage zone.
struct PutawaySuggestion
{
    QString locationId;
    QString locationCode;
    QString zone;
    QString why; ///< "same product", "free location in COLD" — shown next to the suggestion
};

/// One scan at the receiving dock.
struct ReceiveLine
{
    QString receiptId;
    QString productCode;   ///< GTIN (as scanned) or SKU
    QString lotCode;       ///< required for lot-controlled products
    QDate expiry;          ///< required when the product controls expiry
    qint64 quantity = 1;
};

struct ReceiveResult
{
    QString movementId;
    QString productId;
    QString sku;
    QString lotId;
    QString receivingLocationId;
    PutawaySuggestion suggestion;
    qint64 receivedSoFar = 0;
    qint64 expected = 0;
};

/// Receiving: receipts with expected items, each scan a `receipt` movement into the warehouse's
/// receiving location (lot and expiry captured), then put-away to the suggested location.
class ReceivingService
{
public:
    explicit ReceivingService(core::Database &db) : m_db(db) {}

    core::Result<QString> createReceipt(const core::Session &session, const QString &warehouseId, const QString &document,
                                        const QString &supplier, const QList<ExpectedItem> &items);
    core::Result<QList<ReceiptRow>> openReceipts() const;
    core::Result<QList<ReceiptItemRow>> items(const QString &receiptId) const;

    /// Receives one scan. A product not expected on the receipt is refused (the supplier sent
    /// something else; a person decides); receiving more than expected is refused too.
    core::Result<ReceiveResult> receive(const core::Session &session, const ReceiveLine &line);
    core::Result<PutawaySuggestion> suggestPutaway(const QString &warehouseId, const QString &productId, qint64 quantity) const;
    /// Moves `quantity` of product/lot from the receiving location to `locationCode` (a put-away).
    core::Result<QString> putaway(const core::Session &session, const QString &warehouseId, const QString &productId,
                                  const QString &lotId, qint64 quantity, const QString &locationCode,
                                  const QString &document = {});
    core::Result<> close(const core::Session &session, const QString &receiptId);

private:
    core::Database &m_db;
};

} // namespace stock
