#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace core {
class AppContext;
}

namespace stock {

/// The Receiving dock: open receipts and their expected items; a scan form for keyboard-wedge
/// scanners (GTIN, Enter, lot, Enter, expiry, Enter, quantity, Enter) that receives into the
/// dock and suggests where to put the goods away; scanning the location (or Enter to accept the
/// suggestion) puts them away.
class ReceivingWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReceivingWidget(core::AppContext &context, QWidget *parent = nullptr);
    void refresh();
    void selectReceipt(const QString &receiptId);
    QLabel *feedback() const { return m_feedback; }

private:
    void receive();
    void putAway();
    void newReceipt();
    void setFeedback(const QString &text, bool ok);
    void loadItems();

    core::AppContext &m_context;
    QListWidget *m_receipts;
    QTableWidget *m_items;
    QLineEdit *m_gtin;
    QLineEdit *m_lot;
    QLineEdit *m_expiry;
    QSpinBox *m_qty;
    QLineEdit *m_location;
    QLabel *m_suggestion;
    QLabel *m_feedback;
    QPushButton *m_close;
    QString m_receiptId;
    QString m_warehouseId;
    // the last receipt waiting for put-away
    QString m_pendingProduct;
    QString m_pendingLot;
    qint64 m_pendingQty = 0;
};

} // namespace stock
