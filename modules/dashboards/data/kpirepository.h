#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace core {
class Database;
}

namespace dashboards {

/// Sales of one day by channel kind.
struct DailySales
{
    QDate day;
    QMap<QString, qint64> ordersByChannelKind;
    core::Money revenue; ///< orders not cancelled
};

struct SalesSummary
{
    QList<DailySales> days; ///< one entry per day of the period, also days without sales
    qint64 orders = 0;
    qint64 cancelled = 0;
    core::Money revenue;
    core::Money averageTicket;
    qint64 awaitingPayment = 0;
    qint64 toPick = 0;
};

/// Aggregates for the sales dashboard. Runs on a worker thread with its own connection.
class KpiRepository
{
public:
    explicit KpiRepository(core::Database &db) : m_db(db) {}
    /// Sales of the `days` days ending on `lastDay` (São Paulo civil dates).
    core::Result<SalesSummary> sales(QDate lastDay, int days) const;

private:
    core::Database &m_db;
};

} // namespace dashboards
