#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QtGlobal>
#include <QtNumeric>

#include <compare>

namespace core {

/// An amount of Brazilian reais held as whole centavos in a qint64.
/// Never floating point: every operation is exact, and rounding happens only where a
/// function says so (percentOf). Arithmetic overflow is a programming error: it asserts in
/// debug builds and wraps (defined behaviour, never UB) in release builds. The range,
/// ±92 quadrillion reais, is far beyond any amount the back office handles.
class Money
{
public:
    constexpr Money() = default;

    /// The amount of exactly `cents` centavos (R$ 1,00 == fromCents(100)).
    static constexpr Money fromCents(qint64 cents)
    {
        Money m;
        m.m_cents = cents;
        return m;
    }

    /// Whole centavos; what gets stored in the database.
    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    Money operator-() const { return fromCents(checkedSub(0, m_cents)); }
    Money &operator+=(Money other)
    {
        m_cents = checkedAdd(m_cents, other.m_cents);
        return *this;
    }
    Money &operator-=(Money other)
    {
        m_cents = checkedSub(m_cents, other.m_cents);
        return *this;
    }
    friend Money operator+(Money a, Money b) { return a += b; }
    friend Money operator-(Money a, Money b) { return a -= b; }
    /// Quantity times unit price.
    friend Money operator*(Money a, qint64 factor)
    {
        return fromCents(checkedMul(a.m_cents, factor));
    }
    friend Money operator*(qint64 factor, Money a) { return a * factor; }

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr std::strong_ordering operator<=>(Money, Money) = default;

    /// `basisPoints` / 100 percent of this amount (250 = 2,50 %), rounded to the nearest centavo,
    /// halves away from zero (R$ 0,01 at 50 % = R$ 0,01; −R$ 0,01 at 50 % = −R$ 0,01).
    /// Exact for every amount: no intermediate product can overflow.
    Money percentOf(int basisPoints) const;

    /// Parses an amount as a Brazilian user writes it: "R$ 1.234,56", "1234,56", "1.234", "0,5",
    /// "-R$ 5,00", "R$ -5,00". The space after R$ may be absent, a regular space or U+00A0;
    /// surrounding whitespace is ignored. '.' separates thousands (only every 3 digits) and ','
    /// introduces at most two decimals. Errors are Error::Kind::Parse with `where` =
    /// "position N" (1-based character in `text`). Independent of the process locale.
    static Result<Money> parse(QStringView text);

    /// "R$ 1.234,56"; negatives "-R$ 1.234,56". Exact for the whole qint64 range and independent
    /// of the process locale.
    QString format() const;
    /// "1.234,56"; negatives "-1.234,56" — for tables and exports that name the currency
    /// elsewhere.
    QString formatPlain() const;

    /// `n` installments adding back exactly to this amount; leftover centavos go one each to the
    /// first installments (R$ 100,00 / 3 = 33,34 + 33,33 + 33,33). Negative amounts split
    /// symmetrically (−33,34 − 33,33 − 33,33). Returns an empty list when n <= 0.
    QList<Money> split(int n) const;

    /// Shares proportional to `weights` that add back exactly to this amount (largest remainder
    /// method: floors first, then one centavo each to the largest fractional parts, ties to the
    /// earliest). Used e.g. to spread an order discount over its items by item value.
    /// Weights must be >= 0 with a positive sum; otherwise returns an empty list.
    QList<Money> allocate(const QList<int> &weights) const;

private:
    // Overflow is a bug (see class comment): assert in debug, wrap without UB in release.
    static qint64 checkedAdd(qint64 a, qint64 b)
    {
        qint64 r = 0;
        [[maybe_unused]] const bool overflow = qAddOverflow(a, b, &r);
        Q_ASSERT_X(!overflow, "core::Money", "addition overflows qint64");
        return r;
    }
    static qint64 checkedSub(qint64 a, qint64 b)
    {
        qint64 r = 0;
        [[maybe_unused]] const bool overflow = qSubOverflow(a, b, &r);
        Q_ASSERT_X(!overflow, "core::Money", "subtraction overflows qint64");
        return r;
    }
    static qint64 checkedMul(qint64 a, qint64 b)
    {
        qint64 r = 0;
        [[maybe_unused]] const bool overflow = qMulOverflow(a, b, &r);
        Q_ASSERT_X(!overflow, "core::Money", "multiplication overflows qint64");
        return r;
    }

    qint64 m_cents = 0;
};

} // namespace core

Q_DECLARE_TYPEINFO(core::Money, Q_PRIMITIVE_TYPE);
