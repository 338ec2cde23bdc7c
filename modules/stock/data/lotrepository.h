#pragma once

#include "core/domain/result.h"
#include "stock/domain/stocksettings.h"

#include <QList>

namespace core {
class Database;
class Session;
} // namespace core

namespace stock {

/// Lots and per-product stock settings.
class LotRepository
{
public:
    explicit LotRepository(core::Database &db) : m_db(db) {}

    /// The product's lot with this code, created when new. An existing lot with another expiry is
    /// refused (a typo on the label or on the screen: someone has to look). StockManage.
    core::Result<Lot> findOrCreate(const core::Session &session, const QString &productId, const QString &lotCode,
                                   const QDate &expiry, const QDate &manufactured = {});
    core::Result<Lot> find(const QString &productId, const QString &lotCode) const;
    core::Result<QList<Lot>> byCode(const QString &lotCode) const;
    core::Result<> setBlocked(const core::Session &session, const QString &lotId, bool blocked, const QString &reason);

    /// The product's settings (defaults when it has no row).
    core::Result<ProductStockSettings> settings(const QString &productId) const;
    core::Result<> saveSettings(const core::Session &session, const ProductStockSettings &settings);

private:
    core::Database &m_db;
};

} // namespace stock
