#pragma once

#include "core/domain/result.h"

namespace core {
class Database;
class Session;
} // namespace core

namespace billing {

/// What `billing demo` did.
struct BillingDemoResult
{
    bool created = false; ///< false when the database already had a collection account
    int boletos = 0;
};

/// Demo billing for the demo database: a fictitious Itaú collection account (hybrid boletos
/// with PIX, juros and multa) made default, and the boletos of the recent boleto orders still
/// awaiting payment (at most `maxOrders`), so the Boletos dock has something real to show.
/// Does nothing when an account exists: a company's own accounts are never touched.
class BillingDemo
{
public:
    explicit BillingDemo(core::Database &db) : m_db(db) {}
    core::Result<BillingDemoResult> seed(const core::Session &session, int maxOrders = 300);

private:
    core::Database &m_db;
};

} // namespace billing
