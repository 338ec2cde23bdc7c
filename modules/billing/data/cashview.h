#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace core {
class Database;
class Session;
} // namespace core

namespace billing {

/// One day of one collection account: what was due, what the bank credited, and its fees.
struct CashDay
{
    QDate date;
    QString accountId;   ///< empty for a card acquirer's days
    QString accountName; ///< the collection account's, or the acquirer's ("Mercado Pago")
    qint64 expectedCents = 0; ///< boletos due that day (not cancelled)
    qint64 creditedCents = 0; ///< payments credited that day (data do crédito)
    qint64 feeCents = 0;      ///< bank fees of the movements of that day
    qint64 netCents() const { return creditedCents - feeCents; }
};

/// Expected against credited money per day and account, from boletos and the payments and fees
/// the retorno files brought (BillingView).
class CashView
{
public:
    static core::Result<QList<CashDay>> daily(core::Database &db, const core::Session &session, const QDate &from,
                                              const QDate &to, const QString &accountId = {});
};

} // namespace billing
