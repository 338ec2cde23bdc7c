#include "stock/stockmodule.h"

#include "core/domain/appcontext.h"
#include "stock/cli/stockcommands.h"
#include "stock/data/productrepository.h"
#include "stock/data/stockqueries.h"
#include "stock/workflow/stockactions.h"

namespace stock {

core::Result<> StockModule::initialize(core::AppContext &context)
{
    registerStockActions(context.workflowActions());
    return {};
}

QList<core::CliCommand> StockModule::cliCommands() const
{
    return stockCliCommands();
}

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
    if (!hits.isEmpty())
        return hits;
    // A lot or a location code (scanned from a label): the products it holds, opened on the stock card.
    auto stocked = StockQueries(context.database()).search(text, limit);
    if (!stocked)
        return hits;
    for (const StockSearchHit &h : *stocked) {
        if (h.matchedBy != u"lot" && h.matchedBy != u"location")
            continue;
        hits.append({QStringLiteral("product"), h.productId, h.name,
                     (h.matchedBy == u"lot" ? tr("lot %1 · SKU %2 · on hand %3") : tr("location %1 · SKU %2 · on hand %3"))
                         .arg(text.trimmed().toUpper(), h.sku)
                         .arg(h.onHand)});
    }
    return hits;
}

} // namespace stock
