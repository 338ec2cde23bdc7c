#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace core {

/// One plain-text e-mail (UTF-8) and its wire form. Addresses are "user@host" or
/// "Display Name <user@host>".
struct MailMessage
{
    QString from;
    QString to;
    QString subject;
    QString body; ///< plain text; line ends are normalised to CRLF on the wire

    /// The message as RFC 5322 bytes: Date (São Paulo time), From, To, Subject (RFC 2047
    /// encoded-words when not ASCII), Message-ID, MIME headers and a quoted-printable body whose
    /// lines stay within 76 characters. CRLF line ends throughout.
    QByteArray toRfc5322(const QDateTime &now, const QString &messageIdDomain) const;

    /// "user@host" from "Name <user@host>" or "user@host" (trimmed).
    static QString addressOf(const QString &mailbox);
    /// Whether `mailbox` holds one plausible address (local@domain.tld, no spaces, no CR/LF).
    static bool isValidMailbox(const QString &mailbox);
    /// The domain of the address in `mailbox` ("exemplo.com.br").
    static QString domainOf(const QString &mailbox);
};

} // namespace core
