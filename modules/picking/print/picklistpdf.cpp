#include "picking/print/picklistpdf.h"

#include "picking/print/code128.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace picking {

namespace {

constexpr int kDpi = 300;
constexpr qreal kModuleMm = 0.30;  // narrow bar: comfortable for any hand scanner
constexpr qreal kQuietMm = 3.0;    // 10 modules

/// Millimetre drawing helpers on a QPdfWriter page.
class Page
{
public:
    explicit Page(QPainter &p) : m_p(p), m_dpi(p.device()->logicalDpiX())
    {
        base = QFont(QStringLiteral("DejaVu Sans"));
        base.setStyleHint(QFont::SansSerif);
        small = base;
        small.setPointSizeF(7);
        normal = base;
        normal.setPointSizeF(8.5);
        bold = normal;
        bold.setBold(true);
        big = base;
        big.setPointSizeF(13);
        big.setBold(true);
        title = base;
        title.setPointSizeF(16);
        title.setBold(true);
    }

    qreal px(qreal mm) const { return mm * m_dpi / 25.4; }
    QRectF r(qreal x, qreal y, qreal w, qreal h) const { return QRectF(px(x), px(y), px(w), px(h)); }

    void text(qreal x, qreal y, qreal w, qreal h, const QString &s, const QFont &font,
              int flags = Qt::AlignLeft | Qt::AlignVCenter)
    {
        // Too wide: a little smaller (down to 85 %), then cut with an ellipsis, never unreadable.
        QFont f = font;
        QString shown = s;
        const qreal width = QFontMetricsF(f, m_p.device()).horizontalAdvance(s);
        if (width > px(w) && width > 0) {
            f.setPointSizeF(f.pointSizeF() * qMax(0.85, px(w) / width * 0.98));
            shown = QFontMetricsF(f, m_p.device()).elidedText(s, Qt::ElideRight, px(w));
        }
        m_p.setFont(f);
        m_p.setPen(Qt::black);
        m_p.drawText(r(x, y, w, h), flags | Qt::TextSingleLine, shown);
    }

    const Code128 &symbol(const QString &value)
    {
        auto it = m_symbols.find(value);
        if (it == m_symbols.end()) {
            auto c = Code128::encode(value);
            it = m_symbols.insert(value, c ? *c : Code128());
        }
        return *it;
    }
    /// Width of the barcode of `value` with its quiet zones, in mm.
    qreal barcodeWidth(const QString &value) { return symbol(value).modules() * kModuleMm + 2 * kQuietMm; }

    /// A Code 128 barcode of `value` starting at x (after its quiet zone), `h` mm high; returns its width.
    qreal barcode(qreal x, qreal y, qreal h, const QString &value, qreal maxWidth)
    {
        if (value.isEmpty())
            return 0;
        const Code128 *it = &symbol(value);
        if (it->isNull())
            return 0;
        const qreal w = qMin(maxWidth - 2 * kQuietMm, it->modules() * kModuleMm);
        it->draw(m_p, r(x + kQuietMm, y, w, h));
        return w + 2 * kQuietMm;
    }

    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal widthMm = 0.2)
    {
        m_p.setPen(QPen(Qt::black, px(widthMm)));
        m_p.drawLine(QPointF(px(x1), px(y1)), QPointF(px(x2), px(y2)));
    }

    void box(qreal x, qreal y, qreal w, qreal h)
    {
        m_p.setPen(QPen(Qt::black, px(0.3)));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(r(x, y, w, h));
    }

    QFont base, small, normal, bold, big, title;

private:
    QPainter &m_p;
    qreal m_dpi;
    QHash<QString, Code128> m_symbols;
};

QString metres(double m)
{
    return QLocale(QLocale::Portuguese, QLocale::Brazil).toString(m, 'f', 1) + QStringLiteral(" m");
}

QString lotText(const PickTaskRow &t)
{
    if (t.lotCode.isEmpty())
        return QString();
    if (t.expiry.isEmpty())
        return t.lotCode;
    const QDate d = QDate::fromString(t.expiry, Qt::ISODate);
    return t.lotCode + u'\n' + (d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : t.expiry);
}

QString productCode(const PickTaskRow &t)
{
    return t.gtin.isEmpty() ? t.sku : t.gtin;
}

// ---- A4 ------------------------------------------------------------------------------------

constexpr qreal kA4W = 210, kA4H = 297, kMargin = 10;
constexpr qreal kRowH = 17;

