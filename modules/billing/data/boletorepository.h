#pragma once

#include "billing/domain/boleto.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace core {
class Database;
class Session;
} // namespace core

namespace billing {

/// What the billing list shows.
struct BoletoFilter
{
    QStringList statuses; ///< BoletoStatus values, "vencido" included; empty = all
    QString accountId;
    QDate dueFrom, dueTo;
    /// Nosso número (with or without DV), linha digitável or barcode (punctuation ignored), order
    /// number, payer CPF/CNPJ, or the start of the payer's name.
    QString search;
    QStringList ids; ///< exactly these boletos (a selection); empty = no restriction
};

/// One line of the billing list: the boleto and what the list shows beside it.
struct BoletoRow
{
    Boleto boleto;
    QString accountName;
    QString bankCode;
    QString effectiveStatus; ///< the stored status, or "vencido" for an open one past due
};

/// Reads boletos and changes their status by hand (cancel = pedido de baixa).
class BoletoRepository
{
public:
    static constexpr int kDefaultLimit = 2000;

    explicit BoletoRepository(core::Database &db) : m_db(db) {}

    /// Boletos matching `filter`, latest due date first, at most `limit` (BillingView).
    core::Result<QList<BoletoRow>> list(const core::Session &session, const BoletoFilter &filter, const QDate &today,
                                        int limit = kDefaultLimit) const;
    core::Result<Boleto> find(const QString &id) const;
    /// By id, nosso número (printed or not) or linha digitável — what the CLI accepts.
    core::Result<Boleto> findByReference(const QString &reference) const;
    core::Result<QList<Boleto>> forOrder(const QString &orderId) const;
    /// The account's boletos with an instruction waiting for the next remessa (all, or those of
    /// `ids` among them), in nosso número order — with the fields a remessa record carries only
    /// (no instructions, PIX code, barcode or order number).
    core::Result<QList<Boleto>> pendingForRemessa(const QString &accountId, const QStringList &ids = {}) const;

    /// Cancels an open boleto (BillingManage) with a reason. One the bank never received is
    /// simply cancelled; a registered one also gets a pedido de baixa for the next remessa. Audit,
    /// order event and sync outbox in one transaction.
    core::Result<Boleto> cancel(const core::Session &session, const QString &id, const QString &reason);

private:
    core::Database &m_db;
};

} // namespace billing
