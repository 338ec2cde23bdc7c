#include "orders/workflow/approvalrules.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"
#include "core/domain/uuid7.h"
#include "orders/domain/orderstatus.h"

#include <algorithm>

namespace orders {

using core::Tr;

core::Result<QList<ApprovalRule>> ApprovalRules::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name, priority, payment_methods, max_risk_score, max_total_cents, active"
                                      " FROM approval_rules ORDER BY priority, name"));
    if (!q)
        return q.error();
    QList<ApprovalRule> rules;
    while (q->next()) {
        rules.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                      q->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts), q->value(4).toInt(),
                      core::Money::fromCents(q->value(5).toLongLong()), q->value(6).toBool()});
    }
    return rules;
}

core::Result<QString> ApprovalRules::add(const core::Session &session, const ApprovalRule &rule)
{
    if (auto allowed = session.require(core::Permission::CompanySettingsManage); !allowed)
        return allowed.error();
    if (rule.name.trimmed().isEmpty())
        return core::Error::validation(Tr::tr("A rule needs a name."), QStringLiteral("name"));
    if (rule.maxRiskScore < 0 || rule.maxRiskScore > 100)
        return core::Error::validation(Tr::tr("The maximum risk score is between 0 and 100."), QStringLiteral("max-score"));
    if (rule.maxTotal.cents() < 0)
        return core::Error::validation(Tr::tr("The maximum total cannot be negative."), QStringLiteral("max-total"));
    if (rule.paymentMethods.isEmpty())
        return core::Error::validation(Tr::tr("Name at least one payment method."), QStringLiteral("methods"));
    for (const QString &method : rule.paymentMethods) {
        if (OrderStatus::paymentMethodName(method) == method)
            return core::Error::validation(Tr::tr("Unknown payment method \"%1\".").arg(method), QStringLiteral("methods"));
    }
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    const QString id = core::Uuid7::generate();
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    auto inserted = m_db.exec(QStringLiteral("INSERT INTO approval_rules (id, name, priority, payment_methods, max_risk_score,"
                                             " max_total_cents, active, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {id, rule.name.trimmed(), rule.priority, rule.paymentMethods.join(QLatin1Char(',')),
                               rule.maxRiskScore, rule.maxTotal.cents(), true, now});
    if (!inserted) {
        if (m_db.scalar(QStringLiteral("SELECT 1 FROM approval_rules WHERE name = ?"), {rule.name.trimmed()}).valueOr(QVariant()).isValid())
            return core::Error::conflict(Tr::tr("There is already a rule named \"%1\".").arg(rule.name), QStringLiteral("name"));
        return inserted.error();
    }
    const QJsonObject details{{QStringLiteral("name"), rule.name}, {QStringLiteral("max_risk_score"), rule.maxRiskScore},
                              {QStringLiteral("max_total_cents"), rule.maxTotal.cents()},
                              {QStringLiteral("payment_methods"), rule.paymentMethods.join(QLatin1Char(','))}};
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("approval_rules.add"),
                                              QStringLiteral("approval_rules"), id, details);
        !audited)
        return audited.error();
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("approval_rules"), id, core::Outbox::Operation::Insert,
                                           details, 0);
        !queued)
        return queued.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

core::Result<> ApprovalRules::remove(const core::Session &session, const QString &nameOrId)
{
    if (auto allowed = session.require(core::Permission::CompanySettingsManage); !allowed)
        return allowed.error();
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto id = m_db.scalar(QStringLiteral("SELECT id FROM approval_rules WHERE (id = ? OR name = ?) AND active = ?"),
                          {nameOrId, nameOrId, true});
    if (!id)
        return id.error();
    if (!id->isValid() || id->isNull())
        return core::Error::notFound(Tr::tr("There is no active approval rule \"%1\".").arg(nameOrId));
    // Rules are retired, not deleted: the audit trail of past automatic approvals names them.
    const QString now = core::toDbTimestamp(QDateTime::currentDateTimeUtc());
    if (auto retired = m_db.exec(QStringLiteral("UPDATE approval_rules SET active = ?, row_version = row_version + 1,"
                                                " updated_at = ? WHERE id = ?"),
                                 {false, now, *id});
        !retired)
        return retired.error();
    if (auto audited = core::AuditLog::append(m_db, session, QStringLiteral("approval_rules.remove"),
                                              QStringLiteral("approval_rules"), id->toString());
        !audited)
        return audited.error();
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("approval_rules"), id->toString(),
                                           core::Outbox::Operation::Update, {{QStringLiteral("active"), false}}, 1);
        !queued)
        return queued.error();
    return tx.commit();
}

ApprovalDecision ApprovalRules::decide(const QList<ApprovalRule> &rules, const ApprovalCase &facts)
{
    if (!facts.riskScore)
        return {false, Tr::tr("Manual review: no risk analysis has arrived for this order.")};
    if (facts.riskDecision == QLatin1String("deny"))
        return {false, Tr::tr("Manual review: the risk provider recommends refusing (score %1).").arg(*facts.riskScore)};
    QList<ApprovalRule> ordered = rules;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ApprovalRule &a, const ApprovalRule &b) { return a.priority < b.priority; });
    QStringList misses;
    for (const ApprovalRule &rule : std::as_const(ordered)) {
        if (!rule.active || !rule.paymentMethods.contains(facts.paymentMethod))
            continue;
        if (*facts.riskScore > rule.maxRiskScore) {
            misses << Tr::tr("score %1 above %2 (rule \"%3\")").arg(*facts.riskScore).arg(rule.maxRiskScore).arg(rule.name);
            continue;
        }
        if (facts.total.cents() > rule.maxTotal.cents()) {
            misses << Tr::tr("total %1 above %2 (rule \"%3\")").arg(facts.total.format(), rule.maxTotal.format(), rule.name);
            continue;
        }
        return {true, Tr::tr("Approved automatically by rule \"%1\": score %2 ≤ %3, total %4 ≤ %5.")
                          .arg(rule.name)
                          .arg(*facts.riskScore)
                          .arg(rule.maxRiskScore)
                          .arg(facts.total.format(), rule.maxTotal.format())};
    }
    if (misses.isEmpty())
        return {false, Tr::tr("Manual review: no approval rule covers %1 payments.").arg(OrderStatus::paymentMethodName(facts.paymentMethod))};
    return {false, Tr::tr("Manual review: %1.").arg(misses.join(QStringLiteral("; ")))};
}

core::Result<ApprovalCase> ApprovalRules::caseFor(const QString &orderId) const
{
    auto order = m_db.exec(QStringLiteral("SELECT payment_method, total_cents FROM orders WHERE id = ?"), {orderId});
    if (!order)
        return order.error();
    if (!order->next())
        return core::Error::notFound(Tr::tr("The order does not exist."), orderId);
    ApprovalCase facts{order->value(0).toString(), core::Money::fromCents(order->value(1).toLongLong()), std::nullopt, {}};
    auto analysis = m_db.exec(QStringLiteral("SELECT score, decision FROM risk_analyses WHERE order_id = ? AND provider <> 'manual'"
                                             " ORDER BY at DESC LIMIT 1"),
                              {orderId});
    if (!analysis)
        return analysis.error();
    if (analysis->next() && !analysis->value(0).isNull()) {
        facts.riskScore = analysis->value(0).toInt();
        facts.riskDecision = analysis->value(1).toString();
    }
    return facts;
}

} // namespace orders
