#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace core {
class AppContext;
}

namespace billing {

/// Issues the boletos of one order by hand: account, installments, first due date, amount
/// (the order's total unless changed) and an optional discount, with a live table of the
/// installments (dates already moved to business days) before anything is written.
class IssueBoletoDialog : public QDialog
{
    Q_OBJECT
public:
    explicit IssueBoletoDialog(core::AppContext &context, QWidget *parent = nullptr);

    void setOrderNumber(qint64 number);
    const QStringList &issuedIds() const { return m_issuedIds; }

    void accept() override;

private:
    void lookUpOrder();
    void updatePlan();

    core::AppContext &m_context;
    QLineEdit *m_order;
    QLabel *m_orderInfo;
    QComboBox *m_account;
    QSpinBox *m_installments;
    QDateEdit *m_firstDue;
    QLineEdit *m_amount;
    QLineEdit *m_discount;
    QDateEdit *m_discountUntil;
    QTableWidget *m_plan;
    QLabel *m_error;
    QString m_orderId;
    qint64 m_orderTotalCents = 0;
    QStringList m_issuedIds;
};

} // namespace billing
