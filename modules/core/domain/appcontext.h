#pragma once

#include "core/domain/session.h"
#include "core/workflow/workflowactions.h"


#include <memory>
#include <typeindex>
#include <unordered_map>

namespace core {

class Database;
class DomainEvents;
class Module;

/// What modules share: the database, the acting session, the event bus and services by type.
/// Owned by the executable; lives as long as the modules.
class AppContext
{
public:
    AppContext(Database &database, DomainEvents &events);
    ~AppContext();

    Database &database() const { return m_database; }
    DomainEvents &events() const { return m_events; }

    /// The actions modules offer to workflow charts; modules add theirs in initialize().
    WorkflowActions &workflowActions() { return m_workflowActions; }
    const WorkflowActions &workflowActions() const { return m_workflowActions; }

    const Session &session() const { return m_session; }
    void setSession(const Session &session) { m_session = session; }

    /// Registers a service a module owns; others fetch it with service<T>().
    template<typename T>
    void provide(std::shared_ptr<T> service) { m_services[std::type_index(typeid(T))] = std::move(service); }

    template<typename T>
    T *service() const
    {
        const auto it = m_services.find(std::type_index(typeid(T)));
        return it == m_services.end() ? nullptr : static_cast<T *>(it->second.get());
    }

private:
    Database &m_database;
    DomainEvents &m_events;
    Session m_session;
    WorkflowActions m_workflowActions;
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_services;
};

} // namespace core
