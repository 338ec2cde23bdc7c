#pragma once

#include "billing/banks/bank.h"

namespace billing {

/// Sicredi (748). Nosso número: 8 digits, year 2 + byte de geração 1 + sequence 5 (the company
/// passes all 8: "19200003"), DV = 11 - mod 11 (weights 2..9) over agência 4, posto 2,
/// beneficiário 5 and nosso número 8, above 9 gives 0; printed "19/200003-0".
/// Campo livre: tipo de cobrança 1 (the carteira: 1 com registro, 3 sem registro), carteira
/// simples 1, nosso número 8 + DV, agência 4, posto 2, beneficiário 5, 1 if the barcode has an
/// amount else 0, filler 0, DV of the previous 24 digits (mod 11 weights 2..9, 0 or 1 gives 0).
class Sicredi final : public Bank
{
public:
    QString code() const override;
    QString name() const override;
    QList<Carteira> carteiras() const override;
    core::Result<QString> nossoNumeroWithDv(const BankAccount &account,
                                            const QString &sequence) const override;
    core::Result<QString> campoLivre(const BankAccount &account, const QString &nossoNumero,
                                     const TitleExtras &extras = {}) const override;
    /// Agência.posto.código do beneficiário ("0165.02.00623").
    QString agencyAndCode(const BankAccount &account) const override;
    /// Year of issue 2 + byte de geração "2" (1 is reserved for titles the cooperativa generates;
    /// 2-9 are the beneficiary's) + sequence 5.
    QString sequenceToNossoNumero(const BankAccount &account, qint64 sequence, QDate issueDate) const override;
};

} // namespace billing
