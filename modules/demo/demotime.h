#pragma once

#include <QString>

namespace demo {

/// The stored form of a UTC instant ("2026-11-23T14:05:09.123Z", as core::toDbTimestamp writes
/// it), computed directly from Unix milliseconds. The demo writes several timestamps per order; at
/// a million orders going through QDateTime for each costs seconds.
inline QString isoUtc(qint64 unixMillis)
{
    constexpr qint64 kDayMs = 86'400'000;
    qint64 days = unixMillis / kDayMs;
    qint64 msOfDay = unixMillis % kDayMs;
    if (msOfDay < 0) {
        msOfDay += kDayMs;
        --days;
    }
    // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted).
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2));

    QString out(24, Qt::Uninitialized);
    QChar *c = out.data();
    auto put = [&c](int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            c[i] = QChar(u'0' + value % 10);
            value /= 10;
        }
        c += width;
    };
    auto sep = [&c](char16_t ch) { *c++ = QChar(ch); };
    put(year, 4);
    sep(u'-');
    put(month, 2);
    sep(u'-');
    put(day, 2);
    sep(u'T');
    put(int(msOfDay / 3'600'000), 2);
    sep(u':');
    put(int(msOfDay / 60'000 % 60), 2);
    sep(u':');
    put(int(msOfDay / 1000 % 60), 2);
    sep(u'.');
    put(int(msOfDay % 1000), 3);
    sep(u'Z');
    return out;
}

} // namespace demo
