#include "billing/print/boletopainter.h"

#include "billing/domain/barcode.h"
#include "billing/domain/linhadigitavel.h"
#include "billing/print/bankcodedv.h"
#include "billing/print/boletolabels.h"
#include "core/domain/tr.h"

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QTextLayout>
#include <QPaintDevice>
#include <QPainter>
#include <QPen>

namespace billing {

namespace L = boletolabels;

namespace {

// FEBRABAN barcode: narrow bar 0.254 mm with 3:1 wide bars gives the 103 mm of the standard
// for 44 digits; 13 mm high; quiet zones are kept clear around it by the layout.
constexpr qreal kNarrowBarMm = 0.254;
constexpr qreal kBarcodeHeightMm = 13.0;
// A4 ficha: 9 header + 101 boxes + 5 gap + 13 barcode, ending 16 mm above the page's bottom edge.
constexpr qreal kFichaTopMm = 297 - 16 - 13 - 5 - 101 - 9;

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString installmentText(const BoletoPrintData &b)
{
    if (b.installment <= 0 || b.installments <= 0)
        return {};
    return QStringLiteral("%1/%2").arg(b.installment).arg(b.installments);
}

QString withDocument(const QString &name, const QString &document)
{
    if (document.isEmpty())
        return name;
    return name + QStringLiteral(" — ") + L::cpfCnpj + u' ' + document;
}

/// The payer's name and document, then the address in at most `addressLines` lines (extra lines
/// are joined onto the last one rather than dropped).
QStringList payerLines(const BoletoPrintData &b, int addressLines)
{
    QStringList lines{withDocument(b.payerName, b.payerDocument)};
    QStringList address = b.payerAddressLines;
    if (address.size() > addressLines)
        address = address.mid(0, addressLines - 1) << address.mid(addressLines - 1).join(QStringLiteral(" — "));
    return lines + address;
}

/// Millimetre drawing on the painter's device: one object per page or slip, fonts made once.
class Sheet
{
public:
    Sheet(QPainter &p, const QPointF &originMm) : m_p(p), m_origin(originMm)
    {
        const QPaintDevice *dev = p.device();
        m_k = (dev ? dev->logicalDpiX() : 72) / 25.4;
        QFont base(QStringLiteral("DejaVu Sans"));
        base.setStyleHint(QFont::SansSerif);
        label = base;
        label.setPointSizeF(5.5);
        value = base;
        value.setPointSizeF(8);
        bold = base;
        bold.setPointSizeF(8.5);
        bold.setBold(true);
        small = base;
        small.setPointSizeF(6.5);
        bankName = base;
        bankName.setPointSizeF(10);
        bankName.setBold(true);
        bankCode = base;
        bankCode.setPointSizeF(14);
        bankCode.setBold(true);
        linha = base;
        linha.setPointSizeF(10.5);
        linha.setBold(true);
        m_thin = QPen(Qt::black, 0.2 * m_k);
        m_thick = QPen(Qt::black, 0.6 * m_k);
        m_dash = QPen(Qt::black, 0.2 * m_k, Qt::DashLine);
    }

    QFont label, value, bold, small, bankName, bankCode, linha;

    qreal k() const { return m_k; }
    QRectF r(qreal x, qreal y, qreal w, qreal h) const
    {
        return QRectF((m_origin.x() + x) * m_k, (m_origin.y() + y) * m_k, w * m_k, h * m_k);
    }
    QPointF pt(qreal x, qreal y) const
    {
        return QPointF((m_origin.x() + x) * m_k, (m_origin.y() + y) * m_k);
    }

    void hline(qreal x, qreal y, qreal w, bool thick = false)
    {
        m_p.setPen(thick ? m_thick : m_thin);
        m_p.drawLine(pt(x, y), pt(x + w, y));
    }
    void vline(qreal x, qreal y, qreal h, bool thick = false)
    {
        m_p.setPen(thick ? m_thick : m_thin);
        m_p.drawLine(pt(x, y), pt(x, y + h));
    }
    void dashedH(qreal x, qreal y, qreal w)
    {
        m_p.setPen(m_dash);
        m_p.drawLine(pt(x, y), pt(x + w, y));
    }
    void dashedV(qreal x, qreal y, qreal h)
    {
        m_p.setPen(m_dash);
        m_p.drawLine(pt(x, y), pt(x, y + h));
    }

