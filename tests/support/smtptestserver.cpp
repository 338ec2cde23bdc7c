#include "smtptestserver.h"

#include "testcertificates.h"

#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

namespace testsupport {

struct SmtpTestServer::Shared
{
    mutable QMutex mutex;
    Tls tls = Tls::Implicit;
    QSslConfiguration ssl;
    QString user;
    QString password;
    QStringList mechanisms = {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    int failCount = 0;
    int failCode = 451;
    int refused = 0;
    QList<ReceivedMail> received;
};

namespace {

using Shared = SmtpTestServer::Shared;
using Tls = SmtpTestServer::Tls;

/// One client session: a line-based state machine over a QSslSocket (plain until TLS starts).
class Connection : public QObject
{
public:
    Connection(QSslSocket *socket, std::shared_ptr<Shared> shared)
        : QObject(socket), m_socket(socket), m_shared(std::move(shared))
    {
        connect(socket, &QSslSocket::readyRead, this, [this] { readLines(); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::encrypted, this, [this] {
            resetSession();
            if (m_tls == Tls::Implicit)
                reply("220 localhost ESMTP Retaguarda test server");
        });
        connect(socket, &QSslSocket::errorOccurred, socket, [socket] { socket->abort(); socket->deleteLater(); });
        {
            QMutexLocker lock(&m_shared->mutex);
            m_tls = m_shared->tls;
        }
        if (m_tls == Tls::Implicit)
            socket->startServerEncryption();
        else
            reply("220 localhost ESMTP Retaguarda test server");
    }

private:
    enum class State { Command, AuthPlain, AuthLoginUser, AuthLoginPassword, Data };

    void reply(const QByteArray &line) { m_socket->write(line + "\r\n"); m_socket->flush(); }

    void resetSession()
    {
        m_buffer.clear();
        m_state = State::Command;
        m_authUser.clear();
        m_mechanism.clear();
        resetTransaction();
    }
    void resetTransaction()
    {
        m_from.clear();
        m_recipients.clear();
        m_data.clear();
        m_hasSender = false;
    }

    void readLines()
    {
        m_buffer += m_socket->readAll();
        qsizetype end;
        while (m_socket->state() == QAbstractSocket::ConnectedState && (end = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            handle(line);
            if (m_socket->mode() == QSslSocket::SslServerMode && !m_socket->isEncrypted())
                return; // STARTTLS began: what follows is the handshake, not commands
        }
    }

    void handle(const QByteArray &line)
    {
        switch (m_state) {
        case State::Data: return dataLine(line);
        case State::AuthPlain: return authPlain(line);
        case State::AuthLoginUser:
            m_pendingUser = QString::fromUtf8(QByteArray::fromBase64(line));
            m_state = State::AuthLoginPassword;
            return reply("334 UGFzc3dvcmQ6");
        case State::AuthLoginPassword:
            m_state = State::Command;
            return finishAuth(m_pendingUser, QString::fromUtf8(QByteArray::fromBase64(line)), QStringLiteral("LOGIN"));
        case State::Command: return command(line);
        }
    }

    void command(const QByteArray &line)
    {
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.first(space)).toUpper();
        const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1).trimmed();
        QMutexLocker lock(&m_shared->mutex);
        const bool tlsRequired = m_tls != Tls::None;
        const bool authRequired = !m_shared->user.isEmpty();
        const QStringList mechanisms = m_shared->mechanisms;
        lock.unlock();
        if (verb == "EHLO") {
            QList<QByteArray> lines{"localhost greets " + argument};
            if (m_tls == Tls::StartTls && !m_socket->isEncrypted())
                lines << "STARTTLS";
            if (!mechanisms.isEmpty() && (m_socket->isEncrypted() || !tlsRequired))
                lines << "AUTH " + mechanisms.join(u' ').toLatin1();
            lines << "SIZE 10485760";
            for (qsizetype i = 0; i < lines.size(); ++i)
                reply("250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i));
        } else if (verb == "HELO") {
            reply("250 localhost");
        } else if (verb == "STARTTLS") {
            if (m_tls != Tls::StartTls || m_socket->isEncrypted())
                return reply("454 4.7.0 TLS not available");
            reply("220 2.0.0 Ready to start TLS");
            m_socket->startServerEncryption();
        } else if (verb == "AUTH") {
            startAuth(argument, mechanisms);
        } else if (verb == "MAIL") {
            if (tlsRequired && !m_socket->isEncrypted())
                return reply("530 5.7.0 Must issue a STARTTLS command first");
            if (authRequired && m_authUser.isEmpty())
                return reply("530 5.7.0 Authentication required");
            resetTransaction();
            m_from = address(argument);
            m_hasSender = true;
            reply("250 2.1.0 Ok");
        } else if (verb == "RCPT") {
            if (!m_hasSender)
                return reply("503 5.5.1 Need MAIL first");
            m_recipients << address(argument);
            reply("250 2.1.5 Ok");
        } else if (verb == "DATA") {
            if (m_recipients.isEmpty())
                return reply("503 5.5.1 Need RCPT first");
            m_state = State::Data;
            reply("354 End data with <CR><LF>.<CR><LF>");
        } else if (verb == "RSET") {
            resetTransaction();
            reply("250 2.0.0 Ok");
        } else if (verb == "NOOP") {
            reply("250 2.0.0 Ok");
        } else if (verb == "QUIT") {
            reply("221 2.0.0 Bye");
            m_socket->disconnectFromHost();
        } else {
            reply("502 5.5.2 Command not recognized");
        }
    }

    static QString address(const QByteArray &argument)
    {
        static const QRegularExpression re(QStringLiteral("<([^>]*)>"));
        return re.match(QString::fromUtf8(argument)).captured(1);
    }

    void startAuth(const QByteArray &argument, const QStringList &mechanisms)
    {
        const QList<QByteArray> parts = argument.split(' ');
        const QString mechanism = QString::fromLatin1(parts.value(0)).toUpper();
        if (!mechanisms.contains(mechanism) || (m_tls != Tls::None && !m_socket->isEncrypted()))
            return reply("504 5.5.4 Unrecognized authentication type");
        if (mechanism == u"PLAIN") {
            if (parts.size() > 1)
                return authPlain(parts.at(1));
            m_state = State::AuthPlain;
            return reply("334 ");
        }
        if (parts.size() > 1) {
            m_pendingUser = QString::fromUtf8(QByteArray::fromBase64(parts.at(1)));
            m_state = State::AuthLoginPassword;
            return reply("334 UGFzc3dvcmQ6");
        }
        m_state = State::AuthLoginUser;
        reply("334 VXNlcm5hbWU6");
    }

    void authPlain(const QByteArray &base64)
    {
        m_state = State::Command;
        const QList<QByteArray> fields = QByteArray::fromBase64(base64).split('\0');
        if (fields.size() != 3)
            return reply("501 5.5.2 Malformed AUTH PLAIN");
        finishAuth(QString::fromUtf8(fields.at(1)), QString::fromUtf8(fields.at(2)), QStringLiteral("PLAIN"));
    }

    void finishAuth(const QString &user, const QString &password, const QString &mechanism)
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->user.isEmpty() || user != m_shared->user || password != m_shared->password)
            return reply("535 5.7.8 Authentication credentials invalid");
        m_authUser = user;
        m_mechanism = mechanism;
        reply("235 2.7.0 Authentication successful");
    }

