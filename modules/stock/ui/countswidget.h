#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace core {
class AppContext;
}

namespace stock {

/// The Counts dock: start a full, zone or ABC-class count; counters scan blind (location, then
/// product, lot for lot-controlled products; each scan one unit or the typed quantity) and never
/// see the expected quantities; the supervisor opens the review of the differences and posts
/// them as count_difference movements.
class CountsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CountsWidget(core::AppContext &context, QWidget *parent = nullptr);
    void refresh();
    void showReview(bool shown);
    QLabel *feedback() const { return m_feedback; }

private:
    void start();
    void scan();
    void post();
    void setFeedback(const QString &text, bool ok);
    QString currentCount() const;

    core::AppContext &m_context;
    QComboBox *m_scope;
    QLineEdit *m_scopeValue;
    QComboBox *m_counts;
    QLineEdit *m_location;
    QLineEdit *m_product;
    QLineEdit *m_lot;
    QSpinBox *m_qty;
    QLabel *m_feedback;
    QLabel *m_progress;
    QPushButton *m_reviewButton;
    QPushButton *m_postButton;
    QTableWidget *m_review;
};

} // namespace stock
