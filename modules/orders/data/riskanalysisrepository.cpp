#include "orders/data/riskanalysisrepository.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/outbox.h"
#include "core/data/transaction.h"
#include "core/domain/session.h"
#include "core/domain/uuid7.h"
#include "orders/domain/cardnumberguard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Orders)
};

RiskAnalysis readAnalysis(const QSqlQuery &q)
{
    RiskAnalysis r;
    r.id = q.value(0).toString();
    r.orderId = q.value(1).toString();
    r.at = core::fromDbTimestamp(q.value(2));
    r.provider = q.value(3).toString();
    if (!q.value(4).isNull())
        r.score = q.value(4).toInt();
    r.decision = q.value(5).toString();
    r.reasons = q.value(6).toString();
    r.reviewerId = q.value(7).toString();
    r.reviewerName = q.value(8).toString();
    r.rawResponse = q.value(9).toString();
    return r;
}
} // namespace

core::Result<RiskAnalysis> RiskAnalysisRepository::record(const core::Session &session, const QString &orderId,
                                                          const RiskAnalysisInput &input)
{
    if (auto allowed = session.require(core::Permission::OrdersManage); !allowed)
        return allowed.error();
    RiskAnalysis analysis;
    analysis.orderId = orderId;
    analysis.provider = input.provider.trimmed();
    analysis.score = input.score;
    analysis.decision = input.decision;
    analysis.reasons = input.reasons.trimmed();
    analysis.rawResponse = input.rawResponse.trimmed().isEmpty() ? QStringLiteral("{}") : input.rawResponse;
    if (analysis.provider.isEmpty() || analysis.isManual())
        return core::Error::validation(Tr::tr("Name the risk analysis provider (ClearSale, Konduto ...)."), QStringLiteral("provider"));
    if (analysis.score && (*analysis.score < 0 || *analysis.score > 100))
        return core::Error::validation(Tr::tr("A risk score goes from 0 to 100, not %1.").arg(*analysis.score), QStringLiteral("score"));
    QJsonParseError parseError;
    QJsonDocument::fromJson(analysis.rawResponse.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return core::Error::validation(Tr::tr("The provider's response is not valid JSON: %1.").arg(parseError.errorString()),
                                       QStringLiteral("raw_response, offset %1").arg(parseError.offset));
    }
    return insert(session, std::move(analysis), QStringLiteral("risk.analysis_recorded"));
}

core::Result<RiskAnalysis> RiskAnalysisRepository::recordManualReview(const core::Session &session, const QString &orderId,
                                                                      const QString &decision, const QString &reasons)
{
    if (auto allowed = session.require(core::Permission::OrdersManage); !allowed)
        return allowed.error();
    if (decision != QLatin1String("approve") && decision != QLatin1String("deny"))
        return core::Error::validation(Tr::tr("A manual review approves or denies the payment."), QStringLiteral("decision"));
    if (reasons.trimmed().isEmpty())
        return core::Error::validation(Tr::tr("Write why you approve or deny this payment."), QStringLiteral("reasons"));
    RiskAnalysis analysis;
    analysis.orderId = orderId;
    analysis.provider = RiskAnalysis::manualProvider();
    analysis.decision = decision;
    analysis.reasons = reasons.trimmed();
    analysis.reviewerId = session.userId();
    analysis.reviewerName = session.name();
    analysis.rawResponse = QStringLiteral("{}");
    return insert(session, std::move(analysis), QStringLiteral("risk.manual_review"));
}

