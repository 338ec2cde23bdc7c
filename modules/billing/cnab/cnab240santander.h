#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Santander (033) CNAB 240 cobrança remessa (file layout 040, lote 030). Needs
/// BankAccount::agencyDv and the código de transmissão (Remessa::companyCode, up to 15 digits);
/// the nosso número is 12 digits, written with Santander's DV (13).
class Cnab240Santander
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