    void dataLine(const QByteArray &line)
    {
        if (line != ".") {
            m_data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            return;
        }
        m_state = State::Command;
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->failCount > 0) {
            --m_shared->failCount;
            ++m_shared->refused;
            const int code = m_shared->failCode;
            lock.unlock();
            resetTransaction();
            return reply(QByteArray::number(code)
                         + (code < 500 ? " 4.3.0 Mailbox temporarily unavailable, try again later"
                                       : " 5.7.1 Message rejected by policy"));
        }
        // Recorded before the reply: once the client has its 250, the test can see the message.
        m_shared->received.append({m_from, m_recipients, m_data, m_socket->isEncrypted(), m_authUser, m_mechanism});
        lock.unlock();
        resetTransaction();
        reply("250 2.0.0 Ok: queued");
    }

    QSslSocket *m_socket;
    std::shared_ptr<Shared> m_shared;
    Tls m_tls = Tls::Implicit;
    QByteArray m_buffer;
    State m_state = State::Command;
    QString m_authUser;
    QString m_mechanism;
    QString m_pendingUser;
    QString m_from;
    QStringList m_recipients;
    QByteArray m_data;
    bool m_hasSender = false;
};

class Listener : public QTcpServer
{
public:
    explicit Listener(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        QMutexLocker lock(&m_shared->mutex);
        socket->setSslConfiguration(m_shared->ssl);
        lock.unlock();
        new Connection(socket, m_shared);
    }

private:
    std::shared_ptr<Shared> m_shared;
};

QByteArray decodeQuotedPrintable(const QByteArray &in, bool underscoreIsSpace)
{
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && in.mid(i + 1, 2) == "\r\n") {
            i += 2; // soft line break
        } else if (c == '=' && i + 2 < in.size()) {
            out += char(in.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        } else {
            out += underscoreIsSpace && c == '_' ? ' ' : c;
        }
    }
    return out;
}

} // namespace

