#pragma once

#include "billing/retorno/retornomovement.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Card and wallet settlements as Mercado Pago's release report ("relatório de liberações")
/// gives them: a CSV ("," or ";", fields optionally double-quoted, UTF-8 with or without BOM)
/// whose header names the report's columns — DATE, SOURCE_ID, EXTERNAL_REFERENCE, RECORD_TYPE,
/// DESCRIPTION, NET_CREDIT_AMOUNT, NET_DEBIT_AMOUNT, GROSS_AMOUNT, the fee columns
/// (MP_FEE_AMOUNT, FINANCING_FEE_AMOUNT, SHIPPING_FEE_AMOUNT, TAXES_AMOUNT), COUPON_AMOUNT,
/// PAYMENT_METHOD, TRANSACTION_APPROVAL_DATE — in any order and case, or as the Portuguese
/// export writes them, "Data da liberação (DATE)".
///
/// Only RECORD_TYPE "release" rows move money; the balance and total rows are skipped. Each
/// release becomes a movement keyed by SOURCE_ID (as nosso número) with EXTERNAL_REFERENCE (the
/// storefront order id) as document number and DESCRIPTION as occurrence code:
///   - "payment"                          → Liquidacao, paid = title = |GROSS_AMOUNT|;
///   - "refund", "chargeback", "mediation", "dispute", "cancellation" (and "reserve_for_…" of
///     them) → Estorno, paid = title = |GROSS_AMOUNT|, else |NET_DEBIT_AMOUNT|;
///   - "fee…", "tax…", "shipping…"        → Tarifa, nothing paid, fee = the fee columns, else
///     |NET_DEBIT_AMOUNT|;
///   - anything else (withdrawal, payout…) → Outro, paid = |GROSS_AMOUNT|, else |net|.
/// The fee is the sum of the fee columns' absolute values (the report writes them negative),
/// the discount |COUPON_AMOUNT|, and creditedCents the signed net |NET_CREDIT| − |NET_DEBIT|
/// (the money that moved in the account, whichever sign the report gives the debit).
class CardSettlement
{
public:
    /// True when `content` starts with a header naming SOURCE_ID, RECORD_TYPE and
    /// NET_CREDIT_AMOUNT (the reconciliation picks the reader).
    static bool looksLikeOne(const QByteArray &content);
    /// Movements of layout "card", variant "mercadopago", bank code "323" (Mercado Pago's COMPE
    /// code); generatedOn is the latest release date. A missing required column is refused at
    /// line 1, a bad amount or release date naming its line and column; a report without any
    /// release row is a validation error.
    static core::Result<RetornoFile> parse(const QByteArray &content);
};

} // namespace billing
