#include "dashboards/data/kpirepository.h"

#include "core/data/database.h"

#include <QTimeZone>

namespace dashboards {

core::Result<SalesSummary> KpiRepository::sales(QDate lastDay, int days) const
{
    const QDate firstDay = lastDay.addDays(1 - days);
    // Bounds in UTC so the orders_placed index serves the range; São Paulo is UTC−3.
    const QDateTime from(firstDay, QTime(3, 0), Qt::UTC);
    const QDateTime to(lastDay.addDays(1), QTime(3, 0), Qt::UTC);
    const QString day = m_db.dialect().saoPauloDate(QStringLiteral("o.placed_at"));
    auto q = m_db.exec(QStringLiteral(
        "SELECT %1 AS day, ch.kind, COUNT(*),"
        " SUM(CASE WHEN o.status = 'cancelado' THEN 0 ELSE o.total_cents END),"
        " SUM(CASE WHEN o.status = 'cancelado' THEN 1 ELSE 0 END)"
        " FROM orders o JOIN channels ch ON ch.id = o.channel_id"
        " WHERE o.placed_at >= ? AND o.placed_at < ? GROUP BY day, ch.kind ORDER BY day").arg(day),
        {core::toDbTimestamp(from), core::toDbTimestamp(to)});
    if (!q)
        return q.error();

    SalesSummary summary;
    for (int i = 0; i < days; ++i)
        summary.days.append({firstDay.addDays(i), {}, {}});
    while (q->next()) {
        const QDate date = QDate::fromString(q->value(0).toString(), Qt::ISODate);
        const qint64 index = firstDay.daysTo(date);
        if (index < 0 || index >= days)
            continue;
        DailySales &d = summary.days[index];
        const qint64 count = q->value(2).toLongLong();
        d.ordersByChannelKind[q->value(1).toString()] += count;
        d.revenue += core::Money::fromCents(q->value(3).toLongLong());
        summary.orders += count;
        summary.cancelled += q->value(4).toLongLong();
        summary.revenue += core::Money::fromCents(q->value(3).toLongLong());
    }
    const qint64 sold = summary.orders - summary.cancelled;
    summary.averageTicket = sold > 0 ? core::Money::fromCents(summary.revenue.cents() / sold) : core::Money();

    auto queues = m_db.exec(QStringLiteral(
        "SELECT (SELECT COUNT(*) FROM orders WHERE status = 'aguardando_pagamento'),"
        " (SELECT COUNT(*) FROM orders WHERE status IN ('pago', 'em_separacao'))"));
    if (!queues)
        return queues.error();
    if (queues->next()) {
        summary.awaitingPayment = queues->value(0).toLongLong();
        summary.toPick = queues->value(1).toLongLong();
    }
    return summary;
}

} // namespace dashboards
