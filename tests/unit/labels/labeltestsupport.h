#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace labeltest {

/// Runs `program` and returns its standard output ("" when it cannot start or times out).
inline QString run(const QString &program, const QStringList &arguments, int timeoutMs = 20000)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline bool haveTool(const QString &name)
{
    return !QStandardPaths::findExecutable(name).isEmpty();
}

/// zbarimg's "TYPE:DATA" lines for a PNG.
inline QStringList zbar(const QString &png)
{
    return run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), png}).split(u'\n', Qt::SkipEmptyParts);
}

/// dmtxread's decoded Data Matrix texts (one per symbol found).
inline QString dmtx(const QString &png)
{
    return run(QStringLiteral("dmtxread"), {QStringLiteral("-N1"), QStringLiteral("-m2000"), png}).trimmed();
}

} // namespace labeltest
