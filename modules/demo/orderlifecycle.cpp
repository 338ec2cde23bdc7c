#include "demo/orderlifecycle.h"

#include "core/domain/rng.h"

namespace demo {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

QString pickPayment(core::Rng &rng, const QString &kind)
{
    const int roll = int(rng.between(0, 99));
    if (kind == QLatin1String("store"))
        return roll < 25 ? QStringLiteral("cash") : roll < 50 ? QStringLiteral("debit_card")
             : roll < 85 ? QStringLiteral("credit_card") : QStringLiteral("pix");
    if (kind == QLatin1String("representative") || kind == QLatin1String("franchise"))
        return roll < 70 ? QStringLiteral("boleto") : QStringLiteral("pix");
    if (kind == QLatin1String("telesales"))
        return roll < 40 ? QStringLiteral("boleto") : roll < 70 ? QStringLiteral("pix") : QStringLiteral("credit_card");
    if (kind == QLatin1String("marketplace"))
        return roll < 68 ? QStringLiteral("credit_card") : roll < 94 ? QStringLiteral("pix") : QStringLiteral("boleto");
    return roll < 52 ? QStringLiteral("credit_card") : roll < 84 ? QStringLiteral("pix") : QStringLiteral("boleto");
}
} // namespace

int OrderPath::appliedUntil(qint64 nowMs) const
{
    int applied = 0;
    for (size_t i = 1; i < steps.size() && steps[i].atMs <= nowMs; ++i)
        applied = int(i);
    return applied;
}

QString OrderPath::paymentStatusAt(qint64 nowMs) const
{
    if (refundedMs > 0 && refundedMs <= nowMs)
        return QStringLiteral("refunded");
    if (paidMs > 0 && paidMs <= nowMs)
        return QStringLiteral("paid");
    if (refused && cancelledMs > 0 && cancelledMs <= nowMs)
        return QStringLiteral("refused");
    if (riskAtMs > 0 && riskAtMs <= nowMs) // card authorized, waiting for the risk decision
        return QStringLiteral("authorized");
    return QStringLiteral("pending");
}

OrderPath OrderLifecycle::plan(core::Rng &rng, const QString &kind, qint64 placedMs, qint64 totalCents) const
{
    OrderPath p;
    p.paymentMethod = pickPayment(rng, kind);
    if (p.paymentMethod == QLatin1String("credit_card")) {
        const int roll = int(rng.between(0, 99));
        const int wanted = roll < 40 ? 1 : roll < 65 ? int(rng.between(2, 3)) : roll < 85 ? int(rng.between(4, 6)) : int(rng.between(7, 10));
        p.installments = int(std::max<qint64>(1, std::min<qint64>(wanted, totalCents / 3000))); // at least R$ 30 each
    } else if (p.paymentMethod == QLatin1String("boleto") && (kind == QLatin1String("representative") || kind == QLatin1String("franchise"))) {
        p.installments = int(rng.between(1, 3)); // 30/60/90 days for resellers
    }
    auto add = [&p](const char *status, qint64 at, QString reason = {}) {
        p.steps.push_back({QLatin1String(status), at, std::move(reason)});
        return at;
    };

    if (kind == QLatin1String("store")) { // counter sale: paid and handed over on the spot
        add("novo", placedMs);
        p.paidMs = add("pago", placedMs + rng.between(1, 4) * kMinute);
        p.deliveredMs = add("entregue", p.paidMs + rng.between(1, 10) * kMinute, QStringLiteral("Retirado no balcão"));
        return p;
    }

    const bool card = p.paymentMethod == QLatin1String("credit_card");
    const bool boleto = p.paymentMethod == QLatin1String("boleto");
    qint64 t = add(card ? "em_analise" : "aguardando_pagamento", placedMs);
    if (card) // the anti-fraud provider answers within a minute
        p.riskAtMs = placedMs + rng.between(5, 60) * 1000;
    // Unpaid and refused orders.
    if (card && rng.chance(45)) {
        p.refused = true;
        const bool fraud = rng.chance(400);
        p.riskScore = fraud ? int(rng.between(80, 99)) : int(rng.between(0, 30));
        p.riskDecision = fraud ? QStringLiteral("deny") : QStringLiteral("approve");
        p.cancelledMs = add("cancelado", p.riskAtMs + rng.between(1, 40) * kMinute,
                            fraud ? QStringLiteral("Recusado pela análise de risco") : QStringLiteral("Pagamento recusado pela operadora"));
        return p;
    }
    if ((boleto && rng.chance(170)) || (!card && !boleto && rng.chance(90))) {
        p.cancelledMs = add("cancelado", t + (boleto ? rng.between(4, 6) * kDay : rng.between(20, 30) * kHour),
                            boleto ? QStringLiteral("Boleto vencido sem pagamento") : QStringLiteral("PIX expirado sem pagamento"));
        return p;
    }
    if (card) {
        // The built-in approval rule approves a low score up to R$ 2.000,00 at once; anything
        // else waits for a person in the review queue.
        p.riskScore = rng.chance(950) ? int(rng.between(0, 30)) : int(rng.between(31, 90));
        const bool held = p.riskScore > 30 || totalCents > 200000;
        p.riskDecision = held ? QStringLiteral("review") : QStringLiteral("approve");
        if (held && rng.chance(150)) {
            p.refused = true;
            p.cancelledMs = add("cancelado", p.riskAtMs + rng.between(1, 30) * kHour, QStringLiteral("Recusado na revisão manual de risco"));
            return p;
        }
        t = held ? p.riskAtMs + rng.between(1, 30) * kHour : p.riskAtMs + rng.between(1, 5) * 1000;
    } else {
        t += boleto ? rng.between(6, 72) * kHour : rng.between(1, 25) * kMinute;
    }
    const QString paidReason = boleto ? QStringLiteral("Boleto liquidado")
                             : !card ? QString()
                             : p.riskDecision == QLatin1String("review") ? QStringLiteral("Aprovado na revisão manual de risco")
                                                                          : QStringLiteral("Aprovado na análise de risco");
    p.paidMs = add("pago", t, paidReason);
    if (rng.chance(15)) { // customer gave up before shipping
        p.cancelledMs = p.refundedMs = add("cancelado", t + rng.between(1, 20) * kHour, QStringLiteral("Cancelado a pedido do cliente"));
        return p;
    }
    t = add("em_separacao", t + rng.between(1, 18) * kHour);
    t = add("separado", t + rng.between(15, 180) * kMinute);
    t = add("embalado", t + rng.between(5, 60) * kMinute);
    t = add("faturado", t + rng.between(5, 90) * kMinute);
    p.shippedMs = add("expedido", t + rng.between(2, 20) * kHour);
    p.deliveredMs = add("entregue", p.shippedMs + rng.between(1, 9) * kDay + rng.between(0, 10) * kHour);
    if (rng.chance(20)) {
        p.refundedMs = add("devolucao", p.deliveredMs + rng.between(2, 25) * kDay, QStringLiteral("Arrependimento (art. 49 do CDC)"));
    }
    return p;
}

} // namespace demo
