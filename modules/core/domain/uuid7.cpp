#include "core/domain/uuid7.h"

#include "core/domain/rng.h"

#include <QRandomGenerator>

namespace core {

namespace {
// Layout: 48 bits time | 4 bits version (7) | 12 bits random | 2 bits variant (10) | 62 bits random.
std::uint64_t highWord(qint64 unixMillis, std::uint64_t random12)
{
    return (static_cast<std::uint64_t>(unixMillis) << 16) | (0x7ULL << 12) | (random12 & 0xfffULL);
}
std::uint64_t lowWord(std::uint64_t random62)
{
    return (0x2ULL << 62) | (random62 & 0x3fffffffffffffffULL);
}
} // namespace

QString Uuid7::generate()
{
    auto *random = QRandomGenerator::system();
    return format(highWord(QDateTime::currentMSecsSinceEpoch(), random->generate64()),
                  lowWord(random->generate64()));
}

QString Uuid7::generate(qint64 unixMillis, Rng &rng)
{
    return format(highWord(unixMillis, rng.next()), lowWord(rng.next()));
}

QString Uuid7::format(std::uint64_t high, std::uint64_t low)
{
    static constexpr char digits[] = "0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    QChar *p = out.data();
    int nibble = 0;
    auto put = [&](std::uint64_t word) {
        for (int shift = 60; shift >= 0; shift -= 4) {
            if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
                *p++ = u'-';
            *p++ = QLatin1Char(digits[(word >> shift) & 0xf]);
            ++nibble;
        }
    };
    put(high);
    put(low);
    return out;
}

bool Uuid7::isValid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (int i = 0; i < 36; ++i) {
        const QChar c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace core
