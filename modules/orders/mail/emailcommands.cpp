#include "orders/mail/emailcommands.h"

#include "core/data/appsettings.h"
#include "core/data/database.h"
#include "core/domain/appcontext.h"
#include "core/domain/civiltime.h"
#include "core/domain/clisupport.h"
#include "core/mail/smtpclient.h"
#include "core/mail/smtpsettingsstore.h"
#include "orders/mail/emailqueue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace orders {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailCommands)
};

int fail(core::CliInvocation &call, const core::Error &error)
{
    call.err << error.text() << Qt::endl;
    return 1;
}

/// The SMTP settings of this workstation, or an error that says how to set them.
core::Result<core::SmtpSettings> configuredSettings()
{
    core::AppSettings appSettings;
    core::SmtpSettingsStore store(appSettings);
    if (!store.isConfigured()) {
        return core::Error::validation(Tr::tr("No e-mail server is configured. Run: retaguarda-cli email settings "
                                              "--url smtps://HOST:465 --from ADDRESS [--username USER] < password"));
    }
    return store.load();
}

int send(core::CliInvocation &call)
{
    QCommandLineParser parser;
    const QString usage = Tr::tr("Usage: retaguarda-cli email send [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    auto settings = configuredSettings();
    if (!settings)
        return fail(call, settings.error());
    auto report = EmailQueue(call.context.database()).deliverDue(*settings, QDateTime::currentDateTimeUtc());
    if (!report)
        return fail(call, report.error());
    if (call.json) {
        call.out << QJsonDocument(QJsonObject{{QStringLiteral("sent"), report->sent},
                                              {QStringLiteral("retried"), report->retried},
                                              {QStringLiteral("failed"), report->failed}})
                        .toJson(QJsonDocument::Compact)
                 << Qt::endl;
    } else {
        call.out << Tr::tr("Sent: %1, to retry: %2, given up: %3").arg(report->sent).arg(report->retried).arg(report->failed)
                 << Qt::endl;
    }
    // Cron mails the operator on a non-zero exit: any failed delivery is worth a look.
    return report->failed + report->retried > 0 ? 1 : 0;
}

int list(core::CliInvocation &call)
{
    QCommandLineParser parser;
    const QCommandLineOption status(QStringLiteral("status"), Tr::tr("queued, sent or failed."), QStringLiteral("STATUS"));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most this many, newest first (default 100)."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({status, limit});
    const QString usage = Tr::tr("Usage: retaguarda-cli email list [--status queued|sent|failed] [--limit N] [--json]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    const QString wanted = parser.value(status);
    bool limitOk = false;
    const int count = parser.value(limit).toInt(&limitOk);
    if ((!wanted.isEmpty() && !QStringList{QStringLiteral("queued"), QStringLiteral("sent"), QStringLiteral("failed")}.contains(wanted))
        || !limitOk || count <= 0) {
        call.err << usage << Qt::endl;
        return 2;
    }
    auto rows = EmailQueue(call.context.database()).list(call.context.session(), wanted, count);
    if (!rows)
        return fail(call, rows.error());
    QJsonArray array;
    for (const QueuedEmail &e : *rows) {
        if (call.json) {
            array.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("order_number"), e.orderNumber},
                                     {QStringLiteral("template"), e.templateName}, {QStringLiteral("recipient"), e.recipient},
                                     {QStringLiteral("subject"), e.subject}, {QStringLiteral("status"), e.status},
                                     {QStringLiteral("attempts"), e.attempts}, {QStringLiteral("last_error"), e.lastError},
                                     {QStringLiteral("created_at"), core::toDbTimestamp(e.createdAt)},
                                     {QStringLiteral("next_attempt_at"), core::toDbTimestamp(e.nextAttemptAt)},
                                     {QStringLiteral("sent_at"), e.sentAt.isValid() ? core::toDbTimestamp(e.sentAt) : QString()}});
        } else {
            call.out << QStringLiteral("%1  %2  %3  %4  %5%6\n")
                            .arg(core::CivilTime::toCivil(e.createdAt).toString(QStringLiteral("dd/MM/yyyy HH:mm")), e.status.leftJustified(6),
                                 QString::number(e.orderNumber).rightJustified(8), e.recipient.leftJustified(32),
                                 e.subject, e.lastError.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(e.lastError));
        }
    }
    if (call.json)
        call.out << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    call.out << Qt::flush;
    return 0;
}

int settings(core::CliInvocation &call)
{
    QCommandLineParser parser;
    const QCommandLineOption url(QStringLiteral("url"), Tr::tr("smtps://HOST:465 (TLS) or smtp://HOST:587 (STARTTLS)."), QStringLiteral("URL"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("Sender, e.g. \"Loja <contato@loja.com.br>\"."), QStringLiteral("ADDRESS"));
    const QCommandLineOption username(QStringLiteral("username"), Tr::tr("SMTP user; its password is read from stdin."), QStringLiteral("USER"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), Tr::tr("CA certificate (PEM) of a server with a private certificate."), QStringLiteral("PATH"));
    parser.addOptions({url, from, username, caFile});
    const QString usage = Tr::tr("Usage: retaguarda-cli email settings --url URL --from ADDRESS [--username USER] "
                                 "[--ca-file PATH] < password");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    if (!parser.isSet(url) || !parser.isSet(from)) {
        call.err << usage << Qt::endl;
        return 2;
    }
    core::SmtpSettings s;
    s.url = parser.value(url);
    s.from = parser.value(from);
    s.username = parser.value(username);
    s.caFile = parser.value(caFile);
    std::optional<QString> password;
    if (!s.username.isEmpty()) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    core::AppSettings appSettings;
    if (auto saved = core::SmtpSettingsStore(appSettings).save(s, password); !saved)
        return fail(call, saved.error());
    call.out << Tr::tr("E-mail settings saved: %1 as %2.").arg(s.url.trimmed(), s.from.trimmed()) << Qt::endl;
    return 0;
}

int test(core::CliInvocation &call)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Recipient (default: the sender address)."), QStringLiteral("ADDRESS"));
    parser.addOption(to);
    const QString usage = Tr::tr("Usage: retaguarda-cli email test [--to ADDRESS]");
    if (auto exit = core::parseCommandLine(parser, call, usage))
        return *exit;
    auto settings = configuredSettings();
    if (!settings)
        return fail(call, settings.error());
    const QString recipient = parser.isSet(to) ? parser.value(to) : settings->from;
    const core::MailMessage message{settings->from, recipient, Tr::tr("Retaguarda: test e-mail"),
                                    Tr::tr("This message confirms that Retaguarda can send e-mail through %1.").arg(settings->url)};
    if (auto sent = core::SmtpClient::send(*settings, message); !sent)
        return fail(call, sent.error());
    call.out << Tr::tr("Test e-mail sent to %1.").arg(recipient) << Qt::endl;
    return 0;
}

} // namespace

QList<core::CliCommand> emailCliCommands()
{
    return {{{QStringLiteral("email"), QStringLiteral("send")},
             [] { return Tr::tr("Send the e-mails that are due now (exit 1 when any failed)"); }, send},
            {{QStringLiteral("email"), QStringLiteral("list")},
             [] { return Tr::tr("List queued, sent and failed e-mails"); }, list},
            {{QStringLiteral("email"), QStringLiteral("settings")},
             [] { return Tr::tr("Set the e-mail (SMTP) server; the password is read from stdin"); }, settings},
            {{QStringLiteral("email"), QStringLiteral("test")},
             [] { return Tr::tr("Send a test e-mail through the configured server"); }, test}};
}

} // namespace orders
