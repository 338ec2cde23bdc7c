#pragma once

#include "billing/domain/boleto.h"
#include "billing/domain/collectionaccount.h"
#include "billing/print/boletoprintdata.h"
#include "core/domain/result.h"

#include <QList>
#include <QStringList>

namespace core {
class Database;
struct Company;
} // namespace core

namespace billing {

/// Gathers what a printed boleto shows: the stored boleto, its account's bank fields and the
/// company's address (beneficiário), in the order asked for.
class BoletoPrintSource
{
public:
    explicit BoletoPrintSource(core::Database &db) : m_db(db) {}

    core::Result<QList<BoletoPrintData>> forBoletos(const QStringList &boletoIds) const;

    /// The printed form of one boleto (pure; exposed for tests and benchmarks).
    static BoletoPrintData compose(const Boleto &boleto, const CollectionAccount &account, const QString &beneficiaryAddress);

private:
    core::Database &m_db;
};

} // namespace billing
