#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace orders {

/// Codes stored in orders.status (the workflow chart's state ids) and their names for people.
class OrderStatus
{
public:
    static QList<QString> all();
    /// Translated name ("Aguardando pagamento"); the code itself when unknown (a company chart
    /// may add states).
    static QString displayName(const QString &code);
    /// Codes stored in orders.payment_status, in the order a payment goes through them.
    static QStringList paymentStatuses();
    static QString paymentStatusName(const QString &code);
    static QString paymentMethodName(const QString &code);
    static QString channelKindName(const QString &kind);
};

} // namespace orders
