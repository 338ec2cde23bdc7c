#include "billing/domain/duedatefactor.h"

#include "core/domain/civiltime.h"
#include "core/domain/tr.h"

namespace billing {

QDate DueDateFactor::base()
{
    return QDate(1997, 10, 7);
}

QDate DueDateFactor::resetDate()
{
    return QDate(2025, 2, 22);
}

core::Result<int> DueDateFactor::fromDate(QDate dueDate)
{
    if (!dueDate.isValid())
        return core::Error::validation(core::Tr::tr("The due date is not a valid date."));
    const qint64 days = base().daysTo(dueDate);
    if (days < kMin) {
        return core::Error::validation(
            core::Tr::tr("The due date %1 is before 2000-07-03, the earliest date a due-date "
                         "factor can express.")
                .arg(dueDate.toString(Qt::ISODate)));
    }
    // Equivalent to "restart at 1000 on 2025-02-22, and every 9000 days after that".
    qint64 factor = days % kCycleDays;
    if (factor < kMin)
        factor += kCycleDays;
    return int(factor);
}

core::Result<std::optional<QDate>> DueDateFactor::toDate(int factor, QDate reference)
{
    if (factor == kNoDueDate)
        return std::optional<QDate>();
    if (factor < kMin || factor > kMax) {
        return core::Error::validation(
            core::Tr::tr("The due-date factor %1 is not valid: it must be 0 (no due date) or "
                         "between 1000 and 9999.")
                .arg(factor));
    }
    Q_ASSERT(reference.isValid());
    // Candidates are base + factor + 9000·k for k >= 0; take the first one at or after the
    // window start. k < 0 would fall before 2000-07-03, which no factor denotes.
    const qint64 windowStart = base().daysTo(reference) - kDaysBeforeReference;
    qint64 k = 0;
    if (windowStart > factor)
        k = (windowStart - factor + kCycleDays - 1) / kCycleDays;
    return std::optional<QDate>(base().addDays(factor + k * kCycleDays));
}

core::Result<std::optional<QDate>> DueDateFactor::toDate(int factor)
{
    return toDate(factor, core::CivilTime::today());
}

} // namespace billing
