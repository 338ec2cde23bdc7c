#pragma once

#include "billing/banks/bank.h"

namespace billing {

/// Banco Inter (077), carteira 112, agência 0001. Inter assigns the nosso número itself (11 digits,
/// its last digit being the bank's DV, which has no published algorithm), so the company passes
/// the number the bank returned. Campo livre: agência 0001, carteira 112, número da operação 7
/// (BankAccount::convenio), nosso número 11. Layout as implemented by laravel-boleto
/// (src/Boleto/Banco/Inter.php); there are no public barcode vectors for it.
class Inter final : public Bank
{
public:
    QString code() const override;
    QString name() const override;
    QList<Carteira> carteiras() const override;
    core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const override;
    core::Result<QString> campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &extras = {}) const override;

};

} // namespace billing
