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

Uuid7Sequence::Uuid7Sequence()
{
    auto *random = QRandomGenerator::system();
    // The counter starts at a random value below 2048, leaving room to count before the carry.
    m_tick = (static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()) << 12) | (random->generate64() & 0x7ffULL);
    m_state = random->generate64();
}

QString Uuid7Sequence::next()
{
    ++m_tick;
    // splitmix64: the random bits need to be unique, not secret.
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return Uuid7::format(highWord(qint64(m_tick >> 12), m_tick & 0xfffULL), lowWord(z));
}

} // namespace core
