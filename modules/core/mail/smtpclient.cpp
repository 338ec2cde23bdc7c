#include "core/mail/smtpclient.h"

#include "core/domain/tr.h"

#include <QDateTime>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <memory>

namespace core {

namespace {

void initialiseCurlOnce()
{
    // curl_global_init is not safe to race; a function-local static runs it exactly once.
    static const CURLcode initialised = curl_global_init(CURL_GLOBAL_DEFAULT);
    Q_UNUSED(initialised);
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const size_t left = size_t(upload->data.size() - upload->offset);
    const size_t n = std::min(left, size * count);
    std::memcpy(buffer, upload->data.constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

/// Keeps the server's last reply line ("451 4.3.0 Try again later"): it tells the user more than
/// libcurl's own summary. Only what the server sent is kept, never what we sent (AUTH lines).
int keepServerReply(CURL *, curl_infotype type, char *data, size_t size, void *userData)
{
    if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
        if (!line.isEmpty())
            *static_cast<QByteArray *>(userData) = line;
    }
    return 0;
}

Error networkError(const QString &message, const QString &where, const QString &detail)
{
    return Error{Error::Kind::Network, message, where, detail};
}

Error errorFor(CURLcode code, long reply, const QString &server, const SmtpSettings &settings,
               const QString &detail, const QString &serverReply)
{
    switch (code) {
    case CURLE_PEER_FAILED_VERIFICATION:
        return networkError(Tr::tr("The certificate of the e-mail server %1 is not trusted. If the server uses "
                                   "a private certificate authority, add the server's CA file in Settings, "
                                   "E-mail (SMTP).").arg(server), server, detail);
    case CURLE_SSL_CACERT_BADFILE:
        return networkError(Tr::tr("The CA file %1 cannot be read. Choose an existing PEM file in Settings, "
                                   "E-mail (SMTP).").arg(settings.caFile), server, detail);
    case CURLE_USE_SSL_FAILED:
        return networkError(Tr::tr("The e-mail server %1 does not offer STARTTLS, so nothing was sent "
                                   "unencrypted. Use an smtps:// address (port 465) or ask the provider for "
                                   "a port with TLS.").arg(server), server, detail);
    case CURLE_SSL_CONNECT_ERROR:
        return networkError(Tr::tr("The TLS connection to the e-mail server %1 failed. Check that the port "
                                   "speaks TLS: 465 for smtps://, 587 for smtp:// with STARTTLS.").arg(server),
                            server, detail);
    case CURLE_COULDNT_RESOLVE_HOST:
        return networkError(Tr::tr("The e-mail server name %1 cannot be found. Check the server address and "
                                   "the network connection.").arg(server), server, detail);
    case CURLE_COULDNT_CONNECT:
        return networkError(Tr::tr("Cannot connect to the e-mail server %1. Check the address and port, and "
                                   "whether a firewall blocks the connection.").arg(server), server, detail);
    case CURLE_OPERATION_TIMEDOUT:
        return networkError(Tr::tr("The e-mail server %1 did not answer within %2 seconds. Check the network "
                                   "or try again later.").arg(server).arg(settings.timeoutSeconds), server, detail);
    case CURLE_LOGIN_DENIED:
        return networkError(Tr::tr("The e-mail server %1 refused the user name or password. Check them in "
                                   "Settings, E-mail (SMTP).").arg(server), server, detail);
    default:
        break;
    }
    if (reply >= 400) {
        const QString said = serverReply.isEmpty() ? QString::number(reply) : serverReply;
        if (reply < 500) {
            return networkError(Tr::tr("The e-mail server %1 could not take the message now (it answered \"%2\"). "
                                       "It is tried again later.").arg(server, said), server, detail);
        }
        return networkError(Tr::tr("The e-mail server %1 refused the message (it answered \"%2\"). Check the "
                                   "sender and recipient addresses.").arg(server, said), server, detail);
    }
    return networkError(Tr::tr("Sending the e-mail through %1 failed: %2.").arg(server, detail), server, detail);
}

} // namespace

Result<> SmtpClient::send(const SmtpSettings &settings, const MailMessage &message, FailureScope *scope)
{
    FailureScope ignored;
    FailureScope &failure = scope ? *scope : ignored;
    failure = FailureScope::Server;
    const QUrl url(settings.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"smtp" && scheme != u"smtps")) {
        return Error::validation(Tr::tr("The e-mail server address must look like smtps://host:465 or "
                                        "smtp://host:587."), QStringLiteral("url"));
    }
    if (!MailMessage::isValidMailbox(message.from))
        return Error::validation(Tr::tr("The sender address \"%1\" is not a valid e-mail address.").arg(message.from),
                                 QStringLiteral("from"));
    if (!MailMessage::isValidMailbox(message.to)) {
        failure = FailureScope::Message;
        return Error::validation(Tr::tr("The recipient address \"%1\" is not a valid e-mail address.").arg(message.to),
                                 QStringLiteral("to"));
    }

    const QString server = url.host() + (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    Upload upload{message.toRfc5322(QDateTime::currentDateTimeUtc(), MailMessage::domainOf(message.from))};
    const QByteArray urlBytes = url.toString(QUrl::RemoveUserInfo).toUtf8();
    const QByteArray from = '<' + MailMessage::addressOf(message.from).toUtf8() + '>';
    const QByteArray to = '<' + MailMessage::addressOf(message.to).toUtf8() + '>';
    const QByteArray user = settings.username.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray caFile = settings.caFile.toLocal8Bit();
    const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> recipients(
        curl_slist_append(nullptr, to.constData()), &curl_slist_free_all);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QByteArray serverReply;
    // Declared after everything it points to: curl_easy_cleanup may still talk to the server
    // (QUIT) and call back into serverReply and errorBuffer.
    initialiseCurlOnce();
    const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
    if (!curl)
        return Error::unavailable(Tr::tr("The e-mail library (libcurl) could not start."));
    CURL *h = curl.get();

    curl_easy_setopt(h, CURLOPT_URL, urlBytes.constData());
#if LIBCURL_VERSION_NUM >= 0x075500
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
#else
    curl_easy_setopt(h, CURLOPT_PROTOCOLS, long(CURLPROTO_SMTP | CURLPROTO_SMTPS));
#endif
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    // TLS always, verified always: implicit for smtps://, STARTTLS demanded for smtp://.
    curl_easy_setopt(h, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &readMessage);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));
    const long timeout = std::max(1, settings.timeoutSeconds);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, std::min(timeout, 15L));
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, &keepServerReply);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, &serverReply);
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L); // feeds keepServerReply; nothing is printed

    const CURLcode code = curl_easy_perform(h);
    if (code == CURLE_OK)
        return {};
    long reply = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &reply);
    // A refusal at MAIL, RCPT or DATA is about this message; a failed login (535) is not.
    if (reply >= 400 && code != CURLE_LOGIN_DENIED)
        failure = FailureScope::Message;
    QString detail = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    if (!serverReply.isEmpty())
        detail += QStringLiteral(" (server: %1)").arg(QString::fromUtf8(serverReply));
    return errorFor(code, reply, server, settings, detail, QString::fromUtf8(serverReply));
}

} // namespace core
