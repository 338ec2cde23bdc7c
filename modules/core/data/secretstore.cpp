#include "core/data/secretstore.h"

#include "core/domain/tr.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace core {

namespace {

// QtKeychain jobs are asynchronous; the callers here (settings dialog, CLI, sync start-up) need
// the answer before they go on, so each job runs in a local event loop.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keychainError(const QKeychain::Job &job, const QString &key)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error::notFound(Tr::tr("No secret is stored for %1.").arg(key), key);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::forbidden(Tr::tr("The keychain refused access to %1. Unlock the keychain and try again.").arg(key),
                                job.errorString());
    default:
        return Error::unavailable(
            Tr::tr("No keychain is available to keep passwords safe, so nothing was stored. On Linux, "
                   "install and unlock GNOME Keyring or KWallet (a Secret Service provider); on Windows "
                   "the Credential Manager is used."),
            job.errorString());
    }
}

} // namespace

SecretStore::SecretStore(QString service) : m_service(std::move(service)) {}

Result<> SecretStore::write(const QString &key, const QString &secret) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return {};
}

Result<QString> SecretStore::read(const QString &key) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, key);
    return job.textData();
}

Result<> SecretStore::remove(const QString &key) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, key);
    return {};
}

Result<> SecretStore::probe() const
{
    const QString key = QStringLiteral("retaguarda-keychain-probe");
    if (auto written = write(key, QStringLiteral("probe")); !written)
        return written;
    auto readBack = read(key);
    if (!readBack)
        return readBack.error();
    return remove(key);
}

} // namespace core
