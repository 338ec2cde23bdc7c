#pragma once

#include "orders/domain/orderrow.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QDateEdit;
class QLineEdit;
class QMenu;
class QTimer;
class QToolButton;

namespace orders {

/// The filter bar above an order list: free-text search, status, channel, payment status and
/// carrier multi-selects, a date range with quick presets, and Clear. Emits filterChanged()
/// ~250 ms after the last change (typing, ticking several statuses) so the list reloads once;
/// Enter and Clear apply at once. Holds no SQL: the lists to choose from are given to it.
class OrderFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit OrderFilterBar(QWidget *parent = nullptr);

    /// Status codes offered (all of OrderStatus::all() by default; a work queue offers fewer).
    void setStatuses(const QStringList &codes);
    /// Channels as (id, name).
    void setChannels(const QList<QPair<QString, QString>> &channels);
    void setCarriers(const QStringList &carriers);

    /// The filter the bar shows: statuses, channels, payment statuses, carriers, dates, search.
    OrderFilter filter() const;
    /// Shows `filter` (a saved view) without emitting filterChanged().
    void setFilter(const OrderFilter &filter);

    QLineEdit *searchEdit() const { return m_search; }

public slots:
    /// Emits the current filter now (Enter in the search box; tests).
    void applyNow();
    void clear();

signals:
    void filterChanged(const orders::OrderFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Choice
    {
        QToolButton *button = nullptr;
        QMenu *menu = nullptr;
        std::function<QString()> title;
        std::function<QString(const QString &)> name; ///< how a chosen value reads on the button
    };
    void fill(Choice &choice, const QList<QPair<QString, QString>> &values);
    static QStringList checked(const Choice &choice);
    void setChecked(Choice &choice, const QStringList &values);
    void updateButton(Choice &choice);
    void setDates(const QDate &from, const QDate &to);
    static QDate dateOf(const QDateEdit *edit);
    void scheduleApply();
    void retranslateUi();

    QLineEdit *m_search;
    Choice m_status;
    Choice m_channel;
    Choice m_payment;
    Choice m_carrier;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_period;
    QToolButton *m_clear;
    QTimer *m_debounce;
    bool m_quiet = false; ///< setFilter() in progress: no signals
};

} // namespace orders
