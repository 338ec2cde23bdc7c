#pragma once

#include <QString>

#include <vector>

namespace core {
class Rng;
}

namespace demo {

/// The statuses an order goes through, with when each happens; cut at "now" by the caller.
struct OrderPath
{
    struct Step
    {
        QString status;
        qint64 atMs = 0;
        QString reason;
    };
    std::vector<Step> steps; ///< steps[0] is the status the order is created in
    QString paymentMethod;
    int installments = 1;
    qint64 paidMs = 0;
    qint64 shippedMs = 0;
    qint64 deliveredMs = 0;
    qint64 cancelledMs = 0;
    bool refused = false;  ///< card refused by the acquirer or risk analysis
    qint64 refundedMs = 0; ///< paid, then cancelled or returned

    /// The anti-fraud provider's analysis of an online card payment (riskAtMs 0: none).
    qint64 riskAtMs = 0;
    int riskScore = 0;
    QString riskDecision; ///< approve, review (held for a person) or deny

    /// Index of the last step that happened by `nowMs`.
    int appliedUntil(qint64 nowMs) const;
    QString paymentStatusAt(qint64 nowMs) const;
};

/// Plans a realistic life for a demo order from its channel: payment method and installments,
/// payment delay (PIX minutes, boleto days), unpaid boletos expiring, refused cards, the risk
/// analysis of online card payments (approved at once when the approval rule allows, otherwise
/// held hours for a person), warehouse steps in working hours, carrier transit, cancellations and
/// returns.
class OrderLifecycle
{
public:
    OrderPath plan(core::Rng &rng, const QString &channelKind, qint64 placedMs, qint64 totalCents) const;
};

} // namespace demo
