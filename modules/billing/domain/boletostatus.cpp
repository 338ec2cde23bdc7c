#include "billing/domain/boletostatus.h"

#include <QCoreApplication>

namespace billing {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(BoletoStatus)
};
} // namespace

QStringList BoletoStatus::all()
{
    return {kIssued, kRegistered, kOverdue, kPaid, kWrittenOff, kProtested, kCancelled};
}

QString BoletoStatus::effective(const QString &stored, const QDate &dueDate, const QDate &today)
{
    return isOpen(stored) && dueDate.isValid() && dueDate < today ? kOverdue : stored;
}

QString BoletoStatus::displayName(const QString &status)
{
    if (status == kIssued)
        return Tr::tr("Issued");
    if (status == kRegistered)
        return Tr::tr("Registered");
    if (status == kPaid)
        return Tr::tr("Paid");
    if (status == kOverdue)
        return Tr::tr("Overdue");
    if (status == kWrittenOff)
        return Tr::tr("Written off");
    if (status == kProtested)
        return Tr::tr("Protested");
    if (status == kCancelled)
        return Tr::tr("Cancelled");
    return status;
}

} // namespace billing
