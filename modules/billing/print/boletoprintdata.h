#pragma once

#include "core/domain/money.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace billing {

/// What one printed boleto shows: plain data, filled by the issuing service from the title, the
/// bank account and the computed codes. The printer formats but never computes bank rules.
struct BoletoPrintData
{
    QString bankCode;                ///< "341"
    QString bankName;                ///< "Itaú Unibanco"
    QString barcode;                 ///< 44 digits
    QString linhaDigitavel;          ///< 47 digits, unformatted
    QString beneficiaryName;
    QString beneficiaryDocument;     ///< CPF/CNPJ as printed ("12.345.678/0001-95")
    QString beneficiaryAddress;
    QString agencyAndCode;           ///< "Agência/Código do beneficiário" as printed
    QString nossoNumero;             ///< as printed, with DV
    QString documentNumber;
    QString carteira;
    QString especieDoc = QStringLiteral("DM");
    QString aceite = QStringLiteral("N");
    QDate issueDate;
    QDate processingDate;
    QDate dueDate;
    core::Money amount;
    QString payerName;
    QString payerDocument;           ///< CPF/CNPJ as printed
    QStringList payerAddressLines;
    /// Already worded, one printed line each, in the Instruções box: up to 10 lines on A4, 7 on a
    /// carnê (6 beside a PIX QR code); long lines are set in smaller type to fit the width.
    QStringList instructions;
    QString paymentPlace;            ///< default wording when empty
    QString pixCopiaECola;           ///< non-empty: hybrid boleto, the QR code is printed
    int installment = 0;             ///< carnê: "Parcela 1/3" when both are > 0
    int installments = 0;
};

} // namespace billing
