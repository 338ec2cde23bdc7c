#pragma once

#include "billing/banks/bank.h"

namespace billing {

/// Sicoob / Bancoob (756). Nosso número: 7 digits + DV with weights 3,1,9,7 repeated from the left
/// over cooperativa 4 (BankAccount::agency) + código do cliente 10 (BankAccount::convenio) +
/// nosso número 7; remainder 0 or 1 gives 0, else 11 - remainder.
/// Campo livre: carteira 1, cooperativa 4, modalidade 2 (BankAccount::modality, default 01),
/// código do cliente 7, nosso número 7 + DV, parcela 3.
class Sicoob final : public Bank
{
public:
    QString code() const override;
    QString name() const override;
    QList<Carteira> carteiras() const override;
    core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const override;
    core::Result<QString> campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &extras = {}) const override;
    /// Cooperativa / código do cliente ("4327/0000229385").
    QString agencyAndCode(const BankAccount &account) const override;

};

} // namespace billing
