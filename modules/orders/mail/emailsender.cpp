#include "orders/mail/emailsender.h"

#include "core/data/appsettings.h"
#include "core/data/database.h"
#include "core/mail/smtpsettingsstore.h"
#include "orders/mail/emailqueue.h"

#include <QThread>

namespace orders {

namespace {

struct Outcome
{
    DeliveryReport report;
    bool attempted = false;
    QString error;
};

void deliver(const core::Database &db, const EmailSender::SettingsProvider &provider,
             const std::shared_ptr<std::atomic_bool> &cancel, Outcome &outcome)
{
    // A connection belongs to the thread that opened it: this one is the worker's own.
    auto connection = db.openSibling();
    if (!connection) {
        outcome.error = connection.error().text();
        return;
    }
    EmailQueue queue(**connection);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto due = queue.dueCount(now);
    if (!due || *due == 0) {
        outcome.error = due ? QString() : due.error().text();
        return; // nothing to send: the keychain is not even asked
    }
    auto settings = provider();
    if (!settings) {
        outcome.error = settings.error().text();
        return;
    }
    if (!settings->has_value())
        return; // no server configured on this workstation
    auto report = queue.deliverDue(**settings, now, [cancel](int, int) { return !cancel->load(); });
    if (!report) {
        outcome.error = report.error().text();
        return;
    }
    outcome.report = *report;
    outcome.attempted = report->sent + report->failed + report->retried > 0;
}

} // namespace

EmailSender::EmailSender(core::Database &db, SettingsProvider settings, QObject *parent)
    : QObject(parent), m_db(db), m_settings(std::move(settings))
{
    connect(&m_timer, &QTimer::timeout, this, &EmailSender::deliverNow);
}

EmailSender::~EmailSender()
{
    m_timer.stop();
    if (m_worker) {
        // Stops after the message being sent; that one may take up to the SMTP time-out.
        m_cancel->store(true);
        m_worker->disconnect(this);
        m_worker->wait();
        delete m_worker;
    }
}

EmailSender::SettingsProvider EmailSender::storedSettings()
{
    return []() -> core::Result<std::optional<core::SmtpSettings>> {
        core::AppSettings appSettings; // QSettings objects are per thread: this one is the worker's
        core::SmtpSettingsStore store(appSettings);
        if (!store.isConfigured())
            return std::optional<core::SmtpSettings>();
        auto settings = store.load();
        if (!settings)
            return settings.error();
        return std::optional<core::SmtpSettings>(*settings);
    };
}

void EmailSender::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
    // Messages queued while the application was closed go out soon, without slowing the start.
    QTimer::singleShot(std::min(interval, std::chrono::milliseconds(5000)), this, &EmailSender::deliverNow);
}

void EmailSender::stop()
{
    m_timer.stop();
}

void EmailSender::deliverNow()
{
    if (m_worker) {
        m_again = true;
        return;
    }
    auto outcome = std::make_shared<Outcome>();
    m_worker = QThread::create([&db = m_db, provider = m_settings, cancel = m_cancel, outcome] {
        deliver(db, provider, cancel, *outcome);
    });
    m_worker->setObjectName(QStringLiteral("email-sender"));
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (!outcome->error.isEmpty())
            emit deliveryFailed(outcome->error);
        else if (outcome->attempted)
            emit delivered(outcome->report.sent, outcome->report.failed + outcome->report.retried);
        if (m_again) {
            m_again = false;
            deliverNow();
        }
    });
    m_worker->start(QThread::LowPriority);
}

} // namespace orders
