#pragma once

#include "billing/banks/bank.h"

namespace billing {

/// Itaú Unibanco (341). Nosso número: 8 digits + DAC (mod 10 over agência 4, conta 5, carteira 3
/// and nosso número 8; carteiras 126, 131, 146, 150 and 168 use carteira + nosso número only).
/// Campo livre: carteira 3, nosso número 8, DAC, agência 4, conta 5, DAC of agência+conta, 000;
/// carteiras 106/107/122/142/143/195/196/198 instead: carteira 3, nosso número 8, seu número 7,
/// código do cliente 5 (BankAccount::convenio), DAC of those 23 digits, 0.
class Itau final : public Bank
{
public:
    QString code() const override;
    QString name() const override;
    QList<Carteira> carteiras() const override;
    core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const override;
    core::Result<QString> campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &extras = {}) const override;
    /// Agência / conta-DAC ("0057/12345-7").
    QString agencyAndCode(const BankAccount &account) const override;

};

} // namespace billing
