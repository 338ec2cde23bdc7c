#include "stock/data/productrepository.h"

#include "core/data/database.h"
#include "core/domain/searchkey.h"

namespace stock {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, sku, gtin, name, brand, category, list_price_cents, sale_price_cents, weight_grams,"
    " anvisa_registration, lot_controlled FROM products");

core::Result<QList<ProductRow>> readAll(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<ProductRow> rows;
    while (q->next()) {
        ProductRow p;
        p.id = q->value(0).toString();
        p.sku = q->value(1).toString();
        p.gtin = q->value(2).toString();
        p.name = q->value(3).toString();
        p.brand = q->value(4).toString();
        p.category = q->value(5).toString();
        p.listPrice = core::Money::fromCents(q->value(6).toLongLong());
        p.salePrice = core::Money::fromCents(q->value(7).toLongLong());
        p.weightGrams = q->value(8).toInt();
        p.anvisaRegistration = q->value(9).toString();
        p.lotControlled = q->value(10).toBool();
        rows.append(p);
    }
    return rows;
}
} // namespace

core::Result<QList<ProductRow>> ProductRepository::page(const QString &afterSku, int limit) const
{
    return readAll(m_db.exec(kSelect + QStringLiteral(" WHERE sku > ? ORDER BY sku LIMIT ?"), {afterSku, limit}));
}

core::Result<QList<ProductRow>> ProductRepository::search(const QString &text, int limit) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QList<ProductRow>();
    // Exact EAN/SKU first (a scanner types the whole code), then name prefix.
    auto exact = readAll(m_db.exec(kSelect + QStringLiteral(" WHERE gtin = ? OR sku = ? LIMIT ?"),
                                   {t, t.toUpper(), limit}));
    if (!exact || !exact->isEmpty())
        return exact;
    auto skuPrefix = readAll(m_db.exec(kSelect + QStringLiteral(" WHERE %1 ORDER BY sku LIMIT ?")
                                                     .arg(m_db.dialect().prefixMatch(QStringLiteral("sku"))),
                                       {m_db.dialect().prefixPattern(t.toUpper()), limit}));
    if (!skuPrefix)
        return skuPrefix;
    const QString key = core::SearchKey::fold(t);
    if (key.isEmpty())
        return *skuPrefix;
    auto byName = readAll(m_db.exec(kSelect + QStringLiteral(" WHERE %1 ORDER BY name_key LIMIT ?")
                                                  .arg(m_db.dialect().prefixMatch(QStringLiteral("name_key"))),
                                    {m_db.dialect().prefixPattern(key), limit}));
    if (!byName)
        return byName;
    QList<ProductRow> hits = *skuPrefix;
    hits.append(*byName);
    return hits.mid(0, limit);
}

} // namespace stock
