#pragma once

#include "billing/cnab/remessa.h"
#include "core/domain/result.h"

#include <QByteArray>

namespace billing {

/// Sicoob (756) CNAB 240 cobrança remessa (file layout 081, lote 040). BankAccount::agency is
/// the cooperativa, BankAccount::convenio the código do cliente; the nosso número (7 digits) is
/// written with its DV, then parcela 01, modalidade (BankAccount::modality) and tipo de formulário.
///
/// Banco Inter (077) is absent on purpose: it exchanges cobrança files in CNAB 400 only.
class Cnab240Sicoob
{
public:
    static core::Result<QByteArray> write(const Remessa &remessa);
};

} // namespace billing
