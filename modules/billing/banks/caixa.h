#pragma once

#include "billing/banks/bank.h"

namespace billing {

/// Caixa Econômica Federal (104), layout SIGCB. Nosso número: 17 digits, modalidade (1 registrada,
/// 2 sem registro) + emissão 4 (beneficiário) + sequence 15, DV = 11 - mod 11 (weights 2..9), above
/// 9 gives 0. Campo livre: código do beneficiário 6 + DV, nosso número digits 3-5, digit 1, digits
/// 6-8, digit 2, digits 9-17, DV of the previous 24 digits (same rule).
class Caixa final : public Bank
{
public:
    QString code() const override;
    QString name() const override;
    QList<Carteira> carteiras() const override;
    core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const override;
    core::Result<QString> campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &extras = {}) const override;
    /// Agência / código do beneficiário-DV ("1234/123456-7").
    QString agencyAndCode(const BankAccount &account) const override;

};

} // namespace billing
