#include "billing/domain/boleto.h"

namespace billing {

namespace {

QString alphanumeric(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

} // namespace

QString nossoNumeroKey(QStringView printed)
{
    QStringView number = printed.trimmed();
    if (const qsizetype slash = number.lastIndexOf(u'/'); slash >= 0)
        number = number.mid(slash + 1);
    if (const qsizetype dash = number.lastIndexOf(u'-'); dash >= 0)
        number = number.left(dash);
    return alphanumeric(number);
}

QStringList nossoNumeroKeyCandidates(QStringView typed)
{
    const QStringView t = typed.trimmed();
    if (t.contains(u'/') || t.contains(u'-'))
        return {nossoNumeroKey(t)};
    const QString digits = alphanumeric(t);
    if (digits.isEmpty())
        return {};
    // Keys of one bank all have its width, so the shorter candidate only meets a number of that
    // width: typing the DV without its dash does not find a different boleto.
    QStringList candidates{digits};
    if (digits.size() > 1)
        candidates << digits.left(digits.size() - 1);
    return candidates;
}

} // namespace billing
