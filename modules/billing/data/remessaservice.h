#pragma once

#include "billing/cnab/remessa.h"
#include "billing/domain/boleto.h"
#include "billing/domain/collectionaccount.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace core {
class Database;
class Session;
} // namespace core

namespace billing {

/// A remessa as it would be written: what the user confirms in the preview.
struct RemessaPlan
{
    CollectionAccount account;
    QString layout;          ///< "cnab240" or "cnab400"
    int nsa = 0;             ///< the number the file will carry (the next one; taken on generate)
    QList<Boleto> entries;   ///< titles sent for registration (instrução 01)
    QList<Boleto> writeOffs; ///< cancelled registered titles sent as pedido de baixa (02)
    core::Money total;       ///< sum of the entries
    QByteArray content;      ///< the file's bytes with that NSA
    QString suggestedFileName;
};

/// What generate() did.
struct RemessaGenerated
{
    QString remessaId;
    int nsa = 0;
    QString path;
    int titleCount = 0;
    core::Money total;
    QString sha256;
};

/// Builds and writes remessa files for one collection account from its boletos with a pending
/// instruction (new ones to register, cancelled registered ones to write off).
///
/// The NSA is taken in its own committed transaction before the file is built, and the
/// remessa_files row is marked 'failed' when anything later goes wrong, so a number is never
/// used twice — not even when the process dies halfway (the row stays 'generating').
class RemessaService
{
public:
    explicit RemessaService(core::Database &db) : m_db(db) {}

    /// The plan for `boletoIds` of the account (empty = every boleto with a pending
    /// instruction), without writing anything (BillingView).
    core::Result<RemessaPlan> plan(const core::Session &session, const QString &accountIdOrName,
                                   const QStringList &boletoIds = {}) const;
    /// Takes the NSA, writes the file atomically at `path`, marks the entries registered and the
    /// write-offs sent, records remessa_files/remessa_titles, audit and outbox (BillingManage).
    core::Result<RemessaGenerated> generate(const core::Session &session, const QString &accountIdOrName,
                                            const QStringList &boletoIds, const QString &path);

    /// The Remessa data a writer turns into bytes (pure mapping; exposed for tests and benchmarks).
    static Remessa toRemessa(const CollectionAccount &account, const QList<Boleto> &entries, const QList<Boleto> &writeOffs,
                             int nsa, const QDate &generatedOn);

private:
    core::Result<RemessaPlan> planWithNsa(const core::Session &session, const QString &accountIdOrName,
                                          const QStringList &boletoIds, int nsa) const;
    core::Database &m_db;
};

} // namespace billing
