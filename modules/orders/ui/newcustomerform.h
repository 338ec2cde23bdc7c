#pragma once

#include "orders/domain/orderdraft.h"

#include <QGroupBox>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;

namespace orders {

/// The customer created while an order is taken: CPF/CNPJ (the kind follows the document
/// unless the user picks it), name, contact and address (leaving the CEP fills in the state).
/// Fields and their message labels are named by the OrderDraft field keys ("customer.document",
/// "address.cep" ...), so the dialog shows validate()'s errors next to them.
class NewCustomerForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit NewCustomerForm(QWidget *parent = nullptr);

    NewCustomer customer() const;
    /// Fills in what the customer search already knows and puts the cursor on the first field
    /// still empty.
    void start(const QString &document, const QString &name);
    /// A store sale is picked up at the counter: the address is optional then.
    void setPickup(bool pickup);

    const QHash<QString, QWidget *> &fields() const { return m_fields; }
    const QHash<QString, QLabel *> &errorLabels() const { return m_errors; }
    /// The fields in tab order.
    QList<QWidget *> tabOrder() const { return m_order; }

signals:
    void fieldEdited(const QString &key);   ///< text changed by the user
    void fieldFinished(const QString &key); ///< the user left the field

private:
    QLineEdit *edit(const char *key) const;
    void documentEdited(const QString &text);
    void cepFinished();

    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    QList<QWidget *> m_order;
    QComboBox *m_kind = nullptr;
    QLabel *m_addressNote = nullptr;
    bool m_kindChosenByUser = false;
};

} // namespace orders
