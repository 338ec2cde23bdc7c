#include "core/domain/domainevents.h"

namespace core {

void DomainEvents::publish(const DomainEvent &event)
{
    emit published(event);
}

} // namespace core
