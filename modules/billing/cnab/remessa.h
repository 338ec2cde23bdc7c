#pragma once

#include "billing/domain/bankaccount.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace billing {

/// The fine (multa) charged once when a title is paid late.
struct RemessaFine
{
    enum class Kind { None, Amount, Percent };
    Kind kind = Kind::None;
    core::Money amount;  ///< Kind::Amount: the fine in reais
    int percentHundredths = 0; ///< Kind::Percent: 2.00 % is 200
    QDate date;          ///< when the fine starts; null means the due date
};

/// One title (boleto) to register at the bank: plain data, written as a CNAB detail record.
struct RemessaTitle
{
    QString nossoNumero; ///< the bank's shape, digits without check digit (the writer adds it)
    QString seuNumero;   ///< número do documento, the company's number for the title (10)
    /// Uso da empresa / nº de controle do participante (25): echoed back in the retorno, the
    /// best key to reconcile it with the order.
    QString control;
    QDate dueDate;
    QDate issueDate; ///< null means Remessa::generatedOn
    core::Money amount;
    core::Money interestPerDay;  ///< juros de mora por dia de atraso; zero = none
    QDate discountUntil;         ///< null = no discount
    core::Money discountAmount;
    RemessaFine fine;

    QString payerDocument; ///< CPF (11) or CNPJ (14) digits; '.', '-', '/' are ignored
    QString payerName;
    QString payerAddress;
    QString payerDistrict; ///< bairro
    QString payerZip;      ///< CEP, 8 digits ('-' ignored)
    QString payerCity;
    QString payerState;    ///< UF, two letters

    /// What every layout needs of a title: nosso número, payer name and CEP, due date, amount.
    core::Result<> validate() const;
};

/// One remessa file: the collection account, the file's date and number, and its titles.
/// The company name and CPF/CNPJ come from BankAccount::beneficiaryName/beneficiaryDocument.
struct Remessa
{
    BankAccount account;
    /// Bradesco "código da empresa" (up to 20 digits), assigned by the bank for the CNAB
    /// exchange; not part of BankAccount because boletos do not use it.
    QString companyCode;
    QDate generatedOn; ///< data de gravação in the header
    int nsa = 1;       ///< número sequencial do arquivo (Bradesco writes it; Itaú has no field)
    QList<RemessaTitle> titles;

    /// What every layout needs of the file: agency, account and DV, carteira, beneficiary name,
    /// the generation date and at least one title; `alsoCompanyCode` for banks that use it.
    core::Result<> validate(bool alsoCompanyCode = false) const;
};

} // namespace billing
