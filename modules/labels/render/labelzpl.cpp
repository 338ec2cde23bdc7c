#include "labels/render/labelzpl.h"

#include "labels/render/labeloutput.h"
#include "labels/render/labelpainter.h"
#include "labels/render/labelsymbol.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>

#include <algorithm>
#include <cmath>

namespace labels {

namespace {

char orientation(int rotation)
{
    switch (rotation) {
    case 90: return 'R';
    case 180: return 'I';
    case 270: return 'B';
    default: return 'N';
    }
}

void num(QByteArray &out, int v) { out += QByteArray::number(v); }

/// Width of `text` in font 0 at `heightDots`, estimated with a condensed bold face of the same
/// proportions (Zebra's font 0 is a bold condensed sans): enough to shrink a line to its box.
/// Per-character advances are measured once and summed (no shaping per label: the batch path).
double estimateWidth(const QString &text, int heightDots)
{
    static const QFont proxy = [] {
        QFont f(QStringLiteral("DejaVu Sans Condensed"));
        f.setBold(true);
        f.setPixelSize(100);
        return f;
    }();
    static const QFontMetricsF fm(proxy);
    static double ascii[128] = {0};
    static QHash<char16_t, double> other;
    double sum = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 128) {
            if (ascii[u] == 0)
                ascii[u] = std::max(0.001, fm.horizontalAdvance(c));
            sum += ascii[u];
        } else {
            auto it = other.find(u);
            if (it == other.end())
                it = other.insert(u, fm.horizontalAdvance(c));
            sum += *it;
        }
    }
    return sum * heightDots / 100.0 * 0.92;
}

/// The square Data Matrix (ECC 200) size that holds `data` in ASCII encodation, the scheme every
/// encoder can use: digit pairs take one codeword, other ASCII one, anything above 127 two per
/// byte. Zebra firmware fits the data in the size given (padding the rest), so the symbol's size
/// is known without encoding it — the batch path stays fast.
int dataMatrixSize(const QByteArray &utf8)
{
    int codewords = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(utf8.at(i));
        if (c >= '0' && c <= '9' && i + 1 < utf8.size() && utf8.at(i + 1) >= '0' && utf8.at(i + 1) <= '9') {
            ++codewords;
            ++i;
        } else {
            codewords += c > 127 ? 2 : 1;
        }
    }
    static const int sizes[][2] = {{10, 3}, {12, 5}, {14, 8}, {16, 12}, {18, 18}, {20, 22}, {22, 30}, {24, 36}, {26, 44},
                                   {32, 62}, {36, 86}, {40, 114}, {44, 144}, {48, 174}, {52, 204}, {64, 280}, {72, 368},
                                   {80, 456}, {88, 576}, {96, 696}, {104, 816}, {120, 1050}, {132, 1304}, {144, 1558}};
    for (const auto &s : sizes)
        if (codewords <= s[1])
            return s[0];
    return 0;
}

} // namespace

QByteArray LabelZpl::fieldData(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (char c : std::as_const(utf8)) {
        if (c == '\\') out += "\\5C";
        else if (c == '^') out += "\\5E";
        else if (c == '~') out += "\\7E";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
    return out;
}

LabelZpl::LabelZpl(const LabelTemplate &t, int dpi) : m_template(t), m_dpi(dpi), m_dpm(LabelPainter::dotsPerMm(dpi))
{
    m_header = "^XA^CI28^PW" + QByteArray::number(dots(t.widthMm)) + "^LL" + QByteArray::number(dots(t.heightMm))
             + "^LH0,0^PON^FWN\n";
    for (int i = 0; i < t.elements.size(); ++i) {
        const LabelElement &e = t.elements.at(i);
        if (e.type != ElementType::Image)
            continue;
        const QImage source = LabelPainter::loadImage(e.source);
        if (source.isNull())
            continue;
        const QSize box(std::max(1, dots(e.w)), std::max(1, dots(e.h)));
        QImage img = source.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_ARGB32);
        const int bytesPerRow = (img.width() + 7) / 8;
        QByteArray hex;
        hex.reserve(bytesPerRow * img.height() * 2);
        static const char digits[] = "0123456789ABCDEF";
        for (int y = 0; y < img.height(); ++y) {
            const QRgb *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
            for (int bx = 0; bx < bytesPerRow; ++bx) {
                unsigned char byte = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = bx * 8 + bit;
                    if (x >= img.width())
                        break;
                    const QRgb px = line[x];
                    // Transparent is paper; dark pixels burn (1 = black in ^GF).
                    if (qAlpha(px) > 127 && qGray(px) < 128)
                        byte |= 0x80 >> bit;
                }
                hex += digits[byte >> 4];
                hex += digits[byte & 15];
            }
        }
        const int total = bytesPerRow * img.height();
        const int ox = dots(e.x) + (box.width() - img.width()) / 2;
        const int oy = dots(e.y) + (box.height() - img.height()) / 2;
        m_images.insert(i, "^FO" + QByteArray::number(ox) + ',' + QByteArray::number(oy) + "^GFA," + QByteArray::number(total)
                               + ',' + QByteArray::number(total) + ',' + QByteArray::number(bytesPerRow) + ',' + hex + "^FS\n");
    }
}

