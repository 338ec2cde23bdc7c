#pragma once

#include <QtGlobal>

#include <cstdint>

namespace core {

/// Deterministic pseudo-random numbers (xoshiro256**, seeded by splitmix64). The standard
/// distributions differ between standard libraries; this one gives the same demo data on every
/// platform for the same seed.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform integer in [low, high] (inclusive), without modulo bias worth noticing (Lemire).
    qint64 between(qint64 low, qint64 high)
    {
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        if (span == 0)
            return static_cast<qint64>(next());
        const auto scaled = static_cast<unsigned __int128>(next()) * span;
        return low + static_cast<qint64>(scaled >> 64);
    }

    /// An index in [0, size).
    int index(qsizetype size) { return static_cast<int>(between(0, size - 1)); }

    /// True with the given probability in per mille (0..1000).
    bool chance(int perMille) { return between(0, 999) < perMille; }

    /// Uniform double in [0, 1) — for shaping distributions, never for money.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    template<typename List>
    const auto &pick(const List &list) { return list[index(list.size())]; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

} // namespace core
