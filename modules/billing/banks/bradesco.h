#pragma once

#include "billing/banks/bank.h"

namespace billing {

/// Bradesco (237). Nosso número: 11 digits + DV, mod 11 (weights 2..7) over carteira 2 + nosso
/// número 11; remainder 0 gives 0, remainder 1 gives 'P', else 11 - remainder.
/// Campo livre: agência 4, carteira 2, nosso número 11, conta 7, 0.
class Bradesco final : public Bank
{
public:
    QString code() const override;
    QString name() const override;
    QList<Carteira> carteiras() const override;
    core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const override;
    core::Result<QString> campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &extras = {}) const override;
    /// The nosso número DV: mod 11 base 7 over carteira (2) + nosso número (11); remainder 0 → 0,
    /// 1 → P, else 11 − remainder. Any carteira: remessas may carry one boletos do not use (01).
    static QChar nossoNumeroDv(const QString &carteira, const QString &nossoNumero);

};

} // namespace billing
