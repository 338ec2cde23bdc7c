#pragma once

#include "core/workflow/workflowactions.h"

namespace billing {

/// `generate_boleto`: on entering a state (the default chart: aguardando_pagamento), issues the
/// order's boletos from the default collection account when the order is paid by boleto.
///
/// Does nothing for other payment methods or when the order already has its boletos (so a
/// chart may name it in several states). When the boletos cannot be issued — no account
/// configured, the customer has no CEP, the user may not issue — the order still moves on: the
/// reason goes on the order's timeline and the order shows in the billing queue, where someone
/// fixes the cause and issues by hand. A storefront order must never be stuck because billing
/// is not set up yet. Database errors do fail the action (and roll the transition back).
core::WorkflowAction generateBoletoAction();

/// `cancel_boletos`: on entering a state (the default chart: cancelado), cancels the order's open
/// boletos; registered ones get a pedido de baixa in the next remessa. Same failure rule as above.
core::WorkflowAction cancelBoletosAction();

/// Registers the billing module's workflow actions.
void registerBillingActions(core::WorkflowActions &actions);

} // namespace billing
