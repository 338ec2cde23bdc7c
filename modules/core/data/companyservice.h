#pragma once

#include "core/data/companyrepository.h"
#include "core/domain/company.h"
#include "core/domain/result.h"

namespace core {

class Database;
class DomainEvents;
class Session;

/// The company's own data (Settings → Company). Validated, permission-checked, audited.
class CompanyService
{
public:
    /// `events`, when given, hears "company.updated" after each commit.
    explicit CompanyService(Database &db, DomainEvents *events = nullptr)
        : m_db(db), m_events(events), m_repository(db) {}

    Result<Company> company() const; ///< an empty Company when none was saved yet
    Result<Company> save(const Session &session, const Company &company);
    /// Normalises and validates; the error's `where` names the field.
    static Result<Company> validated(const Company &company);

private:
    Database &m_db;
    DomainEvents *m_events;
    CompanyRepository m_repository;
};

} // namespace core
