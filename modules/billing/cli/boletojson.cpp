#include "billing/cli/boletojson.h"

#include <QJsonArray>

namespace billing {

QJsonObject boletoJson(const Boleto &b, const QString &effectiveStatus)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("account_id"), b.accountId},
            {QStringLiteral("order_number"), b.orderNumber ? QJsonValue(b.orderNumber) : QJsonValue()},
            {QStringLiteral("installment"), b.installment},
            {QStringLiteral("installments"), b.installments},
            {QStringLiteral("nosso_numero"), b.nossoNumeroPrinted},
            {QStringLiteral("document_number"), b.documentNumber},
            {QStringLiteral("barcode"), b.barcode},
            {QStringLiteral("linha_digitavel"), b.linhaDigitavel},
            {QStringLiteral("issue_date"), b.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("due_date"), b.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("amount_cents"), b.amount.cents()},
            {QStringLiteral("interest_per_day_cents"), b.interestPerDay.cents()},
            {QStringLiteral("fine_bp"), b.fineBp},
            {QStringLiteral("payer_name"), b.payerName},
            {QStringLiteral("status"), effectiveStatus.isEmpty() ? b.status : effectiveStatus},
            {QStringLiteral("pending_instruction"), b.pendingInstruction.isEmpty() ? QJsonValue() : QJsonValue(b.pendingInstruction)},
            {QStringLiteral("pix_copia_e_cola"), b.pixPayload.isEmpty() ? QJsonValue() : QJsonValue(b.pixPayload)},
            {QStringLiteral("instructions"), QJsonArray::fromStringList(b.instructions)}};
}

} // namespace billing
