#include "orders/data/productlookup.h"

#include "core/data/database.h"
#include "core/domain/searchkey.h"

#include <algorithm>

namespace orders {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, sku, gtin, name, list_price_cents, sale_price_cents, active FROM products");

ProductHit read(const QSqlQuery &q)
{
    ProductHit p;
    p.id = q.value(0).toString();
    p.sku = q.value(1).toString();
    p.gtin = q.value(2).toString();
    p.name = q.value(3).toString();
    p.listPrice = core::Money::fromCents(q.value(4).toLongLong());
    p.salePrice = core::Money::fromCents(q.value(5).toLongLong());
    p.active = q.value(6).toBool(); // 0/1 on SQLite, boolean on PostgreSQL
    return p;
}

core::Result<std::optional<ProductHit>> readOne(core::Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ProductHit>();
    return std::optional<ProductHit>(read(*q));
}

core::Result<QList<ProductHit>> readAll(core::Result<QSqlQuery> q, QList<ProductHit> hits = {})
{
    if (!q)
        return q.error();
    while (q->next()) {
        ProductHit hit = read(*q);
        // A product can match both by SKU and by name: list it once.
        if (std::none_of(hits.cbegin(), hits.cend(), [&hit](const ProductHit &h) { return h.id == hit.id; }))
            hits.append(std::move(hit));
    }
    return hits;
}

bool allDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

core::Result<std::optional<ProductHit>> ProductLookup::byId(const QString &id) const
{
    return readOne(m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id}));
}

core::Result<std::optional<ProductHit>> ProductLookup::bySku(const QString &sku) const
{
    const QString trimmed = sku.trimmed();
    if (trimmed.isEmpty())
        return std::optional<ProductHit>();
    auto found = readOne(m_db.exec(kSelect + QStringLiteral(" WHERE sku = ? AND active = ?"), {trimmed, true}));
    // SKUs are usually written in capitals; "sup-10001" typed in a hurry still finds SUP-10001.
    if (found && !found->has_value() && trimmed.toUpper() != trimmed)
        return readOne(m_db.exec(kSelect + QStringLiteral(" WHERE sku = ? AND active = ?"), {trimmed.toUpper(), true}));
    return found;
}

core::Result<std::optional<ProductHit>> ProductLookup::byGtin(const QString &gtin) const
{
    const QString digits = gtin.trimmed();
    if (!allDigits(digits))
        return std::optional<ProductHit>();
    auto found = readOne(m_db.exec(kSelect + QStringLiteral(" WHERE gtin = ? AND active = ?"), {digits, true}));
    if (found && !found->has_value() && digits.size() == 12)
        return readOne(m_db.exec(kSelect + QStringLiteral(" WHERE gtin = ? AND active = ?"), {u'0' + digits, true}));
    return found;
}

core::Result<std::optional<ProductHit>> ProductLookup::byCode(const QString &code) const
{
    const QString trimmed = code.trimmed();
    if (allDigits(trimmed)) {
        auto byEan = byGtin(trimmed);
        if (!byEan || byEan->has_value())
            return byEan;
    }
    return bySku(trimmed);
}

core::Result<QList<ProductHit>> ProductLookup::suggest(const QString &prefix, int limit) const
{
    const QString trimmed = prefix.trimmed();
    if (trimmed.isEmpty() || limit <= 0)
        return QList<ProductHit>();
    const core::SqlDialect &dialect = m_db.dialect();
    auto bySkuPrefix = readAll(m_db.exec(kSelect + QStringLiteral(" WHERE %1 AND active = ? ORDER BY sku LIMIT ?")
                                                       .arg(dialect.prefixMatch(QStringLiteral("sku"))),
                                         {dialect.prefixPattern(trimmed.toUpper()), true, limit}));
    if (!bySkuPrefix)
        return bySkuPrefix;
    const QString key = core::SearchKey::fold(trimmed);
    const int room = limit - int(bySkuPrefix->size());
    if (key.isEmpty() || room <= 0)
        return bySkuPrefix;
    return readAll(m_db.exec(kSelect + QStringLiteral(" WHERE %1 AND active = ? ORDER BY name_key LIMIT ?")
                                           .arg(dialect.prefixMatch(QStringLiteral("name_key"))),
                             {dialect.prefixPattern(key), true, room}),
                   *bySkuPrefix);
}

} // namespace orders
