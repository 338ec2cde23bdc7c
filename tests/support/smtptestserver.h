#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QThread>

#include <memory>

namespace testsupport {

class TestCertificates;

/// One message as the test server received it.
struct ReceivedMail
{
    QString mailFrom;       ///< envelope sender (MAIL FROM), without the angle brackets
    QStringList recipients; ///< envelope recipients (RCPT TO)
    QByteArray data;        ///< the message after DATA, dot-unstuffed, CRLF line ends
    bool encrypted = false; ///< whether it came over TLS
    QString authUser;       ///< who authenticated; empty when nobody did
    QString authMechanism;  ///< PLAIN or LOGIN

    /// A header's value, unfolded, not decoded ("Subject" → "=?UTF-8?B?...?=").
    QString header(const QByteArray &name) const;
    /// The Subject with RFC 2047 encoded-words decoded.
    QString subject() const;
    /// The body, quoted-printable decoded, "\n" line ends, without the final line end.
    QString body() const;
};

/// A small SMTP server on 127.0.0.1 for tests, running in its own thread so that a test can make
/// blocking libcurl calls from its own. It speaks EHLO/HELO, STARTTLS, AUTH PLAIN and LOGIN,
/// MAIL, RCPT, DATA, RSET, NOOP and QUIT, records every accepted message and can refuse the
/// next N deliveries with a chosen reply code (451 by default).
class SmtpTestServer
{
public:
    enum class Tls {
        Implicit, ///< smtps://: TLS from the first byte
        StartTls, ///< smtp://: plain greeting, STARTTLS offered and required before MAIL
        None,     ///< smtp:// without any TLS (a client must refuse to use it)
    };

    SmtpTestServer(Tls tls, const TestCertificates &certificates);
    ~SmtpTestServer();
    SmtpTestServer(const SmtpTestServer &) = delete;
    SmtpTestServer &operator=(const SmtpTestServer &) = delete;

    /// Listens on 127.0.0.1 at a free port; false with errorString() when it cannot.
    bool start();
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    /// "smtps://127.0.0.1:PORT" or "smtp://127.0.0.1:PORT".
    QString url() const;

    /// MAIL is refused (530) until the client authenticates as `user` with `password`.
    void requireAuthentication(const QString &user, const QString &password);
    /// The AUTH mechanisms offered in EHLO (default PLAIN and LOGIN).
    void setAuthMechanisms(const QStringList &mechanisms);
    /// The next `count` messages are refused at the end of DATA with `code` (4xx or 5xx).
    void failNextDeliveries(int count, int code = 451);

    QList<ReceivedMail> received() const;
    /// Replies refused through failNextDeliveries() so far.
    int refusedCount() const;

    struct Shared;

private:
    std::shared_ptr<Shared> m_shared;
    QThread m_thread;
    QObject *m_listener = nullptr;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace testsupport
