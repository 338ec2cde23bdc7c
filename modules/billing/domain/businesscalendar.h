#pragma once

#include "core/domain/businesscalendar.h"

#include <QDate>
#include <QList>
#include <QString>

namespace billing {

/// One bank holiday; the name is translated (core::Tr).
using Holiday = core::BusinessCalendar::Holiday;

/// The national bank calendar as boleto code needs it: static, shared, no instance to pass.
///
/// The rules (fixed national holidays, Consciência Negra from 2024, Carnival Monday and Tuesday,
/// Good Friday and Corpus Christi from Easter) live in core::BusinessCalendar, which every module
/// uses; this facade only holds one process-wide national instance so the billing domain does not
/// build its own. That instance answers from tables built once (1970..2100) and is never modified,
/// so every function here is thread-safe and costs a few array reads — fine for thousands of
/// boletos. A company calendar with municipal holidays is a core::BusinessCalendar the caller
/// builds; functions that take a calendar default to national().
class BusinessCalendar
{
public:
    /// The shared national calendar (built on first use; initialisation is thread-safe).
    static const core::BusinessCalendar &national();

    /// National bank holidays of `year`, sorted by date.
    static QList<Holiday> nationalHolidays(int year);
    /// Not a weekend and not a national holiday; false for an invalid date.
    static bool isBusinessDay(const QDate &d);
    /// `d` itself when it is a business day, else the first business day after it — the day a
    /// boleto due on `d` can still be paid without charges. Careful: this is
    /// core::BusinessCalendar::adjustToBusinessDay, not core's nextBusinessDay (strictly after).
    static QDate nextBusinessDay(const QDate &d);
    /// The holiday's translated name, or an empty string when `d` is not a holiday (weekends
    /// are not holidays).
    static QString holidayName(const QDate &d);
};

} // namespace billing
