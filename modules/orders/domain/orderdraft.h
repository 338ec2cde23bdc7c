#pragma once

#include "core/domain/money.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace orders {

/// One refused field: its key (see OrderDraft's field keys) and a sentence shown next to it.
struct FieldError
{
    QString field;
    QString message;
    bool operator==(const FieldError &) const = default;
};

/// A customer created on the spot while an order is entered.
struct NewCustomer
{
    struct Address
    {
        QString street;
        QString number;
        QString complement;
        QString district;
        QString city;
        QString state; ///< UF, "SP"
        QString cep;
        bool isEmpty() const;
    };

    QString kind; ///< "person" or "company"; empty = decided by the document (CPF or CNPJ)
    QString name;
    QString document; ///< CPF or CNPJ, punctuation allowed
    QString email;
    QString phone;
    Address address;

    /// "person" or "company": `kind` when set, otherwise what the document looks like.
    QString effectiveKind() const;
};

/// One line of an order being entered.
struct OrderLine
{
    QString productId;
    QString sku;
    QString description;
    int quantity = 1;
    core::Money listPrice;  ///< "preço de", always the product's at the time of sale
    core::Money unitPrice;  ///< "preço por": the product's sale price unless overridden
    core::Money discount;   ///< on the whole line
    bool unitPriceOverridden = false; ///< the user typed a price: it survives the price refresh

    core::Money gross() const { return unitPrice * quantity; }
    core::Money total() const { return gross() - discount; }
};

/// What orders.items_cents, discount_cents, freight_cents and total_cents will hold.
/// items = Σ quantity × unit price, discount = Σ line discounts, total = items − discount + freight.
struct OrderTotals
{
    core::Money items;
    core::Money discount;
    core::Money freight;
    core::Money total;
};

/// An order typed at the desk (store, representative, franchise, telesales), before it exists.
/// validate() is the single set of rules: the dialog shows each error next to its field, the
/// service refuses a draft that has any.
///
/// Field keys: "channel", "customer", "customer.kind", "customer.name", "customer.document",
/// "customer.email", "customer.phone", "address.street", "address.number", "address.district",
/// "address.city", "address.state", "address.cep", "lines", "lines.N.product",
/// "lines.N.quantity", "lines.N.unit_price", "lines.N.discount" (N = 0-based line index),
/// "freight", "payment_method", "installments", "notes".
class OrderDraft
{
    Q_DECLARE_TR_FUNCTIONS(OrderDraft)

public:
    QString channelId;
    /// The channel's kind; the service fills it from the database before validating, so a
    /// caller cannot pass a storefront channel off as a store.
    QString channelKind;
    QString customerId; ///< an existing customer, or empty with newCustomer set
    std::optional<NewCustomer> newCustomer;
    QList<OrderLine> lines;
    core::Money freight;
    QString paymentMethod; ///< boleto, pix, credit_card, debit_card, cash
    int installments = 1;
    QString notes;

    static constexpr int kMaxQuantity = 9999;      ///< an EAN scanned into a quantity is a typo
    static constexpr int kMaxInstallments = 12;
    static constexpr int kMaxNotesLength = 2000;

    OrderTotals totals() const;
    /// Every rule broken, in form order (channel, customer, lines, freight, payment, notes).
    QList<FieldError> validate() const;
    /// The draft with text trimmed and documents, CEP and UF in their stored form (digits,
    /// uppercase). Meant for a draft that validates.
    OrderDraft normalized() const;

    /// Adds one product: a new line, or `quantity` more on the line that already has it at the
    /// product's own price (a scanner reads the same EAN twice: the line goes to 2).
    void addProduct(const QString &productId, const QString &sku, const QString &description,
                    core::Money listPrice, core::Money salePrice, int quantity = 1);

    static QString lineField(int index, QStringView what);
    /// Payment method codes, in the order the dialog offers them.
    static QStringList paymentMethods();
    /// Channel kinds whose orders are typed here; storefront and marketplace orders come from
    /// the connectors.
    static QStringList entryChannelKinds();
    static bool isEntryChannelKind(const QString &kind);
    static bool isValidEmail(const QString &email);
};

} // namespace orders
