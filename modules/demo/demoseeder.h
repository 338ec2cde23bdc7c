#pragma once

#include "core/domain/result.h"
#include "demo/demogenerator.h"

#include <QSqlQuery>

#include <memory>

namespace core {
class Database;
class Session;
}

namespace demo {

/// Inserts rows with one prepared statement per table.
class DatabaseSink : public RowSink
{
public:
    explicit DatabaseSink(core::Database &db);
    core::Result<> prepare();
    core::Result<> row(Table table, const QVariant *values, int count) override;

private:
    core::Database &m_db;
    std::unique_ptr<QSqlQuery> m_statements[kTableCount];
};

/// Fills an empty database with demo data in one transaction: cancelling or failing leaves the
/// database exactly as it was. Demo rows are not queued for replication (they must never reach
/// a company's central database).
class DemoSeeder
{
public:
    explicit DemoSeeder(core::Database &db) : m_db(db) {}
    core::Result<SeedCounts> seed(const core::Session &session, const SeedOptions &options,
                                  const std::function<bool(int)> &progress = {});

private:
    core::Database &m_db;
};

} // namespace demo
