// Order entry at the desk (store, representative, franchise, telesales): the field rules of the
// draft, the lookups a scanner and a typist use, and the service that writes the order, its
// items, event, audit and outbox entries in one transaction.

#include "billing/workflow/billingactions.h"
#include "stock/workflow/stockactions.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/cnpj.h"
#include "core/domain/cpf.h"
#include "core/domain/domainevents.h"
#include "core/domain/gtin.h"
#include "core/domain/searchkey.h"
#include "orders/cli/ordercreatecommand.h"
#include "orders/data/orderentryfactory.h"
#include "orders/data/orderentryservice.h"
#include "orders/data/productlookup.h"
#include "orders/domain/orderdraft.h"
#include "orders/ordersmodule.h"
#include "orders/workflow/orderworkflow.h"
#include "testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTextStream>

using namespace orders;
using core::Money;

namespace {

const QString kInitial = QStringLiteral("novo");
const QString kValidCpf = core::Cpf::withCheckDigits(QStringLiteral("529982247"));             // 529.982.247-25
const QString kValidCnpj = core::Cnpj::withCheckDigits(QStringLiteral("112223330001"));        // 11.222.333/0001-81
const QString kAlphanumericCnpj = core::Cnpj::withCheckDigits(QStringLiteral("12ABC34501DE"));

/// A draft that validates: a telesales order for a new customer in São Paulo, one line.
OrderDraft validDraft()
{
    OrderDraft d;
    d.channelId = QStringLiteral("channel-id");
    d.channelKind = QStringLiteral("telesales");
    NewCustomer c;
    c.name = QStringLiteral("Érica Nogueira");
    c.document = core::Cpf::format(kValidCpf);
    c.email = QStringLiteral("erica.nogueira@exemplo.com.br");
    c.phone = QStringLiteral("(11) 98765-4321");
    c.address = {QStringLiteral("Avenida Paulista"), QStringLiteral("1578"), QString(), QStringLiteral("Bela Vista"),
                 QStringLiteral("São Paulo"), QStringLiteral("SP"), QStringLiteral("01310-200")};
    d.newCustomer = c;
    d.addProduct(QStringLiteral("product-id"), QStringLiteral("SUP-10001"), QStringLiteral("Whey"),
                 Money::fromCents(12990), Money::fromCents(9990));
    d.paymentMethod = QStringLiteral("pix");
    return d;
}

/// The error text of a failed result, for QVERIFY2 (which evaluates its message even on success).
template<typename T>
QString why(const core::Result<T> &result)
{
    return result ? QString() : result.error().text();
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList fields;
    for (const FieldError &e : errors)
        fields << e.field;
    return fields;
}

} // namespace

class tst_OrderEntry : public QObject
{
    Q_OBJECT
    testsupport::TestDatabase m_t;

    core::Database &db() { return m_t.db(); }
    qint64 count(const QString &sql, const QVariantList &bindings = {})
    {
        auto value = db().scalar(sql, bindings);
        return value ? value->toLongLong() : -1;
    }
    QString text(const QString &sql, const QVariantList &bindings = {})
    {
        auto value = db().scalar(sql, bindings);
        return value ? value->toString() : QString();
    }
    QString channelId(const QString &code) { return text(QStringLiteral("SELECT id FROM channels WHERE code = ?"), {code}); }

    /// Row counts of everything order entry writes, to prove that a refused order wrote nothing.
    QList<qint64> footprint()
    {
        QList<qint64> counts;
        for (const char *table : {"orders", "order_items", "order_events", "customers", "customer_addresses",
                                  "audit_log", "outbox"})
            counts << count(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
        return counts;
    }

    /// A real product of the demo catalogue, as the product field would add it.
    ProductHit product(int offset = 0)
    {
        auto q = db().exec(QStringLiteral("SELECT sku FROM products WHERE active = 1 AND gtin IS NOT NULL"
                                          " ORDER BY sku LIMIT 1 OFFSET ?"), {offset});
        q->next();
        return ProductLookup(db()).bySku(q->value(0).toString())->value();
    }

    OrderDraft draftFor(const QString &channelCode, const QList<QPair<ProductHit, int>> &items)
    {
        OrderDraft d = validDraft();
        d.channelId = channelId(channelCode);
        d.channelKind.clear(); // the service looks it up
        d.lines.clear();
        for (const auto &[p, quantity] : items)
            d.addProduct(p.id, p.sku, p.name, p.listPrice, p.salePrice, quantity);
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_t.isValid(), qPrintable(m_t.error()));
        QVERIFY2(m_t.seed(300), qPrintable(m_t.error()));
        QVERIFY(m_t.admin().isValid());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customers WHERE document IN (?, ?)"), {kValidCpf, kValidCnpj}), 0);
    }