core::Result<QByteArray> LabelZpl::label(const LabelData &data, int copies) const
{
    QByteArray out;
    out.reserve(2048);
    if (auto done = append(out, data, copies); !done)
        return done.error();
    return out;
}

core::Result<> LabelZpl::append(QByteArray &out, const LabelData &data, int copies) const
{
    out += m_header;
    const double dpm = m_dpm;
    for (int i = 0; i < m_template.elements.size(); ++i) {
        const LabelElement &e = m_template.elements.at(i);
        const int x = dots(e.x), y = dots(e.y), w = dots(e.w), h = dots(e.h);
        switch (e.type) {
        case ElementType::Text: {
            const QString text = LabelFields::expand(e.text, data);
            const bool sideways = e.rotation == 90 || e.rotation == 270;
            const int run = sideways ? h : w;      // along the text
            const int across = sideways ? w : h;   // line height direction
            const int pad = e.inverse ? dots(1.0) : 0;
            if (e.inverse && !text.isEmpty()) {
                out += "^FO"; num(out, x); out += ','; num(out, y);
                out += "^GB"; num(out, std::max(1, w)); out += ','; num(out, std::max(1, h)); out += ',';
                num(out, std::max(1, std::min(w, h))); out += ",B,0^FS\n";
            }
            if (text.isEmpty())
                break;
            int fh = std::max(10, int(std::lround(e.size * m_dpm * 25.4 / 72.0)));
            int lines = 1;
            const int avail = std::max(1, run - 2 * pad);
            if (e.wrap) {
                lines = std::max(1, int(across / (fh * 1.1)));
                // Shrink until the estimated wrapped text fits the lines available.
                for (int k = 0; k < 10 && estimateWidth(text, fh) > avail * lines * 0.95; ++k) {
                    fh = std::max(10, int(fh * 0.9));
                    lines = std::max(1, int(across / (fh * 1.1)));
                }
            } else {
                const double width = estimateWidth(text, fh);
                if (width > avail)
                    fh = std::max(10, int(fh * avail / width));
                if (fh > across * 1.15)
                    fh = std::max(10, int(across * 1.15));
            }
            // Single lines are centred across their box, wrapped blocks start at its top.
            const int offset = e.wrap ? 0 : std::max(0, (across - fh) / 2);
            int fx = x + pad, fy = y + offset;
            if (e.rotation == 90) { fx = x + offset; fy = y + pad; }
            else if (e.rotation == 270) { fx = x + offset; fy = y + pad; }
            else if (e.rotation == 180) { fx = x + pad; fy = y + (e.wrap ? 0 : offset); }
            out += "^FO"; num(out, fx); out += ','; num(out, fy);
            out += "^A0"; out += orientation(e.rotation); out += ','; num(out, fh); out += ',';
            num(out, e.bold ? fh : int(fh * 0.86));
            out += "^FB"; num(out, avail); out += ','; num(out, lines); out += ",0,";
            out += e.align == u"center" ? 'C' : e.align == u"right" ? 'R' : 'L';
            out += ",0";
            if (e.inverse)
                out += "^FR";
            out += "^FH\\^FD";
            out += fieldData(text);
            out += "^FS\n";
            break;
        }
        case ElementType::Box: {
            const int t = std::max(1, dots(e.thickness));
            out += "^FO"; num(out, x); out += ','; num(out, y);
            out += "^GB"; num(out, std::max(w, t)); out += ','; num(out, std::max(h, t)); out += ',';
            num(out, e.filled ? std::max(1, std::min(w, h)) : t); out += ",B,0^FS\n";
            break;
        }
        case ElementType::Line: {
            const int t = std::max(1, dots(e.thickness));
            const int x0 = std::min(x, x + w), y0 = std::min(y, y + h);
            const int aw = std::abs(w), ah = std::abs(h);
            out += "^FO"; num(out, x0); out += ','; num(out, y0);
            if (ah <= t || aw <= t) {
                out += "^GB"; num(out, std::max(aw, t)); out += ','; num(out, std::max(ah, t)); out += ','; num(out, t);
                out += ",B,0^FS\n";
            } else {
                out += "^GD"; num(out, aw); out += ','; num(out, ah); out += ','; num(out, t); out += ",B,";
                out += (w > 0) == (h > 0) ? 'L' : 'R';
                out += "^FS\n";
            }
            break;
        }
        case ElementType::Image:
            out += m_images.value(i);
            break;
        case ElementType::Barcode: {
            const QString value = LabelFields::expand(e.data, data);
            const char o = orientation(e.rotation);
            if (e.symbology == BarcodeType::DataMatrix) {
                const QByteArray bytes = value.toUtf8();
                const int size = dataMatrixSize(bytes);
                if (bytes.isEmpty() || size == 0) {
                    return core::Error::validation(
                        bytes.isEmpty() ? LabelOutput::tr("The Data Matrix has no data to encode.")
                                        : LabelOutput::tr("The data of the Data Matrix is too long (%1 bytes).").arg(bytes.size()),
                        e.id);
                }
                const int m = std::max(1, std::min(w, h) / (size + 2));
                const int ox = x + (w - size * m) / 2, oy = y + (h - size * m) / 2;
                out += "^FO"; num(out, ox); out += ','; num(out, oy);
                out += "^BX"; out += o; out += ','; num(out, m); out += ",200,"; num(out, size); out += ','; num(out, size);
                out += ",6,~^FH\\^FD"; out += fieldData(value); out += "^FS\n";
                break;
            }
            auto symbol = LabelSymbol::encode(e.symbology, value);
            if (!symbol) {
                core::Error err = symbol.error();
                if (!e.id.isEmpty())
                    err.where = e.id;
                return err;
            }
            const LabelSymbol &s = *symbol;
            const bool sideways = e.rotation == 90 || e.rotation == 270;
            const int run = sideways ? h : w, across = sideways ? w : h;
            if (s.isMatrix()) {
                const int modules = s.columns() + s.quietLeft() + s.quietRight();
                const int m = std::max(1, std::min(run, across) / modules);
                const int size = s.columns() * m;
                const int ox = x + (w - size) / 2, oy = y + (h - s.rows() * m) / 2;
                out += "^FO"; num(out, ox); out += ','; num(out, oy);
                if (s.type() == BarcodeType::DataMatrix) {
                    out += "^BX"; out += o; out += ','; num(out, m); out += ",200,"; num(out, s.columns()); out += ',';
                    num(out, s.rows()); out += ",6,~";
                    out += "^FH\\^FD"; out += fieldData(value); out += "^FS\n";
                } else {
                    out += "^BQ"; out += o; out += ",2,"; num(out, std::min(10, m));
                    out += "^FH\\^FDMA,"; out += fieldData(value); out += "^FS\n";
                }
                break;
            }
            const int modules = s.columns() + s.quietLeft() + s.quietRight();
            const int m = std::max(1, run / modules);
            const int symbolRun = s.columns() * m;
            const int textH = e.humanReadable ? std::clamp(int(across * 0.22), int(2.6 * dpm), int(4.2 * dpm)) : 0;
            const int barH = std::max(m * 5, across - textH);
            int ox = x + (w - symbolRun) / 2, oy = y;
            if (sideways) { ox = x; oy = y + (h - symbolRun) / 2; }
            out += "^FO"; num(out, ox); out += ','; num(out, oy);
            out += "^BY"; num(out, m); out += ",3,"; num(out, barH);
            switch (s.type()) {
            case BarcodeType::Code128:
                // Mode A: the printer chooses subsets B/C like zint, so the widths agree.
                out += "^BC"; out += o; out += ','; num(out, barH); out += ",N,N,N,A";
                out += "^FH\\^FD"; out += fieldData(value); out += "^FS\n";
                break;
            case BarcodeType::Ean13:
                // The printer adds the check digit and prints the digits under the bars.
                out += "^BE"; out += o; out += ','; num(out, std::max(m * 5, barH - textH / 2)); out += e.humanReadable ? ",Y,N" : ",N,N";
                out += "^FD"; out += s.data().left(12).toLatin1(); out += "^FS\n";
                break;
            case BarcodeType::Interleaved2of5:
                out += "^B2"; out += o; out += ','; num(out, barH); out += ",N,N,N";
                out += "^FD"; out += s.data().toLatin1(); out += "^FS\n";
                break;
            default: break;
            }
            if (e.humanReadable && s.type() != BarcodeType::Ean13 && !sideways) {
                const int th = std::max(10, int(textH * 0.8));
                int fh = th;
                const double tw = estimateWidth(s.humanText(), fh);
                if (tw > w)
                    fh = std::max(10, int(fh * w / tw));
                out += "^FO"; num(out, x); out += ','; num(out, y + barH + (textH - fh) / 2);
                out += "^A0N,"; num(out, fh); out += ','; num(out, int(fh * 0.86));
                out += "^FB"; num(out, std::max(1, w)); out += ",1,0,C,0^FH\\^FD"; out += fieldData(s.humanText()); out += "^FS\n";
            }
            break;
        }
        }
    }
    if (copies > 1) {
        out += "^PQ"; num(out, copies); out += '\n';
    }
    out += "^XZ\n";
    return {};
}

} // namespace labels
