#pragma once

#include "billing/retorno/retornomovement.h"
#include "core/domain/result.h"

#include <functional>

namespace core {
class Database;
}

namespace billing {

struct ReconciliationPreview;

/// The acquirer's name for a card settlement report's variant ("mercadopago" → "Mercado Pago").
QString cardProviderName(const QString &variant);

/// Classifies the movements of a card settlement report into `preview.lines` (nothing is
/// written). Each is matched to its order: by the acquirer's payment id recorded on the order's
/// payment transactions, else by the report's reference as the storefront's order id, else as
/// the order number. A released payment is paid in full when its gross amount is the order's
/// total, else paid with a difference; a refund or chargeback is money given back; a fee is a
/// fee; payouts and the rest change nothing. A release imported before (same operation,
/// description, day and amount, as overlapping reports repeat it) is already applied.
core::Result<> classifyCardSettlement(core::Database &db, ReconciliationPreview &preview, QList<RetornoMovement> movements,
                                      const std::function<bool(const QString &orderStatus)> &awaitsPayment,
                                      const std::function<bool(qint64 done, qint64 total)> &progress);

} // namespace billing
