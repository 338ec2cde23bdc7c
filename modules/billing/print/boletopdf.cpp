#include "billing/print/boletopdf.h"

#include "billing/print/boletopainter.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace billing {

namespace {

const QString kCancelled = QStringLiteral("cancelled");
// Fine enough for the 0.254 mm bars (60 device units) while keeping coordinates small.
constexpr int kResolutionDpi = 600;

} // namespace

int BoletoPdf::boletosPerPage(Layout layout)
{
    return layout == Layout::Carne ? BoletoPainter::kCarneSlipsPerPage : 1;
}

bool BoletoPdf::isCancellation(const core::Error &error)
{
    return error.kind == core::Error::Kind::Validation && error.detail == kCancelled;
}

core::Result<void> BoletoPdf::write(const QList<BoletoPrintData> &boletos, Layout layout, QIODevice *out,
                                    const Progress &progress)
{
    if (boletos.isEmpty())
        return core::Error::validation(tr("There are no boletos to print."));
    if (!out)
        return core::Error::io(tr("There is no file to write the boletos to."));

    // Validate and encode everything first, so a bad boleto never leaves half a PDF.
    QList<BoletoSymbols> symbols;
    symbols.reserve(boletos.size());
    for (const BoletoPrintData &b : boletos) {
        auto s = BoletoSymbols::make(b);
        if (!s)
            return s.error();
        symbols.append(std::move(s.value()));
    }

    // QPdfWriter writes to the device as it is: it neither opens nor closes it.
    const bool opened = !out->isOpen();
    if (opened && !out->open(QIODevice::WriteOnly))
        return core::Error::io(tr("Cannot write the PDF: %1").arg(out->errorString()));
    if (!out->isWritable())
        return core::Error::io(tr("Cannot write the PDF: the file is open for reading only."));
    struct CloseIfOpened
    {
        QIODevice *device;
        bool opened;
        ~CloseIfOpened()
        {
            if (opened)
                device->close();
        }
    } closer{out, opened};

    QPdfWriter writer(out);
    writer.setResolution(kResolutionDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                     QPageLayout::Millimeter));
    writer.setTitle(boletos.size() == 1 ? tr("Boleto %1").arg(boletos.first().documentNumber)
                                        : tr("Boletos"));
    writer.setCreator(QStringLiteral("Retaguarda"));

    QPainter painter;
    if (!painter.begin(&writer))
        return core::Error::io(tr("Cannot write the PDF: %1").arg(out->errorString()));

    const int perPage = boletosPerPage(layout);
    const int total = int(boletos.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0 && i % perPage == 0)
            writer.newPage();
        if (layout == Layout::A4) {
            BoletoPainter::paintA4(painter, {}, boletos[i], symbols[i]);
        } else {
            const int slot = i % perPage;
            if (slot == 0)
                BoletoPainter::paintCarneCutLines(painter, {}, qMin(perPage, total - i));
            BoletoPainter::paintCarneSlip(painter, QPointF(0, slot * BoletoPainter::kCarneSlipHeightMm),
                                          boletos[i], symbols[i]);
        }
        if (progress && !progress(i + 1, total)) {
            painter.end();
            return core::Error{core::Error::Kind::Validation,
                               tr("Printing the boletos was cancelled; no file was written."), {}, kCancelled};
        }
    }
    if (!painter.end())
        return core::Error::io(tr("Cannot finish the PDF: %1").arg(out->errorString()));
    return {};
}

core::Result<void> BoletoPdf::write(const QList<BoletoPrintData> &boletos, Layout layout, const QString &path,
                                    const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error::io(tr("Cannot create %1: %2").arg(path, file.errorString()), path);
    auto r = write(boletos, layout, &file, progress);
    if (!r) {
        file.cancelWriting();
        core::Error e = r.error();
        if (e.where.isEmpty())
            e.where = path;
        return e;
    }
    if (!file.commit())
        return core::Error::io(tr("Cannot save %1: %2").arg(path, file.errorString()), path);
    return {};
}

} // namespace billing
