#pragma once

#include <QDialog>

namespace core {
class AppContext;
}

namespace orders {

struct OrderDetail;

/// Read-only view of one order: header, customer and address, items, totals and timeline.
class OrderDetailDialog : public QDialog
{
    Q_OBJECT
public:
    /// Opens (non-modal) the detail of `orderId`; several may be open at once.
    static void show(core::AppContext &context, const QString &orderId, QWidget *parent);

private:
    OrderDetailDialog(const OrderDetail &detail, QWidget *parent);
};

} // namespace orders
