#pragma once

#include "billing/banks/bank.h"

namespace billing {

/// Banco do Brasil (001). The convênio's length decides the layout:
/// * 4 digits: nosso número = convênio 4 + sequence 7 (+ DV); campo livre = nosso número 11,
///   agência 4, conta 8, carteira 2;
/// * 6 digits: nosso número = convênio 6 + sequence 5 (+ DV), same campo livre; with
///   BankAccount::modality "21" the sequence is a free 17-digit nosso número (no DV) and the
///   campo livre is convênio 6, nosso número 17, 21;
/// * 7 or 8 digits: nosso número = convênio + sequence, 17 digits, no DV; campo livre = 000000,
///   nosso número 17, carteira 2.
/// DV: 11 - mod 11 (weights 2..9); 10 gives 'X', 11 gives 0.
class BancoDoBrasil final : public Bank
{
public:
    QString code() const override;
    QString name() const override;
    QList<Carteira> carteiras() const override;
    core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const override;
    core::Result<QString> campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &extras = {}) const override;

    /// The check digit of a nosso número (any length): '0'..'9' or 'X'.
    static QChar nossoNumeroDv(QStringView digits);
};

} // namespace billing
