#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Caixa Econômica Federal (104) CNAB 240 remessa, SIGCB layout (file 050, lote 030). Needs
/// BankAccount::agencyDv, the 6-digit código do beneficiário (BankAccount::convenio), carteira
/// "RG" or "SR" (modalidade 14/24 of the nosso número) and Remessa::applicationVersion.
/// Reproduces brcobranca's reference file byte for byte (104_cnab240_remessa1.rem).
class Cnab240Caixa
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
