#pragma once

#include "core/data/secretstore.h"
#include "core/domain/result.h"
#include "core/mail/smtpclient.h"

#include <optional>

namespace core {

class AppSettings;

/// The e-mail server of this workstation: address, user, sender and CA in the settings file
/// (keys mail/smtp/...), the password in the keychain — never in the settings file.
class SmtpSettingsStore
{
public:
    explicit SmtpSettingsStore(AppSettings &settings, SecretStore secrets = SecretStore());

    /// What the settings file holds; the password stays empty.
    SmtpSettings stored() const;
    /// Whether a server and a sender are set (without touching the keychain).
    bool isConfigured() const;
    /// stored() plus the password from the keychain when a user name is set. A missing keychain
    /// entry is an error that says to enter the password again.
    Result<SmtpSettings> load() const;
    /// Validates and saves. `password`: the new one, or nullopt to keep the stored one. Clearing
    /// the user name removes the stored password.
    Result<> save(const SmtpSettings &settings, const std::optional<QString> &password);
    /// Forgets the server, the sender and the password.
    Result<> clear();

    /// Errors name the field in `where`: url, from, username, caFile, timeoutSeconds.
    static Result<> validate(const SmtpSettings &settings);
    static QString secretKey() { return QStringLiteral("mail/smtp-password"); }

private:
    AppSettings &m_settings;
    SecretStore m_secrets;
};

} // namespace core
