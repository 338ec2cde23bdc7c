#pragma once

#include "core/domain/result.h"
#include "orders/domain/riskanalysis.h"

#include <QList>

namespace core {
class Database;
class Session;
} // namespace core

namespace orders {

/// The risk analyses of card payments: every provider answer and every manual review is kept
/// (append-only), so an order shows its whole history. No text that looks like a card number is
/// ever stored (CardNumberGuard).
class RiskAnalysisRepository
{
public:
    explicit RiskAnalysisRepository(core::Database &db) : m_db(db) {}

    /// Records a provider's analysis: provider named, score 0–100 when given, decision approve /
    /// review / deny, raw response valid JSON. OrdersManage; audited and queued for sync.
    core::Result<RiskAnalysis> record(const core::Session &session, const QString &orderId,
                                      const RiskAnalysisInput &input);
    /// Records a person's review (provider "manual", the session's user as reviewer). The decision
    /// is approve or deny and the reasons are required: someone will ask why.
    core::Result<RiskAnalysis> recordManualReview(const core::Session &session, const QString &orderId,
                                                  const QString &decision, const QString &reasons);

    /// Every analysis of an order, newest first, with the reviewer's name.
    core::Result<QList<RiskAnalysis>> history(const QString &orderId) const;
    /// Orders held for analysis (status em_analise), oldest first, with their latest analysis.
    core::Result<QList<RiskQueueRow>> reviewQueue(int limit) const;

    /// The status of orders waiting for a risk decision.
    static QString heldStatus() { return QStringLiteral("em_analise"); }

private:
    core::Result<RiskAnalysis> insert(const core::Session &session, RiskAnalysis analysis, const QString &auditAction);

    core::Database &m_db;
};

} // namespace orders
