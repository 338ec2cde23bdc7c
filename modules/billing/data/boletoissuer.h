#pragma once

#include "billing/domain/boleto.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace core {
class Database;
class Session;
} // namespace core

namespace billing {

/// What to issue for an order. Defaults give what the order says: its total, in as many
/// installments as it was sold with, the first due three days from today.
struct BoletoIssueRequest
{
    QString orderId;
    QString accountId;    ///< empty = the default collection account
    int installments = 0; ///< 0 = the order's installments
    QDate firstDueDate;   ///< null = today + kDefaultDueDays, moved to a business day
    QDate issueDate;      ///< null = today (São Paulo)
    core::Money amount;   ///< zero = the order's total
    core::Money discount; ///< per boleto, for paying by discountUntil
    QDate discountUntil;
    QStringList extraInstructions;
};

/// Issues boletos: takes the account's next nosso número sequences, builds each title's nosso
/// número with its bank's check digit, the barcode and linha digitável, the hybrid PIX code when
/// the account has a PIX key, the charges and instruction lines, and stores them with the payer's
/// snapshot, an order event, audit and sync outbox entries — all in one transaction, so two
/// desktops never hand out the same nosso número and a failure leaves nothing behind.
class BoletoIssuer
{
public:
    static constexpr int kDefaultDueDays = 3;

    explicit BoletoIssuer(core::Database &db) : m_db(db) {}

    /// BillingManage. Refused when the order already has open or paid boletos (cancel them first).
    core::Result<QList<Boleto>> issue(const core::Session &session, const BoletoIssueRequest &request);
    /// The same inside the caller's transaction (the generate_boleto workflow action).
    core::Result<QList<Boleto>> issueInTransaction(const core::Session &session, const BoletoIssueRequest &request);

private:
    core::Database &m_db;
};

} // namespace billing