core::Result<RiskAnalysis> RiskAnalysisRepository::insert(const core::Session &session, RiskAnalysis analysis,
                                                          const QString &auditAction)
{
    if (!RiskAnalysis::isDecision(analysis.decision))
        return core::Error::validation(Tr::tr("A risk decision is approve, review or deny, not \"%1\".").arg(analysis.decision),
                                       QStringLiteral("decision"));
    for (const auto &[text, field] : {std::pair{&analysis.provider, QStringLiteral("provider")},
                                      std::pair{&analysis.reasons, QStringLiteral("reasons")},
                                      std::pair{&analysis.rawResponse, QStringLiteral("raw_response")}}) {
        if (auto clean = CardNumberGuard::check(*text, field); !clean)
            return clean.error();
    }
    core::Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto exists = m_db.scalar(QStringLiteral("SELECT number FROM orders WHERE id = ?"), {analysis.orderId});
    if (!exists)
        return exists.error();
    if (!exists->isValid())
        return core::Error::notFound(Tr::tr("The order no longer exists."), analysis.orderId);

    analysis.id = core::Uuid7::generate();
    analysis.at = QDateTime::currentDateTimeUtc();
    const QVariant score = analysis.score ? QVariant(*analysis.score) : QVariant();
    const QVariant reviewer = analysis.reviewerId.isEmpty() ? QVariant() : QVariant(analysis.reviewerId);
    auto inserted = m_db.exec(QStringLiteral(
        "INSERT INTO risk_analyses (id, order_id, at, provider, score, decision, reasons, reviewer_id, raw_response)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {analysis.id, analysis.orderId, core::toDbTimestamp(analysis.at), analysis.provider, score, analysis.decision,
         core::bindable(analysis.reasons), reviewer, analysis.rawResponse});
    if (!inserted)
        return inserted.error();
    const QJsonObject row{{QStringLiteral("id"), analysis.id},
                          {QStringLiteral("order_id"), analysis.orderId},
                          {QStringLiteral("at"), core::toDbTimestamp(analysis.at)},
                          {QStringLiteral("provider"), analysis.provider},
                          {QStringLiteral("score"), analysis.score ? QJsonValue(*analysis.score) : QJsonValue()},
                          {QStringLiteral("decision"), analysis.decision},
                          {QStringLiteral("reasons"), analysis.reasons},
                          {QStringLiteral("reviewer_id"), reviewer.isNull() ? QJsonValue() : QJsonValue(analysis.reviewerId)},
                          {QStringLiteral("raw_response"), analysis.rawResponse}};
    if (auto queued = core::Outbox::record(m_db, QStringLiteral("risk_analyses"), analysis.id,
                                           core::Outbox::Operation::Insert, row, 0);
        !queued)
        return queued.error();
    const QJsonObject details{{QStringLiteral("number"), exists->toLongLong()},
                              {QStringLiteral("provider"), analysis.provider},
                              {QStringLiteral("score"), analysis.score ? QJsonValue(*analysis.score) : QJsonValue()},
                              {QStringLiteral("decision"), analysis.decision}};
    if (auto audited = core::AuditLog::append(m_db, session, auditAction, QStringLiteral("orders"), analysis.orderId, details);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return analysis;
}

core::Result<QList<RiskAnalysis>> RiskAnalysisRepository::history(const QString &orderId) const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT r.id, r.order_id, r.at, r.provider, r.score, r.decision, r.reasons, r.reviewer_id, u.name, r.raw_response"
        " FROM risk_analyses r LEFT JOIN users u ON u.id = r.reviewer_id WHERE r.order_id = ?"
        " ORDER BY r.at DESC, r.id DESC"),
        {orderId});
    if (!q)
        return q.error();
    QList<RiskAnalysis> list;
    while (q->next())
        list.append(readAnalysis(*q));
    return list;
}

core::Result<QList<RiskQueueRow>> RiskAnalysisRepository::reviewQueue(int limit) const
{
    // orders (status, placed_at) is indexed; the latest analysis is one index probe per order.
    auto q = m_db.exec(QStringLiteral(
        "SELECT o.id, o.number, o.placed_at, c.name, o.total_cents, o.payment_method,"
        " r.provider, r.score, r.decision, r.reasons, r.at"
        " FROM orders o JOIN customers c ON c.id = o.customer_id"
        " LEFT JOIN risk_analyses r ON r.id = (SELECT r2.id FROM risk_analyses r2 WHERE r2.order_id = o.id"
        "                                      ORDER BY r2.at DESC, r2.id DESC LIMIT 1)"
        " WHERE o.status = ? ORDER BY o.placed_at, o.number LIMIT ?"),
        {heldStatus(), limit});
    if (!q)
        return q.error();
    QList<RiskQueueRow> rows;
    while (q->next()) {
        RiskQueueRow row;
        row.orderId = q->value(0).toString();
        row.number = q->value(1).toLongLong();
        row.placedAt = core::fromDbTimestamp(q->value(2));
        row.customerName = q->value(3).toString();
        row.total = core::Money::fromCents(q->value(4).toLongLong());
        row.paymentMethod = q->value(5).toString();
        row.provider = q->value(6).toString();
        if (!q->value(7).isNull())
            row.score = q->value(7).toInt();
        row.decision = q->value(8).toString();
        row.reasons = q->value(9).toString();
        row.analyzedAt = core::fromDbTimestamp(q->value(10));
        rows.append(row);
    }
    return rows;
}

} // namespace orders
