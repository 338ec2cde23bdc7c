#pragma once

#include "core/domain/result.h"
#include "labels/domain/labelfields.h"
#include "labels/domain/labeltemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;
class QPagedPaintDevice;

namespace labels {

/// Whole jobs: many labels of one template to a PDF, PNG files, a printer (any QPagedPaintDevice:
/// QPrinter, QPdfWriter) or ZPL, with progress and cancel; and sending ZPL raw to a printer.
class LabelOutput
{
    Q_DECLARE_TR_FUNCTIONS(LabelOutput)

public:
    /// Called after each label; returning false cancels the job.
    using Progress = std::function<bool(int done, int total)>;

    /// One page per label, the page the label's size. A barcode that cannot be encoded stops
    /// the job with an error naming the label (LabelData "label.subject"). Atomic for paths.
    static core::Result<> writePdf(const LabelTemplate &t, const QList<LabelData> &labels, const QString &path,
                                   const Progress &progress = {});
    static core::Result<> writePdf(const LabelTemplate &t, const QList<LabelData> &labels, QIODevice *out,
                                   const Progress &progress = {});
    /// Paints the labels on `device`, one per page (the caller set the page size), e.g. a QPrinter.
    static core::Result<> paintPages(QPagedPaintDevice &device, const LabelTemplate &t, const QList<LabelData> &labels,
                                     const Progress &progress = {});
    /// PNG files at `dpi`: `path` for one label; "name-1.png", "name-2.png"... for several.
    /// Returns the files written.
    static core::Result<QStringList> writePng(const LabelTemplate &t, const QList<LabelData> &labels, int dpi,
                                              const QString &path);
    /// The ZPL of every label, one ^XA...^XZ each.
    static core::Result<QByteArray> zpl(const LabelTemplate &t, const QList<LabelData> &labels, int dpi,
                                        const Progress &progress = {});

    /// Sends raw printer data (ZPL) to HOST:PORT over TCP (a Zebra's port 9100). Waits until
    /// every byte is written; errors name the host.
    static core::Result<> sendRaw(const QByteArray &bytes, const QString &host, quint16 port, int timeoutMs = 15000);
    /// "host:port" or "host" (port 9100).
    static core::Result<QPair<QString, quint16>> parseHostPort(const QString &text);
    /// Sends `bytes` to a CUPS queue with `lp -d QUEUE` (`-o raw` for printer language such as ZPL).
    static core::Result<> sendToCups(const QByteArray &bytes, const QString &queue, bool raw);

    /// True when the error means the progress callback cancelled.
    static bool isCancellation(const core::Error &error);
    static core::Error cancelled();
};

} // namespace labels
