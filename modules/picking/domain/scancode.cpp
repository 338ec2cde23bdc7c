#include "picking/domain/scancode.h"

namespace picking {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString normalGtin(const QString &digits)
{
    QString g = digits;
    while (g.size() > 13 && g.startsWith(u'0'))
        g.remove(0, 1);
    return g;
}

} // namespace

ScanCode ScanCode::parse(const QString &input)
{
    ScanCode code;
    code.raw = input.trimmed();
    QString s = code.raw;
    if (s.startsWith(QLatin1String("]C1")))
        s = s.mid(3);
    // Human-readable form: (01)...(10)...
    if (s.startsWith(QLatin1String("(01)"))) {
        const qsizetype lotAt = s.indexOf(QLatin1String("(10)"));
        const QString g = s.mid(4, lotAt < 0 ? -1 : lotAt - 4);
        if (allDigits(g)) {
            code.gtin = normalGtin(g);
            if (lotAt >= 0)
                code.lot = s.mid(lotAt + 4).section(u'(', 0, 0).trimmed();
        }
        return code;
    }
    // Raw element string: 01 + 14 digits, then optionally 10 + lot (up to a GS or the end).
    if (s.size() >= 16 && s.startsWith(QLatin1String("01")) && allDigits(QStringView(s).mid(2, 14))) {
        code.gtin = normalGtin(s.mid(2, 14));
        const QString rest = s.mid(16);
        if (rest.startsWith(QLatin1String("10")))
            code.lot = rest.mid(2).section(QChar(0x1d), 0, 0).trimmed();
        return code;
    }
    if (allDigits(s) && (s.size() == 8 || s.size() == 12 || s.size() == 13 || s.size() == 14))
        code.gtin = normalGtin(s);
    return code;
}

bool ScanCode::isProduct(const QString &productGtin, const QString &sku) const
{
    if (!gtin.isEmpty() && !productGtin.isEmpty() && gtin == normalGtin(productGtin.trimmed()))
        return true;
    return !sku.isEmpty() && same(raw, sku);
}

bool ScanCode::same(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace picking
