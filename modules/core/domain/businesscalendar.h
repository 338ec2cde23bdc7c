#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace core {

/// Brazilian national banking calendar: weekends, national holidays, and the Carnival Monday
/// and Tuesday and Corpus Christi on which banks close, plus company/municipal holidays added
/// with addHoliday(). Used for due dates (boletos, installments) and settlement dates.
///
/// Lookups for 1970..2100 are answered from tables built when the calendar changes, so the
/// const functions cost a few array reads (they run in loops over millions of rows) and are
/// thread-safe. Dates outside that range are computed on the fly. addHoliday() is not
/// thread-safe: configure the calendar before sharing it between threads.
class BusinessCalendar
{
public:
    struct Holiday
    {
        QDate date;
        QString name; ///< translated (core::Tr)
    };

    BusinessCalendar();

    /// Easter Sunday of `year` by the anonymous Gregorian algorithm (Meeus/Jones/Butcher);
    /// invalid QDate before 1583, when the Gregorian calendar did not exist yet.
    static QDate easterSunday(int year);

    /// National holidays of `year` plus added ones, sorted by date. The national list applies
    /// today's rules to every year except Consciência Negra (11/20), national only from 2024
    /// (Lei 14.759/2023). Two holidays on one date are both listed.
    QList<Holiday> holidays(int year) const;

    /// Adds a company or municipal holiday (one date, not recurring). Re-adding a date renames it.
    void addHoliday(QDate date, QString name);

    /// True for national and added holidays, whatever the weekday; false for invalid dates.
    bool isHoliday(QDate date) const;
    /// Not Saturday, not Sunday, not a holiday; false for invalid dates.
    bool isBusinessDay(QDate date) const;
    /// `date` if it is a business day, else the next business day ("due on a holiday: pay on
    /// the next business day").
    QDate adjustToBusinessDay(QDate date) const;
    /// The first business day strictly after `date`.
    QDate nextBusinessDay(QDate date) const;
    /// Counts `n` business days after `date` (before it if n < 0); `date` itself never counts,
    /// so Friday + 1 is Monday and Saturday + 1 is Monday too. n == 0 gives
    /// adjustToBusinessDay(date). Invalid input gives an invalid date.
    QDate addBusinessDays(QDate date, int n) const;
    /// Business days in [from, to) — the Brazilian market convention (ANBIMA "dias úteis"), so
    /// businessDaysBetween(d, addBusinessDays(d, n)) == n for a business day d. Negative when
    /// to < from; 0 if either date is invalid.
    int businessDaysBetween(QDate from, QDate to) const;

private:
    struct FixedName
    {
        QDate date;
        const char *source; ///< untranslated; translated only when holidays() is called
    };
    static QList<FixedName> nationalHolidays(int year);

    bool inTable(qint64 julianDay) const;
    bool computeIsHoliday(QDate date) const;
    void rebuildTables();

    qint64 m_firstDay = 0; ///< Julian day of the first table entry
    qint64 m_dayCount = 0;
    QList<quint64> m_holidayBits;   ///< bit i: m_firstDay + i is a holiday
    QList<qint32> m_businessBefore; ///< [i]: business days in [m_firstDay, m_firstDay + i)
    QMap<QDate, QString> m_added;
};

} // namespace core
