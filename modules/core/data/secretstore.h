#pragma once

#include "core/domain/result.h"

#include <QString>

namespace core {

/// Passwords and API keys in the operating system's keychain (Secret Service on Linux, Credential
/// Manager on Windows) through QtKeychain. There is deliberately no plaintext fallback: without a
/// keychain the call fails with a message that says how to get one.
class SecretStore
{
public:
    explicit SecretStore(QString service = QStringLiteral("Retaguarda"));

    Result<> write(const QString &key, const QString &secret) const;
    /// NotFound when no secret is stored under `key`.
    Result<QString> read(const QString &key) const;
    Result<> remove(const QString &key) const;
    /// Whether a keychain answers at all (writes, reads back and removes a probe entry).
    Result<> probe() const;

private:
    QString m_service;
};

} // namespace core
