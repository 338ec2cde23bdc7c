#include "core/domain/appcontext.h"

namespace core {

AppContext::AppContext(Database &database, DomainEvents &events)
    : m_database(database), m_events(events)
{}

AppContext::~AppContext() = default;

} // namespace core
