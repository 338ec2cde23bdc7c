#include "billing/reconciliation/reconciliationline.h"

#include "billing/domain/boletostatus.h"
#include "core/domain/tr.h"

#include <algorithm>

namespace billing {

using core::Tr;

QString outcomeCode(ReconciliationOutcome outcome)
{
    switch (outcome) {
    case ReconciliationOutcome::PaidInFull: return QStringLiteral("paid_in_full");
    case ReconciliationOutcome::PaidWithDifference: return QStringLiteral("paid_with_difference");
    case ReconciliationOutcome::PaidAfterWriteOff: return QStringLiteral("paid_after_write_off");
    case ReconciliationOutcome::DuplicatePayment: return QStringLiteral("duplicate_payment");
    case ReconciliationOutcome::AlreadyApplied: return QStringLiteral("already_applied");
    case ReconciliationOutcome::Rejected: return QStringLiteral("rejected");
    case ReconciliationOutcome::Unknown: return QStringLiteral("unknown");
    case ReconciliationOutcome::Registered: return QStringLiteral("registered");
    case ReconciliationOutcome::WrittenOff: return QStringLiteral("written_off");
    case ReconciliationOutcome::Protested: return QStringLiteral("protested");
    case ReconciliationOutcome::Fee: return QStringLiteral("fee");
    case ReconciliationOutcome::Refunded: return QStringLiteral("refunded");
    case ReconciliationOutcome::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString outcomeDisplayName(ReconciliationOutcome outcome, bool againstOrders)
{
    if (againstOrders && outcome == ReconciliationOutcome::Unknown)
        return Tr::tr("Unknown order reference");
    switch (outcome) {
    case ReconciliationOutcome::PaidInFull: return Tr::tr("Paid in full");
    case ReconciliationOutcome::PaidWithDifference: return Tr::tr("Paid with a difference");
    case ReconciliationOutcome::PaidAfterWriteOff: return Tr::tr("Paid after write-off");
    case ReconciliationOutcome::DuplicatePayment: return Tr::tr("Duplicate payment");
    case ReconciliationOutcome::AlreadyApplied: return Tr::tr("Already applied");
    case ReconciliationOutcome::Rejected: return Tr::tr("Rejected");
    case ReconciliationOutcome::Unknown: return Tr::tr("Unknown nosso número");
    case ReconciliationOutcome::Registered: return Tr::tr("Registered");
    case ReconciliationOutcome::WrittenOff: return Tr::tr("Written off");
    case ReconciliationOutcome::Protested: return Tr::tr("Protested");
    case ReconciliationOutcome::Fee: return Tr::tr("Bank fee");
    case ReconciliationOutcome::Refunded: return Tr::tr("Refund or chargeback");
    case ReconciliationOutcome::Other: return Tr::tr("Other");
    }
    return {};
}

QList<ReconciliationOutcome> allOutcomes()
{
    return {ReconciliationOutcome::PaidInFull,   ReconciliationOutcome::PaidWithDifference, ReconciliationOutcome::PaidAfterWriteOff,
            ReconciliationOutcome::DuplicatePayment, ReconciliationOutcome::AlreadyApplied, ReconciliationOutcome::Rejected,
            ReconciliationOutcome::Unknown,      ReconciliationOutcome::Registered,         ReconciliationOutcome::WrittenOff,
            ReconciliationOutcome::Protested,    ReconciliationOutcome::Fee,                ReconciliationOutcome::Refunded,
            ReconciliationOutcome::Other};
}

namespace {

/// Splits the bank's single juros/multa figure into the boleto's multa (when paid late and the
/// boleto has one) and juros, and fills the difference breakdown.
void explainDifference(ReconciliationLine &line, const BoletoSnapshot &boleto)
{
    const RetornoMovement &m = line.movement;
    line.differenceCents = m.paidCents - boleto.amountCents;
    const QDate paidOn = m.paymentDate();
    const bool late = paidOn.isValid() && boleto.dueDate.isValid() && paidOn > boleto.dueDate;
    const qint64 expectedFine = late ? (boleto.amountCents * boleto.fineBp + 5000) / 10000 : 0;
    line.fineCents = std::min(m.interestCents, expectedFine);
    line.interestCents = m.interestCents - line.fineCents;
    line.discountCents = m.discountCents + m.rebateCents;
    // Some banks (Itaú 400) report the amount paid net of their fee.
    const qint64 feeKept = (m.paidCents + m.feeCents == boleto.amountCents + m.interestCents - line.discountCents) ? m.feeCents : 0;
    line.unexplainedCents = line.differenceCents - (line.fineCents + line.interestCents - line.discountCents - feeKept);
}

} // namespace

void ReconciliationLine::applyTo(BoletoSnapshot &state) const
{
    if (!newStatus.isEmpty())
        state.status = newStatus;
    if (recordsPayment && state.paidCents < 0) {
        state.paidCents = movement.paidCents;
        state.paidOn = movement.paymentDate();
    }
}

ReconciliationLine classifyMovement(RetornoMovement movementIn, std::shared_ptr<const BoletoSnapshot> boletoIn,
                                    bool samePaymentRecorded, bool orderAwaitsPayment)
{
    ReconciliationLine line;
    line.movement = std::move(movementIn);
    line.boleto = std::move(boletoIn);
    const RetornoMovement &movement = line.movement;
    const std::shared_ptr<const BoletoSnapshot> &boleto = line.boleto;

    if (!boleto) {
        line.outcome = movement.kind == MovementKind::Tarifa ? ReconciliationOutcome::Fee : ReconciliationOutcome::Unknown;
        if (line.outcome == ReconciliationOutcome::Unknown)
            line.note = Tr::tr("No boleto of this account has nosso número %1.").arg(movement.nossoNumeroField);
        return line;
    }
    const BoletoSnapshot &b = *boleto;

    if (movement.isPayment()) {
        if (samePaymentRecorded) {
            line.outcome = ReconciliationOutcome::AlreadyApplied;
            line.note = Tr::tr("This payment is already recorded.");
            return line;
        }
        explainDifference(line, b);
        line.recordsPayment = true;
        if (b.status == BoletoStatus::kPaid) {
            line.outcome = ReconciliationOutcome::DuplicatePayment;
            line.note = Tr::tr("The boleto was already paid on %1; this money should be returned to the payer.")
                            .arg(b.paidOn.toString(QStringLiteral("dd/MM/yyyy")));
            return line;
        }
        line.newStatus = BoletoStatus::kPaid;
        if (movement.kind == MovementKind::LiquidacaoAposBaixa || b.status == BoletoStatus::kWrittenOff
            || b.status == BoletoStatus::kCancelled || b.status == BoletoStatus::kProtested) {
            line.outcome = ReconciliationOutcome::PaidAfterWriteOff;
        } else {
            const bool exact = line.differenceCents == 0 || movement.paidCents + movement.feeCents == b.amountCents;
            line.outcome = exact ? ReconciliationOutcome::PaidInFull : ReconciliationOutcome::PaidWithDifference;
        }
        if (!b.orderId.isEmpty()) {
            if (orderAwaitsPayment)
                line.confirmsOrder = true;
            else if (b.orderStatus == QLatin1String("cancelado"))
                line.note = Tr::tr("Order %1 is cancelled: the money should be returned or the order reopened.").arg(b.orderNumber);
        }
        return line;
    }

    switch (movement.kind) {
    case MovementKind::EntradaConfirmada:
        line.outcome = ReconciliationOutcome::Registered;
        if (b.status == BoletoStatus::kIssued)
            line.newStatus = BoletoStatus::kRegistered;
        break;
    case MovementKind::Baixa:
        line.outcome = ReconciliationOutcome::WrittenOff;
        if (BoletoStatus::isOpen(b.status) || b.status == BoletoStatus::kCancelled || b.status == BoletoStatus::kProtested)
            line.newStatus = BoletoStatus::kWrittenOff;
        else if (b.status == BoletoStatus::kPaid)
            line.note = Tr::tr("The bank wrote off a boleto that is recorded as paid.");
        break;
    case MovementKind::Protesto:
        line.outcome = ReconciliationOutcome::Protested;
        if (BoletoStatus::isOpen(b.status))
            line.newStatus = BoletoStatus::kProtested;
        break;
    case MovementKind::Rejeicao: {
        line.outcome = ReconciliationOutcome::Rejected;
        QStringList reasons;
        for (const MovementReason &r : movement.reasons)
            reasons << r.code + QStringLiteral(" ") + occurrenceDisplayText(r.text);
        line.note = reasons.isEmpty() ? Tr::tr("The bank gave no reason.") : reasons.join(QStringLiteral("; "));
        break;
    }
    case MovementKind::Tarifa:
        line.outcome = ReconciliationOutcome::Fee;
        break;
    default:
        line.outcome = ReconciliationOutcome::Other;
        break;
    }
    if (!line.newStatus.isEmpty() && line.newStatus == b.status)
        line.newStatus.clear();
    return line;
}

} // namespace billing
