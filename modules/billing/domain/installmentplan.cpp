#include "billing/domain/installmentplan.h"

#include "billing/domain/businesscalendar.h"
#include "core/domain/tr.h"

using core::Error;
using core::Money;
using core::Tr;

namespace billing {

core::Result<QList<Installment>> planInstallments(Money total, int count, const QDate &firstDue,
                                                  int intervalMonths)
{
    return planInstallments(total, count, firstDue, intervalMonths, BusinessCalendar::national());
}

core::Result<QList<Installment>> planInstallments(Money total, int count, const QDate &firstDue,
                                                  int intervalMonths,
                                                  const core::BusinessCalendar &calendar)
{
    if (count < 1 || count > kMaxInstallments) {
        return Error::validation(Tr::tr("The number of installments must be between 1 and %1; "
                                        "%2 was given.").arg(kMaxInstallments).arg(count),
                                 Tr::tr("installment count"));
    }
    if (intervalMonths < 1) {
        return Error::validation(Tr::tr("Installments must be at least one month apart; "
                                        "%1 months was given.").arg(intervalMonths),
                                 Tr::tr("installment interval"));
    }
    if (total.cents() <= 0) {
        return Error::validation(Tr::tr("The amount to split into installments must be positive; "
                                        "%1 was given.").arg(total.format()),
                                 Tr::tr("installment total"));
    }
    if (total.cents() < count) {
        return Error::validation(Tr::tr("%1 cannot be split into %2 installments of at least "
                                        "R$ 0,01 each.").arg(total.format()).arg(count),
                                 Tr::tr("installment total"));
    }
    if (!firstDue.isValid()) {
        return Error::validation(Tr::tr("The first due date is missing or invalid."),
                                 Tr::tr("first due date"));
    }

    const QList<Money> amounts = total.split(count);
    QList<Installment> plan;
    plan.reserve(count);
    for (int i = 0; i < count; ++i) {
        // Always from firstDue (never from the previous date), so one short month does not pull
        // every later due date back to the 28th. QDate::addMonths clamps to the month's end.
        const QDate civil = firstDue.addMonths(i * intervalMonths);
        plan.append({i + 1, calendar.adjustToBusinessDay(civil), amounts.at(i)});
    }
    return plan;
}

} // namespace billing
