#include "core/domain/money.h"

#include "core/domain/tr.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace core {

namespace {

constexpr quint64 kMaxPositive = quint64(std::numeric_limits<qint64>::max());
constexpr quint64 kMaxNegative = kMaxPositive + 1; // |INT64_MIN|: one more than INT64_MAX

// Magnitude and sign are handled separately so that INT64_MIN never has to be negated.
quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? 0 - quint64(value) : quint64(value);
}

qint64 fromMagnitude(quint64 magnitude, bool negative)
{
    // Modular conversion (well defined since C++20) maps 2^63 to INT64_MIN without UB.
    return negative ? qint64(0 - magnitude) : qint64(magnitude);
}

bool isAsciiDigit(QChar c)
{
    // QChar::isDigit() also accepts Arabic-Indic and other digits we do not want in amounts.
    return c >= u'0' && c <= u'9';
}

quint64 digitValue(QChar c)
{
    return quint64(c.unicode() - u'0');
}

Error parseError(const QString &message, qsizetype index)
{
    return Error::parse(message, Tr::tr("position %1").arg(index + 1));
}

QString formatAmount(qint64 cents, bool withSymbol)
{
    // Built by hand, right to left: QLocale would follow the process locale, and
    // "-R$ 1.234,56" must look the same on every machine and in every export.
    char16_t buffer[40];
    qsizetype pos = std::size(buffer);
    const auto put = [&](char16_t c) { buffer[--pos] = c; };

    quint64 magnitude = magnitudeOf(cents);
    put(char16_t(u'0' + magnitude % 10));
    magnitude /= 10;
    put(char16_t(u'0' + magnitude % 10));
    magnitude /= 10;
    put(u',');
    int digits = 0;
    do {
        if (digits > 0 && digits % 3 == 0)
            put(u'.');
        put(char16_t(u'0' + magnitude % 10));
        magnitude /= 10;
        ++digits;
    } while (magnitude != 0);
    if (withSymbol) {
        put(u' ');
        put(u'$');
        put(u'R');
    }
    if (cents < 0)
        put(u'-');
    return QStringView(buffer + pos, qsizetype(std::size(buffer)) - pos).toString();
}

// (a * b) / d and (a * b) % d for a quotient that fits in 64 bits. The product may need up to
// 128 bits; a portable shift-and-subtract division avoids relying on __int128. allocate() is
// not a hot path, and the common case takes the direct branch.
void mulDivRem(quint64 a, quint64 b, quint64 d, quint64 &quotient, quint64 &remainder)
{
    quint64 product = 0;
    if (!qMulOverflow(a, b, &product)) {
        quotient = product / d;
        remainder = product % d;
        return;
    }
    const quint64 mask = 0xFFFFFFFFu;
    const quint64 ll = (a & mask) * (b & mask);
    const quint64 lh = (a & mask) * (b >> 32);
    const quint64 hl = (a >> 32) * (b & mask);
    const quint64 hh = (a >> 32) * (b >> 32);
    const quint64 mid = (ll >> 32) + (lh & mask) + (hl & mask);
    const quint64 lo = (mid << 32) | (ll & mask);
    const quint64 hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);

    quint64 q = 0;
    quint64 r = 0;
    for (int bit = 127; bit >= 0; --bit) {
        const bool carry = (r >> 63) != 0; // r << 1 would lose this bit; r is then surely >= d
        r = (r << 1) | ((bit >= 64 ? hi >> (bit - 64) : lo >> bit) & 1u);
        q <<= 1;
        if (carry || r >= d) {
            r -= d;
            q |= 1u;
        }
    }
    quotient = q;
    remainder = r;
}

} // namespace

Money Money::percentOf(int basisPoints) const
{
    // m_cents * basisPoints could overflow, so split m_cents = whole * 10000 + part.
    // whole * basisPoints is exact; only part * basisPoints / 10000 needs rounding. Both terms
    // share the sign of the result, so rounding the fraction alone rounds the total correctly.
    constexpr qint64 kScale = 10000;
    const qint64 whole = m_cents / kScale;
    const qint64 part = m_cents % kScale;
    const qint64 fraction = part * basisPoints; // |part| < 10^4 and |basisPoints| < 2^31: fits
    qint64 rounded = fraction / kScale;
    const qint64 rest = fraction % kScale;
    if (2 * (rest < 0 ? -rest : rest) >= kScale)
        rounded += fraction < 0 ? -1 : 1;
    return fromCents(checkedAdd(checkedMul(whole, basisPoints), rounded));
}

