#pragma once

#include "core/domain/result.h"
#include "labels/domain/labelfields.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace core {
class Database;
}

namespace labels {

/// One label to print and what it is about (for the print ledger and the order timeline).
struct LabelItem
{
    LabelData data;
    LabelSubject subject = LabelSubject::Order;
    QString key;            ///< order number, SKU, location code, lot code
    QString orderId;        ///< for order labels
    int packageNumber = 1;
    int packageCount = 1;
};

/// Reads what labels print, straight from the tables: company (sender), orders with customer,
/// shipping address and weight, products, warehouse locations and lots. The stock tables
/// (warehouses, locations, lots) belong to the stock module; when they are absent a clear error
/// says so. Queries are prepared once per repository, so a batch of a thousand orders is fast.
class LabelDataRepository
{
    Q_DECLARE_TR_FUNCTIONS(LabelDataRepository)

public:
    explicit LabelDataRepository(core::Database &db);

    /// The sender fields (company.*) and label.* of every label; empty strings when the company
    /// data has not been filled in (hasCompany() tells).
    core::Result<LabelData> common();
    bool hasCompany();

    /// The shipping labels of an order: one per package ("Volume n/m"). `packages` 0 takes the
    /// packages closed at packing (with their weights) when there are any, else one package;
    /// a number given splits the order's weight evenly.
    core::Result<QList<LabelItem>> order(qint64 number, int packages = 0);
    /// Several orders in the order given (pick or package order), each with its packages.
    core::Result<QList<LabelItem>> orders(const QList<qint64> &numbers, int packages = 0);
    /// A product by SKU or EAN-13.
    core::Result<LabelItem> product(const QString &skuOrGtin);
    /// A warehouse location by its printed code ("A-01-02-03"); `warehouse` narrows by code.
    core::Result<LabelItem> location(const QString &code, const QString &warehouse = {});
    /// Every location of a warehouse (or all), in walking order: a whole aisle's labels at once.
    core::Result<QList<LabelItem>> locations(const QString &codePrefix, const QString &warehouse = {});
    /// A lot by its code; `sku` narrows when two products share a lot code.
    core::Result<LabelItem> lot(const QString &lotCode, const QString &sku = {});

    /// The orders of a picking wave (by number or id), when the picking tables exist: in pick
    /// order (pick list, then tote) or, with `packingOrder`, in the order their packages were
    /// closed at packing. Cancelled wave orders are left out.
    core::Result<QList<qint64>> waveOrders(const QString &wave, bool packingOrder = false);

    /// Whether a table exists (the stock and picking modules' tables may not, yet).
    bool hasTable(const QString &table);

private:
    core::Result<QList<LabelItem>> orderFromQuery(QSqlQuery &q, qint64 number, int packages);

    core::Database &m_db;
    std::optional<LabelData> m_common;
    std::optional<QSqlQuery> m_orderQuery;
    std::optional<QSqlQuery> m_packageQuery; ///< packing's packages of an order, when that table exists
    std::optional<bool> m_hasPackages;
};

/// "Correios SEDEX" → ("Correios", "SEDEX"); "Jadlog" → ("Jadlog", "").
QPair<QString, QString> splitCarrier(const QString &carrier);
/// The destination data of a shipping label's 2D code: CEP, number, complement, tracking code,
/// sender CEP and number, recipient, city and UF, separated by '|'.
QString destinationDataMatrix(const LabelData &d);

} // namespace labels