    /// Text in a millimetre rectangle; shrinks the font when the text would not fit the width
    /// (long names, the linha digitável on a narrow carnê) instead of overflowing into a neighbour.
    void text(const QRectF &mm, const QString &s, const QFont &font, int flags = Qt::AlignLeft | Qt::AlignVCenter)
    {
        if (s.isEmpty())
            return;
        const QRectF dev = r(mm.x(), mm.y(), mm.width(), mm.height());
        const ShapedText *t = &shaped(s, font);
        if (t->width > dev.width()) {
            QFont smaller = font;
            smaller.setPointSizeF(qMax(4.0, font.pointSizeF() * dev.width() / t->width * 0.98));
            t = &shaped(s, smaller);
        }
        qreal x = dev.left();
        if (flags & Qt::AlignRight)
            x = dev.right() - t->width;
        else if (flags & Qt::AlignHCenter)
            x = dev.left() + (dev.width() - t->width) / 2;
        qreal y = dev.top() + (dev.height() - t->height) / 2;
        if (flags & Qt::AlignBottom)
            y = dev.bottom() - t->height;
        else if (flags & Qt::AlignTop)
            y = dev.top();
        m_p.setPen(Qt::black);
        for (const QGlyphRun &run : t->runs)
            m_p.drawGlyphRun(QPointF(x, y), run);
    }

    /// A FEBRABAN box: left and top borders (the next box or the frame closes it), the caption in
    /// small type at the top, the values below it, one line each.
    void box(qreal x, qreal y, qreal w, qreal h, const QString &caption, const QStringList &values = {},
             Qt::Alignment align = Qt::AlignLeft, const QFont *font = nullptr)
    {
        m_p.setPen(m_thin);
        m_p.drawLine(pt(x, y), pt(x + w, y));
        m_p.drawLine(pt(x, y), pt(x, y + h));
        text(QRectF(x + 0.8, y + 0.2, w - 1.6, 2.6), caption, label, Qt::AlignLeft | Qt::AlignVCenter);
        const qreal lineH = 3.4;
        qreal vy = values.size() == 1 ? y + h - lineH - 0.4 : y + 2.8;
        for (const QString &v : values) {
            text(QRectF(x + 0.8, vy, w - 1.6, lineH), v, font ? *font : value,
                 align | Qt::AlignVCenter);
            vy += lineH;
        }
    }
    void box(qreal x, qreal y, qreal w, qreal h, const QString &caption, const QString &v,
             Qt::Alignment align = Qt::AlignLeft, const QFont *font = nullptr)
    {
        box(x, y, w, h, caption, v.isEmpty() ? QStringList() : QStringList{v}, align, font);
    }

    /// Bank name, "NNN-D" between thick bars, and `right` (the linha digitável or a caption).
    void header(qreal x, qreal y, qreal w, qreal nameW, qreal codeW, const BoletoPrintData &b,
                const QString &right, const QFont &rightFont, qreal h = 9, const QFont *codeFont = nullptr)
    {
        text(QRectF(x, y, nameW - 1, h), b.bankName, bankName, Qt::AlignLeft | Qt::AlignBottom);
        vline(x + nameW, y + 2, h - 2, true);
        text(QRectF(x + nameW, y, codeW, h), bankCodeWithDv(b.bankCode), codeFont ? *codeFont : bankCode,
             Qt::AlignHCenter | Qt::AlignBottom);
        vline(x + nameW + codeW, y + 2, h - 2, true);
        const qreal rx = x + nameW + codeW + 1.5;
        text(QRectF(rx, y, x + w - rx, h), right, rightFont, Qt::AlignRight | Qt::AlignBottom);
        hline(x, y + h, w, true);
    }

    void symbol(const VectorSymbol &s, qreal x, qreal y, qreal w, qreal h)
    {
        s.draw(m_p, r(x, y, w, h));
    }

