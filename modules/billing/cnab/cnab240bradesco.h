#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Bradesco (237) CNAB 240 cobrança remessa (file layout 084, lote 042). Needs
/// BankAccount::agencyDv and the código do convênio (Remessa::companyCode, up to 20 digits);
/// the nosso número is 11 digits, written with Bradesco's DV (which may be 'P').
class Cnab240Bradesco
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
