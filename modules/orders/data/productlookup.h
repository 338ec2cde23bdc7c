#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QList>
#include <QString>

#include <optional>

namespace core {
class Database;
}

namespace orders {

/// A product as order entry needs it: what to show, what to snapshot on the order line.
struct ProductHit
{
    QString id;
    QString sku;
    QString gtin;
    QString name;
    core::Money listPrice; ///< "preço de"
    core::Money salePrice; ///< "preço por"
    bool active = true;
};

/// Product lookups for order entry, all served by an index: exact SKU, exact GTIN (a barcode
/// scanner types the EAN and Enter), SKU or name prefix (name_key). Only active products are
/// found, except by id (the service must see a product that was retired meanwhile).
class ProductLookup
{
public:
    explicit ProductLookup(core::Database &db) : m_db(db) {}

    core::Result<std::optional<ProductHit>> byId(const QString &id) const;
    core::Result<std::optional<ProductHit>> bySku(const QString &sku) const;
    /// An EAN-13/GTIN as scanned. A 12-digit UPC-A also finds the product stored as its EAN-13
    /// (the same code with a leading zero).
    core::Result<std::optional<ProductHit>> byGtin(const QString &gtin) const;
    /// Products whose SKU or name (accents and case ignored) starts with `prefix`, SKU hits first.
    core::Result<QList<ProductHit>> suggest(const QString &prefix, int limit) const;
    /// What the product field does with a complete entry: the product with exactly this EAN or
    /// SKU, if any.
    core::Result<std::optional<ProductHit>> byCode(const QString &code) const;

private:
    core::Database &m_db;
};

} // namespace orders
