#pragma once

#include <QString>

namespace billing {

/// A company's collection account at one bank (the "convênio"): plain data, stored per company.
/// Every bank reads only the fields its own layout needs; the others stay empty. Numbers are kept
/// as digit strings, without check digits, because leading zeros matter and banks pad them to
/// their own widths.
struct BankAccount
{
    QString bankCode;  ///< FEBRABAN code, 3 digits: "341"
    QString agency;    ///< agência (Sicoob: cooperativa), digits without DV
    QString agencyDv;  ///< agência DV as printed by the bank (may be empty or 'X')
    QString account;   ///< conta corrente, digits without DV
    QString accountDv; ///< conta DV as printed by the bank (Itaú: checked against mod 10)
    QString carteira;  ///< the bank's carteira code: "109", "17", "RG", "1"...
    /// Convênio / código do beneficiário / código do cliente, as the bank calls it:
    /// BB convênio (4, 6, 7 or 8 digits), Santander código do beneficiário (7),
    /// Caixa código do beneficiário (6), Sicredi código do beneficiário (5),
    /// Sicoob código do cliente, Itaú código do cliente (5, carteiras 106/107/122/142/143/195/196/198),
    /// Inter número da operação (7). Bradesco uses none.
    QString convenio;
    QString convenioDv; ///< DV of the convênio where the bank prints one (Caixa; computed if empty)
    QString posto;      ///< Sicredi: posto (2 digits)
    /// Sicoob: modalidade ("01" simples com registro, "02", "05"...).
    /// Banco do Brasil with a 6-digit convênio: "21" selects the 17-digit free nosso número.
    QString modality;
    QString variation; ///< BB: variação da carteira ("019"), used by the remessa only
    QString beneficiaryName;     ///< name printed on the boleto and written in the remessa header
    QString beneficiaryDocument; ///< CPF or CNPJ digits of the beneficiary
    int lastNsa = 0; ///< last remessa file number (NSA) used; the remessa writer increments it
};

} // namespace billing
