#include "billing/data/cashview.h"

#include "core/data/database.h"
#include "core/domain/session.h"

#include <QMap>
#include <QSqlQuery>

namespace billing {

core::Result<QList<CashDay>> CashView::daily(core::Database &db, const core::Session &session, const QDate &from, const QDate &to,
                                             const QString &accountId)
{
    if (auto allowed = session.require(core::Permission::BillingView); !allowed)
        return allowed.error();
    const QString fromText = from.toString(Qt::ISODate);
    const QString toText = to.toString(Qt::ISODate);
    const QString onlyAccount = accountId.isEmpty() ? QString() : QStringLiteral(" AND b.account_id = ?");
    auto bindings = [&](QVariantList base) {
        if (!accountId.isEmpty())
            base << accountId;
        return base;
    };
    QMap<std::pair<QDate, QString>, CashDay> days;
    auto add = [&](const QString &sql, auto apply) -> core::Result<> {
        auto q = db.exec(sql, bindings({fromText, toText}));
        if (!q)
            return q.error();
        while (q->next()) {
            const QDate date = core::fromDbDate(q->value(0));
            // A card acquirer has no account id: its name tells its days apart.
            const QString account = q->value(1).toString().isEmpty() ? q->value(2).toString() : q->value(1).toString();
            CashDay &day = days[{date, account}];
            day.date = date;
            day.accountId = q->value(1).toString();
            day.accountName = q->value(2).toString();
            apply(day, q->value(3).toLongLong());
        }
        return {};
    };
    // Each sum is grouped by day and account first and named after, and each reads its dated
    // index (boletos_due covers the expected money; retorno_records_cash_day the records): the
    // cost follows the days asked for, not the account's whole history. CROSS JOIN keeps the
    // dated table outermost on SQLite.
    const QString dueOfDays = QStringLiteral(
        "SELECT d.day, d.account_id, a.name, d.total FROM (SELECT b.due_date AS day, b.account_id, SUM(b.amount_cents) AS total"
        " FROM boletos b WHERE b.due_date BETWEEN ? AND ?%1%2 GROUP BY b.due_date, b.account_id) d"
        " CROSS JOIN bank_accounts a WHERE a.id = d.account_id");
    if (auto r = add(dueOfDays.arg(QString(), onlyAccount), [](CashDay &d, qint64 v) { d.expectedCents += v; }); !r)
        return r.error();
    if (auto r = add(dueOfDays.arg(QStringLiteral(" AND b.status = 'cancelado'"), onlyAccount),
                     [](CashDay &d, qint64 v) { d.expectedCents -= v; });
        !r)
        return r.error();
    // A record's cash day is its credit date, else its occurrence. Card settlements belong to no
    // collection account: their days go under the acquirer's name; a refund takes money back.
    const QString recordsOfDays = QStringLiteral(
        "SELECT d.day, COALESCE(CAST(d.account_id AS TEXT), ''), COALESCE(a.name, d.provider), d.total"
        " FROM (SELECT COALESCE(r.credit_date, r.occurrence_date) AS day, f.account_id, f.provider, SUM(%1) AS total"
        " FROM retorno_records r CROSS JOIN retorno_files f"
        " WHERE f.id = r.file_id AND %2 AND COALESCE(r.credit_date, r.occurrence_date) BETWEEN ? AND ?%3"
        " GROUP BY COALESCE(r.credit_date, r.occurrence_date), f.account_id, f.provider) d"
        " LEFT JOIN bank_accounts a ON a.id = d.account_id");
    const QString fileAccount = accountId.isEmpty() ? QString() : QStringLiteral(" AND f.account_id = ?");
    if (auto r = add(recordsOfDays.arg(QStringLiteral("CASE WHEN r.kind = 'estorno' THEN -r.paid_cents ELSE r.paid_cents END"),
                                       QStringLiteral("r.pays = 1"), fileAccount),
                     [](CashDay &d, qint64 v) { d.creditedCents += v; });
        !r)
        return r.error();
    if (auto r = add(recordsOfDays.arg(QStringLiteral("r.fee_cents"), QStringLiteral("r.fee_cents > 0"), fileAccount),
                     [](CashDay &d, qint64 v) { d.feeCents += v; });
        !r)
        return r.error();
    QList<CashDay> result; // a day whose boletos were all cancelled nets to nothing
    for (const CashDay &d : std::as_const(days)) {
        if (d.expectedCents != 0 || d.creditedCents != 0 || d.feeCents != 0)
            result << d;
    }
    return result;
}

} // namespace billing
