#include "orders/data/orderrepository.h"

#include "core/data/database.h"
#include "core/domain/cep.h"
#include "core/domain/civiltime.h"
#include "core/domain/searchkey.h"
#include "core/domain/tr.h"
#include "orders/data/ordersearchquery.h"

#include <QTimeZone>

namespace orders {

using core::Money;

namespace {
// The columns every order row query starts with, in readRow()'s order.
const QString kRowColumns = QStringLiteral(
    "o.id, o.number, o.placed_at, ch.name, c.name, c.document, o.total_cents,"
    " o.payment_method, o.payment_status, o.status, o.carrier, o.tracking_code, o.channel_id, o.customer_id");
// CROSS JOIN fixes the loop order in SQLite: orders drive, so an index on orders gives the sort.
const QString kRowJoins = QStringLiteral(
    " FROM orders o CROSS JOIN customers c ON c.id = o.customer_id CROSS JOIN channels ch ON ch.id = o.channel_id");

// A filter that keeps fewer rows than this is applied first (its index, then a sort of what it
// kept); a broader one is applied while walking the sort column's index, which finds a page
// quickly because matching rows are dense. Walking another table's index (customers, channels)
// costs a lookup per row, so there sorting in memory pays off for more rows.
constexpr int kSelectiveRows = 5000;
constexpr int kSelectiveRowsJoinedSort = 20000;

OrderRow readRow(const QSqlQuery &q)
{
    OrderRow r;
    r.id = q.value(0).toString();
    r.number = q.value(1).toLongLong();
    r.placedAt = core::fromDbTimestamp(q.value(2));
    r.channelName = q.value(3).toString();
    r.customerName = q.value(4).toString();
    r.customerDocument = q.value(5).toString();
    r.total = Money::fromCents(q.value(6).toLongLong());
    r.paymentMethod = q.value(7).toString();
    r.paymentStatus = q.value(8).toString();
    r.status = q.value(9).toString();
    r.carrier = q.value(10).toString();
    r.trackingCode = q.value(11).toString();
    r.channelId = q.value(12).toString();
    r.customerId = q.value(13).toString();
    return r;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString utcStartOf(const QDate &civilDate)
{
    return core::toDbTimestamp(QDateTime(civilDate, QTime(0, 0), core::CivilTime::zone()).toUTC());
}

// The sort columns, outermost first, ending with the unique order number.
QStringList sortTerms(OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Number: return {QStringLiteral("o.number")};
    case OrderSortKey::PlacedAt: return {QStringLiteral("o.placed_at"), QStringLiteral("o.number")};
    case OrderSortKey::Channel: return {QStringLiteral("ch.name"), QStringLiteral("o.number")};
    case OrderSortKey::Customer: return {QStringLiteral("c.name_key"), QStringLiteral("c.id"), QStringLiteral("o.number")};
    case OrderSortKey::Document: return {QStringLiteral("c.document"), QStringLiteral("o.number")};
    case OrderSortKey::Total: return {QStringLiteral("o.total_cents"), QStringLiteral("o.number")};
    case OrderSortKey::PaymentStatus: return {QStringLiteral("o.payment_status"), QStringLiteral("o.number")};
    case OrderSortKey::Status: return {QStringLiteral("o.status"), QStringLiteral("o.number")};
    case OrderSortKey::Carrier: return {QStringLiteral("o.carrier"), QStringLiteral("o.number")};
    case OrderSortKey::Tracking: return {QStringLiteral("o.tracking_code"), QStringLiteral("o.number")};
    }
    return {QStringLiteral("o.number")};
}

// Sorting by a column of another table walks that table first (its index gives the order) and
// each row's orders by (foreign key, number); CROSS JOIN tells SQLite to keep that loop order.
QString fromClause(OrderSortKey key, bool drivenBySort)
{
    if (!drivenBySort)
        return kRowJoins;
    switch (key) {
    case OrderSortKey::Channel:
        return QStringLiteral(" FROM channels ch CROSS JOIN orders o ON o.channel_id = ch.id"
                              " CROSS JOIN customers c ON c.id = o.customer_id");
    case OrderSortKey::Customer:
    case OrderSortKey::Document:
        return QStringLiteral(" FROM customers c CROSS JOIN orders o ON o.customer_id = c.id"
                              " CROSS JOIN channels ch ON ch.id = o.channel_id");
    default:
        return kRowJoins;
    }
}

struct Conditions
{
    QStringList where;
    QVariantList bindings;
    void add(const QString &sql, const QVariantList &values = {})
    {
        where << sql;
        bindings << values;
    }
    void addIn(const QString &column, const QStringList &values, bool indexed)
    {
        if (values.isEmpty())
            return;
        // A unary + keeps SQLite from using the column's index when walking the sort index is faster.
        where << QStringLiteral("%1%2 IN (%3)").arg(indexed ? QString() : QStringLiteral("+"), column, placeholders(values.size()));
        for (const QString &v : values)
            bindings << v;
    }
    QString sql() const { return where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")); }
};

// The filter's conditions on orders (not search, not keyset).
void addFilter(Conditions &c, const OrderFilter &filter, bool indexed)
{
    c.addIn(QStringLiteral("o.status"), filter.statuses, indexed);
    c.addIn(QStringLiteral("o.channel_id"), filter.channelIds, indexed);
    c.addIn(QStringLiteral("o.payment_status"), filter.paymentStatuses, indexed);
    c.addIn(QStringLiteral("o.payment_method"), filter.paymentMethods, indexed);
    c.addIn(QStringLiteral("o.carrier"), filter.carriers, indexed);
    if (!filter.customerId.isEmpty())
        c.add(QStringLiteral("%1o.customer_id = ?").arg(indexed ? QString() : QStringLiteral("+")), {filter.customerId});
    if (filter.placedFrom.isValid())
        c.add(QStringLiteral("o.placed_at >= ?"), {utcStartOf(filter.placedFrom)});
    if (filter.placedTo.isValid())
        c.add(QStringLiteral("o.placed_at < ?"), {utcStartOf(filter.placedTo.addDays(1))});
}

bool hasColumnFilter(const OrderFilter &f)
{
    return !f.statuses.isEmpty() || !f.channelIds.isEmpty() || !f.paymentStatuses.isEmpty() || !f.paymentMethods.isEmpty()
           || !f.carriers.isEmpty() || !f.customerId.isEmpty();
}

QVariant sortValueOf(const OrderRow &row, OrderSortKey key)
{
    switch (key) {
    case OrderSortKey::Number: return row.number;
    case OrderSortKey::PlacedAt: return core::toDbTimestamp(row.placedAt);
    case OrderSortKey::Channel: return row.channelName;
    case OrderSortKey::Customer: return core::SearchKey::fold(row.customerName);
    case OrderSortKey::Document: return row.customerDocument;
    case OrderSortKey::Total: return row.total.cents();
    case OrderSortKey::PaymentStatus: return row.paymentStatus;
    case OrderSortKey::Status: return row.status;
    case OrderSortKey::Carrier: return row.carrier;
    case OrderSortKey::Tracking: return row.trackingCode;
    }
    return {};
}

} // namespace

OrderCursor OrderRepository::cursorAfter(const OrderRow &row, const OrderSort &sort)
{
    OrderCursor cursor;
    cursor.sortValue = sortValueOf(row, sort.key);
    cursor.sortTieBreak = sort.key == OrderSortKey::Customer ? row.customerId : QString();
    cursor.number = row.number;
    return cursor;
}

core::Result<QList<OrderRow>> OrderRepository::page(const OrderFilter &filter, const OrderSort &sort,
                                                    const OrderCursor &cursor, int limit) const
{
    const QString match = orderSearchMatch(filter.search);
    const bool searching = !match.isEmpty() && m_db.dialect().kind() == core::SqlDialect::Kind::Sqlite;

    // A date range is also a range of order numbers (numbers grow with time); bounding the number
    // lets every (column, number) index skip straight to the period.
    Conditions c;
    if (filter.placedFrom.isValid() || filter.placedTo.isValid()) {
        Conditions range;
        addFilter(range, OrderFilter{.placedFrom = filter.placedFrom, .placedTo = filter.placedTo}, true);
        auto bounds = m_db.exec(QStringLiteral("SELECT MIN(o.number), MAX(o.number) FROM orders o%1").arg(range.sql()),
                                range.bindings);
        if (!bounds)
            return bounds.error();
        if (!bounds->next() || bounds->value(0).isNull())
            return QList<OrderRow>{};
        c.add(QStringLiteral("o.number BETWEEN ? AND ?"), {bounds->value(0), bounds->value(1)});
    }

    bool selective = false;
    const bool joinedSort = sort.key == OrderSortKey::Channel || sort.key == OrderSortKey::Customer
                            || sort.key == OrderSortKey::Document;
    const int selectiveRows = joinedSort ? kSelectiveRowsJoinedSort : kSelectiveRows;
    if ((hasColumnFilter(filter) || (joinedSort && !c.where.isEmpty())) && !searching) {
        // Count (up to the threshold) what each indexed condition keeps, within the date range's
        // numbers: every count reads one (column, number) index and no table row. The smallest
        // bounds what all conditions together keep.
        QList<Conditions> probes;
        auto probeOn = [&](const QString &column, const QStringList &values) {
            if (values.isEmpty())
                return;
            Conditions probe = c;
            probe.addIn(column, values, true);
            probes.append(probe);
        };
        probeOn(QStringLiteral("o.status"), filter.statuses);
        probeOn(QStringLiteral("o.channel_id"), filter.channelIds);
        probeOn(QStringLiteral("o.payment_status"), filter.paymentStatuses);
        probeOn(QStringLiteral("o.carrier"), filter.carriers);
        probeOn(QStringLiteral("o.customer_id"), filter.customerId.isEmpty() ? QStringList() : QStringList{filter.customerId});
        if (probes.isEmpty()) { // only unindexed conditions (payment method, dates): count them all
            Conditions probe = c;
            addFilter(probe, filter, true);
            probes.append(probe);
        }
        for (const Conditions &probe : std::as_const(probes)) {
            auto kept = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM orders o%1 LIMIT %2) AS kept")
                                        .arg(probe.sql())
                                        .arg(selectiveRows),
                                    probe.bindings);
            if (!kept)
                return kept.error();
            if (kept->toLongLong() < selectiveRows) {
                selective = true;
                break;
            }
        }
    }
    addFilter(c, filter, selective || searching);

