#pragma once

#include "core/domain/businesscalendar.h"
#include "core/domain/money.h"

#include <QDate>
#include <QStringList>

namespace billing {

/// What a boleto's payer owes when paying early (discount) or late (fine and interest): the
/// terms printed in the boleto's "Instruções" box. The issuing service maps them to the bank's
/// registration (RemessaTitle: interestPerDayFor() → interestPerDay, fine → RemessaFine).
///
/// The "no charges until the next business day" rule applies to the due date and to the day the
/// fine starts (a payer cannot be late on a day the banks are closed); the discount date is
/// honoured as printed.
struct ChargeTerms
{
    enum class FineKind { None, Amount, Percent };

    /// Juros de mora per calendar day late; when zero, interestMonthlyBasisPoints is used.
    core::Money interestPerDay;
    /// Alternative: interest as % a.m. (1 % = 100), turned into a daily amount over 30 days.
    int interestMonthlyBasisPoints = 0;

    FineKind fineKind = FineKind::None;
    core::Money fineAmount;         ///< FineKind::Amount
    int finePercentBasisPoints = 0; ///< FineKind::Percent: 2 % = 200, of the boleto's amount
    /// Days after the due date without fine ("multa após 5 dias"); interest still runs.
    int fineGraceDays = 0;

    core::Money discount; ///< abatement for paying on or before discountUntil; zero = none
    QDate discountUntil;  ///< null = no discount

    /// The interest per day late on `amount`: interestPerDay when set, else the monthly rate
    /// divided by 30, rounded half-up to the centavo (1 % a.m. on R$ 1.000,00 = R$ 0,33).
    core::Money interestPerDayFor(core::Money amount) const;
    /// The fine on `amount` (zero for FineKind::None); percentages rounded half-up.
    core::Money fineFor(core::Money amount) const;

    /// What a payer owes on `paidOn` for a boleto of `amount` due on `dueDate`:
    /// - on or before discountUntil: amount − discount (never below zero);
    /// - up to the due date, or the next business day when the due date is not one: amount;
    /// - later: amount + the fine once (after the grace days) + interest for each calendar day
    ///   counted from the (original) due date.
    /// Invalid dates give `amount` unchanged.
    core::Money amountDue(core::Money amount, const QDate &dueDate, const QDate &paidOn) const;
    /// The same with a company calendar (municipal holidays) instead of the national one.
    core::Money amountDue(core::Money amount, const QDate &dueDate, const QDate &paidOn,
                          const core::BusinessCalendar &calendar) const;

    /// The lines for the boleto's Instruções box (translated; money as "R$ 1.234,56", dates as
    /// dd/MM/yyyy), in the order discount, fine, interest; empty when there are no terms.
    QStringList instructionLines(core::Money amount, const QDate &dueDate) const;
};

} // namespace billing
