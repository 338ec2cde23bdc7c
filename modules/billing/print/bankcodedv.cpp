#include "billing/print/bankcodedv.h"

#include "billing/domain/checkdigits.h"

namespace billing {

QString bankCodeWithDv(QStringView bankCode)
{
    if (bankCode.size() != 3 || !isAsciiDigits(bankCode))
        return bankCode.toString();
    const int dv = 11 - mod11(bankCode, 9);
    QChar c;
    if (dv == 11)
        c = u'0';
    else if (dv == 10)
        c = bankCode == u"104" ? u'0' : u'X';
    else
        c = QChar(u'0' + dv);
    return bankCode.toString() + u'-' + c;
}

QString formatLinhaDigitavel(QStringView d)
{
    if (d.size() != 47 || !isAsciiDigits(d))
        return d.toString();
    QString s;
    s.reserve(54);
    // (start, length, separator after) of the printed groups.
    static constexpr struct { int from, len; char16_t sep; } groups[] = {
        {0, 5, u'.'}, {5, 5, u' '}, {10, 5, u'.'}, {15, 6, u' '}, {21, 5, u'.'},
        {26, 6, u' '}, {32, 1, u' '}, {33, 14, 0}};
    for (const auto &g : groups) {
        s.append(d.mid(g.from, g.len));
        if (g.sep)
            s.append(QChar(g.sep));
    }
    return s;
}

} // namespace billing
