#include "labels/data/labeldatarepository.h"

#include "core/data/companyrepository.h"
#include "core/data/database.h"
#include "core/domain/cep.h"
#include "core/domain/civiltime.h"
#include "core/domain/cnpj.h"
#include "core/domain/money.h"
#include "core/domain/taxid.h"

#include <QDateTime>
#include <QLocale>
#include <QSqlRecord>

namespace labels {

namespace {

QString joinNonEmpty(const QStringList &parts, const QString &sep)
{
    QStringList kept;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(sep);
}

QString kg(qint64 grams)
{
    return QLocale(QLocale::Portuguese, QLocale::Brazil).toString(grams / 1000.0, 'f', 3) + QStringLiteral(" kg");
}

QString money(qint64 cents)
{
    return core::Money::fromCents(cents).format();
}

QString brDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

void putProduct(LabelData &d, const QSqlQuery &q, int base)
{
    d.insert(QStringLiteral("product.sku"), q.value(base + 0).toString());
    d.insert(QStringLiteral("product.gtin"), q.value(base + 1).toString());
    d.insert(QStringLiteral("product.name"), q.value(base + 2).toString());
    d.insert(QStringLiteral("product.brand"), q.value(base + 3).toString());
    d.insert(QStringLiteral("product.list_price"), money(q.value(base + 4).toLongLong()));
    d.insert(QStringLiteral("product.price"), money(q.value(base + 5).toLongLong()));
    d.insert(QStringLiteral("product.weight"), kg(q.value(base + 6).toLongLong()));
    d.insert(QStringLiteral("product.anvisa_registration"), q.value(base + 7).toString());
    d.insert(QStringLiteral("product.unit"), QStringLiteral("UN"));
}

const char *kProductColumns = "p.sku, p.gtin, p.name, p.brand, p.list_price_cents, p.sale_price_cents, p.weight_grams, "
                              "p.anvisa_registration, p.id";

} // namespace

QPair<QString, QString> splitCarrier(const QString &carrier)
{
    const QString c = carrier.trimmed();
    for (const QString &known : {QStringLiteral("Correios"), QStringLiteral("Jadlog"), QStringLiteral("Loggi"),
                                 QStringLiteral("Total Express"), QStringLiteral("Mercado Envios"), QStringLiteral("Azul Cargo")}) {
        if (c.startsWith(known, Qt::CaseInsensitive) && (c.size() == known.size() || c.at(known.size()) == u' '))
            return {c.left(known.size()), c.mid(known.size()).trimmed()};
    }
    return {c, QString()};
}

QString destinationDataMatrix(const LabelData &d)
{
    return QStringList{d.value(QStringLiteral("address.cep_digits")), d.value(QStringLiteral("address.number")),
                       d.value(QStringLiteral("address.complement")), d.value(QStringLiteral("shipment.tracking_code")),
                       d.value(QStringLiteral("company.cep_digits")), d.value(QStringLiteral("company.number")),
                       d.value(QStringLiteral("address.recipient")), d.value(QStringLiteral("address.city")),
                       d.value(QStringLiteral("address.state")), d.value(QStringLiteral("order.number")),
                       d.value(QStringLiteral("package.label"))}
        .join(u'|');
}

LabelDataRepository::LabelDataRepository(core::Database &db) : m_db(db) {}

bool LabelDataRepository::hasTable(const QString &table)
{
    const bool sqlite = m_db.connection().driverName() == u"QSQLITE";
    auto found = m_db.scalar(sqlite ? QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
                                    : QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_name = ?"),
                             {table});
    return found && found->isValid();
}

bool LabelDataRepository::hasCompany()
{
    auto c = common();
    return c && !c->value(QStringLiteral("company.name")).isEmpty();
}

core::Result<LabelData> LabelDataRepository::common()
{
    if (m_common)
        return *m_common;
    LabelData d;
    auto company = core::CompanyRepository(m_db).current();
    if (!company)
        return company.error();
    const QDateTime now = core::CivilTime::toCivil(QDateTime::currentDateTimeUtc());
    d.insert(QStringLiteral("label.date"), now.date().toString(QStringLiteral("dd/MM/yyyy")));
    d.insert(QStringLiteral("label.printed_at"), now.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    const core::Company c = company->value_or(core::Company{});
    d.insert(QStringLiteral("company.name"), c.tradeName.isEmpty() ? c.legalName : c.tradeName);
    d.insert(QStringLiteral("company.legal_name"), c.legalName);
    d.insert(QStringLiteral("company.cnpj"), c.cnpj.isEmpty() ? QString() : core::Cnpj::format(c.cnpj));
    d.insert(QStringLiteral("company.street"), c.street);
    d.insert(QStringLiteral("company.number"), c.number);
    d.insert(QStringLiteral("company.complement"), c.complement);
    d.insert(QStringLiteral("company.district"), c.district);
    d.insert(QStringLiteral("company.city"), c.city);
    d.insert(QStringLiteral("company.state"), c.state);
    d.insert(QStringLiteral("company.cep"), core::Cep::format(c.cep));
    d.insert(QStringLiteral("company.cep_digits"), core::Cep::normalize(c.cep));
    d.insert(QStringLiteral("company.phone"), c.phone);
    d.insert(QStringLiteral("company.address_line1"),
             joinNonEmpty({joinNonEmpty({c.street, c.number}, QStringLiteral(", ")), c.complement}, QStringLiteral(" - ")));
    d.insert(QStringLiteral("company.address_line2"),
             joinNonEmpty({c.district, joinNonEmpty({c.city, c.state}, QStringLiteral("/"))}, QStringLiteral(" - ")));
    m_common = d;
    return d;
}

core::Result<QList<LabelItem>> LabelDataRepository::order(qint64 number, int packages)
{
    if (!m_orderQuery) {
        auto q = m_db.prepare(QStringLiteral(
            "SELECT o.id, o.number, o.placed_at, o.total_cents, o.carrier, o.tracking_code, o.external_id, ch.name,"
            " cu.name, cu.document, cu.phone, cu.mobile, cu.email,"
            " a.recipient, a.street, a.number, a.complement, a.district, a.city, a.state, a.cep,"
            " (SELECT COALESCE(SUM(i.quantity * p.weight_grams), 0) FROM order_items i JOIN products p ON p.id = i.product_id"
            "   WHERE i.order_id = o.id),"
            " (SELECT COALESCE(SUM(i.quantity), 0) FROM order_items i WHERE i.order_id = o.id)"
            " FROM orders o JOIN channels ch ON ch.id = o.channel_id JOIN customers cu ON cu.id = o.customer_id"
            " LEFT JOIN customer_addresses a ON a.id = COALESCE(o.shipping_address_id,"
            "   (SELECT x.id FROM customer_addresses x WHERE x.customer_id = cu.id ORDER BY x.is_default DESC, x.id LIMIT 1))"
            " WHERE o.number = ?"));
        if (!q)
            return q.error();
        m_orderQuery = *q;
    }
    return orderFromQuery(*m_orderQuery, number, packages);
}

core::Result<QList<LabelItem>> LabelDataRepository::orderFromQuery(QSqlQuery &q, qint64 number, int packages)
{
    auto base = common();
    if (!base)
        return base.error();
    q.bindValue(0, number);
    if (!q.exec())
        return core::Database::errorFrom(q, tr("Could not read order %1.").arg(number));
    if (!q.next())
        return core::Error::notFound(tr("There is no order %1.").arg(number), tr("order %1").arg(number));
    LabelData d = *base;
    const QString orderId = q.value(0).toString();
    d.insert(QStringLiteral("order.number"), q.value(1).toString());
    d.insert(QStringLiteral("order.date"), core::CivilTime::toCivil(core::fromDbTimestamp(q.value(2))).toString(QStringLiteral("dd/MM/yyyy")));
    d.insert(QStringLiteral("order.total"), money(q.value(3).toLongLong()));
    const QString carrier = q.value(4).toString();
    d.insert(QStringLiteral("order.carrier"), carrier);
    const QString tracking = q.value(5).toString();
    d.insert(QStringLiteral("order.tracking_code"), tracking);
    d.insert(QStringLiteral("order.external_id"), q.value(6).toString());
    d.insert(QStringLiteral("order.channel"), q.value(7).toString());
    d.insert(QStringLiteral("customer.name"), q.value(8).toString());
    d.insert(QStringLiteral("customer.document"), core::TaxId::format(q.value(9).toString()));
    d.insert(QStringLiteral("customer.phone"), q.value(11).toString().isEmpty() ? q.value(10).toString() : q.value(11).toString());
    d.insert(QStringLiteral("customer.email"), q.value(12).toString());
    const QString recipient = q.value(13).toString().isEmpty() ? q.value(8).toString() : q.value(13).toString();
    d.insert(QStringLiteral("address.recipient"), recipient);
    const QString street = q.value(14).toString(), num = q.value(15).toString(), compl_ = q.value(16).toString();
    const QString district = q.value(17).toString(), city = q.value(18).toString(), uf = q.value(19).toString();
    const QString cep = q.value(20).toString();
    if (street.isEmpty() && cep.isEmpty())
        return core::Error::validation(tr("Order %1 has no delivery address: add one to the customer before printing its label.")
                                           .arg(number),
                                       tr("order %1").arg(number));
    d.insert(QStringLiteral("address.street"), street);
    d.insert(QStringLiteral("address.number"), num);
    d.insert(QStringLiteral("address.complement"), compl_);
    d.insert(QStringLiteral("address.district"), district);
    d.insert(QStringLiteral("address.city"), city);
    d.insert(QStringLiteral("address.state"), uf);
    d.insert(QStringLiteral("address.cep"), core::Cep::format(cep));
    d.insert(QStringLiteral("address.cep_digits"), core::Cep::normalize(cep));
    d.insert(QStringLiteral("address.line1"), joinNonEmpty({joinNonEmpty({street, num}, QStringLiteral(", ")), compl_}, QStringLiteral(" - ")));
    d.insert(QStringLiteral("address.line2"), district);
    d.insert(QStringLiteral("address.city_state"), joinNonEmpty({city, uf}, QStringLiteral("/")));
    const auto [carrierName, service] = splitCarrier(carrier);
    d.insert(QStringLiteral("shipment.carrier"), carrierName.isEmpty() ? tr("Own delivery") : carrierName);
    d.insert(QStringLiteral("shipment.service"), service);
    // Before the carrier's code exists the order number identifies the package.
    d.insert(QStringLiteral("shipment.tracking_code"), tracking.isEmpty() ? q.value(1).toString() : tracking);
    d.insert(QStringLiteral("shipment.declared_value"), money(q.value(3).toLongLong()));
    d.insert(QStringLiteral("order.items"), q.value(22).toString());
    const qint64 grams = q.value(21).toLongLong();
    QList<qint64> packed; // weights of the packages closed at packing
    if (packages <= 0) {
        if (!m_hasPackages)
            m_hasPackages = hasTable(QStringLiteral("packages"));
        if (*m_hasPackages) {
            if (!m_packageQuery) {
                auto pq = m_db.prepare(QStringLiteral("SELECT weight_grams FROM packages WHERE order_id = ? ORDER BY number"));
                if (!pq)
                    return pq.error();
                m_packageQuery = *pq;
            }
            m_packageQuery->bindValue(0, orderId);
            if (!m_packageQuery->exec())
                return core::Database::errorFrom(*m_packageQuery, tr("Could not read the packages of order %1.").arg(number));
            while (m_packageQuery->next())
                packed.append(m_packageQuery->value(0).toLongLong());
            m_packageQuery->finish();
        }
    }
    const int count = packed.isEmpty() ? std::max(1, packages) : int(packed.size());
    QList<LabelItem> items;
    for (int n = 1; n <= count; ++n) {
        LabelItem item;
        item.subject = LabelSubject::Order;
        item.key = QString::number(number);
        item.orderId = orderId;
        item.packageNumber = n;
        item.packageCount = count;
        item.data = d;
        // The weight split evenly, the remainder on the first package.
        qint64 share = grams / count + (n == 1 ? grams % count : 0);
        if (!packed.isEmpty() && packed.at(n - 1) > 0)
            share = packed.at(n - 1);
        item.data.insert(QStringLiteral("shipment.weight"), kg(share));
        item.data.insert(QStringLiteral("shipment.weight_grams"), QString::number(share));
        item.data.insert(QStringLiteral("package.number"), QString::number(n));
        item.data.insert(QStringLiteral("package.count"), QString::number(count));
        item.data.insert(QStringLiteral("package.label"), QStringLiteral("Volume %1/%2").arg(n).arg(count));
        item.data.insert(QStringLiteral("shipment.datamatrix"), destinationDataMatrix(item.data));
        item.data.insert(QStringLiteral("label.subject"),
                         count > 1 ? tr("Order %1, package %2/%3").arg(number).arg(n).arg(count) : tr("Order %1").arg(number));
        items.append(item);
    }
    return items;
}

core::Result<QList<LabelItem>> LabelDataRepository::orders(const QList<qint64> &numbers, int packages)
{
    QList<LabelItem> all;
    all.reserve(numbers.size());
    for (qint64 n : numbers) {
        auto items = order(n, packages);
        if (!items)
            return items.error();
        all += *items;
    }
    return all;
}

core::Result<LabelItem> LabelDataRepository::product(const QString &skuOrGtin)
{
    auto base = common();
    if (!base)
        return base.error();
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM products p WHERE p.sku = ? OR p.gtin = ? LIMIT 1").arg(QLatin1String(kProductColumns)),
                       {skuOrGtin.trimmed(), skuOrGtin.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(tr("There is no product with SKU or EAN \"%1\".").arg(skuOrGtin), skuOrGtin);
    LabelItem item;
    item.subject = LabelSubject::Product;
    item.data = *base;
    putProduct(item.data, *q, 0);
    item.key = item.data.value(QStringLiteral("product.sku"));
    item.data.insert(QStringLiteral("label.subject"), tr("Product %1").arg(item.key));
    return item;
}

namespace {
const char *kLocationSql =
    "SELECT l.code, l.aisle, l.rack, l.level, l.position, l.zone, l.kind, w.code, w.name"
    " FROM locations l JOIN warehouses w ON w.id = l.warehouse_id";
}

static LabelItem locationItem(const LabelData &base, const QSqlQuery &q)
{
    LabelItem item;
    item.subject = LabelSubject::Location;
    item.data = base;
    auto two = [](const QVariant &v) { return v.isNull() ? QString() : QStringLiteral("%1").arg(v.toInt(), 2, 10, QLatin1Char('0')); };
    item.key = q.value(0).toString();
    item.data.insert(QStringLiteral("location.code"), item.key);
    item.data.insert(QStringLiteral("location.aisle"), q.value(1).toString());
    item.data.insert(QStringLiteral("location.rack"), two(q.value(2)));
    item.data.insert(QStringLiteral("location.level"), two(q.value(3)));
    item.data.insert(QStringLiteral("location.position"), two(q.value(4)));
    item.data.insert(QStringLiteral("location.zone"), q.value(5).toString());
    item.data.insert(QStringLiteral("location.kind"), q.value(6).toString());
    item.data.insert(QStringLiteral("warehouse.code"), q.value(7).toString());
    item.data.insert(QStringLiteral("warehouse.name"), q.value(8).toString());
    item.data.insert(QStringLiteral("label.subject"), LabelDataRepository::tr("Location %1").arg(item.key));
    return item;
}

core::Result<LabelItem> LabelDataRepository::location(const QString &code, const QString &warehouse)
{
    if (!hasTable(QStringLiteral("locations")))
        return core::Error::unavailable(tr("This database has no warehouse locations yet (the stock module's tables are missing)."));
    auto base = common();
    if (!base)
        return base.error();
    auto q = m_db.exec(QStringLiteral("%1 WHERE l.code = ? AND (? = '' OR w.code = ?) ORDER BY w.code LIMIT 1").arg(QLatin1String(kLocationSql)),
                       {code.trimmed(), warehouse, warehouse});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(tr("There is no location \"%1\".").arg(code), code);
    return locationItem(*base, *q);
}

core::Result<QList<LabelItem>> LabelDataRepository::locations(const QString &codePrefix, const QString &warehouse)
{
    if (!hasTable(QStringLiteral("locations")))
        return core::Error::unavailable(tr("This database has no warehouse locations yet (the stock module's tables are missing)."));
    auto base = common();
    if (!base)
        return base.error();
    auto q = m_db.exec(QStringLiteral("%1 WHERE l.code LIKE ? AND (? = '' OR w.code = ?) ORDER BY w.code, l.pick_sequence, l.code")
                           .arg(QLatin1String(kLocationSql)),
                       {codePrefix + u'%', warehouse, warehouse});
    if (!q)
        return q.error();
    QList<LabelItem> items;
    while (q->next())
        items.append(locationItem(*base, *q));
    if (items.isEmpty())
        return core::Error::notFound(tr("No location code starts with \"%1\".").arg(codePrefix), codePrefix);
    return items;
}

core::Result<LabelItem> LabelDataRepository::lot(const QString &lotCode, const QString &sku)
{
    if (!hasTable(QStringLiteral("lots")))
        return core::Error::unavailable(tr("This database has no lots yet (the stock module's tables are missing)."));
    auto base = common();
    if (!base)
        return base.error();
    auto q = m_db.exec(QStringLiteral("SELECT %1, t.lot_code, t.expiry_date, t.manufactured_date FROM lots t JOIN products p ON p.id = t.product_id"
                                      " WHERE t.lot_code = ? AND (? = '' OR p.sku = ?) ORDER BY p.sku LIMIT 2")
                           .arg(QLatin1String(kProductColumns)),
                       {lotCode.trimmed(), sku, sku});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(tr("There is no lot \"%1\".").arg(lotCode), lotCode);
    LabelItem item;
    item.subject = LabelSubject::Lot;
    item.data = *base;
    putProduct(item.data, *q, 0);
    item.key = q->value(9).toString();
    item.data.insert(QStringLiteral("lot.code"), item.key);
    item.data.insert(QStringLiteral("lot.expiry_iso"), q->value(10).toString());
    item.data.insert(QStringLiteral("lot.expiry"), brDate(q->value(10).toString()));
    item.data.insert(QStringLiteral("lot.manufactured"), brDate(q->value(11).toString()));
    const QString firstSku = item.data.value(QStringLiteral("product.sku"));
    if (sku.isEmpty() && q->next())
        return core::Error::validation(tr("Lot \"%1\" exists for more than one product; name the product with --product SKU.").arg(lotCode),
                                       lotCode);
    item.data.insert(QStringLiteral("label.subject"), tr("Lot %1 of %2").arg(item.key, firstSku));
    return item;
}

core::Result<QList<qint64>> LabelDataRepository::waveOrders(const QString &wave, bool packingOrder)
{
    // The picking module's tables (0006_picking.sql), read only.
    if (!hasTable(QStringLiteral("waves")) || !hasTable(QStringLiteral("wave_orders")))
        return core::Error::unavailable(tr("This database has no picking waves yet; print by a list of orders instead."));
    const QString key = packingOrder
        ? QStringLiteral("MIN(COALESCE(pk.closed_at, '9999'))")
        : QStringLiteral("MIN(COALESCE(pl.number * 100000 + t.tote_no, 999999999))");
    const QString joins = packingOrder
        ? QStringLiteral(" LEFT JOIN packages pk ON pk.order_id = wo.order_id")
        : QStringLiteral(" LEFT JOIN totes t ON t.order_id = wo.order_id"
                         " LEFT JOIN pick_lists pl ON pl.id = t.pick_list_id AND pl.wave_id = w.id");
    auto q = m_db.exec(QStringLiteral("SELECT o.number, %1 AS k FROM wave_orders wo JOIN waves w ON w.id = wo.wave_id"
                                      " JOIN orders o ON o.id = wo.order_id%2"
                                      " WHERE (w.id = ? OR CAST(w.number AS TEXT) = ?) AND wo.status <> 'cancelled'"
                                      " GROUP BY o.number ORDER BY k, o.number")
                           .arg(key, joins),
                       {wave, wave});
    if (!q)
        return q.error();
    QList<qint64> numbers;
    while (q->next())
        numbers.append(q->value(0).toLongLong());
    if (numbers.isEmpty())
        return core::Error::notFound(tr("Wave %1 has no orders to label (or does not exist).").arg(wave), wave);
    return numbers;
}

} // namespace labels