    /// The boleto barcode at FEBRABAN size, its left edge at x.
    void barcode(const VectorSymbol &s, qreal x, qreal y)
    {
        symbol(s, x, y, s.size().width() * kNarrowBarMm, kBarcodeHeightMm);
    }

private:
    /// Text shaped once: a thousand boletos repeat the same captions and most values, and
    /// shaping is most of the cost of drawing text.
    struct ShapedText
    {
        QList<QGlyphRun> runs; // positions relative to the line's top-left corner
        qreal width = 0;
        qreal height = 0;
    };

    const ShapedText &shaped(const QString &s, const QFont &font)
    {
        // Per thread (previews may paint on other threads); bounded so a long run cannot grow it.
        thread_local QHash<QString, ShapedText> cache;
        const QString key = font.key() + u'|' + QString::number(m_p.device()->logicalDpiX()) + u'|' + s;
        auto it = cache.find(key);
        if (it != cache.end())
            return *it;
        if (cache.size() > 4000)
            cache.clear();
        QTextLayout layout(s, font, m_p.device());
        layout.setCacheEnabled(true);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(1e9);
        line.setPosition(QPointF(0, 0));
        layout.endLayout();
        ShapedText t;
        t.width = line.naturalTextWidth();
        t.height = line.height();
        t.runs = layout.glyphRuns();
        return *cache.insert(key, std::move(t));
    }

