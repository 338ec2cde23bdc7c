#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace core {
class Database;
class Session;
} // namespace core

namespace orders {

/// An automatic approval rule ("regra de aprovação automática"): approve orders paid by one of
/// `paymentMethods` whose latest risk score is at most `maxRiskScore` and total at most `maxTotal`.
struct ApprovalRule
{
    QString id;
    QString name;
    int priority = 100;
    QStringList paymentMethods;
    int maxRiskScore = 0;
    core::Money maxTotal;
    bool active = true;
};

/// What the rules say about one order: approve (with the rule) or manual review (with why).
struct ApprovalDecision
{
    bool approve = false;
    QString reason; ///< translated: which rule approved, or why a person must look
};

/// The facts the rules look at.
struct ApprovalCase
{
    QString paymentMethod;
    core::Money total;
    std::optional<int> riskScore;    ///< latest provider analysis; none = not analysed yet
    QString riskDecision;            ///< provider's own decision: approve, review or deny
};

class ApprovalRules
{
public:
    explicit ApprovalRules(core::Database &db) : m_db(db) {}

    /// Active and inactive rules, by priority.
    core::Result<QList<ApprovalRule>> list() const;
    core::Result<QString> add(const core::Session &session, const ApprovalRule &rule);
    core::Result<> remove(const core::Session &session, const QString &nameOrId);

    /// The first active rule by priority that the case meets approves it; a provider "deny"
    /// is never approved automatically. Pure: the rules are given.
    static ApprovalDecision decide(const QList<ApprovalRule> &rules, const ApprovalCase &facts);
    /// Reads the order's payment method, total and latest provider analysis.
    core::Result<ApprovalCase> caseFor(const QString &orderId) const;

private:
    core::Database &m_db;
};

} // namespace orders
