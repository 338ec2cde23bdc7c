#include "testcertificates.h"

#include <QFile>
#include <QProcess>

namespace testsupport {

TestCertificates::TestCertificates()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return;
    }
    // EC keys: generated in milliseconds, where RSA would slow every test start.
    const QStringList ecKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                               QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QFile san(path(QStringLiteral("san.ext")));
    if (!san.open(QIODevice::WriteOnly)
        || san.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n") < 0) {
        m_error = QStringLiteral("cannot write san.ext");
        return;
    }
    san.close();
    const bool ok =
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                + QStringList{QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                              QStringLiteral("/CN=Retaguarda test CA"), QStringLiteral("-keyout"), path(QStringLiteral("ca.key")),
                              QStringLiteral("-out"), caFile()})
        && openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey
                   + QStringList{QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                 QStringLiteral("/CN=Some other CA"), QStringLiteral("-keyout"),
                                 path(QStringLiteral("other-ca.key")), QStringLiteral("-out"), otherCaFile()})
        && openssl(QStringList{QStringLiteral("req")} + ecKey
                   + QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                                 serverKeyFile(), QStringLiteral("-out"), path(QStringLiteral("server.csr"))})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path(QStringLiteral("server.csr")),
                    QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"), path(QStringLiteral("ca.key")),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), path(QStringLiteral("san.ext")), QStringLiteral("-out"),
                    serverCertificateFile()});
    Q_UNUSED(ok);
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2 %3")
                      .arg(arguments.join(u' '), process.errorString(), QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace testsupport
