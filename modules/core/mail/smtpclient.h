#pragma once

#include "core/domain/result.h"
#include "core/mail/mailmessage.h"

#include <QString>

namespace core {

/// Where and as whom to send e-mail. The password comes from the keychain (SmtpSettingsStore).
struct SmtpSettings
{
    QString url;      ///< smtps://host:465 (implicit TLS) or smtp://host:587 (STARTTLS, required)
    QString username; ///< empty: the server takes mail without authentication
    QString password;
    QString from;     ///< sender mailbox, "Loja Exemplo <contato@loja.com.br>"
    QString caFile;   ///< extra CA (PEM) for a server with a private certificate; empty = system CAs
    int timeoutSeconds = 30;
};

/// Sends one message over SMTP with libcurl. TLS is mandatory (implicit for smtps://, STARTTLS for
/// smtp://) and the server certificate and host name are always verified: there is no switch to
/// skip that — a private server's CA is added instead. Blocking: call it off the GUI thread.
class SmtpClient
{
public:
    /// What a failure concerns: this message (the server refused it: another message may go
    /// through) or the server (unreachable, TLS, login, settings: the next message would fail too).
    enum class FailureScope { Message, Server };

    /// Ok once the server accepted the message. Network errors say what failed and what to do
    /// (kind Network; `detail` holds libcurl's text and the server's last reply). On failure
    /// `scope`, when given, says what the failure concerns.
    static Result<> send(const SmtpSettings &settings, const MailMessage &message, FailureScope *scope = nullptr);
};

} // namespace core
