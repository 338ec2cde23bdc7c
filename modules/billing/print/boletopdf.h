#pragma once

#include "billing/print/boletoprintdata.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace billing {

/// Writes boletos to a PDF: one A4 page per boleto (recibo do pagador, cut line, ficha de
/// compensação), or a carnê of three slips per A4 page. Needs a QGuiApplication (fonts).
class BoletoPdf
{
    Q_DECLARE_TR_FUNCTIONS(BoletoPdf)

public:
    enum class Layout { A4, Carne };
    /// Called after each boleto with how many are drawn and how many there are; returning false
    /// cancels the job.
    using Progress = std::function<bool(int done, int total)>;

    /// Boletos on a page of `layout`.
    static int boletosPerPage(Layout layout);

    /// Writes the PDF to `out` (opened for writing here when it is not open yet). Every boleto
    /// is checked before the first page is drawn: a wrong barcode or linha digitável fails the
    /// whole job, naming the document. A cancelled job leaves `out` with a partial document: use
    /// the path overload for files.
    static core::Result<void> write(const QList<BoletoPrintData> &boletos, Layout layout, QIODevice *out,
                                    const Progress &progress = {});
    /// Writes the PDF to `path` atomically: a cancelled or failed job leaves no file behind (and an
    /// existing file of that name untouched). Cancelling returns a Validation error saying so.
    static core::Result<void> write(const QList<BoletoPrintData> &boletos, Layout layout, const QString &path,
                                    const Progress &progress = {});

    /// True when the error returned by write() means the progress callback cancelled.
    static bool isCancellation(const core::Error &error);
};

} // namespace billing
