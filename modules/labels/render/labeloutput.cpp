#include "labels/render/labeloutput.h"

#include "labels/render/labelpainter.h"
#include "labels/render/labelzpl.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpSocket>

namespace labels {

namespace {
core::Error networkError(const QString &message)
{
    return core::Error{core::Error::Kind::Network, message, {}, {}};
}

const QString kCancelled = QStringLiteral("labels.cancelled");

core::Error withSubject(core::Error error, const LabelData &data)
{
    const QString subject = data.value(QStringLiteral("label.subject"));
    if (!subject.isEmpty())
        error.message = LabelOutput::tr("%1: %2").arg(subject, error.message);
    return error;
}
} // namespace

core::Error LabelOutput::cancelled()
{
    core::Error e = core::Error::validation(tr("The print job was cancelled."));
    e.detail = kCancelled;
    return e;
}

bool LabelOutput::isCancellation(const core::Error &error)
{
    return error.detail == kCancelled;
}

core::Result<> LabelOutput::paintPages(QPagedPaintDevice &device, const LabelTemplate &t, const QList<LabelData> &labels,
                                       const Progress &progress)
{
    QPainter p;
    if (!p.begin(&device))
        return core::Error::io(tr("The printer or file could not be opened for drawing."));
    const double dpm = device.logicalDpiX() / 25.4;
    // Printers have unprintable margins: paint relative to the full page.
    const QRectF paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QPointF origin(-paintRect.left(), -paintRect.top());
    for (int i = 0; i < labels.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            p.end();
            return core::Error::io(tr("A new page could not be started."));
        }
        auto painted = LabelPainter::paint(p, t, labels.at(i), origin, dpm);
        if (!painted) {
            p.end();
            return withSubject(painted.error(), labels.at(i));
        }
        if (progress && !progress(i + 1, int(labels.size()))) {
            p.end();
            return cancelled();
        }
    }
    p.end();
    return {};
}

core::Result<> LabelOutput::writePdf(const LabelTemplate &t, const QList<LabelData> &labels, QIODevice *out,
                                     const Progress &progress)
{
    if (labels.isEmpty())
        return core::Error::validation(tr("There are no labels to print."));
    if (!out->isOpen() && !out->open(QIODevice::WriteOnly))
        return core::Error::io(tr("The PDF cannot be written: %1").arg(out->errorString()));
    QPdfWriter writer(out);
    writer.setCreator(QStringLiteral("Retaguarda"));
    writer.setTitle(t.title);
    writer.setResolution(600);
    writer.setPageLayout(QPageLayout(QPageSize(QSizeF(t.widthMm, t.heightMm), QPageSize::Millimeter, QString(),
                                               QPageSize::ExactMatch),
                                     QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    return paintPages(writer, t, labels, progress);
}

core::Result<> LabelOutput::writePdf(const LabelTemplate &t, const QList<LabelData> &labels, const QString &path,
                                     const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error::io(tr("Could not write %1: %2").arg(path, file.errorString()), path);
    auto written = writePdf(t, labels, &file, progress);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return core::Error::io(tr("Could not write %1: %2").arg(path, file.errorString()), path);
    return {};
}

core::Result<QStringList> LabelOutput::writePng(const LabelTemplate &t, const QList<LabelData> &labels, int dpi,
                                                const QString &path)
{
    if (labels.isEmpty())
        return core::Error::validation(tr("There are no labels to print."));
    QStringList files;
    const QFileInfo info(path);
    for (int i = 0; i < labels.size(); ++i) {
        QString target = path;
        if (labels.size() > 1) {
            target = info.dir().filePath(QStringLiteral("%1-%2.%3")
                                             .arg(info.completeBaseName())
                                             .arg(i + 1)
                                             .arg(info.suffix().isEmpty() ? QStringLiteral("png") : info.suffix()));
        }
        core::Error error;
        const QImage image = LabelPainter::image(t, labels.at(i), dpi, &error);
        if (!error.message.isEmpty())
            return withSubject(error, labels.at(i));
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return core::Error::io(tr("Could not write %1: %2").arg(target, file.errorString()), target);
        files << target;
    }
    return files;
}

core::Result<QByteArray> LabelOutput::zpl(const LabelTemplate &t, const QList<LabelData> &labels, int dpi,
                                          const Progress &progress)
{
    if (labels.isEmpty())
        return core::Error::validation(tr("There are no labels to print."));
    const LabelZpl writer(t, dpi);
    QByteArray out;
    out.reserve(int(labels.size()) * 1500);
    for (int i = 0; i < labels.size(); ++i) {
        if (auto done = writer.append(out, labels.at(i)); !done)
            return withSubject(done.error(), labels.at(i));
        if (progress && (i % 16 == 15 || i + 1 == labels.size()) && !progress(i + 1, int(labels.size())))
            return cancelled();
    }
    return out;
}

core::Result<QPair<QString, quint16>> LabelOutput::parseHostPort(const QString &text)
{
    QString host = text.trimmed();
    quint16 port = 9100;
    const qsizetype colon = host.lastIndexOf(u':');
    if (colon > 0 && !host.contains(u']') && host.count(u':') == 1) {
        bool ok = false;
        const uint p = host.mid(colon + 1).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return core::Error::validation(tr("\"%1\" is not a port number; write HOST:PORT, e.g. 192.168.0.50:9100.")
                                               .arg(host.mid(colon + 1)));
        port = quint16(p);
        host = host.left(colon);
    }
    if (host.isEmpty())
        return core::Error::validation(tr("Give the printer's address as HOST:PORT, e.g. 192.168.0.50:9100."));
    return qMakePair(host, port);
}

core::Result<> LabelOutput::sendRaw(const QByteArray &bytes, const QString &host, quint16 port, int timeoutMs)
{
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(timeoutMs)) {
        return networkError(tr("The label printer at %1 did not answer: %2. Check that it is on and that the "
                                       "address is right.")
                                        .arg(where, socket.errorString()));
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = socket.write(bytes.constData() + written, bytes.size() - written);
        if (n < 0)
            return networkError(tr("Sending to the label printer at %1 failed: %2").arg(where, socket.errorString()));
        written += n;
        while (socket.bytesToWrite() > 0) {
            if (!socket.waitForBytesWritten(timeoutMs))
                return networkError(tr("Sending to the label printer at %1 failed: %2").arg(where, socket.errorString()));
        }
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(timeoutMs);
    return {};
}

core::Result<> LabelOutput::sendToCups(const QByteArray &bytes, const QString &queue, bool raw)
{
    const QString lp = QStandardPaths::findExecutable(QStringLiteral("lp"));
    if (lp.isEmpty())
        return core::Error::unavailable(tr("CUPS is not installed here (no \"lp\" command); install cups-client or send "
                                           "ZPL to the printer's address with --zpl-host."));
    QStringList args{QStringLiteral("-d"), queue};
    if (raw)
        args << QStringLiteral("-o") << QStringLiteral("raw");
    // No file named: lp reads the job from its standard input.
    QProcess p;
    p.start(lp, args);
    if (!p.waitForStarted(5000))
        return core::Error::unavailable(tr("\"lp\" could not be started."));
    p.write(bytes);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return core::Error::io(tr("CUPS refused the job for printer \"%1\": %2")
                                   .arg(queue, QString::fromLocal8Bit(p.readAllStandardError()).trimmed()));
    }
    return {};
}

} // namespace labels
