#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace core {
class AppContext;
struct DomainEvent;
} // namespace core

namespace orders {

/// The review queue: card orders the risk analysis held for a person, oldest first, with the
/// latest score and reasons. Double-click (or Enter) opens the order. Refreshes when orders change.
class RiskReviewWidget : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kLimit = 500;

    explicit RiskReviewWidget(core::AppContext &context, QWidget *parent = nullptr);

    /// Reads the queue again.
    void refresh();

signals:
    void openOrderRequested(const QString &orderId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDomainEvent(const core::DomainEvent &event);
    void openCurrent();

    core::AppContext &m_context;
    QLabel *m_summary;
    QTreeWidget *m_list;
    bool m_refreshQueued = false;
};

} // namespace orders
