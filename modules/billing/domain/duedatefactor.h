#pragma once

#include "core/domain/result.h"

#include <QDate>

#include <optional>

namespace billing {

/// The boleto "fator de vencimento": four digits counting days, FEBRABAN rules.
///
/// Date → factor: days since 1997-10-07 up to 2025-02-21 (= 9999); from 2025-02-22 the count
/// restarts at 1000, so factors run in a cycle of 9000 days (1000..9999): 2025-02-22 = 1000,
/// 2049-10-13 = 9999, 2049-10-14 = 1000 again.
/// Factor 0 means "no due date" (contra-apresentação).
///
/// Factor → date is ambiguous by construction (1001 is 2000-07-04 and 2025-02-23), so it is
/// resolved against a reference date (normally today). FEBRABAN's guidance is that a valid factor
/// lies at most 3000 days in the past and 5500 in the future of today; we use the window that
/// starts 3000 days before the reference and is 9000 days long (up to 5999 days ahead). It holds
/// FEBRABAN's window and gives the 499 factors left over the date on the future side, so every
/// factor resolves to exactly one date instead of failing for a payable boleto.
class DueDateFactor
{
public:
    static constexpr int kNoDueDate = 0;
    static constexpr int kMin = 1000;
    static constexpr int kMax = 9999;
    static constexpr int kCycleDays = 9000;
    static constexpr int kDaysBeforeReference = 3000;

    /// 1997-10-07, the day of factor 0 in the original count.
    static QDate base();
    /// 2025-02-22, the first day of the second cycle (factor 1000 again).
    static QDate resetDate();

    /// The factor for `dueDate` (1000..9999). Validation error for an invalid date or one before
    /// 2000-07-03, the first day a 4-digit factor with the current rules could denote.
    static core::Result<int> fromDate(QDate dueDate);

    /// The due date a factor denotes seen from `reference`: nullopt for factor 0; a Validation
    /// error for factors 1..999 (not issued since 2000) and anything outside 0..9999.
    static core::Result<std::optional<QDate>> toDate(int factor, QDate reference);
    /// Same, seen from today in São Paulo (core::CivilTime::today()).
    static core::Result<std::optional<QDate>> toDate(int factor);
};

} // namespace billing
