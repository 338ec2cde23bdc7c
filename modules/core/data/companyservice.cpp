#include "core/data/companyservice.h"

#include "core/data/auditlog.h"
#include "core/data/database.h"
#include "core/data/transaction.h"
#include "core/domain/domainevents.h"
#include "core/domain/cep.h"
#include "core/domain/cnpj.h"
#include "core/domain/session.h"
#include "core/domain/tr.h"

namespace core {

Result<Company> CompanyService::company() const
{
    auto current = m_repository.current();
    if (!current)
        return current.error();
    return current->value_or(Company{});
}

Result<Company> CompanyService::validated(const Company &input)
{
    Company c = input;
    c.legalName = c.legalName.simplified();
    c.tradeName = c.tradeName.simplified();
    if (c.legalName.isEmpty())
        return Error::validation(Tr::tr("Type the legal name (razão social)."), QStringLiteral("legal_name"));
    auto cnpj = Cnpj::parse(c.cnpj);
    if (!cnpj)
        return Error::validation(cnpj.error().message, QStringLiteral("cnpj"));
    c.cnpj = *cnpj;
    if (!c.cep.trimmed().isEmpty()) {
        auto cep = Cep::parse(c.cep);
        if (!cep)
            return Error::validation(cep.error().message, QStringLiteral("cep"));
        c.cep = *cep;
    }
    c.state = c.state.trimmed().toUpper();
    if (!c.state.isEmpty() && !Cep::states().contains(c.state))
        return Error::validation(Tr::tr("%1 is not a Brazilian state (UF).").arg(c.state), QStringLiteral("state"));
    if (!c.cep.isEmpty() && !c.state.isEmpty() && Cep::stateForCep(c.cep) != c.state) {
        return Error::validation(Tr::tr("The CEP %1 belongs to %2, not %3.")
                                     .arg(Cep::format(c.cep), Cep::stateForCep(c.cep), c.state),
                                 QStringLiteral("cep"));
    }
    return c;
}

Result<Company> CompanyService::save(const Session &session, const Company &input)
{
    if (auto allowed = session.require(Permission::CompanySettingsManage); !allowed)
        return allowed.error();
    auto company = validated(input);
    if (!company)
        return company;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    auto version = m_repository.save(*company, session.userId());
    if (!version) {
        if (version.error().kind == Error::Kind::Conflict)
            return Error::conflict(Tr::tr("Someone else changed the company data meanwhile. Reopen the settings and try again."));
        return version.error();
    }
    auto saved = m_repository.current();
    if (!saved)
        return saved.error();
    if (auto done = AuditLog::append(m_db, session, QStringLiteral("company.update"), QStringLiteral("companies"),
                                     (*saved)->id, {{QStringLiteral("cnpj"), company->cnpj}});
        !done)
        return done.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    if (m_events)
        m_events->publish({QStringLiteral("company.updated"), QStringLiteral("companies"), (*saved)->id, {}});
    return **saved;
}

} // namespace core
