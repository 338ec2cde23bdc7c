#include "core/domain/businesscalendar.h"

#include "core/domain/tr.h"

#include <algorithm>

namespace core {

namespace {

// The table covers every date a back office realistically computes with; outside it the
// answers are the same, only slower.
constexpr int kFirstTableYear = 1970;
constexpr int kLastTableYear = 2100;
// Dia Nacional de Zumbi e da Consciência Negra: national holiday by Lei 14.759/2023.
constexpr int kFirstConscienciaNegraYear = 2024;

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

} // namespace

BusinessCalendar::BusinessCalendar()
    : m_firstDay(QDate(kFirstTableYear, 1, 1).toJulianDay())
    , m_dayCount(QDate(kLastTableYear, 12, 31).toJulianDay() - m_firstDay + 1)
{
    rebuildTables();
}

QDate BusinessCalendar::easterSunday(int year)
{
    if (year < 1583)
        return {};
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QList<BusinessCalendar::FixedName> BusinessCalendar::nationalHolidays(int year)
{
    // Names stay untranslated here: the tables are built at construction, possibly before a
    // translator is installed, and holidays() translates them when asked.
    QList<FixedName> list;
    list.reserve(13);
    list.append({QDate(year, 1, 1), QT_TRANSLATE_NOOP("Core", "New Year's Day")});
    const QDate easter = easterSunday(year);
    if (easter.isValid()) {
        // Carnival and Corpus Christi are optional days for the federal government, but banks
        // close (FEBRABAN), so boletos falling due then move to the next business day.
        list.append({easter.addDays(-48), QT_TRANSLATE_NOOP("Core", "Carnival Monday")});
        list.append({easter.addDays(-47), QT_TRANSLATE_NOOP("Core", "Carnival Tuesday")});
        list.append({easter.addDays(-2), QT_TRANSLATE_NOOP("Core", "Good Friday")});
        list.append({easter.addDays(60), QT_TRANSLATE_NOOP("Core", "Corpus Christi")});
    }
    list.append({QDate(year, 4, 21), QT_TRANSLATE_NOOP("Core", "Tiradentes")});
    list.append({QDate(year, 5, 1), QT_TRANSLATE_NOOP("Core", "Labour Day")});
    list.append({QDate(year, 9, 7), QT_TRANSLATE_NOOP("Core", "Independence Day")});
    list.append({QDate(year, 10, 12), QT_TRANSLATE_NOOP("Core", "Our Lady of Aparecida")});
    list.append({QDate(year, 11, 2), QT_TRANSLATE_NOOP("Core", "All Souls' Day")});
    list.append({QDate(year, 11, 15), QT_TRANSLATE_NOOP("Core", "Proclamation of the Republic")});
    if (year >= kFirstConscienciaNegraYear) {
        list.append({QDate(year, 11, 20),
                     QT_TRANSLATE_NOOP("Core", "Zumbi and Black Consciousness Day")});
    }
    list.append({QDate(year, 12, 25), QT_TRANSLATE_NOOP("Core", "Christmas Day")});
    std::stable_sort(list.begin(), list.end(),
                     [](const FixedName &a, const FixedName &b) { return a.date < b.date; });
    return list;
}

QList<BusinessCalendar::Holiday> BusinessCalendar::holidays(int year) const
{
    QList<Holiday> list;
    for (const FixedName &h : nationalHolidays(year))
        list.append({h.date, Tr::tr(h.source)});
    const auto end = m_added.lowerBound(QDate(year + 1, 1, 1));
    for (auto it = m_added.lowerBound(QDate(year, 1, 1)); it != end; ++it)
        list.append({it.key(), it.value()});
    std::stable_sort(list.begin(), list.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

void BusinessCalendar::addHoliday(QDate date, QString name)
{
    if (!date.isValid())
        return;
    m_added.insert(date, std::move(name));
    const qint64 jd = date.toJulianDay();
    if (!inTable(jd))
        return;
    const qint64 i = jd - m_firstDay;
    const quint64 bit = quint64(1) << (i % 64);
    if (m_holidayBits[i / 64] & bit)
        return; // already a holiday: nothing changes
    m_holidayBits[i / 64] |= bit;
    if (isWeekend(date))
        return; // was not a business day anyway
    // One business day fewer for every prefix that contains it; cheaper than a full rebuild.
    for (qint64 j = i + 1; j <= m_dayCount; ++j)
        --m_businessBefore[j];
}

bool BusinessCalendar::isHoliday(QDate date) const
{
    if (!date.isValid())
        return false;
    const qint64 jd = date.toJulianDay();
    if (!inTable(jd))
        return computeIsHoliday(date);
    const qint64 i = jd - m_firstDay;
    return (m_holidayBits[i / 64] >> (i % 64)) & 1u;
}

bool BusinessCalendar::isBusinessDay(QDate date) const
{
    if (!date.isValid())
        return false;
    const qint64 jd = date.toJulianDay();
    if (!inTable(jd))
        return !isWeekend(date) && !computeIsHoliday(date);
    const qint64 i = jd - m_firstDay;
    return m_businessBefore[i + 1] != m_businessBefore[i];
}

QDate BusinessCalendar::adjustToBusinessDay(QDate date) const
{
    if (!date.isValid())
        return {};
    while (!isBusinessDay(date))
        date = date.addDays(1);
    return date;
}

QDate BusinessCalendar::nextBusinessDay(QDate date) const
{
    if (!date.isValid())
        return {};
    return adjustToBusinessDay(date.addDays(1));
}

QDate BusinessCalendar::addBusinessDays(QDate date, int n) const
{
    if (!date.isValid())
        return {};
    if (n == 0)
        return adjustToBusinessDay(date);

    // Fast path: m_businessBefore is non-decreasing and rises by one right after each business
    // day, so the answer is where it first reaches the target count.
    const qint64 jd = date.toJulianDay();
    if (inTable(jd)) {
        const qint64 i = jd - m_firstDay;
        // n > 0: count business days in (i, j]; n < 0: in [j, i).
        const qint64 target = n > 0 ? qint64(m_businessBefore[i + 1]) + n
                                    : qint64(m_businessBefore[i]) + n + 1;
        if (target >= 1 && target <= m_businessBefore.back()) {
            const auto it = std::lower_bound(m_businessBefore.cbegin(), m_businessBefore.cend(),
                                             qint32(target));
            return QDate::fromJulianDay(m_firstDay + (it - m_businessBefore.cbegin()) - 1);
        }
    }

    const int step = n > 0 ? 1 : -1;
    for (int remaining = n > 0 ? n : -n; remaining > 0;) {
        date = date.addDays(step);
        if (isBusinessDay(date))
            --remaining;
    }
    return date;
}

int BusinessCalendar::businessDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    const qint64 a = from.toJulianDay() - m_firstDay;
    const qint64 b = to.toJulianDay() - m_firstDay;
    if (a >= 0 && b <= m_dayCount) // [from, to) lies inside the table: O(1)
        return m_businessBefore[b] - m_businessBefore[a];
    int count = 0;
    for (QDate d = from; d < to; d = d.addDays(1))
        count += isBusinessDay(d) ? 1 : 0;
    return count;
}

bool BusinessCalendar::inTable(qint64 julianDay) const
{
    return julianDay >= m_firstDay && julianDay - m_firstDay < m_dayCount;
}

bool BusinessCalendar::computeIsHoliday(QDate date) const
{
    if (m_added.contains(date))
        return true;
    const QList<FixedName> national = nationalHolidays(date.year());
    return std::any_of(national.cbegin(), national.cend(),
                       [date](const FixedName &h) { return h.date == date; });
}

void BusinessCalendar::rebuildTables()
{
    m_holidayBits.fill(0, (m_dayCount + 63) / 64);
    const auto mark = [this](QDate date) {
        const qint64 i = date.toJulianDay() - m_firstDay;
        if (i >= 0 && i < m_dayCount)
            m_holidayBits[i / 64] |= quint64(1) << (i % 64);
    };
    for (int year = kFirstTableYear; year <= kLastTableYear; ++year) {
        for (const FixedName &h : nationalHolidays(year))
            mark(h.date);
    }
    for (auto it = m_added.keyBegin(); it != m_added.keyEnd(); ++it)
        mark(*it);

    m_businessBefore.resize(m_dayCount + 1);
    m_businessBefore[0] = 0;
    int dayOfWeek = QDate::fromJulianDay(m_firstDay).dayOfWeek();
    for (qint64 i = 0; i < m_dayCount; ++i) {
        const bool holiday = (m_holidayBits[i / 64] >> (i % 64)) & 1u;
        const bool business = dayOfWeek < Qt::Saturday && !holiday;
        m_businessBefore[i + 1] = m_businessBefore[i] + (business ? 1 : 0);
        dayOfWeek = dayOfWeek % 7 + 1;
    }
}

} // namespace core
