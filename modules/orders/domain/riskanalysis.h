#pragma once

#include "core/domain/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace orders {

/// One risk analysis of an order's card payment: a provider's (ClearSale, Konduto) or a person's
/// manual review. Rows are append-only, so the list of an order is its whole history.
struct RiskAnalysis
{
    QString id;
    QString orderId;
    QDateTime at;
    QString provider;         ///< "ClearSale", "Konduto", "manual"
    std::optional<int> score; ///< 0 (safe) .. 100 (fraud); none for manual reviews
    QString decision;         ///< "approve", "review", "deny"
    QString reasons;
    QString reviewerId;       ///< the person, for manual reviews
    QString reviewerName;
    QString rawResponse;      ///< the provider's JSON as it came

    bool isManual() const { return provider == QLatin1String("manual"); }

    static QString manualProvider() { return QStringLiteral("manual"); }
    /// Translated name of a decision code ("Approve" → "Aprovar").
    static QString decisionName(const QString &code);
    static bool isDecision(const QString &code);
};

/// What a provider (or the storefront on its behalf) answered, to be recorded.
struct RiskAnalysisInput
{
    QString provider;
    std::optional<int> score;
    QString decision;
    QString reasons;
    QString rawResponse; ///< JSON; empty for "{}"
};

/// An order held for manual risk review, with its latest analysis.
struct RiskQueueRow
{
    QString orderId;
    qint64 number = 0;
    QDateTime placedAt;
    QString customerName;
    core::Money total;
    QString paymentMethod;
    QString provider;
    std::optional<int> score;
    QString decision;
    QString reasons;
    QDateTime analyzedAt; ///< invalid when the order has no analysis yet
};

} // namespace orders
