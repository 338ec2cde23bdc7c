#include "billing/domain/chargeterms.h"

#include "billing/domain/businesscalendar.h"
#include "core/domain/tr.h"

#include <algorithm>

using core::Money;
using core::Tr;

namespace billing {

namespace {

// Banks and Brazilian practice state a monthly rate as 30 days of simple daily interest.
constexpr qint64 kDaysPerMonth = 30;
constexpr qint64 kBasisPointsPerUnit = 10000;

QString formatDate(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

/// "2,00 %" (pt_BR decimal comma, independent of the process locale).
QString formatPercent(int basisPoints)
{
    const int whole = basisPoints / 100;
    const int hundredths = basisPoints % 100;
    return QStringLiteral("%1,%2 %").arg(whole).arg(hundredths, 2, 10, QLatin1Char('0'));
}

} // namespace

Money ChargeTerms::interestPerDayFor(Money amount) const
{
    if (!interestPerDay.isZero())
        return interestPerDay;
    if (interestMonthlyBasisPoints <= 0 || amount.cents() <= 0)
        return {};
    // cents × bp / (10000 × 30), half-up, without overflow: split cents by the divisor first so
    // the product that remains is below 300000 × bp.
    constexpr qint64 divisor = kBasisPointsPerUnit * kDaysPerMonth;
    const qint64 bp = interestMonthlyBasisPoints;
    const qint64 q = amount.cents() / divisor;
    const qint64 r = amount.cents() % divisor;
    return Money::fromCents(q * bp + (r * bp + divisor / 2) / divisor);
}

Money ChargeTerms::fineFor(Money amount) const
{
    switch (fineKind) {
    case FineKind::None:
        return {};
    case FineKind::Amount:
        return fineAmount;
    case FineKind::Percent:
        return amount.percentOf(finePercentBasisPoints);
    }
    return {};
}

Money ChargeTerms::amountDue(Money amount, const QDate &dueDate, const QDate &paidOn) const
{
    return amountDue(amount, dueDate, paidOn, BusinessCalendar::national());
}

Money ChargeTerms::amountDue(Money amount, const QDate &dueDate, const QDate &paidOn,
                             const core::BusinessCalendar &calendar) const
{
    if (!dueDate.isValid() || !paidOn.isValid())
        return amount;
    if (discountUntil.isValid() && !discount.isZero() && paidOn <= discountUntil)
        return std::max(amount - discount, Money());
    if (paidOn <= calendar.adjustToBusinessDay(dueDate))
        return amount;

    Money due = amount;
    const QDate fineFrom = dueDate.addDays(std::max(fineGraceDays, 0));
    if (paidOn > calendar.adjustToBusinessDay(fineFrom))
        due += fineFor(amount);
    due += interestPerDayFor(amount) * dueDate.daysTo(paidOn);
    return due;
}

QStringList ChargeTerms::instructionLines(Money amount, const QDate &dueDate) const
{
    QStringList lines;
    if (discountUntil.isValid() && !discount.isZero()) {
        lines.append(Tr::tr("Until %1 grant a discount of %2.")
                         .arg(formatDate(discountUntil), discount.format()));
    }
    const Money fine = fineFor(amount);
    if (!fine.isZero() && dueDate.isValid()) {
        const QString after = formatDate(dueDate.addDays(std::max(fineGraceDays, 0)));
        if (fineKind == FineKind::Percent) {
            lines.append(Tr::tr("After %1 charge a fine of %2 (%3).")
                             .arg(after, formatPercent(finePercentBasisPoints), fine.format()));
        } else {
            lines.append(Tr::tr("After %1 charge a fine of %2.").arg(after, fine.format()));
        }
    }
    const Money perDay = interestPerDayFor(amount);
    if (!perDay.isZero() && dueDate.isValid()) {
        if (interestPerDay.isZero()) {
            lines.append(Tr::tr("After %1 charge interest of %2 per day (%3 a month).")
                             .arg(formatDate(dueDate), perDay.format(),
                                  formatPercent(interestMonthlyBasisPoints)));
        } else {
            lines.append(Tr::tr("After %1 charge interest of %2 per day.")
                             .arg(formatDate(dueDate), perDay.format()));
        }
    }
    return lines;
}

} // namespace billing