    void validation_data()
    {
        QTest::addColumn<std::function<void(OrderDraft &)>>("change");
        QTest::addColumn<QString>("fields"); // the fields refused, space separated; empty: the draft is valid

        using F = std::function<void(OrderDraft &)>;
        auto customer = [](std::function<void(NewCustomer &)> f) { return F([f](OrderDraft &d) { f(*d.newCustomer); }); };
        auto line = [](std::function<void(OrderLine &)> f) { return F([f](OrderDraft &d) { f(d.lines[0]); }); };

        QTest::newRow("valid") << F([](OrderDraft &) {}) << QString();
        QTest::newRow("channel-missing") << F([](OrderDraft &d) { d.channelId.clear(); }) << "channel";
        QTest::newRow("channel-storefront") << F([](OrderDraft &d) { d.channelKind = QStringLiteral("storefront"); }) << "channel";
        QTest::newRow("channel-marketplace") << F([](OrderDraft &d) { d.channelKind = QStringLiteral("marketplace"); }) << "channel";
        QTest::newRow("channel-representative") << F([](OrderDraft &d) { d.channelKind = QStringLiteral("representative"); }) << QString();
        QTest::newRow("customer-missing") << F([](OrderDraft &d) { d.newCustomer.reset(); }) << "customer";
        QTest::newRow("customer-existing") << F([](OrderDraft &d) { d.newCustomer.reset(); d.customerId = QStringLiteral("c"); }) << QString();
        QTest::newRow("name-missing") << customer([](NewCustomer &c) { c.name = QStringLiteral(" "); }) << "customer.name";
        QTest::newRow("document-missing") << customer([](NewCustomer &c) { c.document.clear(); }) << "customer.document";
        QTest::newRow("cpf-check-digit") << customer([](NewCustomer &c) { c.document = QStringLiteral("529.982.247-52"); }) << "customer.document";
        QTest::newRow("cpf-all-equal") << customer([](NewCustomer &c) { c.document = QStringLiteral("111.111.111-11"); }) << "customer.document";
        QTest::newRow("cpf-letter") << customer([](NewCustomer &c) { c.document = QStringLiteral("529.982.2x7-25"); }) << "customer.document";
        QTest::newRow("cnpj-valid") << customer([](NewCustomer &c) { c.document = core::Cnpj::format(kValidCnpj); }) << QString();
        QTest::newRow("cnpj-alphanumeric") << customer([](NewCustomer &c) { c.document = core::Cnpj::format(kAlphanumericCnpj); }) << QString();
        QTest::newRow("cnpj-check-digit") << customer([](NewCustomer &c) { c.document = QStringLiteral("11.222.333/0001-18"); }) << "customer.document";
        QTest::newRow("person-with-cnpj") << customer([](NewCustomer &c) { c.kind = QStringLiteral("person"); c.document = kValidCnpj; }) << "customer.document";
        QTest::newRow("company-with-cpf") << customer([](NewCustomer &c) { c.kind = QStringLiteral("company"); }) << "customer.document";
        QTest::newRow("email-empty-allowed") << customer([](NewCustomer &c) { c.email.clear(); }) << QString();
        QTest::newRow("email-no-domain") << customer([](NewCustomer &c) { c.email = QStringLiteral("erica@"); }) << "customer.email";
        QTest::newRow("email-space") << customer([](NewCustomer &c) { c.email = QStringLiteral("erica @exemplo.com"); }) << "customer.email";
        QTest::newRow("email-no-tld") << customer([](NewCustomer &c) { c.email = QStringLiteral("erica@exemplo"); }) << "customer.email";
        QTest::newRow("phone-short") << customer([](NewCustomer &c) { c.phone = QStringLiteral("98765-4321"); }) << "customer.phone";
        QTest::newRow("phone-with-country") << customer([](NewCustomer &c) { c.phone = QStringLiteral("+55 11 98765-4321"); }) << QString();
        QTest::newRow("cep-short") << customer([](NewCustomer &c) { c.address.cep = QStringLiteral("0131-200"); }) << "address.cep";
        QTest::newRow("cep-letters") << customer([](NewCustomer &c) { c.address.cep = QStringLiteral("01310-2OO"); }) << "address.cep";
        QTest::newRow("cep-other-state") << customer([](NewCustomer &c) { c.address.state = QStringLiteral("RJ"); }) << "address.cep";
        QTest::newRow("state-unknown") << customer([](NewCustomer &c) { c.address.state = QStringLiteral("XX"); }) << "address.state";
        QTest::newRow("state-lowercase") << customer([](NewCustomer &c) { c.address.state = QStringLiteral("sp"); }) << QString();
        QTest::newRow("street-missing") << customer([](NewCustomer &c) { c.address.street.clear(); }) << "address.street";
        QTest::newRow("address-missing-delivery") << customer([](NewCustomer &c) { c.address = {}; })
                                            << "address.cep address.street address.number address.district address.city address.state";
        QTest::newRow("address-missing-store") << F([](OrderDraft &d) { d.channelKind = QStringLiteral("store"); d.newCustomer->address = {}; }) << QString();
        QTest::newRow("no-lines") << F([](OrderDraft &d) { d.lines.clear(); }) << "lines";
        QTest::newRow("quantity-zero") << line([](OrderLine &l) { l.quantity = 0; }) << "lines.0.quantity";
        QTest::newRow("quantity-ean-typed-in") << line([](OrderLine &l) { l.quantity = 789100031; }) << "lines.0.quantity";
        QTest::newRow("price-zero-gift") << line([](OrderLine &l) { l.unitPrice = Money(); }) << QString();
        QTest::newRow("price-negative") << line([](OrderLine &l) { l.unitPrice = Money::fromCents(-1); }) << "lines.0.unit_price";
        QTest::newRow("discount-whole-line") << line([](OrderLine &l) { l.quantity = 2; l.discount = Money::fromCents(19980); }) << QString();
        QTest::newRow("discount-above-line") << line([](OrderLine &l) { l.quantity = 2; l.discount = Money::fromCents(19981); }) << "lines.0.discount";
        QTest::newRow("discount-negative") << line([](OrderLine &l) { l.discount = Money::fromCents(-100); }) << "lines.0.discount";
        QTest::newRow("product-missing") << line([](OrderLine &l) { l.productId.clear(); }) << "lines.0.product";
        QTest::newRow("freight-negative") << F([](OrderDraft &d) { d.freight = Money::fromCents(-1250); }) << "freight";
        QTest::newRow("payment-missing") << F([](OrderDraft &d) { d.paymentMethod.clear(); }) << "payment_method";
        QTest::newRow("payment-unknown") << F([](OrderDraft &d) { d.paymentMethod = QStringLiteral("cheque"); }) << "payment_method";
        QTest::newRow("installments-card-12") << F([](OrderDraft &d) { d.paymentMethod = QStringLiteral("credit_card"); d.installments = 12; }) << QString();
        QTest::newRow("installments-card-13") << F([](OrderDraft &d) { d.paymentMethod = QStringLiteral("credit_card"); d.installments = 13; }) << "installments";
        QTest::newRow("installments-zero") << F([](OrderDraft &d) { d.installments = 0; }) << "installments";
        QTest::newRow("installments-pix") << F([](OrderDraft &d) { d.installments = 3; }) << "installments";
        QTest::newRow("installments-boleto") << F([](OrderDraft &d) { d.paymentMethod = QStringLiteral("boleto"); d.installments = 2; }) << "installments";
        QTest::newRow("notes-too-long") << F([](OrderDraft &d) { d.notes = QString(OrderDraft::kMaxNotesLength + 1, u'x'); }) << "notes";
    }

