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
            CashDay &day = days[{date, q->value(1).toString()}];
            day.date = date;
            day.accountId = q->value(1).toString();
            day.accountName = q->value(2).toString();
            apply(day, q->value(3).toLongLong());
        }
        return {};
    };
    if (auto r = add(QStringLiteral("SELECT b.due_date, b.account_id, a.name, SUM(b.amount_cents) FROM boletos b"
                                    " JOIN bank_accounts a ON a.id = b.account_id"
                                    " WHERE b.due_date BETWEEN ? AND ? AND b.status <> 'cancelado'%1"
                                    " GROUP BY b.due_date, b.account_id, a.name")
                         .arg(onlyAccount),
                     [](CashDay &d, qint64 v) { d.expectedCents += v; });
        !r)
        return r.error();
    if (auto r = add(QStringLiteral("SELECT COALESCE(p.credit_date, p.paid_on) AS day, b.account_id, a.name, SUM(p.paid_cents)"
                                    " FROM boleto_payments p JOIN boletos b ON b.id = p.boleto_id"
                                    " JOIN bank_accounts a ON a.id = b.account_id"
                                    " WHERE COALESCE(p.credit_date, p.paid_on) BETWEEN ? AND ?%1"
                                    " GROUP BY COALESCE(p.credit_date, p.paid_on), b.account_id, a.name")
                         .arg(onlyAccount),
                     [](CashDay &d, qint64 v) { d.creditedCents += v; });
        !r)
        return r.error();
    const QString feeAccount = accountId.isEmpty() ? QString() : QStringLiteral(" AND f.account_id = ?");
    if (auto r = add(QStringLiteral("SELECT COALESCE(r.credit_date, r.occurrence_date) AS day, f.account_id, a.name, SUM(r.fee_cents)"
                                    " FROM retorno_records r JOIN retorno_files f ON f.id = r.file_id"
                                    " JOIN bank_accounts a ON a.id = f.account_id"
                                    " WHERE r.fee_cents > 0 AND COALESCE(r.credit_date, r.occurrence_date) BETWEEN ? AND ?%1"
                                    " GROUP BY COALESCE(r.credit_date, r.occurrence_date), f.account_id, a.name")
                         .arg(feeAccount),
                     [](CashDay &d, qint64 v) { d.feeCents += v; });
        !r)
        return r.error();
    return days.values();
}

} // namespace billing
