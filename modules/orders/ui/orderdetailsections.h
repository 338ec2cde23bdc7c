#pragma once

#include "orders/domain/orderdetaildata.h"

#include <QCoreApplication>

class QDateTime;
class QTreeWidget;
class QWidget;

namespace orders {

/// The read-only parts of the order detail, each built from one loaded OrderDetailData: the
/// summary (customer, addresses, shipment), items with totals, payments, the risk analysis
/// history, the notes and the timeline. OrderDetailWidget adds the actions around them.
class OrderDetailSections
{
    Q_DECLARE_TR_FUNCTIONS(OrderDetailSections)

public:
    /// `showDocument`: whether the session may see the customer's CPF/CNPJ (LGPD).
    static QWidget *summary(const OrderDetailData &d, bool showDocument, QWidget *parent);
    static QWidget *items(const OrderDetailData &d, QWidget *parent);
    static QWidget *payments(const OrderDetailData &d, QWidget *parent);
    static QWidget *riskHistory(const OrderDetailData &d, QWidget *parent);
    static QWidget *notes(const OrderDetailData &d, QWidget *parent);
    /// Every event, oldest first; objectName "orders.detail.timeline".
    static QTreeWidget *timeline(const OrderDetailData &d, QWidget *parent);

    /// São Paulo civil date and time in the user's locale; "—" when there is none.
    static QString civil(const QDateTime &utc);
    /// A widget in a frameless scroll area that grows with the page.
    static QWidget *scrolled(QWidget *content, QWidget *parent);
};

} // namespace orders
