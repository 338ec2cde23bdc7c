#pragma once

#include "core/domain/session.h"

namespace orders {

/// CPF/CNPJ is personal data (LGPD): roles that serve customers see it; the warehouse, which
/// ships by name and address, does not — not in lists, not in exports.
inline bool canSeeCustomerDocument(const core::Session &session)
{
    return session.can(core::Permission::SacView) || session.can(core::Permission::OrdersManage);
}

} // namespace orders