qreal a4Header(Page &pg, const PickListPrint &l, int pageNo, int pages)
{
    const qreal x = kMargin, w = kA4W - 2 * kMargin;
    pg.text(x, kMargin, 110, 9, PickListPdf::tr("Pick list %1").arg(l.list.code()), pg.title);
    pg.text(x, kMargin + 9, 120, 5,
            PickListPdf::tr("Wave %1 · %n tote(s)", nullptr, l.list.toteCount).arg(l.list.waveNumber)
                + PickListPdf::tr(" · %n line(s)", nullptr, int(l.tasks.size()))
                + PickListPdf::tr(" · %n unit(s)", nullptr, l.list.unitCount),
            pg.normal);
    pg.text(x, kMargin + 14, 125, 5,
            PickListPdf::tr("Route %1 (in location-code order it would be %2)")
                .arg(metres(l.list.routeLengthM), metres(l.list.naiveRouteLengthM)),
            pg.normal);
    pg.text(x, kMargin + 19, 120, 4,
            PickListPdf::tr("Printed %1 · page %2 of %3")
                .arg(QLocale(QLocale::Portuguese, QLocale::Brazil).toString(l.printedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")))
                .arg(pageNo)
                .arg(pages),
            pg.small);
    pg.barcode(x + w - 62, kMargin + 1, 12, l.list.code(), 62);
    pg.text(x + w - 62, kMargin + 13.5, 62, 4, l.list.code(), pg.small, Qt::AlignHCenter | Qt::AlignVCenter);
    pg.line(x, kMargin + 24, x + w, kMargin + 24, 0.5);
    return kMargin + 26;
}

qreal a4Totes(Page &pg, const PickListPrint &l, qreal y)
{
    const qreal x = kMargin, w = kA4W - 2 * kMargin, colW = w / 2;
    pg.text(x, y, w, 5, PickListPdf::tr("Totes: put each order's items in its tote"), pg.bold);
    y += 6;
    for (qsizetype i = 0; i < l.totes.size(); ++i) {
        const ToteRow &t = l.totes.at(i);
        const qreal cx = x + (i % 2) * colW;
        const qreal cy = y + (i / 2) * 13;
        pg.box(cx, cy, 11, 11);
        pg.text(cx, cy, 11, 11, QString::number(t.tote), pg.big, Qt::AlignCenter);
        pg.text(cx + 13, cy, colW - 60, 5.5, PickListPdf::tr("Order %1").arg(t.orderNumber), pg.bold);
        pg.text(cx + 13, cy + 5.5, colW - 60, 5, t.carrier.isEmpty() ? t.customerName : t.customerName + QStringLiteral(" · ") + t.carrier,
                pg.small);
        pg.barcode(cx + colW - 47, cy + 0.5, 7.5, t.code, 46);
        pg.text(cx + colW - 47, cy + 8, 46, 3, t.code, pg.small, Qt::AlignHCenter | Qt::AlignVCenter);
    }
    y += ((l.totes.size() + 1) / 2) * 13 + 2;
    return y;
}

void a4TableHead(Page &pg, qreal y)
{
    const qreal x = kMargin;
    pg.text(x, y, 8, 5, PickListPdf::tr("#"), pg.bold);
    pg.text(x + 8, y, 50, 5, PickListPdf::tr("Location"), pg.bold);
    pg.text(x + 58, y, 70, 5, PickListPdf::tr("Product"), pg.bold);
    pg.text(x + 128, y, 26, 5, PickListPdf::tr("Lot / expiry"), pg.bold);
    pg.text(x + 154, y, 14, 5, PickListPdf::tr("Qty"), pg.bold, Qt::AlignCenter);
    pg.text(x + 168, y, 14, 5, PickListPdf::tr("Tote"), pg.bold, Qt::AlignCenter);
    pg.line(x, y + 5.5, kA4W - kMargin, y + 5.5, 0.4);
}

void a4Task(Page &pg, const PickTaskRow &t, qreal y)
{
    const qreal x = kMargin;
    pg.text(x, y + 1, 8, 6, QString::number(t.seq), pg.bold);
    pg.text(x + 8, y + 0.5, 50, 6, t.locationCode, pg.big);
    pg.barcode(x + 8 - kQuietMm, y + 7, 8, t.locationCode, 54);
    pg.text(x + 58, y + 0.5, 70, 5, t.sku, pg.bold);
    pg.text(x + 58, y + 5, 70, 4, t.description, pg.small);
    pg.barcode(x + 58 - kQuietMm, y + 9, 6.5, productCode(t), 60);
    if (!t.lotCode.isEmpty()) {
        pg.text(x + 128, y + 1, 26, 6, t.lotCode, pg.bold);
        pg.text(x + 128, y + 7, 26, 5, lotText(t).section(u'\n', 1), pg.normal);
    }
    pg.text(x + 154, y + 1, 14, 12, QString::number(t.quantity - t.shortQty), pg.title, Qt::AlignCenter);
    pg.box(x + 169.5, y + 2.5, 11, 11);
    pg.text(x + 169.5, y + 2.5, 11, 11, QString::number(t.tote), pg.big, Qt::AlignCenter);
    pg.box(x + 184, y + 5, 5, 5); // tick box
    pg.line(x, y + kRowH - 0.5, kA4W - kMargin, y + kRowH - 0.5, 0.1);
}

void paintA4(QPagedPaintDevice &writer, QPainter &painter, const QList<PickListPrint> &lists)
{
    Page pg(painter);
    bool first = true;
    for (const PickListPrint &l : lists) {
        // How many pages: the first carries the totes.
        const qreal bodyTop = kMargin + 26;
        const qreal toteBlock = 6 + ((l.totes.size() + 1) / 2) * 13 + 2;
        const qreal bottom = kA4H - kMargin;
        const int firstRows = qMax(1, int((bottom - bodyTop - toteBlock - 7) / kRowH));
        const int laterRows = int((bottom - bodyTop - 7) / kRowH);
        const int rest = qMax(0, int(l.tasks.size()) - firstRows);
        const int pages = 1 + (rest + laterRows - 1) / laterRows;
        int index = 0;
        for (int page = 1; page <= pages; ++page) {
            if (!first)
                writer.newPage();
            first = false;
            qreal y = a4Header(pg, l, page, pages);
            if (page == 1)
                y = a4Totes(pg, l, y);
            a4TableHead(pg, y);
            y += 7;
            const int rows = page == 1 ? firstRows : laterRows;
            for (int i = 0; i < rows && index < l.tasks.size(); ++i, ++index) {
                a4Task(pg, l.tasks.at(index), y);
                y += kRowH;
            }
        }
    }
}

// ---- 80 mm thermal -------------------------------------------------------------------------

constexpr qreal kRollW = 80, kRollMargin = 4, kThermalTask = 40, kThermalTote = 15, kThermalHead = 46;

qreal thermalHeight(const PickListPrint &l)
{
    return kThermalHead + l.totes.size() * kThermalTote + 8 + l.tasks.size() * kThermalTask + 10;
}

void paintThermal(Page &pg, const PickListPrint &l)
{
    const qreal x = kRollMargin, w = kRollW - 2 * kRollMargin;
    qreal y = kRollMargin;
    pg.text(x, y, w, 8, PickListPdf::tr("Pick list %1").arg(l.list.code()), pg.title, Qt::AlignHCenter | Qt::AlignVCenter);
    y += 8;
    pg.barcode(x + (w - pg.barcodeWidth(l.list.code())) / 2, y, 12, l.list.code(), w);
    y += 13;
    pg.text(x, y, w, 5,
            PickListPdf::tr("Wave %1 · %n line(s)", nullptr, int(l.tasks.size())).arg(l.list.waveNumber)
                + PickListPdf::tr(" · %n unit(s)", nullptr, l.list.unitCount),
            pg.normal, Qt::AlignHCenter | Qt::AlignVCenter);
    y += 5;
    pg.text(x, y, w, 5, PickListPdf::tr("Route %1 (code order %2)").arg(metres(l.list.routeLengthM), metres(l.list.naiveRouteLengthM)),
            pg.normal, Qt::AlignHCenter | Qt::AlignVCenter);
    y += 5;
    pg.text(x, y, w, 4,
            QLocale(QLocale::Portuguese, QLocale::Brazil).toString(l.printedAt.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm")),
            pg.small, Qt::AlignHCenter | Qt::AlignVCenter);
    y = kRollMargin + kThermalHead - 3;
    pg.line(x, y, x + w, y, 0.5);
    y += 2;
    for (const ToteRow &t : l.totes) {
        pg.box(x, y, 11, 11);
        pg.text(x, y, 11, 11, QString::number(t.tote), pg.big, Qt::AlignCenter);
        pg.text(x + 13, y, w - 13, 5, PickListPdf::tr("Order %1").arg(t.orderNumber), pg.bold);
        const qreal bw = pg.barcode(x + 13 - kQuietMm, y + 5.5, 6.5, t.code, w - 10);
        pg.text(x + 13 + bw - kQuietMm, y + 6, w - 13 - bw + kQuietMm, 6, t.code, pg.small);
        y += kThermalTote;
    }
    pg.line(x, y, x + w, y, 0.5);
    y += 3;
    for (const PickTaskRow &t : l.tasks) {
        pg.text(x, y, 10, 7, QString::number(t.seq), pg.bold);
        pg.text(x + 8, y, w - 8, 7, t.locationCode, pg.title);
        pg.barcode(x + 8 - kQuietMm, y + 7.5, 8, t.locationCode, w - 5);
        pg.text(x, y + 16.5, w - 26, 5, t.sku, pg.bold);
        pg.text(x, y + 21, w - 26, 4, t.description, pg.small);
        pg.barcode(x - kQuietMm, y + 25.5, 7, productCode(t), w - 22);
        if (!t.lotCode.isEmpty())
            pg.text(x, y + 33, w - 26, 4.5, PickListPdf::tr("Lot %1").arg(lotText(t).replace(u'\n', QStringLiteral(" · "))), pg.normal);
        pg.text(x + w - 24, y + 16.5, 12, 10, QString::number(t.quantity - t.shortQty), pg.title, Qt::AlignCenter);
        pg.text(x + w - 24, y + 26, 12, 4, PickListPdf::tr("units"), pg.small, Qt::AlignCenter);
        pg.box(x + w - 11, y + 17, 11, 11);
        pg.text(x + w - 11, y + 17, 11, 11, QString::number(t.tote), pg.big, Qt::AlignCenter);
        pg.text(x + w - 13, y + 28.5, 15, 4, PickListPdf::tr("tote"), pg.small, Qt::AlignCenter);
        y += kThermalTask;
        pg.line(x, y - 1.5, x + w, y - 1.5, 0.1);
    }
}

} // namespace

core::Result<> PickListPdf::paint(const QList<PickListPrint> &lists, Format format, QPagedPaintDevice &device, QPainter &painter)
{
    if (lists.isEmpty())
        return core::Error::validation(tr("There is no pick list to print."));
    auto rollPage = [&](const PickListPrint &l) {
        return QPageLayout(QPageSize(QSizeF(kRollW, thermalHeight(l)), QPageSize::Millimeter, QStringLiteral("80mm")),
                           QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter);
    };
    device.setPageLayout(format == Format::A4 ? QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                                            QPageLayout::Millimeter)
                                              : rollPage(lists.constFirst()));
    if (!painter.begin(&device))
        return core::Error::io(tr("Cannot start printing the pick lists."));
    if (format == Format::A4) {
        paintA4(device, painter, lists);
    } else {
        Page pg(painter);
        for (qsizetype i = 0; i < lists.size(); ++i) {
            if (i > 0) {
                device.setPageLayout(rollPage(lists.at(i)));
                device.newPage();
            }
            paintThermal(pg, lists.at(i));
        }
    }
    return {};
}

core::Result<> PickListPdf::write(const QList<PickListPrint> &lists, Format format, QIODevice *out)
{
    if (lists.isEmpty())
        return core::Error::validation(tr("There is no pick list to print."));
    const bool opened = !out->isOpen();
    if (opened && !out->open(QIODevice::WriteOnly))
        return core::Error::io(tr("Cannot write the PDF: %1").arg(out->errorString()));
    QPdfWriter writer(out);
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("Retaguarda"));
    writer.setTitle(lists.size() == 1 ? tr("Pick list %1").arg(lists.constFirst().list.code()) : tr("Pick lists"));
    QPainter painter;
    auto painted = paint(lists, format, writer, painter);
    if (!painted) {
        if (painter.isActive())
            painter.end();
        if (opened)
            out->close();
        return painted;
    }
    const bool ended = painter.end();
    if (opened)
        out->close();
    if (!ended)
        return core::Error::io(tr("Cannot finish the PDF."));
    return {};
}

core::Result<> PickListPdf::write(const QList<PickListPrint> &lists, Format format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error::io(tr("Cannot create %1: %2").arg(path, file.errorString()), path);
    auto r = write(lists, format, static_cast<QIODevice *>(&file));
    if (!r) {
        file.cancelWriting();
        return r;
    }
    if (!file.commit())
        return core::Error::io(tr("Cannot save %1: %2").arg(path, file.errorString()), path);
    return {};
}

core::Result<QList<PickListPrint>> PickListPdf::load(const PickingRepository &repository, const QList<PickListRow> &lists)
{
    QList<PickListPrint> out;
    for (const PickListRow &row : lists) {
        PickListPrint p;
        p.list = row;
        p.printedAt = QDateTime::currentDateTime();
        auto totes = repository.totes(row.id);
        if (!totes)
            return totes.error();
        p.totes = *totes;
        auto tasks = repository.tasks(row.id);
        if (!tasks)
            return tasks.error();
        p.tasks = *tasks;
        out.append(p);
    }
    return out;
}

} // namespace picking
