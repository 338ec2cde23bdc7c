#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Itaú (341) CNAB 240 cobrança remessa (file layout 040, lote 030): agência 4, conta 5 + DAC,
/// carteira 3, nosso número 8 + DAC (computed by Itau). The payer's name has 30 positions.
class Cnab240Itau
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
