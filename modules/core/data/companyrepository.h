#pragma once

#include "core/domain/company.h"
#include "core/domain/result.h"

#include <optional>

namespace core {

class Database;

class CompanyRepository
{
public:
    explicit CompanyRepository(Database &db) : m_db(db) {}
    /// The company of this installation (the first one; a desktop serves one company).
    Result<std::optional<Company>> current() const;
    /// Inserts (rowVersion 0) or updates with an optimistic version check; returns the new version.
    Result<qint64> save(const Company &company, const QString &actorId);

private:
    Database &m_db;
};

} // namespace core
