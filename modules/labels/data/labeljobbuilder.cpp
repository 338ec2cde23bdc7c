#include "labels/data/labeljobbuilder.h"

#include "labels/data/labeltemplatestore.h"

namespace labels {

QList<LabelData> LabelBatch::data() const
{
    QList<LabelData> out;
    out.reserve(items.size());
    for (const LabelItem &i : items)
        out.append(i.data);
    return out;
}

core::Result<LabelBatch> LabelJobBuilder::build(const LabelRequest &r)
{
    const int kinds = int(!r.orders.isEmpty() || !r.wave.isEmpty()) + int(!r.products.isEmpty() && r.lots.isEmpty())
                    + int(!r.locations.isEmpty()) + int(!r.lots.isEmpty());
    if (kinds == 0)
        return core::Error::validation(tr("Say what to print: orders, a wave, products, locations or lots."));
    if (kinds > 1)
        return core::Error::validation(tr("One job prints one kind of label: orders, products, locations or lots, not a mix."));
    LabelSubject subject = LabelSubject::Order;
    if (!r.lots.isEmpty()) subject = LabelSubject::Lot;
    else if (!r.locations.isEmpty()) subject = LabelSubject::Location;
    else if (!r.products.isEmpty()) subject = LabelSubject::Product;

    QString name = r.templateName;
    if (name.isEmpty()) {
        switch (subject) {
        case LabelSubject::Order: name = QStringLiteral("shipping"); break;
        case LabelSubject::Product: name = QStringLiteral("product"); break;
        case LabelSubject::Location: name = QStringLiteral("location"); break;
        case LabelSubject::Lot: name = QStringLiteral("lot"); break;
        }
    }
    LabelBatch batch;
    auto t = LabelTemplateStore(m_db).load(name);
    if (!t)
        return t.error();
    if (auto valid = t->validate(); !valid)
        return valid.error();
    if (t->subject != subject) {
        return core::Error::validation(tr("Template \"%1\" prints %2 labels, not %3 labels.")
                                           .arg(name, subjectCode(t->subject), subjectCode(subject)),
                                       name);
    }
    batch.labelTemplate = *t;
    LabelDataRepository repo(m_db);
    switch (subject) {
    case LabelSubject::Order: {
        QList<qint64> numbers = r.orders;
        batch.source = QStringLiteral("orders");
        if (!r.wave.isEmpty()) {
            auto wave = repo.waveOrders(r.wave, r.packingOrder);
            if (!wave)
                return wave.error();
            numbers = *wave + numbers;
            batch.source = QStringLiteral("wave:") + r.wave;
        }
        auto items = repo.orders(numbers, r.packages);
        if (!items)
            return items.error();
        batch.items = *items;
        break;
    }
    case LabelSubject::Product:
        batch.source = QStringLiteral("product");
        for (const QString &sku : r.products) {
            auto item = repo.product(sku);
            if (!item)
                return item.error();
            batch.items.append(*item);
        }
        break;
    case LabelSubject::Location:
        batch.source = QStringLiteral("location");
        for (const QString &code : r.locations) {
            if (code.endsWith(u'*')) {
                auto items = repo.locations(code.chopped(1));
                if (!items)
                    return items.error();
                batch.items += *items;
            } else {
                auto item = repo.location(code);
                if (!item)
                    return item.error();
                batch.items.append(*item);
            }
        }
        break;
    case LabelSubject::Lot:
        batch.source = QStringLiteral("lot");
        for (const QString &code : r.lots) {
            auto item = repo.lot(code, r.lotProduct.isEmpty() && !r.products.isEmpty() ? r.products.constFirst() : r.lotProduct);
            if (!item)
                return item.error();
            batch.items.append(*item);
        }
        break;
    }
    return batch;
}

} // namespace labels
