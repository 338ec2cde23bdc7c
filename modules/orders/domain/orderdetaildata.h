#pragma once

#include "core/domain/money.h"
#include "orders/domain/riskanalysis.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace orders {

/// An order's whole life, read in one go for the order detail: header, customer with all their
/// addresses, items, payments, risk analyses, timeline and e-mails.
struct OrderDetailData
{
    struct Header
    {
        QString id;
        qint64 number = 0;
        QString channelId;
        QString channelName;
        QString channelKind;
        QString externalId;
        QString status;
        QString paymentMethod;
        QString paymentStatus;
        int installments = 1;
        QDateTime placedAt;
        QDateTime paidAt;      ///< invalid when not (yet) paid
        QDateTime shippedAt;
        QDateTime deliveredAt;
        QDateTime cancelledAt;
        core::Money items;
        core::Money discount;
        core::Money freight;
        core::Money total;
        QString carrier;
        QString trackingCode;
        QString shippingAddressId; ///< empty: picked up at the store
        QString notes;             ///< the customer's or channel's note on the order
        qint64 rowVersion = 0;
        QDateTime updatedAt;
    };

    struct Customer
    {
        QString id;
        QString kind; ///< "person", "company"
        QString name;
        QString document;
        QString email;
        QString phone;
        QString mobile;
    };

    struct Address
    {
        QString id;
        QString label;
        QString recipient;
        QString street;
        QString number;
        QString complement;
        QString district;
        QString city;
        QString state;
        QString cep;
        bool isDefault = false;
        bool isShipping = false; ///< the one this order goes to
    };

    struct Item
    {
        int lineNo = 0;
        QString sku;
        QString description;
        int quantity = 0;
        core::Money listPrice; ///< "preço de"
        core::Money unitPrice; ///< "preço por"
        core::Money discount;
        core::Money total;
    };

    /// A payment attempt or settlement. Card data is only brand, last four digits and the
    /// acquirer's references; PIX carries its txid and end-to-end id.
    struct Payment
    {
        QString id;
        QDateTime at;
        QString method;
        QString status; ///< pending, authorized, captured, paid, refused, cancelled, refunded
        core::Money amount;
        int installments = 1;
        QString provider;
        QString cardBrand;
        QString cardLast4;
        QString authorizationCode;
        QString nsu;
        QString acquirerReference;
        QString pixTxid;
        QString pixE2eid;
    };

    /// One order_events row, with the name of who caused it (empty for the system).
    struct Event
    {
        QString id;
        QDateTime at;
        QString kind; ///< created, status_changed, payment, email, note, stock, label ...
        QString fromStatus;
        QString toStatus;
        QString reason;
        QString payload; ///< JSON
        QString userId;
        QString userName;
    };

    struct Email
    {
        QString id;
        QString templateName;
        QString recipient;
        QString subject;
        QString status; ///< queued, sent, failed
        int attempts = 0;
        QString lastError;
        QDateTime createdAt;
        QDateTime sentAt;
    };

    Header header;
    Customer customer;
    QList<Address> addresses;     ///< shipping address first, then default, then by label
    QList<Item> items;            ///< by line number
    QList<Payment> payments;      ///< oldest first
    QList<RiskAnalysis> risks;    ///< newest first
    QList<Event> timeline;        ///< oldest first
    QList<Email> emails;          ///< oldest first

    const Address *shippingAddress() const
    {
        for (const Address &a : addresses) {
            if (a.isShipping)
                return &a;
        }
        return nullptr;
    }
};

} // namespace orders
