#pragma once

#include "billing/banks/bank.h"

namespace billing {

/// Santander (033). Nosso número: 12 digits + DV, mod 11 (weights 2..9); remainder 0 or 1 gives 0,
/// else 11 - remainder. Campo livre: 9, código do beneficiário 7 (BankAccount::convenio), nosso
/// número 12 + DV, IOF 0, carteira 3.
class Santander final : public Bank
{
public:
    QString code() const override;
    QString name() const override;
    QList<Carteira> carteiras() const override;
    core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const override;
    core::Result<QString> campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &extras = {}) const override;
    /// Agência / código do beneficiário ("1234/1234567").
    QString agencyAndCode(const BankAccount &account) const override;

};

} // namespace billing
