#pragma once

#include "stock/domain/stockposition.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QPushButton;

namespace core {
class AppContext;
}

namespace stock {

/// The Stock dock: search by SKU, EAN, lot or location (a scanner types the code and Enter), the
/// product card (on hand, reserved, available; every location and lot with its expiry; the
/// movement history), the expiry list (near-expiry window remembered), the recall report by
/// lot, an order's reservations and shortages, and the replenishment suggestions.
class StockWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StockWidget(core::AppContext &context, QWidget *parent = nullptr);

    /// Runs a search as if typed and Enter pressed; shows the first hit's card.
    void search(const QString &text);
    void showProduct(const QString &productId);
    void showOrder(qint64 orderNumber);
    void showRecall(const QString &lotCode);
    QTabWidget *tabs() const { return m_tabs; }

private:
    void refreshExpiry();
    void moveSelected();
    void toggleLotBlock();
    void toggleLocationBlock();
    const BalanceLine *selectedBalance() const;
    void refreshReplenishment();
    void showMessage(const QString &text, bool error);

    core::AppContext &m_context;
    QLineEdit *m_search;
    QLabel *m_message;
    QTableWidget *m_hits;
    QTabWidget *m_tabs;
    // product card
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_onHand;
    QLabel *m_reserved;
    QLabel *m_available;
    QLabel *m_usable;
    QTableWidget *m_balances;
    QTableWidget *m_history;
    // expiry
    QSpinBox *m_nearDays;
    QTableWidget *m_expiry;
    // recall
    QLineEdit *m_recallLot;
    QTableWidget *m_recall;
    // order
    QLineEdit *m_orderNumber;
    QLabel *m_orderSummary;
    QTableWidget *m_orderLines;
    // replenishment
    QTableWidget *m_replenishment;
    QString m_productId;
    QList<BalanceLine> m_lines;
    QPushButton *m_move;
    QPushButton *m_blockLot;
    QPushButton *m_blockLocation;
};

} // namespace stock
