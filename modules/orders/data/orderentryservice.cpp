#include "orders/data/orderentryservice.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/domainevents.h"
#include "core/domain/searchkey.h"
#include "core/domain/session.h"
#include "core/domain/taxid.h"
#include "core/domain/uuid7.h"

#include <QDateTime>
#include <QJsonObject>

namespace orders {

namespace {
using Columns = QList<QPair<QString, QVariant>>;

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

OrderEntryService::OrderEntryService(core::Database &db, QString initialStatus, AfterCreate afterCreate,
                                     core::DomainEvents *events)
    : m_db(db), m_initialStatus(std::move(initialStatus)), m_afterCreate(std::move(afterCreate)), m_events(events),
      m_repository(db), m_products(db)
{
}

core::Result<QList<EntryChannel>> OrderEntryService::channels() const
{
    return m_repository.entryChannels();
}

core::Result<std::optional<EntryChannel>> OrderEntryService::channelByCode(const QString &code) const
{
    return m_repository.channelByCode(code.trimmed());
}

core::Result<QPair<OrderDraft, QList<FieldError>>> OrderEntryService::check(const OrderDraft &input) const
{
    OrderDraft draft = input;
    QList<FieldError> errors;
    draft.channelKind.clear(); // only the database says what kind a channel is
    if (!draft.channelId.isEmpty()) {
        auto channel = m_repository.channel(draft.channelId);
        if (!channel)
            return channel.error();
        if (!channel->has_value())
            errors.append({QStringLiteral("channel"), tr("The chosen channel no longer exists; choose another.")});
        else
            draft.channelKind = (*channel)->kind;
    }
    for (int i = 0; i < draft.lines.size(); ++i) {
        OrderLine &line = draft.lines[i];
        if (line.productId.isEmpty())
            continue; // validate() names it
        auto product = m_products.byId(line.productId);
        if (!product)
            return product.error();
        if (!product->has_value() || !(*product)->active) {
            errors.append({OrderDraft::lineField(i, u"product"),
                           tr("Line %1: %2 is no longer sold; remove the line.").arg(i + 1).arg(line.sku)});
            continue;
        }
        // Snapshot the product as it is now: the list price ("preço de") always, the sale price
        // unless the user typed another one.
        const ProductHit &p = **product;
        line.sku = p.sku;
        line.description = p.name;
        line.listPrice = p.listPrice;
        if (!line.unitPriceOverridden)
            line.unitPrice = p.salePrice;
    }
    const QList<FieldError> domain = draft.validate();
    // The channel error of validate() on an unknown channel would only repeat ours.
    for (const FieldError &e : domain) {
        if (!(e.field == QLatin1String("channel") && !errors.isEmpty() && errors.constFirst().field == e.field))
            errors.append(e);
    }
    return qMakePair(draft, errors);
}

core::Result<CreatedOrder> OrderEntryService::create(const core::Session &session, const OrderDraft &input)
{
    if (auto allowed = session.require(core::Permission::OrdersManage); !allowed)
        return allowed.error();
    auto checked = check(input);
    if (!checked)
        return checked.error();
    if (!checked->second.isEmpty()) {
        const FieldError &first = checked->second.constFirst();
        return core::Error::validation(first.message, first.field);
    }
    const OrderDraft draft = checked->first.normalized();
    const OrderTotals totals = draft.totals();

    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();

    QString customerId = draft.customerId;
    QVariant addressId;
    if (draft.newCustomer) {
        auto inserted = insertCustomer(session, *draft.newCustomer, addressId);
        if (!inserted)
            return inserted.error();
        customerId = *inserted;
    } else {
        auto exists = m_repository.customerExists(customerId);
        if (!exists)
            return exists.error();
        if (!*exists)
            return core::Error::validation(tr("The chosen customer no longer exists; search again."), QStringLiteral("customer"));
        auto address = m_repository.defaultAddressId(customerId);
        if (!address)
            return address.error();
        addressId = *address;
    }
    if (draft.channelKind == QLatin1String("store")) // picked up at the counter
        addressId = QVariant();

    auto number = m_repository.nextOrderNumber();
    if (!number)
        return number.error();
    const QString orderId = core::Uuid7::generate();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant actor = nullable(session.userId());
    const Columns order{
        {QStringLiteral("id"), orderId},
        {QStringLiteral("number"), *number},
        {QStringLiteral("channel_id"), draft.channelId},
        {QStringLiteral("external_id"), QVariant()},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("status"), m_initialStatus},
        {QStringLiteral("payment_method"), draft.paymentMethod},
        {QStringLiteral("payment_status"), QStringLiteral("pending")},
        {QStringLiteral("placed_at"), now},
        {QStringLiteral("items_cents"), totals.items.cents()},
        {QStringLiteral("discount_cents"), totals.discount.cents()},
        {QStringLiteral("freight_cents"), totals.freight.cents()},
        {QStringLiteral("total_cents"), totals.total.cents()},
        {QStringLiteral("installments"), draft.installments},
        {QStringLiteral("shipping_address_id"), addressId},
        {QStringLiteral("notes"), draft.notes},
        {QStringLiteral("row_version"), 1},
        {QStringLiteral("updated_at"), now},
        {QStringLiteral("updated_by"), actor},
    };
    if (auto done = m_repository.insert(QStringLiteral("orders"), order); !done)
        return done.error();
    for (int i = 0; i < draft.lines.size(); ++i) {
        const OrderLine &line = draft.lines.at(i);
        const Columns item{
            {QStringLiteral("id"), core::Uuid7::generate()},
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("line_no"), i + 1},
            {QStringLiteral("product_id"), line.productId},
            {QStringLiteral("sku"), line.sku},
            {QStringLiteral("description"), line.description},
            {QStringLiteral("quantity"), line.quantity},
            {QStringLiteral("list_price_cents"), line.listPrice.cents()},
            {QStringLiteral("unit_price_cents"), line.unitPrice.cents()},
            {QStringLiteral("discount_cents"), line.discount.cents()},
            {QStringLiteral("total_cents"), line.total().cents()},
            {QStringLiteral("row_version"), 1},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("updated_by"), actor},
        };
        if (auto done = m_repository.insert(QStringLiteral("order_items"), item); !done)
            return done.error();
    }
    auto channel = m_repository.channel(draft.channelId);
    if (!channel)
        return channel.error();
    const QString channelName = channel->has_value() ? (*channel)->name : QString();
    const Columns event{
        {QStringLiteral("id"), core::Uuid7::generate()},
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("at"), now},
        {QStringLiteral("user_id"), actor},
        {QStringLiteral("kind"), QStringLiteral("created")},
        {QStringLiteral("from_status"), QVariant()},
        {QStringLiteral("to_status"), m_initialStatus},
        {QStringLiteral("reason"), tr("Entered by %1 (%2)").arg(session.name().isEmpty() ? session.login() : session.name(),
                                                                channelName)},
    };
    if (auto done = m_repository.insert(QStringLiteral("order_events"), event); !done)
        return done.error();
    const QJsonObject details{{QStringLiteral("number"), *number},
                              {QStringLiteral("channel"), channel->has_value() ? (*channel)->code : QString()},
                              {QStringLiteral("customer_id"), customerId},
                              {QStringLiteral("new_customer"), draft.newCustomer.has_value()},
                              {QStringLiteral("lines"), int(draft.lines.size())},
                              {QStringLiteral("total_cents"), totals.total.cents()}};
    if (auto done = core::AuditLog::append(m_db, session, QStringLiteral("orders.create"), QStringLiteral("orders"),
                                           orderId, details);
        !done)
        return done.error();
    if (m_afterCreate) {
        if (auto done = m_afterCreate(session, orderId); !done)
            return done.error();
    }
    if (auto done = tx.commit(); !done)
        return done.error();

    if (m_events) {
        if (draft.newCustomer)
            m_events->publish({QStringLiteral("customers.created"), QStringLiteral("customers"), customerId, {}});
        m_events->publish({QStringLiteral("orders.created"), QStringLiteral("orders"), orderId,
                           {{QStringLiteral("number"), *number}}});
    }
    return CreatedOrder{orderId, *number, totals.total, customerId};
}

