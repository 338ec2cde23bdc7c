#pragma once

#include "core/domain/result.h"

#include <QString>

namespace core {

/// Argon2id password hashes through libsodium (crypto_pwhash_str: salt and parameters are part
/// of the stored string, so stronger parameters later still verify old hashes).
class PasswordHasher
{
public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &storedHash, const QString &password);
    /// True when the stored hash uses weaker parameters than today's and should be re-hashed.
    static bool needsRehash(const QString &storedHash);
};

} // namespace core
