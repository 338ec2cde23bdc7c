#pragma once

#include "billing/domain/bankaccount.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

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

/// The PIX QR code of a boleto híbrido: the bank registers it with the title and prints it on the
/// boleto, so the payer may pay either way. Only banks with a PIX record in their remessa write it
/// (Santander CNAB 400 record "8"); the others refuse a title that carries one.
struct RemessaPix
{
    /// The DICT key types; the key is written exactly as DICT stores it.
    enum class KeyType { Cpf, Cnpj, Phone, Email, Random };
    /// Which payments the QR code accepts (Santander "tipo de pagamento").
    enum class Acceptance { BeneficiaryProfile = 0, AnyAmount = 1, BetweenLimits = 2, ExactAmount = 3 };
    /// Whether the bank reads the limits as amounts or as percentages of the title's amount.
    enum class LimitKind { Percent = 1, Amount = 2 };

    KeyType keyType = KeyType::Cnpj;
    /// Cpf: 11 digits; Cnpj: 14 characters (12 digits or letters + 2 digits); Phone: +55 DDD
    /// number ("+5511987654321"); Email: up to 77 characters; Random: the UUID DICT created.
    QString key;
    QString txid; ///< up to 35 letters or digits; empty: the bank creates one
    Acceptance acceptance = Acceptance::BeneficiaryProfile;
    int paymentCount = 1; ///< how many payments the QR code accepts (1-99)
    LimitKind limitKind = LimitKind::Amount;
    core::Money maximum; ///< zero means the title's amount
    core::Money minimum; ///< zero means the title's amount
    int maximumPercentHundredths = 10000; ///< 100.00 % is 10000
    int minimumPercentHundredths = 10000;

    /// The key against its type, the txid and the limits; errors name the field.
    core::Result<> validate() const;
};

/// One title (boleto) to register at the bank: plain data, written as a CNAB detail record.
struct RemessaTitle
{
    QString nossoNumero; ///< the bank's shape, digits without check digit (the writer adds it)
    /// The nosso número with its check digit as the bank computed it (digits only; 'P'/'X' kept),
    /// filled by the issuing service. Layouts whose field holds number and DV together read it
    /// (Santander 400: last 7 digits + DV); empty means nossoNumero is already in the field's shape.
    QString nossoNumeroWithDv;
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
    /// Protest the unpaid title this many calendar days after the due date; 0 = no protest.
    /// Read by the Santander and Banco do Brasil writers.
    int protestDays = 0;
    std::optional<RemessaPix> pix; ///< boleto híbrido: the PIX QR code registered with the title
    /// What the record asks of the bank: register the title (instrução/movimento 01) or write a
    /// registered one off (02, pedido de baixa). Every writer maps it to its own code field.
    enum class Instruction { Entry, WriteOff };
    Instruction instruction = Instruction::Entry;
    /// The code every layout of these banks uses for it: 01 entrada, 02 pedido de baixa (CNAB 400
    /// "ocorrência" at 109-110; CNAB 240 "código de movimento remessa" at 16-17).
    QString instructionCode() const { return instruction == Instruction::WriteOff ? QStringLiteral("02") : QStringLiteral("01"); }

    QString payerDocument; ///< CPF (11) or CNPJ (14) digits; '.', '-', '/' are ignored
    QString payerName;
    QString payerAddress;
    QString payerDistrict; ///< bairro
    QString payerZip;      ///< CEP, 8 digits ('-' ignored)
    QString payerCity;
    QString payerState;    ///< UF, two letters

    /// What every layout needs of a title: nosso número, payer name and CEP, due date, amount,
    /// and a valid PIX when it has one.
    core::Result<> validate() const;
};

/// One remessa file: the collection account, the file's date and number, and its titles.
/// The company name and CPF/CNPJ come from BankAccount::beneficiaryName/beneficiaryDocument.
struct Remessa
{
    BankAccount account;
    /// Bradesco "código da empresa" / Santander "código de transmissão" (up to 20 digits),
    /// assigned by the bank for the CNAB exchange; not part of BankAccount because boletos do
    /// not use it.
    QString companyCode;
    QDate generatedOn; ///< data de gravação in the header
    int nsa = 1;       ///< número sequencial do arquivo (Bradesco, BB write it; Itaú has no field)
    QList<RemessaTitle> titles;

    /// What every layout needs of the file: agency, account and DV, carteira, beneficiary name,
    /// the generation date and at least one title; `alsoCompanyCode` for banks that use it.
    core::Result<> validate(bool alsoCompanyCode = false) const;

    /// Hora de geração in CNAB 240 file headers (HHMMSS); null writes 000000.
    QTime generatedAt;
    /// Caixa SIGCB: "versão do aplicativo" (up to 4 digits) Caixa assigned to the company's
    /// software, written in the CNAB 240 file header; other banks ignore it.
    QString applicationVersion;
};

} // namespace billing
