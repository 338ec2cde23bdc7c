#pragma once

#include "billing/retorno/retornomovement.h"

#include <QDate>
#include <QHashFunctions>
#include <QString>

#include <memory>

namespace billing {

/// What a retorno movement does to the company's books, decided before anything is written.
enum class ReconciliationOutcome {
    PaidInFull,         ///< the open boleto was paid exactly (or less only the fee the bank kept)
    PaidWithDifference, ///< paid more or less than due; see the breakdown
    PaidAfterWriteOff,  ///< money for a boleto that was written off or cancelled
    DuplicatePayment,   ///< a second payment of a boleto already paid: money to give back
    AlreadyApplied,     ///< this very payment or status is already recorded (another file had it)
    Rejected,           ///< the bank refused an instruction; see the reasons
    Unknown,            ///< no boleto of the account has this nosso número
    Registered,         ///< entrada confirmada
    WrittenOff,         ///< baixa
    Protested,          ///< protesto
    Fee,                ///< a fee and nothing else
    Refunded,           ///< card settlements: money given back to the buyer (refund, chargeback)
    Other               ///< alteração, em ser, alegações...: recorded, nothing changes
};

inline size_t qHash(ReconciliationOutcome outcome, size_t seed = 0) noexcept
{
    return ::qHash(int(outcome), seed);
}

/// Stable code for JSON and the database ("paid_in_full", "paid_with_difference", ...).
QString outcomeCode(ReconciliationOutcome outcome);
/// Translated name for the screen. `againstOrders`: the line comes from a card settlement, which
/// is matched to orders ("unknown order reference" rather than "unknown nosso número").
QString outcomeDisplayName(ReconciliationOutcome outcome, bool againstOrders = false);
/// Every outcome, in the order the preview lists their totals.
QList<ReconciliationOutcome> allOutcomes();

/// The boleto a movement was matched to, as it is in the database when the preview is built.
struct BoletoSnapshot
{
    QString id;
    QString status; ///< stored status (BoletoStatus)
    qint64 amountCents = 0;
    QDate dueDate;
    qint64 interestPerDayCents = 0;
    int fineBp = 0;
    qint64 discountCents = 0;
    QDate discountUntil;
    qint64 paidCents = -1; ///< -1 when no payment is recorded
    QDate paidOn;
    qint64 rowVersion = 0;
    QString nossoNumeroPrinted;
    QString payerName;
    QString orderId;
    qint64 orderNumber = 0;
    QString orderStatus;
};

/// One line of the reconciliation preview: the movement, its boleto, and what applying it does.
struct ReconciliationLine
{
    RetornoMovement movement;
    /// The boleto as this line found it (null when none matched); lines that leave a boleto as
    /// it was share one snapshot.
    std::shared_ptr<const BoletoSnapshot> boleto;
    ReconciliationOutcome outcome = ReconciliationOutcome::Other;
    /// paid − amount due (negative when less was paid); 0 unless a payment.
    qint64 differenceCents = 0;
    qint64 fineCents = 0;       ///< part of the bank's juros/multa that is the boleto's multa
    qint64 interestCents = 0;   ///< the rest of it: juros de mora
    qint64 discountCents = 0;   ///< desconto + abatimento granted
    qint64 unexplainedCents = 0;///< difference − (fine + interest − discount − fee kept)
    bool recordsPayment = false;///< the record is a payment (boleto_payments lists it)
    QString newStatus;          ///< the boleto's status after applying; empty = unchanged
    bool confirmsOrder = false; ///< payment_confirmed goes to the order's workflow
    QString note;               ///< translated remark for the user ("order 100042 is cancelled")
    /// Card settlements: the order the line settled (boleto lines reach theirs through `boleto`).
    QString settledOrderId;
    qint64 settledOrderNumber = 0;

    /// The order the line concerns, through its boleto or the settlement; empty when none.
    QString orderId() const { return boleto ? boleto->orderId : settledOrderId; }
    qint64 orderNumber() const { return boleto ? boleto->orderNumber : settledOrderNumber; }
    /// Whether the record moves money in the cash view: a payment, or a card refund given back.
    bool movesMoney() const { return recordsPayment || outcome == ReconciliationOutcome::Refunded; }

    /// Whether applying the line changes its boleto: a new status, or the boleto's first payment.
    bool changesBoleto() const { return boleto && (!newStatus.isEmpty() || (recordsPayment && boleto->paidCents < 0)); }
    /// Leaves `state` (this line's boleto as the earlier lines left it) as applying the line does.
    void applyTo(BoletoSnapshot &state) const;
};

/// Decides what `movement` means for `boleto` (null when no boleto matched); both are kept in
/// the line.
/// `samePaymentRecorded`: a payment with the same date and amount is already on the boleto
/// (the movement came in an earlier file). `orderAwaitsPayment`: the order's workflow accepts
/// payment_confirmed now.
ReconciliationLine classifyMovement(RetornoMovement movement, std::shared_ptr<const BoletoSnapshot> boleto,
                                    bool samePaymentRecorded, bool orderAwaitsPayment);

} // namespace billing