    void validation()
    {
        QFETCH(std::function<void(OrderDraft &)>, change);
        QFETCH(QString, fields);
        OrderDraft draft = validDraft();
        change(draft);
        const QList<FieldError> errors = draft.validate();
        QCOMPARE(fieldsOf(errors), fields.split(u' ', Qt::SkipEmptyParts));
        for (const FieldError &e : errors)
            QVERIFY2(e.message.endsWith(u'.'), qPrintable(e.message)); // a sentence the user can act on
    }

    void messagesSayWhatIsWrong()
    {
        OrderDraft draft = validDraft();
        draft.newCustomer->address.state = QStringLiteral("RJ");
        QCOMPARE(draft.validate().value(0).message, QStringLiteral("The CEP 01310-200 belongs to SP, not RJ."));
        draft = validDraft();
        draft.lines[0].quantity = 3;
        draft.lines[0].discount = Money::fromCents(40000);
        QCOMPARE(draft.validate().value(0).message,
                 QStringLiteral("Line 1: the discount (R$ 400,00) cannot exceed the line's value (R$ 299,70)."));
    }

    void totalsAddUp()
    {
        OrderDraft draft = validDraft();
        draft.lines[0].quantity = 2;                             // 2 × 99,90 = 199,80
        draft.addProduct(QStringLiteral("p2"), QStringLiteral("SKU-2"), QStringLiteral("Creatina"),
                         Money::fromCents(5000), Money::fromCents(4590), 3); // 3 × 45,90 = 137,70
        draft.lines[1].discount = Money::fromCents(770);
        draft.freight = Money::fromCents(1250);
        const OrderTotals t = draft.totals();
        QCOMPARE(t.items, Money::fromCents(19980 + 13770));
        QCOMPARE(t.discount, Money::fromCents(770));
        QCOMPARE(t.freight, Money::fromCents(1250));
        QCOMPARE(t.total, Money::fromCents(19980 + 13770 - 770 + 1250));
        QCOMPARE(draft.lines[1].total(), Money::fromCents(13000));
    }