QString ReceivedMail::header(const QByteArray &name) const
{
    QByteArray headers = data.left(data.indexOf("\r\n\r\n"));
    headers.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    return {};
}

QString ReceivedMail::subject() const
{
    // Encoded-words (=?charset?B|Q?text?=); whitespace between two of them is not part of the text.
    static const QRegularExpression word(QStringLiteral("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?="));
    const QString raw = header("Subject");
    QByteArray bytes;
    qsizetype last = 0;
    bool previousWasWord = false;
    for (auto it = word.globalMatch(raw); it.hasNext();) {
        const auto m = it.next();
        const QString between = raw.mid(last, m.capturedStart() - last);
        if (!(previousWasWord && between.trimmed().isEmpty()))
            bytes += between.toUtf8();
        const QByteArray text = m.captured(3).toLatin1();
        bytes += m.captured(2).toUpper() == u"B" ? QByteArray::fromBase64(text) : decodeQuotedPrintable(text, true);
        last = m.capturedEnd();
        previousWasWord = true;
    }
    bytes += raw.mid(last).toUtf8();
    return QString::fromUtf8(bytes);
}

QString ReceivedMail::body() const
{
    QByteArray raw = data.mid(data.indexOf("\r\n\r\n") + 4);
    if (header("Content-Transfer-Encoding").compare(u"quoted-printable", Qt::CaseInsensitive) == 0)
        raw = decodeQuotedPrintable(raw, false);
    QString text = QString::fromUtf8(raw).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text;
}

SmtpTestServer::SmtpTestServer(Tls tls, const TestCertificates &certificates) : m_shared(std::make_shared<Shared>())
{
    m_shared->tls = tls;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(QSslCertificate::fromPath(certificates.serverCertificateFile()).value(0));
    QFile keyFile(certificates.serverKeyFile());
    if (keyFile.open(QIODevice::ReadOnly))
        ssl.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_shared->ssl = ssl;
    if (tls != Tls::None && (ssl.localCertificate().isNull() || ssl.privateKey().isNull()))
        m_error = QStringLiteral("cannot load the test certificate or key: ") + certificates.error();
}

SmtpTestServer::~SmtpTestServer()
{
    if (m_listener) {
        // QThread deletes deferred objects as it finishes: the listener and its sockets go in
        // their own thread.
        m_listener->deleteLater();
        m_thread.quit();
        m_thread.wait();
    }
}

bool SmtpTestServer::start()
{
    if (!m_error.isEmpty())
        return false;
    if (m_shared->tls != Tls::None && !QSslSocket::supportsSsl()) {
        m_error = QStringLiteral("Qt has no TLS backend here (qt6 OpenSSL plugin)");
        return false;
    }
    auto *listener = new Listener(m_shared);
    m_listener = listener;
    listener->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("smtp-test-server"));
    m_thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        listener,
        [&] {
            listening = listener->listen(QHostAddress::LocalHost, 0);
            m_port = listener->serverPort();
            if (!listening)
                m_error = listener->errorString();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

QString SmtpTestServer::url() const
{
    return QStringLiteral("%1://127.0.0.1:%2")
        .arg(m_shared->tls == Tls::Implicit ? QStringLiteral("smtps") : QStringLiteral("smtp"))
        .arg(m_port);
}

void SmtpTestServer::requireAuthentication(const QString &user, const QString &password)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->user = user;
    m_shared->password = password;
}

void SmtpTestServer::setAuthMechanisms(const QStringList &mechanisms)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->mechanisms = mechanisms;
}

void SmtpTestServer::failNextDeliveries(int count, int code)
{
    QMutexLocker lock(&m_shared->mutex);
    m_shared->failCount = count;
    m_shared->failCode = code;
}

QList<ReceivedMail> SmtpTestServer::received() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->received;
}

int SmtpTestServer::refusedCount() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->refused;
}

} // namespace testsupport
