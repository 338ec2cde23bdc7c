#pragma once

#include "core/domain/result.h"
#include "core/mail/smtpclient.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace core {
class Database;
}

namespace orders {

/// Delivers the e-mail outbox in the background of the GUI: every minute and on deliverNow(), on
/// a worker thread with its own database connection, so the window never waits on SMTP.
class EmailSender : public QObject
{
    Q_OBJECT

public:
    /// Where the SMTP settings come from. Runs on the worker thread (it may read the keychain),
    /// and only when something is due; nullopt when no server is configured (nothing is sent).
    using SettingsProvider = std::function<core::Result<std::optional<core::SmtpSettings>>()>;

    EmailSender(core::Database &db, SettingsProvider settings, QObject *parent = nullptr);
    ~EmailSender() override;

    /// The workstation's settings: SmtpSettingsStore over the user's AppSettings and keychain.
    static SettingsProvider storedSettings();

    /// Runs every `interval` from now on (and once a few seconds after the call).
    void start(std::chrono::milliseconds interval = std::chrono::minutes(1));
    void stop();
    bool isBusy() const { return m_worker != nullptr; }

public slots:
    /// Delivers what is due now; if a run is under way, another one follows it.
    void deliverNow();

signals:
    /// After a run that tried to send something: messages accepted and messages that failed
    /// (to be retried or given up).
    void delivered(int sent, int failed);
    /// The run could not start: settings, keychain or database. `message` says what to do.
    void deliveryFailed(const QString &message);

private:
    core::Database &m_db;
    SettingsProvider m_settings;
    QTimer m_timer;
    QThread *m_worker = nullptr;
    bool m_again = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace orders