    void addingTheSameProductIncrementsItsLine()
    {
        OrderDraft draft = validDraft();
        draft.addProduct(QStringLiteral("product-id"), QStringLiteral("SUP-10001"), QStringLiteral("Whey"),
                         Money::fromCents(12990), Money::fromCents(9990));
        QCOMPARE(draft.lines.size(), 1);
        QCOMPARE(draft.lines[0].quantity, 2);
    }

    void normalizedStoresDigitsAndUppercase()
    {
        OrderDraft draft = validDraft();
        draft.newCustomer->address.state = QStringLiteral(" sp");
        draft.newCustomer->email = QStringLiteral(" Erica.Nogueira@Exemplo.com.br ");
        const NewCustomer c = *draft.normalized().newCustomer;
        QCOMPARE(c.document, kValidCpf);
        QCOMPARE(c.kind, QStringLiteral("person"));
        QCOMPARE(c.address.cep, QStringLiteral("01310200"));
        QCOMPARE(c.address.state, QStringLiteral("SP"));
        QCOMPARE(c.email, QStringLiteral("erica.nogueira@exemplo.com.br"));
    }

    void productLookups()
    {
        ProductLookup lookup(db());
        const ProductHit p = product(3);
        QVERIFY(core::Gtin::isValid(p.gtin));
        // The scanner types the EAN: exactly that product.
        auto byEan = lookup.byCode(p.gtin);
        QVERIFY(byEan && byEan->has_value());
        QCOMPARE((*byEan)->id, p.id);
        auto bySku = lookup.byCode(p.sku.toLower());
        QVERIFY(bySku && bySku->has_value());
        QCOMPARE((*bySku)->id, p.id);
        QVERIFY(!lookup.byCode(QStringLiteral("7890000000000"))->has_value());

        // A UPC-A label (12 digits) finds the product stored with its EAN-13 form.
        const QString ean = core::Gtin::withCheckDigit(QStringLiteral("001234567890"));
        QVERIFY(db().exec(QStringLiteral("INSERT INTO products (id, sku, gtin, name, name_key, list_price_cents,"
                                         " sale_price_cents, updated_at) VALUES ('upc', 'IMP-1', ?, 'Pasta de Amendoim Importada',"
                                         " ?, 3990, 3590, '2026-11-20T00:00:00.000Z')"),
                          {ean, core::SearchKey::fold(QStringLiteral("Pasta de Amendoim Importada"))}));
        auto upc = lookup.byGtin(ean.mid(1));
        QVERIFY(upc && upc->has_value());
        QCOMPARE((*upc)->sku, QStringLiteral("IMP-1"));

        // Name prefix ignores case and accents; retired products are not offered.
        auto byName = lookup.suggest(QStringLiteral("PASTA DE AMÊNDOIM imp"), 10);
        QVERIFY(byName);
        QCOMPARE(byName->size(), 1);
        QCOMPARE(byName->constFirst().id, QStringLiteral("upc"));
        QVERIFY(db().exec(QStringLiteral("UPDATE products SET active = 0 WHERE id = 'upc'")));
        QVERIFY(lookup.suggest(QStringLiteral("pasta de amendoim imp"), 10)->isEmpty());
        QVERIFY(!lookup.byGtin(ean)->has_value());
        QVERIFY(lookup.byId(QStringLiteral("upc"))->has_value()); // the service still sees it

        auto bySkuPrefix = lookup.suggest(p.sku.left(p.sku.size() - 1), 5);
        QVERIFY(bySkuPrefix && !bySkuPrefix->isEmpty());
        QVERIFY(bySkuPrefix->size() <= 5);
        QVERIFY(bySkuPrefix->constFirst().sku.startsWith(p.sku.left(p.sku.size() - 1)));
    }

