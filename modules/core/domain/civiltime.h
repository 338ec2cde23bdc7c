#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace core {

/// The company's clock: civil dates and times in America/Sao_Paulo, whatever the desktop's own
/// time zone (a desktop in Manaus or a UTC server still sees the business day of São Paulo).
class CivilTime
{
public:
    static QTimeZone zone();
    /// `utc` as São Paulo civil time, for display and for the business day.
    static QDateTime toCivil(const QDateTime &utc);
    static QDate today();
};

} // namespace core
