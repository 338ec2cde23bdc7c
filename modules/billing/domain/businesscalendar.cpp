#include "billing/domain/businesscalendar.h"

namespace billing {

const core::BusinessCalendar &BusinessCalendar::national()
{
    // Function-local static: built once, thread-safe initialisation, never modified afterwards.
    static const core::BusinessCalendar calendar;
    return calendar;
}

QList<Holiday> BusinessCalendar::nationalHolidays(int year)
{
    return national().holidays(year);
}

bool BusinessCalendar::isBusinessDay(const QDate &d)
{
    return national().isBusinessDay(d);
}

QDate BusinessCalendar::nextBusinessDay(const QDate &d)
{
    return national().adjustToBusinessDay(d);
}

QString BusinessCalendar::holidayName(const QDate &d)
{
    if (!national().isHoliday(d))
        return {};
    // Holidays are few per year; listing them is cheaper than keeping a second name table.
    const QList<Holiday> list = national().holidays(d.year());
    QStringList names;
    for (const Holiday &h : list) {
        if (h.date == d)
            names.append(h.name);
    }
    return names.join(QStringLiteral(" / "));
}

} // namespace billing
