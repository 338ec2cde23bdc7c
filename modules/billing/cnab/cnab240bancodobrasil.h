#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Banco do Brasil (001) CNAB 240 cobrança remessa (file layout 083, lote 042). Needs
/// BankAccount::agencyDv, the convênio (4 to 8 digits; the nosso número is built from it by
/// BancoDoBrasil, with its DV for 4- and 6-digit convênios), carteira (2) and variation (3).
class Cnab240BancoDoBrasil
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
