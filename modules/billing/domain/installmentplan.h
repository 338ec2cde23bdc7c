#pragma once

#include "core/domain/businesscalendar.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>

namespace billing {

/// One boleto of a payment plan ("parcela 2 de 3").
struct Installment
{
    int number = 0; ///< 1-based
    QDate dueDate;  ///< always a business day
    core::Money amount;
};

/// The most installments a plan may have (ten years of monthly boletos).
inline constexpr int kMaxInstallments = 120;

/// Splits `total` into `count` installments due every `intervalMonths` months from `firstDue`.
///
/// Amounts add back exactly to `total`; the leftover centavos go one each to the first
/// installments (R$ 100,00 / 3 = 33,34 + 33,33 + 33,33), so the customer pays the odd centavo
/// early and the last boletos are equal — the usual Brazilian store practice (core::Money::split).
///
/// Dates keep `firstDue`'s day of month, clamped to the month's end (31/01 → 28/02 or 29/02 →
/// 31/03: the clamp never carries over to the following months), and each is then moved to the
/// next business day of `calendar` (the first one too), because a boleto due on a weekend or
/// holiday can be paid on the next business day anyway.
///
/// Errors (Validation): count outside 1..120, intervalMonths < 1, total ≤ 0, total smaller
/// than one centavo per installment, invalid firstDue.
core::Result<QList<Installment>> planInstallments(core::Money total, int count,
                                                  const QDate &firstDue, int intervalMonths = 1);
/// The same with a company calendar (municipal holidays) instead of the national one.
core::Result<QList<Installment>> planInstallments(core::Money total, int count,
                                                  const QDate &firstDue, int intervalMonths,
                                                  const core::BusinessCalendar &calendar);

} // namespace billing
