#include "core/data/passwordhasher.h"

#include "core/domain/tr.h"

#include <sodium.h>

namespace core {

namespace {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
// Interactive limits: ~64 MiB and a fraction of a second per login, as libsodium recommends.
constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!ensureSodium())
        return Error::unavailable(Tr::tr("The cryptography library could not start."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              kOpsLimit, kMemLimit, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return Error::unavailable(Tr::tr("Not enough memory to protect the password. Close other programs and try again."));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!ensureSodium())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString &storedHash)
{
    if (!ensureSodium())
        return false;
    return crypto_pwhash_str_needs_rehash(storedHash.toLatin1().constData(), kOpsLimit, kMemLimit) != 0;
}

} // namespace core
