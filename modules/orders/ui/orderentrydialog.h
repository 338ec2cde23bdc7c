#pragma once

#include "core/domain/session.h"
#include "orders/data/orderentryservice.h"
#include "orders/domain/orderdraft.h"

#include <QDialog>
#include <QHash>
#include <QSet>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace core {
class AppContext;
}

namespace orders {

class CustomerRepository;
class NewCustomerForm;
class OrderLinesTable;
class ProductLookup;
class SuggestionPopup;

/// Order entry for the desk channels (store, representative, franchise, telesales), made for
/// the keyboard: customer by CPF/CNPJ or name (or a new one on the spot), products by SKU, EAN
/// (a scanner types the code and Enter: one more unit each time) or name, quantities and prices
/// edited in the table, freight, payment. Every refused field shows why right under it.
/// Ctrl+Enter creates the order from any field; Enter alone never closes the dialog.
class OrderEntryDialog : public QDialog
{
    Q_OBJECT
public:
    OrderEntryDialog(OrderEntryService &service, const ProductLookup &products, const CustomerRepository &customers,
                     const core::Session &session, QWidget *parent = nullptr);
    ~OrderEntryDialog() override;

    /// Builds the service (wired to the order workflow) and lookups from `context`, runs the
    /// dialog modally and returns the order it created, if any. A workflow that does not load
    /// is reported in a message box.
    static std::optional<CreatedOrder> run(core::AppContext &context, QWidget *parent);

    /// The draft as the form holds it now.
    OrderDraft draft() const;
    /// The order the dialog created, once it did.
    std::optional<CreatedOrder> createdOrder() const { return m_created; }

public slots:
    void reject() override;

signals:
    void orderCreated(qint64 number, const QString &orderId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *withError(QWidget *editor, const QString &key);
    QLineEdit *lineEdit(const QString &key, const QString &placeholder = {});
    void loadChannels();

    void customerEdited(const QString &text);
    void customerEntered();
    void chooseCustomer(const QString &id, const QString &name, const QString &summary);
    void setNewCustomer(bool on, const QString &document = {}, const QString &name = {});

    void productEdited(const QString &text);
    void productEntered();
    void addProduct(const QVariant &hit, int quantity);

    void freightFinished();
    void paymentChanged();
    void updateTotals();

    void touch(const QString &key);
    QList<FieldError> currentErrors() const;
    void refreshErrors();
    void clearErrorIfValid(const QString &key);
    void showFieldError(const QString &key, const QString &message);
    void focusField(const QString &key);
    void create();

    OrderEntryService &m_service;
    const ProductLookup &m_products;
    const CustomerRepository &m_customers;
    core::Session m_session;

    QString m_customerId;
    bool m_showAll = false; ///< after the first OK every error shows, touched or not
    QSet<QString> m_touched;
    QHash<QString, QString> m_parseErrors; ///< text that is not a number/amount, by field key
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    std::optional<CreatedOrder> m_created;

    QComboBox *m_channel = nullptr;
    QLineEdit *m_customer = nullptr;
    SuggestionPopup *m_customerSuggestions = nullptr;
    QLabel *m_customerInfo = nullptr;
    QPushButton *m_newCustomerButton = nullptr;
    NewCustomerForm *m_newCustomerBox = nullptr;
    QLineEdit *m_product = nullptr;
    SuggestionPopup *m_productSuggestions = nullptr;
    OrderLinesTable *m_table = nullptr;
    QLineEdit *m_freight = nullptr;
    QComboBox *m_payment = nullptr;
    QSpinBox *m_installments = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_totals = nullptr;
    QPushButton *m_createButton = nullptr;
};

} // namespace orders
