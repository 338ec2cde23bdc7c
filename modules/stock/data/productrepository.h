#pragma once

#include "core/domain/result.h"
#include "stock/domain/product.h"

#include <QList>

namespace core {
class Database;
}

namespace stock {

/// Product reads: keyset pages by SKU, and lookups by SKU, EAN or name prefix.
class ProductRepository
{
public:
    explicit ProductRepository(core::Database &db) : m_db(db) {}

    core::Result<QList<ProductRow>> page(const QString &afterSku, int limit) const;
    core::Result<QList<ProductRow>> search(const QString &text, int limit) const;

private:
    core::Database &m_db;
};

} // namespace stock
