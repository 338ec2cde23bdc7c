#include "core/domain/civiltime.h"

namespace core {

QTimeZone CivilTime::zone()
{
    // Without the time zone database (a bare container), UTC−3 is exact: Brazil has had no
    // daylight saving time since 2019.
    static const QTimeZone saoPaulo = [] {
        QTimeZone tz(QByteArrayLiteral("America/Sao_Paulo"));
        return tz.isValid() ? tz : QTimeZone(-3 * 3600);
    }();
    return saoPaulo;
}

QDateTime CivilTime::toCivil(const QDateTime &utc)
{
    return utc.toTimeZone(zone());
}

QDate CivilTime::today()
{
    return toCivil(QDateTime::currentDateTimeUtc()).date();
}

} // namespace core