    QPainter &m_p;
    QPointF m_origin;
    qreal m_k = 1;
    QPen m_thin, m_thick, m_dash;
};

/// The QR code with its caption above, centred in a column of width w starting at (x, y). The
/// caller leaves about four modules clear around the symbol (the QR quiet zone).
void pixBlock(Sheet &s, const VectorSymbol &qr, qreal x, qreal y, qreal w, qreal side)
{
    if (qr.isNull())
        return;
    s.text(QRectF(x + 0.8, y, w - 1.6, 3.5), L::pagueComPix, s.bold, Qt::AlignHCenter | Qt::AlignVCenter);
    s.symbol(qr, x + (w - side) / 2, y + 4.5, side, side);
}

} // namespace

core::Result<BoletoSymbols> BoletoSymbols::make(const BoletoPrintData &b)
{
    const QString where = b.documentNumber.isEmpty()
        ? core::Tr::tr("boleto %1").arg(b.nossoNumero)
        : core::Tr::tr("document %1").arg(b.documentNumber);
    const auto barcode = Barcode::parse(b.barcode);
    if (!barcode) {
        return core::Error::validation(
            core::Tr::tr("The boleto barcode cannot be printed: %1").arg(barcode.error().text()), where);
    }
    const auto linha = LinhaDigitavel::parse(b.linhaDigitavel);
    if (!linha || linha->barcode().digits() != barcode->digits()) {
        return core::Error::validation(
            core::Tr::tr("The linha digitável does not match the barcode; issue the boleto again."),
            where);
    }
    BoletoSymbols symbols;
    auto bars = VectorSymbol::interleaved2of5(barcode->digits());
    if (!bars)
        return core::Error::validation(bars.error().message, where);
    symbols.barcode = std::move(bars.value());
    if (!b.pixCopiaECola.isEmpty()) {
        auto qr = VectorSymbol::qrCode(b.pixCopiaECola);
        if (!qr)
            return core::Error::validation(qr.error().message, where);
        symbols.pix = std::move(qr.value());
    }
    return symbols;
}

void BoletoPainter::paintA4(QPainter &p, const QPointF &originMm, const BoletoPrintData &b,
                            const BoletoSymbols &sym)
{
    Sheet s(p, originMm);
    const qreal x = 10, W = 190;
    const QString linha = formatLinhaDigitavel(b.linhaDigitavel);
    const QString amount = b.amount.formatPlain();
    const QString parcela = installmentText(b);

    // ---- Recibo do pagador ----
    qreal y = 10;
    s.header(x, y, W, 48, 20, b, linha, s.linha);
    y += 9;
    s.text(QRectF(x, y + 0.5, W, 3.5),
           parcela.isEmpty() ? L::reciboDoPagador : L::reciboDoPagador + QStringLiteral(" — ") + L::parcela + u' ' + parcela,
           s.bold, Qt::AlignLeft | Qt::AlignVCenter);
    y += 4.5;
    const bool pix = !sym.pix.isNull();
    const qreal rw = pix ? 150 : W; // the PIX column takes the right 40 mm
    const qreal top = y;
    s.box(x, y, rw - 50, 11, L::beneficiario,
          {withDocument(b.beneficiaryName, b.beneficiaryDocument), b.beneficiaryAddress});
    s.box(x + rw - 50, y, 50, 11, L::agenciaCodigo, b.agencyAndCode, Qt::AlignRight);
    y += 11;
    const qreal c = rw / 5;
    s.box(x, y, c, 8, L::numeroDocumento, b.documentNumber);
    s.box(x + c, y, c, 8, L::nossoNumero, b.nossoNumero);
    s.box(x + 2 * c, y, c, 8, L::especie, L::especieMoeda);
    s.box(x + 3 * c, y, c, 8, L::dataDocumento, date(b.issueDate));
    s.box(x + 4 * c, y, c, 8, L::vencimento, date(b.dueDate), Qt::AlignRight, &s.bold);
    y += 8;
    const qreal q = rw / 4;
    s.box(x, y, q, 8, L::valorDocumento, amount, Qt::AlignRight, &s.bold);
    s.box(x + q, y, q, 8, L::desconto, QString());
    s.box(x + 2 * q, y, q, 8, L::moraMulta, QString());
    s.box(x + 3 * q, y, q, 8, L::valorCobrado, QString());
    y += 8;
    s.box(x, y, rw, 14, L::pagador, payerLines(b, 2));
    y += 14;
    s.hline(x, y, rw);
    s.vline(x + rw, top, y - top);
    if (pix) {
        s.vline(x + W, top, y - top);
        s.hline(x + rw, top, W - rw);
        s.hline(x + rw, y, W - rw);
        pixBlock(s, sym.pix, x + rw, top + 1.5, W - rw, 30);
    }
    s.text(QRectF(x + W - 60, y + 0.5, 60, 3), L::autenticacaoRecibo, s.label, Qt::AlignRight | Qt::AlignVCenter);

    // ---- Cut line ----
    // The ficha sits at the foot of the page, as the banks print it: its barcode ends 16 mm above
    // the bottom edge, and the payer keeps the whole upper part.
    y = kFichaTopMm - 8;
    s.text(QRectF(x, y - 3.5, W, 3), L::corte, s.label, Qt::AlignRight | Qt::AlignVCenter);
    s.dashedH(0, y, kPageWidthMm);
    y = kFichaTopMm;

    // ---- Ficha de compensação ----
    s.header(x, y, W, 48, 20, b, linha, s.linha);
    y += 9;
    const qreal L1 = 140, R = W - L1, rx = x + L1;
    const qreal fichaTop = y;
    s.box(x, y, L1, 8, L::localDePagamento,
          b.paymentPlace.isEmpty() ? L::localDePagamentoPadrao : b.paymentPlace);
    s.box(rx, y, R, 8, L::vencimento, date(b.dueDate), Qt::AlignRight, &s.bold);
    y += 8;
    s.box(x, y, L1, 11, L::beneficiario,
          {withDocument(b.beneficiaryName, b.beneficiaryDocument), b.beneficiaryAddress});
    s.box(rx, y, R, 11, L::agenciaCodigo, b.agencyAndCode, Qt::AlignRight);
    y += 11;
    s.box(x, y, 28, 8, L::dataDocumento, date(b.issueDate));
    s.box(x + 28, y, 35, 8, L::numeroDocumento, b.documentNumber);
    s.box(x + 63, y, 18, 8, L::especieDoc, b.especieDoc, Qt::AlignHCenter);
    s.box(x + 81, y, 13, 8, L::aceite, b.aceite, Qt::AlignHCenter);
    s.box(x + 94, y, 46, 8, L::dataProcessamento, date(b.processingDate));
    s.box(rx, y, R, 8, L::nossoNumero, b.nossoNumero, Qt::AlignRight);
    y += 8;
    s.box(x, y, 28, 8, L::usoDoBanco, QString());
    s.box(x + 28, y, 20, 8, L::carteira, b.carteira, Qt::AlignHCenter);
    s.box(x + 48, y, 15, 8, L::especie, L::especieMoeda, Qt::AlignHCenter);
    s.box(x + 63, y, 35, 8, L::quantidade, QString());
    s.box(x + 98, y, 42, 8, L::valor, QString());
    s.box(rx, y, R, 8, L::valorDocumento, amount, Qt::AlignRight, &s.bold);
    y += 8;
    s.box(x, y, L1, 40, L::instrucoes, QString());
    qreal iy = y + 3.5;
    for (const QString &line : b.instructions) {
        if (iy > y + 40 - 3.6)
            break;
        s.text(QRectF(x + 1, iy, L1 - 2, 3.6), line, s.value);
        iy += 3.6;
    }
    const QString *right[] = {&L::desconto, &L::outrasDeducoes, &L::moraMulta, &L::outrosAcrescimos,
                              &L::valorCobrado};
    for (int i = 0; i < 5; ++i)
        s.box(rx, y + 8 * i, R, 8, *right[i], QString());
    y += 40;
    s.box(x, y, W, 17, L::pagador, payerLines(b, 2));
    s.text(QRectF(x + 1, y + 13.3, W - 2, 3.4), L::sacadorAvalista + QLatin1Char(':'), s.label);
    y += 17;
    s.hline(x, y, W);
    s.vline(x + W, fichaTop, y - fichaTop);
    s.text(QRectF(x + W - 90, y + 0.5, 90, 3.2), L::autenticacaoFicha, s.small,
           Qt::AlignRight | Qt::AlignVCenter);
    s.barcode(sym.barcode, x, y + 5);
}

void BoletoPainter::paintCarneSlip(QPainter &p, const QPointF &originMm, const BoletoPrintData &b,
                                   const BoletoSymbols &sym)
{
    Sheet s(p, originMm);
    const QString amount = b.amount.formatPlain();
    const QString parcela = installmentText(b);
    QFont code = s.bankCode;
    code.setPointSizeF(11);
    QFont name = s.bankName;
    name.setPointSizeF(8);

    // ---- Canhoto (the payer keeps it) ----
    const qreal cx = 8, cw = 50;
    qreal y = 5;
    s.text(QRectF(cx, y, 30, 7), b.bankName, name, Qt::AlignLeft | Qt::AlignBottom);
    s.text(QRectF(cx + 30, y, cw - 30, 7), bankCodeWithDv(b.bankCode), code, Qt::AlignRight | Qt::AlignBottom);
    y += 7;
    s.hline(cx, y, cw, true);
    const qreal ctop = y;
    s.box(cx, y, 20, 7, L::parcela, parcela, Qt::AlignHCenter);
    s.box(cx + 20, y, cw - 20, 7, L::vencimento, date(b.dueDate), Qt::AlignRight, &s.bold);
    y += 7;
    const struct { const QString &caption; QString value; } rows[] = {
        {L::agenciaCodigo, b.agencyAndCode}, {L::nossoNumero, b.nossoNumero},
        {L::numeroDocumento, b.documentNumber}, {L::valorDocumento, amount},
        {L::desconto, {}}, {L::moraMulta, {}}, {L::valorCobrado, {}}};
    for (const auto &row : rows) {
        s.box(cx, y, cw, 7, row.caption, row.value, Qt::AlignRight,
              &row.caption == &L::valorDocumento ? &s.bold : nullptr);
        y += 7;
    }
    s.box(cx, y, cw, 10, L::pagador, {b.payerName, b.payerDocument});
    y += 10;
    s.hline(cx, y, cw);
    s.vline(cx + cw, ctop, y - ctop);
    s.text(QRectF(cx, y + 0.5, cw, 3), L::reciboDoPagador, s.small, Qt::AlignLeft | Qt::AlignVCenter);
    s.text(QRectF(cx, y + 3.5, cw, 3), L::autenticacaoRecibo, s.label, Qt::AlignLeft | Qt::AlignVCenter);

    s.dashedV(61, 3, kCarneSlipHeightMm - 6);

    // ---- Ficha de compensação ----
    const qreal x = 64, W = 138, L1 = 98, R = W - L1, rx = x + L1;
    QFont linhaFont = s.linha;
    linhaFont.setPointSizeF(8.5);
    y = 5;
    s.header(x, y, W, 24, 16, b, formatLinhaDigitavel(b.linhaDigitavel), linhaFont, 7, &code);
    y += 7;
    const qreal top = y;
    s.box(x, y, L1, 7, L::localDePagamento,
          b.paymentPlace.isEmpty() ? L::localDePagamentoPadrao : b.paymentPlace);
    s.box(rx, y, R, 7, L::vencimento, date(b.dueDate), Qt::AlignRight, &s.bold);
    y += 7;
    s.box(x, y, L1, 7, L::beneficiario, withDocument(b.beneficiaryName, b.beneficiaryDocument));
    s.box(rx, y, R, 7, L::agenciaCodigo, b.agencyAndCode, Qt::AlignRight);
    y += 7;
    s.box(x, y, 20, 7, L::dataDocumento, date(b.issueDate));
    s.box(x + 20, y, 24, 7, L::numeroDocumento, b.documentNumber);
    s.box(x + 44, y, 14, 7, L::especieDoc, b.especieDoc, Qt::AlignHCenter);
    s.box(x + 58, y, 10, 7, L::aceite, b.aceite, Qt::AlignHCenter);
    s.box(x + 68, y, 30, 7, L::dataProcessamento, date(b.processingDate));
    s.box(rx, y, R, 7, L::nossoNumero, b.nossoNumero, Qt::AlignRight);
    y += 7;
    s.box(x, y, 18, 7, L::usoDoBanco, QString());
    s.box(x + 18, y, 16, 7, L::carteira, b.carteira, Qt::AlignHCenter);
    s.box(x + 34, y, 12, 7, L::especie, L::especieMoeda, Qt::AlignHCenter);
    s.box(x + 46, y, 22, 7, L::quantidade, QString());
    s.box(x + 68, y, 30, 7, L::valor, QString());
    s.box(rx, y, R, 7, L::valorDocumento, amount, Qt::AlignRight, &s.bold);
    y += 7;
    const qreal ih = 26;
    const bool pix = !sym.pix.isNull();
    const qreal textW = pix ? L1 - 26 : L1 - 2;
    s.box(x, y, L1, ih, L::instrucoes, QString());
    qreal iy = y + 3.2;
    for (const QString &line : b.instructions) {
        if (iy > y + ih - 3.2)
            break;
        s.text(QRectF(x + 1, iy, textW, 3.2), line, s.small);
        iy += 3.2;
    }
    if (pix)
        pixBlock(s, sym.pix, x + L1 - 26, y + 0.8, 25, 19);
    const qreal rh = ih / 3;
    s.box(rx, y, R, rh, L::desconto, QString());
    s.box(rx, y + rh, R, rh, L::moraMulta, QString());
    s.box(rx, y + 2 * rh, R, rh, L::valorCobrado, QString());
    y += ih;
    s.box(x, y, W, 10, L::pagador, payerLines(b, 1));
    y += 10;
    s.hline(x, y, W);
    s.vline(x + W, top, y - top);
    s.barcode(sym.barcode, x + 3, y + 2); // 6 mm clear of the cut line: the quiet zone
    s.text(QRectF(x + 108, y + 0.5, W - 108, 3), L::autenticacaoRecibo, s.label, Qt::AlignRight | Qt::AlignVCenter);
    s.text(QRectF(x + 108, y + 3.5, W - 108, 3), L::fichaDeCompensacao, s.small, Qt::AlignRight | Qt::AlignVCenter);
}

void BoletoPainter::paintCarneCutLines(QPainter &p, const QPointF &originMm, int slips)
{
    Sheet s(p, originMm);
    for (int i = 1; i < slips; ++i)
        s.dashedH(0, i * kCarneSlipHeightMm, kPageWidthMm);
}

core::Result<void> BoletoPainter::paintA4(QPainter &p, const QPointF &originMm, const BoletoPrintData &b)
{
    auto sym = BoletoSymbols::make(b);
    paintA4(p, originMm, b, sym ? sym.value() : BoletoSymbols{});
    if (!sym)
        return sym.error();
    return {};
}

core::Result<void> BoletoPainter::paintCarneSlip(QPainter &p, const QPointF &originMm,
                                                 const BoletoPrintData &b)
{
    auto sym = BoletoSymbols::make(b);
    paintCarneSlip(p, originMm, b, sym ? sym.value() : BoletoSymbols{});
    if (!sym)
        return sym.error();
    return {};
}

} // namespace billing
