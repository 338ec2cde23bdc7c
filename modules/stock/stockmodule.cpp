#include "stock/stockmodule.h"

#include "core/domain/appcontext.h"
#include "stock/data/productrepository.h"

namespace stock {

QList<core::SearchHit> StockModule::search(core::AppContext &context, const QString &text, int limit) const
{
    QList<core::SearchHit> hits;
    const auto found = ProductRepository(context.database()).search(text, limit);
    if (!found)
        return hits;
    for (const ProductRow &p : *found) {
        hits.append({QStringLiteral("product"), p.id, p.name,
                     tr("SKU %1 · EAN %2 · %3").arg(p.sku, p.gtin, p.salePrice.format())});
    }
    return hits;
}

} // namespace stock
