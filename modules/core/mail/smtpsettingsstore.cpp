#include "core/mail/smtpsettingsstore.h"

#include "core/data/appsettings.h"
#include "core/domain/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace core {

namespace {
const QString kUrl = QStringLiteral("mail/smtp/url");
const QString kUsername = QStringLiteral("mail/smtp/username");
const QString kFrom = QStringLiteral("mail/smtp/from");
const QString kCaFile = QStringLiteral("mail/smtp/caFile");
const QString kTimeout = QStringLiteral("mail/smtp/timeoutSeconds");
} // namespace

SmtpSettingsStore::SmtpSettingsStore(AppSettings &settings, SecretStore secrets)
    : m_settings(settings), m_secrets(std::move(secrets))
{}

SmtpSettings SmtpSettingsStore::stored() const
{
    const QSettings &s = m_settings.raw();
    SmtpSettings settings;
    settings.url = s.value(kUrl).toString();
    settings.username = s.value(kUsername).toString();
    settings.from = s.value(kFrom).toString();
    settings.caFile = s.value(kCaFile).toString();
    settings.timeoutSeconds = s.value(kTimeout, 30).toInt();
    return settings;
}

bool SmtpSettingsStore::isConfigured() const
{
    const SmtpSettings settings = stored();
    return !settings.url.isEmpty() && !settings.from.isEmpty();
}

Result<SmtpSettings> SmtpSettingsStore::load() const
{
    SmtpSettings settings = stored();
    if (settings.username.isEmpty())
        return settings;
    auto password = m_secrets.read(secretKey());
    if (!password) {
        if (password.error().kind == Error::Kind::NotFound) {
            return Error::notFound(Tr::tr("No password is stored for the e-mail user %1. Enter it again in "
                                          "Settings, E-mail (SMTP).").arg(settings.username),
                                   QStringLiteral("password"));
        }
        return password.error();
    }
    settings.password = *password;
    return settings;
}

Result<> SmtpSettingsStore::validate(const SmtpSettings &settings)
{
    const QUrl url(settings.url, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (settings.url.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty()
        || (scheme != u"smtp" && scheme != u"smtps") || !url.userInfo().isEmpty()
        || (!url.path().isEmpty() && url.path() != u"/")) {
        return Error::validation(Tr::tr("Enter the server as smtps://host:465 (TLS) or smtp://host:587 "
                                        "(STARTTLS)."), QStringLiteral("url"));
    }
    if (!MailMessage::isValidMailbox(settings.from)) {
        return Error::validation(Tr::tr("Enter the sender as an e-mail address, e.g. contato@loja.com.br or "
                                        "Loja Exemplo <contato@loja.com.br>."), QStringLiteral("from"));
    }
    if (settings.username.contains(u'\n') || settings.username.contains(u'\r'))
        return Error::validation(Tr::tr("The user name cannot contain line breaks."), QStringLiteral("username"));
    if (!settings.caFile.isEmpty()) {
        QFile file(settings.caFile);
        if (!QFileInfo(settings.caFile).isFile() || !file.open(QIODevice::ReadOnly)) {
            return Error::validation(Tr::tr("The CA file %1 cannot be read.").arg(settings.caFile),
                                     QStringLiteral("caFile"));
        }
        if (!file.read(1 << 20).contains("-----BEGIN CERTIFICATE-----")) {
            return Error::validation(Tr::tr("The CA file %1 holds no certificate in PEM format "
                                            "(-----BEGIN CERTIFICATE-----).").arg(settings.caFile),
                                     QStringLiteral("caFile"));
        }
    }
    if (settings.timeoutSeconds < 5 || settings.timeoutSeconds > 600)
        return Error::validation(Tr::tr("The time-out must be between 5 and 600 seconds."),
                                 QStringLiteral("timeoutSeconds"));
    return {};
}

Result<> SmtpSettingsStore::save(const SmtpSettings &settings, const std::optional<QString> &password)
{
    SmtpSettings cleaned = settings;
    cleaned.url = settings.url.trimmed();
    cleaned.from = settings.from.trimmed();
    cleaned.username = settings.username.trimmed();
    cleaned.caFile = settings.caFile.trimmed();
    if (auto valid = validate(cleaned); !valid)
        return valid;
    // The keychain first: when it fails, the settings file is left as it was.
    // Without a user name no password was ever stored: the keychain (which may not even exist)
    // is then left alone.
    if (cleaned.username.isEmpty() && !stored().username.isEmpty()) {
        if (auto removed = m_secrets.remove(secretKey()); !removed)
            return removed;
    } else if (!cleaned.username.isEmpty() && password) {
        if (auto written = m_secrets.write(secretKey(), *password); !written)
            return Error{written.error().kind, written.error().message, QStringLiteral("password"),
                         written.error().detail};
    }
    QSettings &s = m_settings.raw();
    s.setValue(kUrl, cleaned.url);
    s.setValue(kUsername, cleaned.username);
    s.setValue(kFrom, cleaned.from);
    s.setValue(kCaFile, cleaned.caFile);
    s.setValue(kTimeout, cleaned.timeoutSeconds);
    s.sync();
    return {};
}

Result<> SmtpSettingsStore::clear()
{
    if (!stored().username.isEmpty()) {
        if (auto removed = m_secrets.remove(secretKey()); !removed)
            return removed;
    }
    m_settings.raw().remove(QStringLiteral("mail/smtp"));
    m_settings.raw().sync();
    return {};
}

} // namespace core