core::Result<QString> OrderEntryService::insertCustomer(const core::Session &session, const NewCustomer &c,
                                                        QVariant &addressId)
{
    auto existing = m_repository.customerByDocument(c.document);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return core::Error::conflict(tr("%1 is already registered, as %2; search for that customer instead.")
                                         .arg(core::TaxId::format(c.document), (*existing)->second),
                                     QStringLiteral("customer.document"));
    }
    const QString customerId = core::Uuid7::generate();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    const QVariant actor = nullable(session.userId());
    const Columns customer{
        {QStringLiteral("id"), customerId},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("name_key"), core::SearchKey::fold(c.name)},
        {QStringLiteral("document"), c.document},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("row_version"), 1},
        {QStringLiteral("updated_at"), now},
        {QStringLiteral("updated_by"), actor},
    };
    if (auto done = m_repository.insert(QStringLiteral("customers"), customer); !done)
        return done.error();
    if (!c.address.isEmpty()) {
        addressId = core::Uuid7::generate();
        const NewCustomer::Address &a = c.address;
        const Columns address{
            {QStringLiteral("id"), addressId},
            {QStringLiteral("customer_id"), customerId},
            {QStringLiteral("label"), QString()},
            {QStringLiteral("recipient"), c.name},
            {QStringLiteral("street"), a.street},
            {QStringLiteral("number"), a.number},
            {QStringLiteral("complement"), a.complement},
            {QStringLiteral("district"), a.district},
            {QStringLiteral("city"), a.city},
            {QStringLiteral("state"), a.state},
            {QStringLiteral("cep"), a.cep},
            {QStringLiteral("is_default"), true},
            {QStringLiteral("row_version"), 1},
            {QStringLiteral("updated_at"), now},
            {QStringLiteral("updated_by"), actor},
        };
        if (auto done = m_repository.insert(QStringLiteral("customer_addresses"), address); !done)
            return done.error();
    }
    // No CPF/CNPJ in the audit details: the log is read by more people than customer data is.
    if (auto done = core::AuditLog::append(m_db, session, QStringLiteral("customers.create"), QStringLiteral("customers"),
                                           customerId, {{QStringLiteral("kind"), c.kind}});
        !done)
        return done.error();
    return customerId;
}

} // namespace orders
