#pragma once

#include "orders/domain/orderdetaildata.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace orders {

/// One line of an order's timeline, ready to show: when, who, what.
struct TimelineEntry
{
    enum class Kind { Created, StatusChange, Payment, Risk, Email, Note, Stock, Label, Review, Boleto, Other };

    QDateTime at;
    Kind kind = Kind::Other;
    QString who;    ///< a person's name; empty for the system, an integration or the command line
    QString title;  ///< "Pago → Em separação", "Note", "E-mail queued" ...
    QString detail; ///< the reason, the note's text, the e-mail's subject ...
    QString targetStatus; ///< for status changes and creation: the status reached
};

/// Puts every event of an order on one line of time: the order's own events (status changes
/// with who and why, notes, e-mails sent or failed, stock, labels), the e-mails queued, the
/// payment transactions and the risk analyses. Oldest first.
class OrderTimeline
{
public:
    static QList<TimelineEntry> build(const OrderDetailData &detail);
    static QString paymentStatusName(const QString &code);
};

} // namespace orders
