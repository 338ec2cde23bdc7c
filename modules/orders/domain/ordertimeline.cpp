#include "orders/domain/ordertimeline.h"

#include "orders/domain/orderstatus.h"

#include <QCoreApplication>

#include <algorithm>

namespace orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Orders)
};

using Kind = TimelineEntry::Kind;

Kind kindOf(const QString &code)
{
    if (code == QLatin1String("created")) return Kind::Created;
    if (code == QLatin1String("status_changed")) return Kind::StatusChange;
    if (code == QLatin1String("payment")) return Kind::Payment;
    if (code == QLatin1String("email")) return Kind::Email;
    if (code == QLatin1String("note")) return Kind::Note;
    if (code == QLatin1String("stock")) return Kind::Stock;
    if (code == QLatin1String("label")) return Kind::Label;
    if (code == QLatin1String("review")) return Kind::Review;
    if (code.startsWith(QLatin1String("boleto_"))) return Kind::Boleto; // billing: issued, cancelled, not issued
    return Kind::Other;
}

TimelineEntry fromEvent(const OrderDetailData::Event &e)
{
    TimelineEntry t;
    t.at = e.at;
    t.kind = kindOf(e.kind);
    t.who = e.userName;
    t.detail = e.reason;
    switch (t.kind) {
    case Kind::Created:
        t.title = Tr::tr("Order created as \"%1\"").arg(OrderStatus::displayName(e.toStatus));
        t.targetStatus = e.toStatus;
        break;
    case Kind::StatusChange:
        t.title = Tr::tr("%1 → %2").arg(OrderStatus::displayName(e.fromStatus), OrderStatus::displayName(e.toStatus));
        t.targetStatus = e.toStatus;
        break;
    case Kind::Payment: t.title = Tr::tr("Payment"); break;
    case Kind::Email: t.title = Tr::tr("E-mail"); break;
    case Kind::Note: t.title = Tr::tr("Internal note"); break;
    case Kind::Stock: t.title = Tr::tr("Stock"); break;
    case Kind::Label: t.title = Tr::tr("Shipping label"); break;
    case Kind::Review: t.title = Tr::tr("Held for manual risk review"); break;
    case Kind::Boleto: t.title = Tr::tr("Boleto"); break;
    case Kind::Risk: // analyses come from risk_analyses (fromRisk), never as an order event
    case Kind::Other: t.title = e.kind; break;
    }
    return t;
}

TimelineEntry fromPayment(const OrderDetailData::Payment &p)
{
    TimelineEntry t;
    t.at = p.at;
    t.kind = Kind::Payment;
    t.title = Tr::tr("%1: %2 %3").arg(OrderStatus::paymentMethodName(p.method), OrderTimeline::paymentStatusName(p.status),
                                      p.amount.format());
    QStringList parts;
    if (!p.cardBrand.isEmpty())
        parts << QStringLiteral("%1 •••• %2").arg(p.cardBrand, p.cardLast4);
    if (!p.provider.isEmpty())
        parts << p.provider;
    if (!p.nsu.isEmpty())
        parts << Tr::tr("NSU %1").arg(p.nsu);
    if (!p.pixE2eid.isEmpty())
        parts << Tr::tr("E2E %1").arg(p.pixE2eid);
    else if (!p.pixTxid.isEmpty())
        parts << Tr::tr("txid %1").arg(p.pixTxid);
    t.detail = parts.join(QStringLiteral(" · "));
    return t;
}

TimelineEntry fromRisk(const RiskAnalysis &r)
{
    TimelineEntry t;
    t.at = r.at;
    t.kind = Kind::Risk;
    t.who = r.reviewerName;
    t.title = r.isManual() ? Tr::tr("Manual risk review: %1").arg(RiskAnalysis::decisionName(r.decision))
              : r.score    ? Tr::tr("Risk analysis %1: score %2, %3").arg(r.provider).arg(*r.score).arg(RiskAnalysis::decisionName(r.decision))
                           : Tr::tr("Risk analysis %1: %2").arg(r.provider, RiskAnalysis::decisionName(r.decision));
    t.detail = r.reasons;
    return t;
}

TimelineEntry fromEmail(const OrderDetailData::Email &e)
{
    TimelineEntry t;
    t.at = e.createdAt;
    t.kind = Kind::Email;
    t.title = Tr::tr("E-mail queued to %1").arg(e.recipient);
    t.detail = e.subject;
    return t;
}

} // namespace

QString OrderTimeline::paymentStatusName(const QString &code)
{
    if (code == QLatin1String("pending")) return Tr::tr("pending");
    if (code == QLatin1String("authorized")) return Tr::tr("authorized");
    if (code == QLatin1String("captured")) return Tr::tr("captured");
    if (code == QLatin1String("paid")) return Tr::tr("paid");
    if (code == QLatin1String("refused")) return Tr::tr("refused");
    if (code == QLatin1String("cancelled")) return Tr::tr("cancelled");
    if (code == QLatin1String("refunded")) return Tr::tr("refunded");
    return code;
}

QList<TimelineEntry> OrderTimeline::build(const OrderDetailData &d)
{
    QList<TimelineEntry> entries;
    entries.reserve(d.timeline.size() + d.payments.size() + d.risks.size() + d.emails.size());
    // The order's own events come first so that, at the same instant, "created" and status
    // changes stay ahead of what they caused (stable sort below).
    for (const auto &e : d.timeline)
        entries.append(fromEvent(e));
    for (const auto &r : d.risks)
        entries.append(fromRisk(r));
    for (const auto &p : d.payments)
        entries.append(fromPayment(p));
    for (const auto &e : d.emails)
        entries.append(fromEmail(e));
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at < b.at; });
    return entries;
}

} // namespace orders
