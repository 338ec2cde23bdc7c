#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Sicredi (748) CNAB 240 cobrança remessa (file layout 081, lote 040). The nosso número
/// (8 digits: year, byte de geração, sequence) is written with its DV, which Sicredi computes
/// over agência, posto (BankAccount::posto) and código do beneficiário (BankAccount::convenio).
class Cnab240Sicredi
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
