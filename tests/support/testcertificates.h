#pragma once

#include <QString>
#include <QTemporaryDir>

namespace testsupport {

/// A throwaway certificate authority and a server certificate for 127.0.0.1 and localhost, made
/// with the openssl tool in a temporary folder (like pg-cluster.sh), plus a second CA that did
/// not sign the server certificate, for "untrusted" cases.
class TestCertificates
{
public:
    TestCertificates();
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    QString caFile() const { return path(QStringLiteral("ca.crt")); }
    QString otherCaFile() const { return path(QStringLiteral("other-ca.crt")); }
    QString serverCertificateFile() const { return path(QStringLiteral("server.crt")); }
    QString serverKeyFile() const { return path(QStringLiteral("server.key")); }

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool openssl(const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace testsupport