    // A selective filter or a search decides which rows; otherwise the sort's own index walks.
    QString from = fromClause(sort.key, !selective && !searching);
    if (searching) {
        // The search index drives: its matches come newest first (rowid = order number).
        from = QStringLiteral(" FROM order_search s CROSS JOIN orders o ON o.number = s.rowid"
                              " CROSS JOIN customers c ON c.id = o.customer_id CROSS JOIN channels ch ON ch.id = o.channel_id");
        c.add(QStringLiteral("order_search MATCH ?"), {match});
    } else if (!filter.search.trimmed().isEmpty()) {
        // Free text on a database without the FTS index (the central PostgreSQL): exact number,
        // document or tracking code, which its indexes serve.
        const QString text = filter.search.trimmed();
        c.add(QStringLiteral("(CAST(o.number AS TEXT) = ? OR c.document = ? OR o.tracking_code = ?)"), {text, text, text});
    }

    const QStringList terms = sortTerms(sort.key);
    if (!cursor.isStart()) {
        QVariantList after;
        if (terms.size() == 1) {
            after << cursor.number;
        } else {
            after << cursor.sortValue;
            if (sort.key == OrderSortKey::Customer)
                after << cursor.sortTieBreak;
            after << cursor.number;
        }
        c.add(QStringLiteral("(%1) %2 (%3)").arg(terms.join(QStringLiteral(", ")), sort.descending ? QStringLiteral("<") : QStringLiteral(">"),
                                                  placeholders(after.size())),
              after);
    }
    QStringList orderBy;
    const QString direction = sort.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    for (const QString &term : terms) {
        // After a selective filter the kept rows are sorted; a sort index must not be preferred.
        const bool sortInMemory = selective && term.startsWith(QLatin1String("o."));
        orderBy << (sortInMemory ? QStringLiteral("+") : QString()) + term + direction;
    }
    if (searching && sort.key == OrderSortKey::Number)
        orderBy = {QStringLiteral("s.rowid") + direction};
    c.bindings << limit;
    const QString sql = QStringLiteral("SELECT %1%2%3 ORDER BY %4 LIMIT ?")
                            .arg(kRowColumns, from, c.sql(), orderBy.join(QStringLiteral(", ")));
    auto q = m_db.exec(sql, c.bindings);
    if (!q)
        return q.error();
    QList<OrderRow> rows;
    rows.reserve(limit);
    while (q->next())
        rows.append(readRow(*q));
    return rows;
}