Result<Money> Money::parse(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && text[begin].isSpace())
        ++begin;
    while (end > begin && text[end - 1].isSpace())
        --end;
    if (begin == end)
        return parseError(Tr::tr("The amount is empty."), 0);

    qsizetype i = begin;
    bool negative = false;
    if (text[i] == u'-') {
        negative = true;
        ++i;
    }
    if (i + 1 < end && text[i] == u'R' && text[i + 1] == u'$') {
        i += 2;
        // isSpace() covers the regular space, U+00A0 and U+202F that spreadsheets put after R$.
        while (i < end && text[i].isSpace())
            ++i;
    }
    if (i < end && text[i] == u'-') {
        if (negative)
            return parseError(Tr::tr("The amount has more than one minus sign."), i);
        negative = true;
        ++i;
    }
    if (i == end)
        return parseError(Tr::tr("The amount has no digits."), i);
    if (!isAsciiDigit(text[i]))
        return parseError(Tr::tr("Expected a digit in the amount, found '%1'.").arg(text[i]), i);

    // Integer part. Reais are capped so that reais * 100 + centavos cannot overflow; the cap
    // is the same for both signs because 2^63 / 100 and (2^63 - 1) / 100 floor equally.
    constexpr quint64 kMaxReais = kMaxPositive / 100;
    // Messages are built only on failure: parse() runs once per cell in large imports.
    const auto tooLarge = [] { return Tr::tr("The amount is too large."); };
    const auto misplacedDot = [] {
        return Tr::tr("Misplaced thousands separator '.': groups after it must have exactly three "
                      "digits (use ',' for decimals).");
    };
    quint64 reais = 0;
    int groupDigits = 0;   // digits since the start or since the last '.'
    qsizetype lastDot = -1; // a '.' opens a group that must have exactly 3 digits
    for (; i < end; ++i) {
        const QChar c = text[i];
        if (isAsciiDigit(c)) {
            const quint64 digit = digitValue(c);
            if (reais > (kMaxReais - digit) / 10)
                return parseError(tooLarge(), i);
            reais = reais * 10 + digit;
            ++groupDigits;
        } else if (c == u'.') {
            if (lastDot >= 0 && groupDigits != 3)
                return parseError(misplacedDot(), lastDot);
            if (lastDot < 0 && groupDigits > 3)
                return parseError(misplacedDot(), i);
            lastDot = i;
            groupDigits = 0;
        } else {
            break;
        }
    }
    if (lastDot >= 0 && groupDigits != 3)
        return parseError(misplacedDot(), lastDot);

    quint64 centavos = 0;
    qsizetype firstDecimal = -1;
    if (i < end && text[i] == u',') {
        const qsizetype comma = i++;
        firstDecimal = i;
        int decimals = 0;
        for (; i < end && isAsciiDigit(text[i]); ++i) {
            if (++decimals > 2)
                return parseError(Tr::tr("An amount has at most two decimal places."), i);
            centavos = centavos * 10 + digitValue(text[i]);
        }
        if (decimals == 0)
            return parseError(Tr::tr("Expected digits after the decimal comma."), comma);
        if (decimals == 1)
            centavos *= 10; // "0,5" is fifty centavos
    }
    if (i < end && text[i].isSpace()) // quoting a space would be unreadable
        return parseError(Tr::tr("Unexpected space in the amount."), i);
    if (i < end)
        return parseError(Tr::tr("Unexpected character '%1' in the amount.").arg(text[i]), i);

    // reais * 100 always fits (kMaxReais), so only the centavos can push past the limit.
    const quint64 magnitude = reais * 100 + centavos;
    if (magnitude > (negative ? kMaxNegative : kMaxPositive))
        return parseError(tooLarge(), firstDecimal);
    return fromCents(fromMagnitude(magnitude, negative));
}

QString Money::format() const
{
    return formatAmount(m_cents, true);
}

QString Money::formatPlain() const
{
    return formatAmount(m_cents, false);
}

QList<Money> Money::split(int n) const
{
    if (n <= 0)
        return {};
    // C++ division truncates toward zero, so base and rest share the sign of the amount and
    // negative totals split as the mirror image of positive ones.
    const qint64 base = m_cents / n;
    const qint64 rest = m_cents % n;
    const qint64 extraCount = rest < 0 ? -rest : rest;
    const qint64 extra = rest < 0 ? -1 : 1;
    QList<Money> parts;
    parts.reserve(n);
    for (int i = 0; i < n; ++i)
        parts.append(fromCents(i < extraCount ? base + extra : base));
    return parts;
}

QList<Money> Money::allocate(const QList<int> &weights) const
{
    quint64 totalWeight = 0;
    for (const int w : weights) {
        if (w < 0)
            return {};
        totalWeight += quint64(w);
    }
    if (totalWeight == 0)
        return {};

    // Work on the magnitude so that negative amounts mirror positive ones exactly.
    const bool negative = m_cents < 0;
    const quint64 magnitude = magnitudeOf(m_cents);
    const qsizetype count = weights.size();
    QList<quint64> shares(count);
    QList<quint64> remainders(count);
    quint64 assigned = 0;
    for (qsizetype i = 0; i < count; ++i) {
        mulDivRem(magnitude, quint64(weights[i]), totalWeight, shares[i], remainders[i]);
        assigned += shares[i];
    }

    // Each floor lost less than one centavo, so fewer than `count` centavos are left; they go
    // to the largest remainders (stable sort: ties go to the earliest item, deterministically).
    QList<qsizetype> order(count);
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    const quint64 leftover = magnitude - assigned;
    for (quint64 k = 0; k < leftover; ++k)
        ++shares[order[qsizetype(k)]];

    QList<Money> result;
    result.reserve(count);
    for (const quint64 share : shares)
        result.append(fromCents(fromMagnitude(share, negative)));
    return result;
}

} // namespace core
