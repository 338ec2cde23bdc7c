#pragma once

#include "core/domain/money.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace billing {

/// The nosso número as people find it: the printed form's number after the carteira ("109/"),
/// without its check digit ("109/00000012-3" → "00000012"). Stored with each boleto so a search
/// by what is printed uses an index.
QString nossoNumeroKey(QStringView printed);

/// What a typed nosso número may be the key of: the key itself when it has the printed
/// punctuation; for bare digits, the digits as typed and without a last check digit.
QStringList nossoNumeroKeyCandidates(QStringView typed);

/// A boleto as issued and stored: its codes, amounts, terms and a snapshot of the payer (a boleto
/// is a document and reprints exactly as it was sent, even after the customer moves).
struct Boleto
{
    QString id;
    QString accountId;
    QString orderId;     ///< empty for a boleto not tied to an order
    qint64 orderNumber = 0;
    QString customerId;
    int installment = 1;
    int installments = 1;
    qint64 sequence = 0;
    QString nossoNumero;        ///< the bank's shape, without check digit
    QString nossoNumeroPrinted; ///< with check digit, as printed
    QString documentNumber;     ///< seu número
    QString barcode;            ///< 44 digits
    QString linhaDigitavel;     ///< 47 digits
    QDate issueDate;
    QDate dueDate;
    core::Money amount;
    core::Money interestPerDay;
    int fineBp = 0; ///< multa, 2 % = 200
    core::Money discount;
    QDate discountUntil;
    QStringList instructions;
    QString pixPayload; ///< hybrid boleto: the BR Code printed as a QR
    QString payerName;
    QString payerDocument;
    QString payerStreet;
    QString payerDistrict;
    QString payerCity;
    QString payerState;
    QString payerCep;
    QString status = QStringLiteral("emitido"); ///< see BoletoStatus
    QString pendingInstruction;                 ///< "entrada", "baixa" or empty: what the next remessa sends
    QString cancelReason;
    int rowVersion = 1;
};

} // namespace billing
