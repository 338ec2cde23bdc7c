#include "orders/domain/cardnumberguard.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace orders {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Orders)
};

constexpr int kShortestPan = 13; // card numbers have 13 to 19 digits
constexpr int kLongestPan = 19;

// Groups as printed on cards: fours with a shorter last group (Visa, Mastercard, Elo: 4-4-4-4,
// 4-4-4-4-3) or 4-6-5 / 4-6-4 (American Express, Diners).
bool cardShaped(const int *groups, int count, int total)
{
    if (count < 2 || total < kShortestPan || total > kLongestPan)
        return false;
    if (count == 3 && groups[0] == 4 && groups[1] == 6 && (groups[2] == 5 || groups[2] == 4))
        return true;
    for (int i = 0; i + 1 < count; ++i) {
        if (groups[i] != 4)
            return false;
    }
    return groups[count - 1] >= 1 && groups[count - 1] <= 4;
}

// A sequence of digit groups joined by single separators: any stretch of it shaped like a card.
bool sequenceHasCard(const QVarLengthArray<int, 16> &groups)
{
    for (qsizetype first = 0; first < groups.size(); ++first) {
        int total = 0;
        for (qsizetype last = first; last < groups.size() && total <= kLongestPan; ++last) {
            total += groups[last];
            if (cardShaped(groups.data() + first, int(last - first + 1), total))
                return true;
        }
    }
    return false;
}
} // namespace

bool CardNumberGuard::containsCardNumber(QStringView text)
{
    QVarLengthArray<int, 16> groups; // digit counts of the current joined sequence
    int run = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text[i] : QChar();
        if (c.isDigit()) {
            if (++run >= kShortestPan) // 13 digits in a row: a card number, or one glued to more digits
                return true;
            continue;
        }
        if (run > 0)
            groups.append(run);
        run = 0;
        const bool separator = c == u' ' || c == u'-';
        const bool joins = separator && !groups.isEmpty() && i + 1 < text.size() && text[i + 1].isDigit()
                           && i > 0 && text[i - 1].isDigit();
        if (!joins) {
            if (sequenceHasCard(groups))
                return true;
            groups.clear();
        }
    }
    return false;
}

core::Result<> CardNumberGuard::check(QStringView text, const QString &field)
{
    if (!containsCardNumber(text))
        return {};
    return core::Error::validation(Tr::tr("This text holds what looks like a card number; never store a card number "
                                          "(keep only the brand and the last four digits)."),
                                   field);
}

} // namespace orders
