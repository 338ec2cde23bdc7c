#pragma once

#include <QColor>
#include <QLabel>

namespace orders {

/// A small rounded label with a coloured background: an order status, a payment status or a risk
/// decision, readable at a glance and the same colour wherever it appears.
class StatusPill : public QLabel
{
    Q_OBJECT
public:
    explicit StatusPill(QWidget *parent = nullptr);
    /// Shows `text` on the colour that belongs to `code` (an order status, payment status or risk
    /// decision code).
    void setStatus(const QString &code, const QString &text);
    QString code() const { return m_code; }

    /// Background colour for a code; neutral grey for codes a company chart added.
    static QColor colourFor(const QString &code);

private:
    QString m_code;
};

} // namespace orders