core::Result<QStringList> OrderRepository::carriers() const
{
    // A handful of values among a million rows: one index seek per carrier instead of a scan.
    auto q = m_db.exec(QStringLiteral(
        "WITH RECURSIVE next(carrier) AS ("
        " SELECT MIN(carrier) FROM orders WHERE carrier > ''"
        " UNION ALL SELECT (SELECT MIN(carrier) FROM orders WHERE carrier > next.carrier) FROM next"
        " WHERE next.carrier IS NOT NULL)"
        " SELECT carrier FROM next WHERE carrier IS NOT NULL"));
    if (!q)
        return q.error();
    QStringList list;
    while (q->next())
        list << q->value(0).toString();
    return list;
}

core::Result<QList<QPair<QString, QString>>> OrderRepository::channels() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM channels ORDER BY name"));
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> list;
    while (q->next())
        list.append({q->value(0).toString(), q->value(1).toString()});
    return list;
}

core::Result<QString> OrderRepository::idForNumber(qint64 number) const
{
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number});
    if (!id)
        return id.error();
    return id->toString();
}

core::Result<OrderRow> OrderRepository::row(const QString &orderId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1%2 WHERE o.id = ?").arg(kRowColumns, kRowJoins), {orderId});
    if (!q)
        return q.error();
    if (!q->next())
        return core::Error::notFound(core::Tr::tr("The order does not exist."), orderId);
    return readRow(*q);
}

} // namespace orders