    void onlyDeskChannelsAreOffered()
    {
        OrderEntryService service(db(), kInitial);
        auto channels = service.channels();
        QVERIFY(channels);
        QStringList codes;
        for (const EntryChannel &c : *channels)
            codes << c.code;
        codes.sort();
        QCOMPARE(codes, (QStringList{QStringLiteral("franquias"), QStringLiteral("loja-centro"),
                                     QStringLiteral("representantes"), QStringLiteral("televendas")}));
    }

    void createWritesOrderItemsEventAuditAndOutbox()
    {
        core::DomainEvents events;
        QSignalSpy published(&events, &core::DomainEvents::published);
        QString seenStatus;
        OrderEntryService service(db(), kInitial,
                                  [&](const core::Session &, const QString &orderId) -> core::Result<> {
                                      seenStatus = text(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId});
                                      return {};
                                  },
                                  &events);
        const ProductHit a = product(0);
        const ProductHit b = product(1);
        OrderDraft draft = draftFor(QStringLiteral("televendas"), {{a, 2}, {b, 1}});
        draft.lines[1].discount = Money::fromCents(100);
        draft.freight = Money::fromCents(1250);
        draft.paymentMethod = QStringLiteral("credit_card");
        draft.installments = 3;
        draft.notes = QStringLiteral("  Entregar após as 14h  ");
        const qint64 expectedNumber = count(QStringLiteral("SELECT MAX(number) FROM orders")) + 1;
        const qint64 outboxBefore = count(QStringLiteral("SELECT COUNT(*) FROM outbox"));

        auto created = service.create(m_t.admin(), draft);
        QVERIFY2(created, qPrintable(why(created)));
        QCOMPARE(created->number, expectedNumber);
        QCOMPARE(seenStatus, kInitial); // afterCreate runs with the order already written

