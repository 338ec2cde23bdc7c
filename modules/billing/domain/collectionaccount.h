#pragma once

#include "billing/domain/bankaccount.h"

#include <QString>

namespace billing {

/// A collection account as the company keeps it: the bank's fields (BankAccount, which the bank
/// classes read) plus what Retaguarda needs to issue and register boletos from it.
struct CollectionAccount
{
    QString id;
    QString name; ///< how people call it: "Itaú cobrança 109"
    BankAccount bank;
    /// Bradesco "código da empresa" / Santander "código de transmissão": assigned by the bank for
    /// the CNAB exchange, written in the remessa header only.
    QString remessaCode;
    QString remessaLayout = QStringLiteral("cnab400"); ///< "cnab240" or "cnab400"
    QString pixKey;      ///< hybrid boleto: the DICT key its QR code pays (empty = no QR)
    QString pixKeyType;  ///< cpf, cnpj, phone, email, random
    QString pixCity;     ///< merchant city in the BR Code
    int interestMonthlyBp = 0; ///< juros de mora, 1 % a.m. = 100
    int fineBp = 0;            ///< multa, 2 % = 200
    QString instructions;      ///< extra lines for the Instruções box, one per line
    qint64 nextSequence = 1;   ///< the next nosso número sequence
    bool isDefault = false;    ///< the account generate_boleto issues from
    bool active = true;
    int rowVersion = 0;
};

} // namespace billing
