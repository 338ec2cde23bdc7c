#pragma once

#include "core/domain/result.h"
#include "demo/demogenerator.h"

#include <QString>

namespace core {
class Rng;
}

namespace demo {

struct OrderPath;

/// The payment side of a demo order: card transactions with brand, last four digits and the
/// acquirer's references (never a card number), PIX charges with txid and end-to-end id, refunds,
/// and the anti-fraud provider's analysis of online card payments with its raw JSON.
class DemoPayments
{
public:
    struct Order
    {
        QString id;
        qint64 number = 0;
        QString channelCode;
        qint64 placedMs = 0;
        qint64 totalCents = 0;
    };

    static QStringList transactionColumns();
    static QStringList analysisColumns();

    /// Emits the order's payment_transactions and risk_analyses rows that exist by `nowMs`.
    core::Result<> generate(core::Rng &rng, const OrderPath &path, const Order &order, qint64 nowMs,
                            const std::function<core::Result<>(Table, const QVariant *, int)> &emitRow) const;
};

} // namespace demo