        auto q = db().exec(QStringLiteral("SELECT number, status, payment_method, payment_status, items_cents, discount_cents,"
                                          " freight_cents, total_cents, installments, notes, customer_id, shipping_address_id,"
                                          " external_id FROM orders WHERE id = ?"), {created->id});
        QVERIFY(q && q->next());
        const qint64 items = a.salePrice.cents() * 2 + b.salePrice.cents();
        QCOMPARE(q->value(0).toLongLong(), expectedNumber);
        QCOMPARE(q->value(1).toString(), kInitial);
        QCOMPARE(q->value(2).toString(), QStringLiteral("credit_card"));
        QCOMPARE(q->value(3).toString(), QStringLiteral("pending"));
        QCOMPARE(q->value(4).toLongLong(), items);
        QCOMPARE(q->value(5).toLongLong(), 100);
        QCOMPARE(q->value(6).toLongLong(), 1250);
        QCOMPARE(q->value(7).toLongLong(), items - 100 + 1250);
        QCOMPARE(created->total.cents(), items - 100 + 1250);
        QCOMPARE(q->value(8).toInt(), 3);
        QCOMPARE(q->value(9).toString(), QStringLiteral("Entregar após as 14h"));
        const QString customerId = q->value(10).toString();
        QCOMPARE(customerId, created->customerId);
        QVERIFY(!q->value(11).isNull()); // delivered: the new customer's address
        QVERIFY(q->value(12).isNull());

        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_items WHERE order_id = ?"), {created->id}), 2);
        QCOMPARE(count(QStringLiteral("SELECT SUM(total_cents) FROM order_items WHERE order_id = ?"), {created->id}), items - 100);
        QCOMPARE(text(QStringLiteral("SELECT sku || ' ' || quantity || ' ' || list_price_cents || ' ' || unit_price_cents"
                                     " FROM order_items WHERE order_id = ? AND line_no = 1"), {created->id}),
                 QStringLiteral("%1 2 %2 %3").arg(a.sku).arg(a.listPrice.cents()).arg(a.salePrice.cents()));
        QCOMPARE(text(QStringLiteral("SELECT kind || ' ' || to_status FROM order_events WHERE order_id = ?"), {created->id}),
                 QStringLiteral("created novo"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'orders.create' AND entity_id = ?"), {created->id}), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'customers.create' AND entity_id = ?"), {customerId}), 1);

        // The new customer: stored document digits, searchable name key, address in São Paulo.
        QCOMPARE(text(QStringLiteral("SELECT document || ' ' || kind || ' ' || name_key FROM customers WHERE id = ?"), {customerId}),
                 kValidCpf + QStringLiteral(" person erica nogueira"));
        QCOMPARE(text(QStringLiteral("SELECT cep || ' ' || state FROM customer_addresses WHERE customer_id = ?"), {customerId}),
                 QStringLiteral("01310200 SP"));

        // One outbox entry per new row: customer, address, order, 2 items, event.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox")) - outboxBefore, 6);
        for (const char *table : {"orders", "order_events", "customers", "customer_addresses"})
            QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE seq > ? AND table_name = ?"),
                           {outboxBefore, QLatin1String(table)}), 1);
        const QJsonObject payload = QJsonDocument::fromJson(
            text(QStringLiteral("SELECT payload FROM outbox WHERE table_name = 'orders' AND row_id = ?"), {created->id}).toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("number")).toInteger(), expectedNumber);
        QCOMPARE(payload.value(QStringLiteral("row_version")).toInt(), 1);

        QCOMPARE(published.size(), 2);
        QCOMPARE(published.at(1).at(0).value<core::DomainEvent>().name, QStringLiteral("orders.created"));

        // The next order takes the next number.
        OrderDraft again = draftFor(QStringLiteral("televendas"), {{a, 1}});
        again.newCustomer.reset();
        again.customerId = customerId;
        auto second = service.create(m_t.admin(), again);
        QVERIFY2(second, qPrintable(why(second)));
        QCOMPARE(second->number, expectedNumber + 1);
    }

    void pricesSnapshotTheProductUnlessOverridden()
    {
        OrderEntryService service(db(), kInitial);
        const ProductHit a = product(4);
        const ProductHit b = product(5);
        OrderDraft draft = draftFor(QStringLiteral("representantes"), {{a, 1}, {b, 1}});
        draft.newCustomer.reset();
        draft.customerId = text(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 1"));
        draft.lines[0].listPrice = Money::fromCents(1); // stale prices in the draft
        draft.lines[0].unitPrice = Money::fromCents(1);
        draft.lines[1].unitPrice = Money::fromCents(777); // negotiated by the representative
        draft.lines[1].unitPriceOverridden = true;
        auto created = service.create(m_t.admin(), draft);
        QVERIFY2(created, qPrintable(why(created)));
        auto prices = [&](int line) {
            return text(QStringLiteral("SELECT list_price_cents || '/' || unit_price_cents FROM order_items"
                                       " WHERE order_id = ? AND line_no = ?"), {created->id, line});
        };
        QCOMPARE(prices(1), QStringLiteral("%1/%2").arg(a.listPrice.cents()).arg(a.salePrice.cents()));
        QCOMPARE(prices(2), QStringLiteral("%1/777").arg(b.listPrice.cents()));
    }

    void storeSaleHasNoShippingAddress()
    {
        OrderEntryService service(db(), kInitial);
        OrderDraft draft = draftFor(QStringLiteral("loja-centro"), {{product(2), 1}});
        draft.newCustomer->document = kValidCnpj;
        draft.newCustomer->name = QStringLiteral("Academia Corpo em Forma Ltda");
        draft.newCustomer->address = {};
        draft.paymentMethod = QStringLiteral("cash");
        auto created = service.create(m_t.admin(), draft);
        QVERIFY2(created, qPrintable(why(created)));
        QVERIFY(db().scalar(QStringLiteral("SELECT shipping_address_id FROM orders WHERE id = ?"), {created->id})->isNull());
        QCOMPARE(text(QStringLiteral("SELECT kind FROM customers WHERE id = ?"), {created->customerId}), QStringLiteral("company"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM customer_addresses WHERE customer_id = ?"), {created->customerId}), 0);
    }

    void failingAfterCreateRollsEverythingBack()
    {
        OrderEntryService service(db(), kInitial, [](const core::Session &, const QString &) -> core::Result<> {
            return core::Error::conflict(QStringLiteral("reserve_stock: no stock for SUP-10001"));
        });
        OrderDraft draft = draftFor(QStringLiteral("televendas"), {{product(0), 1}});
        draft.newCustomer->document = core::Cpf::withCheckDigits(QStringLiteral("123456780"));
        const QList<qint64> before = footprint();
        auto created = service.create(m_t.admin(), draft);
        QVERIFY(!created);
        QCOMPARE(created.error().message, QStringLiteral("reserve_stock: no stock for SUP-10001"));
        QCOMPARE(footprint(), before);
        QCOMPARE(db().transactionDepth(), 0);
    }

    void duplicateDocumentIsRefusedNamingTheCustomer()
    {
        auto existing = db().exec(QStringLiteral("SELECT document, name FROM customers WHERE kind = 'person' ORDER BY id LIMIT 1"));
        QVERIFY(existing && existing->next());
        OrderEntryService service(db(), kInitial);
        OrderDraft draft = draftFor(QStringLiteral("televendas"), {{product(0), 1}});
        draft.newCustomer->document = core::Cpf::format(existing->value(0).toString()); // typed with punctuation
        const QList<qint64> before = footprint();
        auto created = service.create(m_t.admin(), draft);
        QVERIFY(!created);
        QCOMPARE(created.error().kind, core::Error::Kind::Conflict);
        QCOMPARE(created.error().where, QStringLiteral("customer.document"));
        QVERIFY2(created.error().message.contains(existing->value(1).toString()), qPrintable(created.error().message));
        QCOMPARE(footprint(), before);
    }

    void storefrontChannelIsRefused()
    {
        OrderEntryService service(db(), kInitial);
        OrderDraft draft = draftFor(QStringLiteral("loja-virtual"), {{product(0), 1}});
        draft.channelKind = QStringLiteral("telesales"); // the caller's word does not count
        const QList<qint64> before = footprint();
        auto created = service.create(m_t.admin(), draft);
        QVERIFY(!created);
        QCOMPARE(created.error().kind, core::Error::Kind::Validation);
        QCOMPARE(created.error().where, QStringLiteral("channel"));
        QCOMPARE(footprint(), before);
    }

    void invalidDraftIsRefusedWithTheFirstFieldError()
    {
        OrderEntryService service(db(), kInitial);
        OrderDraft draft = draftFor(QStringLiteral("televendas"), {{product(0), 1}});
        draft.newCustomer->document = QStringLiteral("529.982.247-52");
        draft.freight = Money::fromCents(-1);
        const QList<qint64> before = footprint();
        auto created = service.create(m_t.admin(), draft);
        QVERIFY(!created);
        QCOMPARE(created.error().kind, core::Error::Kind::Validation);
        QCOMPARE(created.error().where, QStringLiteral("customer.document"));
        QCOMPARE(created.error().message, QStringLiteral("The CPF check digits do not match; please check for a typo."));
        QCOMPARE(footprint(), before);
    }

    void retiredProductIsRefused()
    {
        OrderEntryService service(db(), kInitial);
        const ProductHit p = product(6);
        OrderDraft draft = draftFor(QStringLiteral("televendas"), {{p, 1}});
        QVERIFY(db().exec(QStringLiteral("UPDATE products SET active = 0 WHERE id = ?"), {p.id}));
        auto created = service.create(m_t.admin(), draft);
        QVERIFY(db().exec(QStringLiteral("UPDATE products SET active = 1 WHERE id = ?"), {p.id}));
        QVERIFY(!created);
        QCOMPARE(created.error().where, QStringLiteral("lines.0.product"));
    }

    void roleWithoutOrdersManageIsRefused()
    {
        OrderEntryService service(db(), kInitial);
        OrderDraft draft = draftFor(QStringLiteral("televendas"), {{product(0), 1}});
        draft.newCustomer->document = core::Cpf::withCheckDigits(QStringLiteral("987654320"));
        const QList<qint64> before = footprint();
        for (const auto &[login, role] : {std::pair{QStringLiteral("estoque"), core::Role::Warehouse},
                                          std::pair{QStringLiteral("gerente"), core::Role::Manager}}) {
            const core::Session session = m_t.createUser(login, role);
            QVERIFY(session.isValid());
            const QList<qint64> withUser = footprint();
            auto created = service.create(session, draft);
            QVERIFY(!created);
            QCOMPARE(created.error().kind, core::Error::Kind::Forbidden);
            QCOMPARE(footprint(), withUser);
        }
        const core::Session office = m_t.createUser(QStringLiteral("televendas1"), core::Role::Office);
        auto created = service.create(office, draft);
        QVERIFY2(created, qPrintable(why(created)));
        QCOMPARE(text(QStringLiteral("SELECT updated_by FROM orders WHERE id = ?"), {created->id}), office.userId());
        QVERIFY(footprint() != before);
    }

    void theWorkflowStartsTheOrderInTheSameTransaction()
    {
        core::DomainEvents events;
        core::AppContext context(db(), events);
        context.setSession(m_t.admin());
        OrdersModule module;
        QVERIFY(module.initialize(context));
        billing::registerBillingActions(context.workflowActions()); // the shipped chart issues boletos
        stock::registerStockActions(context.workflowActions()); // ... and reserves/releases stock
        auto service = orderEntryService(context);
        QVERIFY2(service, qPrintable(why(service)));
        const core::WorkflowChart *chart = context.service<OrderWorkflow>()->chart().value();
        OrderDraft draft = draftFor(QStringLiteral("televendas"), {{product(0), 1}});
        draft.newCustomer->document = core::Cpf::withCheckDigits(QStringLiteral("222333444"));
        auto created = service->create(m_t.admin(), draft);
        QVERIFY2(created, qPrintable(why(created)));
        QCOMPARE(text(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {created->id}), chart->initialState());
        // The initial state's e-mail (the built-in chart greets the customer) was queued with it.
        for (const QString &action : chart->state(chart->initialState())->entryActions) {
            if (action.startsWith(QLatin1String("send_email:"))) {
                QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM email_outbox WHERE order_id = ? AND template = ?"),
                               {created->id, action.section(u':', 1)}), 1);
            }
        }
    }

    void cliCreatesAnOrderAndRefusesInvalidInput()
    {
        core::DomainEvents events;
        core::AppContext context(db(), events);
        context.setSession(core::Session::commandLine());
        const core::CliCommand command = orderCreateCommand(
            [](core::AppContext &c) { return OrderEntryService(c.database(), kInitial); });
        QCOMPARE(command.path, (QStringList{QStringLiteral("orders"), QStringLiteral("create")}));
        auto run = [&](const QStringList &arguments, bool json, QString &out, QString &err) {
            out.clear();
            err.clear();
            QTextStream o(&out);
            QTextStream e(&err);
            core::CliInvocation call{arguments, context, json, o, e};
            const int code = command.run(call);
            o.flush();
            e.flush();
            return code;
        };
        const ProductHit p = product(7);
        const QString document = core::Cpf::withCheckDigits(QStringLiteral("111444777"));
        const QStringList base{QStringLiteral("--channel"), QStringLiteral("televendas"),
                               QStringLiteral("--customer"), core::Cpf::format(document),
                               QStringLiteral("--new-customer-name"), QStringLiteral("João da Silva"),
                               QStringLiteral("--cep"), QStringLiteral("20040-020"), QStringLiteral("--street"), QStringLiteral("Rua da Assembleia"),
                               QStringLiteral("--number"), QStringLiteral("10"), QStringLiteral("--district"), QStringLiteral("Centro"),
                               QStringLiteral("--city"), QStringLiteral("Rio de Janeiro"), QStringLiteral("--state"), QStringLiteral("RJ"),
                               QStringLiteral("--item"), p.gtin + QStringLiteral(":2"),
                               QStringLiteral("--item"), p.sku + QStringLiteral(":1:10,00"),
                               QStringLiteral("--payment"), QStringLiteral("boleto"), QStringLiteral("--freight"), QStringLiteral("12,50")};
        QString out;
        QString err;
        const QList<qint64> before = footprint();
        QCOMPARE(run(base + QStringList{QStringLiteral("--state"), QStringLiteral("SP")}, false, out, err), 2);
        QVERIFY2(err.startsWith(QStringLiteral("address.cep: The CEP 20040-020 belongs to RJ, not SP.")), qPrintable(err));
        QCOMPARE(run(base + QStringList{QStringLiteral("--installments"), QStringLiteral("3")}, false, out, err), 2);
        QVERIFY2(err.startsWith(QStringLiteral("installments: ")), qPrintable(err));
        QCOMPARE(run(QStringList(base).replaceInStrings(p.sku + QStringLiteral(":1:10,00"), p.sku + QStringLiteral(":um")),
                     false, out, err), 2);
        QVERIFY2(err.startsWith(QStringLiteral("--item ")), qPrintable(err));
        QCOMPARE(footprint(), before);

        QCOMPARE(run(base, true, out, err), 0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        const qint64 number = json.value(QStringLiteral("number")).toInteger();
        QVERIFY2(number > 100000, qPrintable(out));
        QCOMPARE(text(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number}), json.value(QStringLiteral("id")).toString());
        // Two lines: the EAN at the sale price, the SKU again with a negotiated price.
        QCOMPARE(json.value(QStringLiteral("total_cents")).toInteger(), p.salePrice.cents() * 2 + 1000 + 1250);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.number = ?"), {number}), 2);

        // The customer now exists: the same document places a second order without the form.
        const QStringList repeat{QStringLiteral("--channel"), QStringLiteral("televendas"), QStringLiteral("--customer"), document,
                                 QStringLiteral("--item"), p.sku + QStringLiteral(":1"), QStringLiteral("--payment"), QStringLiteral("pix")};
        QCOMPARE(run(repeat, false, out, err), 0);
        QVERIFY2(out.startsWith(QStringLiteral("Order %1 created").arg(number + 1)), qPrintable(out));
        QCOMPARE(run(QStringList(repeat).replaceInStrings(QStringLiteral("televendas"), QStringLiteral("mercado-livre")), false, out, err), 2);
        QVERIFY2(err.startsWith(QStringLiteral("channel: ")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(tst_OrderEntry)
#include "tst_orderentry.moc"
