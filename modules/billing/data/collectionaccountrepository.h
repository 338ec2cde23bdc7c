#pragma once

#include "billing/domain/collectionaccount.h"
#include "core/domain/result.h"

#include <QList>

namespace core {
class Database;
class Session;
} // namespace core

namespace billing {

/// Collection accounts (bank_accounts). Saving validates the account against its bank (carteira,
/// widths of agency, account and convênio, by building the first nosso número and campo livre),
/// so an account that cannot issue a valid boleto is never stored.
class CollectionAccountRepository
{
public:
    explicit CollectionAccountRepository(core::Database &db) : m_db(db) {}

    core::Result<QList<CollectionAccount>> list(bool activeOnly = false) const;
    core::Result<CollectionAccount> find(const QString &id) const;
    /// By id, or by exact name (the CLI's --account accepts both).
    core::Result<CollectionAccount> findByIdOrName(const QString &idOrName) const;
    /// The account generate_boleto issues from: the one marked default, else the only active one.
    /// NotFound with a message saying what to configure when there is none.
    core::Result<CollectionAccount> defaultAccount() const;

    /// Inserts (empty id) or updates (row version checked) an account (BillingManage), with audit
    /// and sync outbox entries in one transaction. Marking one default unmarks the others.
    core::Result<CollectionAccount> save(const core::Session &session, CollectionAccount account);

    /// What is wrong with `account` for its bank, if anything.
    static core::Result<> validate(const CollectionAccount &account);

private:
    core::Database &m_db;
};

} // namespace billing
